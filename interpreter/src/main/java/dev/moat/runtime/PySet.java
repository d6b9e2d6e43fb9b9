package dev.moat.runtime;

import java.util.Arrays;

/**
 * Python's {@code set} and {@code frozenset}. The table is laid out the way CPython's is (same
 * hashes, probing and resizing), so iteration order, which scripts do observe, matches CPython's
 * for the values whose hashes are deterministic (ints, floats, tuples of them).
 */
public class PySet implements PyObject {
  /** An instance of a script class derived from set or frozenset. */
  public static final class Sub extends PySet implements BuiltinSubclass {
    private final PyType type;
    private PyDict attrs;

    public Sub(PyType type) {
      super(type.isSubtypeOf(Types.FROZENSET));
      this.type = type;
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict attributes() {
      if (attrs == null) {
        attrs = new PyDict();
      }
      return attrs;
    }
  }

  private static final int MIN_SIZE = 8;
  private static final int LINEAR_PROBES = 9;
  private static final Object DUMMY = new Object();

  private final boolean frozen;
  private Object[] keys;
  private long[] hashes;
  private int mask;
  /** Active + dummy entries. */
  private int fill;
  /** Active entries. */
  private int used;
  /** Where {@code pop} resumes. */
  private int finger;

  public PySet(boolean frozen) {
    this.frozen = frozen;
    keys = new Object[MIN_SIZE];
    hashes = new long[MIN_SIZE];
    mask = MIN_SIZE - 1;
  }

  public static PySet of(boolean frozen, Object... items) {
    PySet s = new PySet(frozen);
    for (Object o : items) {
      s.add(o);
    }
    return s;
  }

  @Override
  public PyType type() {
    return frozen ? Types.FROZENSET : Types.SET;
  }

  public boolean isFrozen() {
    return frozen;
  }

  public int size() {
    return used;
  }

  /** Adds {@code key}; returns false if an equal key was already there. */
  public boolean add(Object key) {
    return addHashed(key, Ops.hash(key));
  }

