package dev.moat.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Python's {@code dict}: insertion-ordered, keyed by Python equality. Keys are stored under a
 * normalised form (equal numbers of different types share one form: {@code 1}, {@code 1.0},
 * {@code True}) while the entry keeps the key object first inserted, as CPython does.
 *
 * <p>Normalised keys compare with Java equality, which is Python's for built-in values. An object
 * of a script or library class may equal a built-in value of another type (a {@code Fraction}
 * equal to {@code 0.5}, a class whose {@code __eq__} compares a field); the first time such a key
 * is stored or looked up, the dict switches for good to {@link PythonKey}s, which hash and compare
 * as Python does, so either kind of key finds the other.
 */
public class PyDict implements PyObject {
  /** An instance of a script class derived from dict. */
  public static final class Sub extends PyDict implements BuiltinSubclass {
    private final PyType type;
    private PyDict attrs;

    public Sub(PyType type) {
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

  /** One key/value pair; the key is the one first inserted. */
  public static final class Entry {
    public final Object key;
    public Object value;

    Entry(Object key, Object value) {
      this.key = key;
      this.value = value;
    }
  }

  /** A key under Python's hash and {@code ==}: used once a dict has seen a script object. */
  private static final class PythonKey {
    final Object key;
    final long hash;

    PythonKey(Object key) {
      this.key = key;
      this.hash = Ops.hash(key);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(hash);
    }

    /** {@code this} is the key looked up, {@code o} the stored one (compared first, as CPython). */
    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof PythonKey)) {
        return false;
      }
      PythonKey other = (PythonKey) o;
      return hash == other.hash && (key == other.key || Ops.eq(other.key, key));
    }
  }

  /** Dicts up to this size keep their entries in arrays and search them linearly. */
  private static final int SMALL = 8;

  // Small form (map == null): normalised keys, their hashes and the entries, in insertion order.
  private Object[] keys;
  private int[] hashes;
  private Entry[] slots;
  private int size;
  // Large form: a LinkedHashMap (whose tree bins also bound colliding-key lookups).
  private LinkedHashMap<Object, Entry> map;
  /** Counts insertions and removals (not value updates), for iteration checks. */
  private int modCount;
  /** Whether keys are stored as {@link PythonKey}s (see the class comment). */
  private boolean pythonKeys;

  public PyDict() {}

  public PyDict(int expected) {
    if (expected > SMALL) {
      map = new LinkedHashMap<>((int) (expected / 0.75f) + 1);
    }
  }

  @Override
  public PyType type() {
    return Types.DICT;
  }

  /**
   * The form a key is stored under. Raises TypeError for unhashable keys (through their
   * {@code hashCode}).
   */
  static Object normalize(Object k) {
    if (k instanceof String || k instanceof Long) {
      return k;
    }
    if (k instanceof Boolean) {
      return ((Boolean) k) ? 1L : 0L;
    }
    if (k instanceof Double) {
      double d = (Double) k;
      if (d == Math.rint(d) && !Double.isInfinite(d)) {
        if (d >= -0x1p63 && d < 0x1p63) {
          return (long) d;
        }
        return Ops.normalizeInt(new java.math.BigDecimal(d).toBigInteger());
      }
      return k;
    }
    if (k instanceof PyComplex && ((PyComplex) k).imag == 0.0) {
      return normalize(((PyComplex) k).real);
    }
    if (k instanceof ValueSubclass && ((ValueSubclass) k).keysAsValue()) {
      return normalize(((ValueSubclass) k).value());
    }
    return k;
  }

  /** The form {@code k} is stored and looked up under in this dict. */
  private Object keyOf(Object k) {
    if (!pythonKeys) {
      if (k instanceof String || k instanceof Long) {
        return k;
      }
      if (!(k instanceof PyInstance
          || k instanceof ValueSubclass && !((ValueSubclass) k).keysAsValue())) {
        return normalize(k);
      }
      usePythonKeys();
    }
    return new PythonKey(k);
  }

  /** Re-keys the entries as {@link PythonKey}s, keeping their order and the entries themselves. */
  private void usePythonKeys() {
    pythonKeys = true;
    if (map != null) {
      LinkedHashMap<Object, Entry> m = new LinkedHashMap<>((int) (map.size() / 0.75f) + 1);
      for (Entry e : map.values()) {
        m.put(new PythonKey(e.key), e);
      }
      map = m;
    } else {
      for (int i = 0; i < size; i++) {
        keys[i] = new PythonKey(slots[i].key);
        hashes[i] = keys[i].hashCode();
      }
    }
  }

  public int size() {
    return map == null ? size : map.size();
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** Index of a normalised key in the small form, or -1; computing the hash checks hashability. */
  private int indexOf(Object n) {
    int h = n.hashCode();
    for (int i = 0; i < size; i++) {
      if (hashes[i] == h) {
        Object k = keys[i];
        if (k == n || n.equals(k)) {
          return i;
        }
      }
    }
    return -1;
  }

  private Entry find(Object n) {
    if (map != null) {
      return map.get(n);
    }
    int i = indexOf(n);
    return i < 0 ? null : slots[i];
  }

  /** The value for {@code key}, or null. */
  public Object get(Object key) {
    Entry e = find(keyOf(key));
    return e == null ? null : e.value;
  }

  /** Fast path for string keys (attribute dicts, kwargs). */
  public Object getStr(String key) {
    if (pythonKeys) {
      return get(key);
    }
    if (map != null) {
      Entry e = map.get(key);
      return e == null ? null : e.value;
    }
    int h = key.hashCode();
    for (int i = 0; i < size; i++) {
      if (hashes[i] == h && key.equals(keys[i])) {
        return slots[i].value;
      }
    }
    return null;
  }

  public boolean containsKey(Object key) {
    return find(keyOf(key)) != null;
  }

  public void put(Object key, Object value) {
    Object n = keyOf(key);
    if (map != null) {
      Entry e = map.get(n);
      if (e != null) {
        e.value = value;
      } else {
        map.put(n, new Entry(key, value));
        modCount++;
        int size = map.size();
        if (size >= Budget.LARGE_CONTAINER && (size & (size - 1)) == 0) {
          Budget.noteGrowth(this);
        }
      }
      return;
    }
    int i = indexOf(n);
    if (i >= 0) {
      slots[i].value = value;
      return;
    }
    if (size == SMALL) {
      promote();
      map.put(n, new Entry(key, value));
      modCount++;
      return;
    }
    if (keys == null) {
      // most small dicts (instance attributes, records) hold a few keys: start with half
      keys = new Object[SMALL / 2];
      hashes = new int[SMALL / 2];
      slots = new Entry[SMALL / 2];
    } else if (size == keys.length) {
      keys = java.util.Arrays.copyOf(keys, SMALL);
      hashes = java.util.Arrays.copyOf(hashes, SMALL);
      slots = java.util.Arrays.copyOf(slots, SMALL);
    }
    keys[size] = n;
    hashes[size] = n.hashCode();
    slots[size] = new Entry(key, value);
    size++;
    modCount++;
  }

  private void promote() {
    LinkedHashMap<Object, Entry> m = new LinkedHashMap<>(32);
    for (int i = 0; i < size; i++) {
      m.put(keys[i], slots[i]);
    }
    map = m;
    keys = null;
    hashes = null;
    slots = null;
    size = 0;
  }

  /** Removes {@code key}; returns its value or null when absent. */
  public Object remove(Object key) {
    Object n = keyOf(key);
    if (map != null) {
      Entry e = map.remove(n);
      if (e != null) {
        modCount++;
      }
      return e == null ? null : e.value;
    }
    int i = indexOf(n);
    if (i < 0) {
      return null;
    }
    Entry e = slots[i];
    removeAt(i);
    return e.value;
  }

  private void removeAt(int i) {
    int tail = size - i - 1;
    System.arraycopy(keys, i + 1, keys, i, tail);
    System.arraycopy(hashes, i + 1, hashes, i, tail);
    System.arraycopy(slots, i + 1, slots, i, tail);
    size--;
    keys[size] = null;
    slots[size] = null;
    modCount++;
  }

  /** The entry for {@code key}, or null. */
  public Entry entry(Object key) {
    return find(keyOf(key));
  }

  public void clear() {
    if (size() > 0) {
      modCount++;
    }
    map = null;
    keys = null;
    hashes = null;
    slots = null;
    size = 0;
    pythonKeys = false;
  }

  /** The entries in order (a live view; do not change the dict while iterating). */
  public Iterable<Entry> entries() {
    if (map != null) {
      return map.values();
    }
    return () -> new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < size && map == null;
      }

      @Override
      public Entry next() {
        return slots[i++];
      }
    };
  }

  /** The last inserted entry, removed; null when empty. */
  public Entry popLast() {
    if (map == null) {
      if (size == 0) {
        return null;
      }
      Entry e = slots[size - 1];
      removeAt(size - 1);
      return e;
    }
    Entry last = null;
    for (Entry e : map.values()) {
      last = e;
    }
    if (last != null) {
      map.remove(keyOf(last.key));
      modCount++;
    }
    return last;
  }

  /** A snapshot of the keys in order. */
  public List<Object> keyList() {
    List<Object> out = new ArrayList<>(size());
    for (Entry e : entries()) {
      out.add(e.key);
    }
    return out;
  }

  public PyDict copy() {
    PyDict d = new PyDict(size());
    for (Entry e : entries()) {
      d.put(e.key, e.value);
    }
    return d;
  }

  /** Copies all entries of {@code other} into this dict. */
  public void putAll(PyDict other) {
    if (other == this) {
      return;
    }
    for (Entry e : other.entries()) {
      put(e.key, e.value);
    }
  }

  /**
   * An iterator over entries that raises Python's RuntimeError when the dict changes size (or
   * its keys change) while it runs, as CPython does.
   */
  public Iterator<Entry> safeIterator() {
    int startSize = size();
    int startMod = modCount;
    return new Iterator<>() {
      int i;
      Iterator<Entry> large;

      private void check() {
        if (size() != startSize) {
          throw Errors.runtimeError("dictionary changed size during iteration");
        }
        if (modCount != startMod) {
          throw Errors.runtimeError("dictionary keys changed during iteration");
        }
      }

      @Override
      public boolean hasNext() {
        check();
        if (map == null) {
          return i < size;
        }
        if (large == null) {
          large = map.values().iterator();
          for (int k = 0; k < i; k++) {
            large.next();
          }
        }
        return large.hasNext();
      }

      @Override
      public Entry next() {
        check();
        if (map == null) {
          return slots[i++];
        }
        i++;
        return large.next();
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PyDict)) {
      return false;
    }
    PyDict b = (PyDict) o;
    if (b.size() != size()) {
      return false;
    }
    for (Entry e : entries()) {
      Entry other = b.find(b.keyOf(e.key));
      if (other == null || !Ops.eq(e.value, other.value)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    throw Errors.typeError("unhashable type: 'dict'");
  }
}