  private boolean addHashed(Object key, long hash) {
    int m = mask;
    long perturb = hash;
    int i = (int) (hash & m);
    int freeslot = -1;
    while (true) {
      int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
      int j = i;
      do {
        Object k = keys[j];
        if (k == null) {
          if (freeslot >= 0) {
            keys[freeslot] = key;
            hashes[freeslot] = hash;
            used++;
            return true;
          }
          keys[j] = key;
          hashes[j] = hash;
          fill++;
          used++;
          if ((long) fill * 5 >= (long) m * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
          }
          return true;
        }
        if (k == DUMMY) {
          if (freeslot < 0) {
            freeslot = j;
          }
        } else if (hashes[j] == hash && (k == key || Ops.eq(k, key))) {
          return false;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= 5;
      i = (int) ((i * 5L + 1 + perturb) & m);
    }
  }

  private int find(Object key, long hash) {
    int m = mask;
    long perturb = hash;
    int i = (int) (hash & m);
    while (true) {
      int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
      int j = i;
      do {
        Object k = keys[j];
        if (k == null) {
          return -1;
        }
        if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(k, key))) {
          return j;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= 5;
      i = (int) ((i * 5L + 1 + perturb) & m);
    }
  }

  private void resize(int minUsed) {
    int newSize = MIN_SIZE;
    while (newSize <= minUsed) {
      newSize <<= 1;
    }
    Object[] oldKeys = keys;
    long[] oldHashes = hashes;
    keys = new Object[newSize];
    hashes = new long[newSize];
    mask = newSize - 1;
    if (newSize >= Budget.LARGE_CONTAINER) {
      Budget.noteGrowth(this);
    }
    fill = used;
    for (int i = 0; i < oldKeys.length; i++) {
      Object k = oldKeys[i];
      if (k != null && k != DUMMY) {
        insertClean(k, oldHashes[i]);
      }
    }
  }

  private void insertClean(Object key, long hash) {
    int m = mask;
    long perturb = hash;
    int i = (int) (hash & m);
    while (true) {
      if (keys[i] == null) {
        keys[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= m) {
        for (int j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] == null) {
            keys[i + j] = key;
            hashes[i + j] = hash;
            return;
          }
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + 1 + perturb) & m);
    }
  }

  public boolean contains(Object key) {
    return find(key, Ops.hash(key)) >= 0;
  }

  /** Removes {@code key}; false if absent. */
  public boolean discard(Object key) {
    int j = find(key, Ops.hash(key));
    if (j < 0) {
      return false;
    }
    keys[j] = DUMMY;
    hashes[j] = -1;
    used--;
    return true;
  }

  /** Removes and returns an arbitrary element (CPython's choice), or null when empty. */
  public Object pop() {
    if (used == 0) {
      return null;
    }
    int i = finger & mask;
    while (keys[i] == null || keys[i] == DUMMY) {
      i = (i + 1) & mask;
    }
    Object k = keys[i];
    keys[i] = DUMMY;
    hashes[i] = -1;
    used--;
    finger = i + 1;
    return k;
  }

  public void clear() {
    keys = new Object[MIN_SIZE];
    hashes = new long[MIN_SIZE];
    mask = MIN_SIZE - 1;
    fill = 0;
    used = 0;
  }

  /** The elements in table order (CPython's iteration order). */
  public Object[] toArray() {
    Object[] out = new Object[used];
    int n = 0;
    for (Object k : keys) {
      if (k != null && k != DUMMY) {
        out[n++] = k;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** A copy laid out as CPython's set_copy lays it out (a merge into a new set). */
  public PySet copy(boolean asFrozen) {
    PySet s = new PySet(asFrozen);
    s.addAllFrom(this);
    return s;
  }

  /** Adds every element of {@code other}, pre-sizing as CPython's set_merge does. */
  public void addAllFrom(PySet other) {
    if (other == this || other.used == 0) {
      return;
    }
    if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
      resize((used + other.used) * 2);
    }
    if (fill == 0 && mask == other.mask && other.fill == other.used) {
      // an empty table of the same size and no dummies to drop: copy the slots as they are
      keys = other.keys.clone();
      hashes = other.hashes.clone();
      fill = other.fill;
      used = other.used;
      return;
    }
    for (int i = 0; i < other.keys.length; i++) {
      Object k = other.keys[i];
      if (k != null && k != DUMMY) {
        addHashed(k, other.hashes[i]);
      }
    }
  }

  /** Grows the table ahead of adding about {@code n} keys, as CPython's set_update does. */
  void presize(int n) {
    if ((long) (fill + n) * 5 >= (long) mask * 3) {
      resize((used + n) * 2);
    }
  }

  /** Drops dummies when they are more than a quarter of the table (CPython's difference_update). */
  void compactAfterDiscards() {
    if (fill - used > mask / 4) {
      resize(used > 4 ? used * 2 : used * 4);
    }
  }

  /** Takes over {@code other}'s table as it is (CPython's set_swap_bodies, one way). */
  void replaceWith(PySet other) {
    keys = other.keys.clone();
    hashes = other.hashes.clone();
    mask = other.mask;
    fill = other.fill;
    used = other.used;
    finger = 0;
  }

  /** Adds a key whose hash is known (from another set's table). */
  boolean addWithHash(Object key, long hash) {
    return addHashed(key, hash);
  }

  /** Removes a key whose hash is known; false if absent. */
  boolean discardWithHash(Object key, long hash) {
    int j = find(key, hash);
    if (j < 0) {
      return false;
    }
    keys[j] = DUMMY;
    hashes[j] = -1;
    used--;
    return true;
  }

  boolean containsWithHash(Object key, long hash) {
    return find(key, hash) >= 0;
  }

  /** The hash stored in slot {@code i} (valid when {@link #slot} is not null). */
  long slotHash(int i) {
    return hashes[i];
  }

  /** Slot-level iteration support: the table capacity. */
  int capacity() {
    return keys.length;
  }

  /** The element in slot {@code i}, or null if the slot is empty. */
  Object slot(int i) {
    Object k = keys[i];
    return k == DUMMY ? null : k;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PySet)) {
      return false;
    }
    PySet b = (PySet) o;
    if (b.used != used) {
      return false;
    }
    for (int i = 0; i < keys.length; i++) {
      Object k = keys[i];
      if (k != null && k != DUMMY && b.find(k, hashes[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    if (!frozen) {
      throw Errors.typeError("unhashable type: 'set'");
    }
    long h = Ops.hashFrozenSet(this);
    return (int) (h ^ (h >>> 32));
  }

  /** The Python hashes of active slots, for frozenset hashing. */
  long[] activeHashes() {
    long[] out = new long[used];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null && keys[i] != DUMMY) {
        out[n++] = hashes[i];
      }
    }
    return out;
  }
}
