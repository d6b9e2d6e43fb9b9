package dev.moat.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code dict}: insertion-ordered, keyed by Python equality. Keys are stored under a
 * normalised form (equal numbers of different types share one form: {@code 1}, {@code 1.0},
 * {@code True}) while the entry keeps the key object first inserted, as CPython does.
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

  private final LinkedHashMap<Object, Entry> map;

  public PyDict() {
    map = new LinkedHashMap<>();
  }

  public PyDict(int expected) {
    map = new LinkedHashMap<>(Math.max(4, (int) (expected / 0.75f) + 1));
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
    if (k instanceof BigInteger) {
      return k;
    }
    return k;
  }

  public int size() {
    return map.size();
  }

  public boolean isEmpty() {
    return map.isEmpty();
  }

  /** The value for {@code key}, or null. */
  public Object get(Object key) {
    Entry e = map.get(normalize(key));
    return e == null ? null : e.value;
  }

  /** Fast path for string keys (attribute dicts, kwargs). */
  public Object getStr(String key) {
    Entry e = map.get(key);
    return e == null ? null : e.value;
  }

  public boolean containsKey(Object key) {
    return map.containsKey(normalize(key));
  }

  public void put(Object key, Object value) {
    Object n = normalize(key);
    Entry e = map.get(n);
    if (e != null) {
      e.value = value;
    } else {
      map.put(n, new Entry(key, value));
    }
  }

  /** Removes {@code key}; returns its value or null when absent. */
  public Object remove(Object key) {
    Entry e = map.remove(normalize(key));
    return e == null ? null : e.value;
  }

  /** The entry for {@code key}, or null. */
  public Entry entry(Object key) {
    return map.get(normalize(key));
  }

  public void clear() {
    map.clear();
  }

  /** The entries in order (live view; do not modify while iterating). */
  public Iterable<Entry> entries() {
    return map.values();
  }

  /** The last inserted entry, removed; null when empty. */
  public Entry popLast() {
    Entry last = null;
    for (Entry e : map.values()) {
      last = e;
    }
    if (last != null) {
      map.remove(normalize(last.key));
    }
    return last;
  }

  /** A snapshot of the keys in order. */
  public List<Object> keyList() {
    List<Object> out = new ArrayList<>(map.size());
    for (Entry e : map.values()) {
      out.add(e.key);
    }
    return out;
  }

  public PyDict copy() {
    PyDict d = new PyDict(map.size());
    for (Map.Entry<Object, Entry> e : map.entrySet()) {
      d.map.put(e.getKey(), new Entry(e.getValue().key, e.getValue().value));
    }
    return d;
  }

  /** Copies all entries of {@code other} into this dict. */
  public void putAll(PyDict other) {
    if (other == this) {
      return;
    }
    for (Entry e : other.map.values()) {
      put(e.key, e.value);
    }
  }

  /**
   * An iterator over entries that raises Python's RuntimeError when the dict changes size while
   * it runs, as CPython does.
   */
  public Iterator<Entry> safeIterator() {
    Iterator<Entry> it = map.values().iterator();
    int startSize = map.size();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (map.size() != startSize) {
          throw Errors.runtimeError("dictionary changed size during iteration");
        }
        return it.hasNext();
      }

      @Override
      public Entry next() {
        try {
          return it.next();
        } catch (ConcurrentModificationException e) {
          throw Errors.runtimeError("dictionary keys changed during iteration");
        }
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
    for (Map.Entry<Object, Entry> e : map.entrySet()) {
      Entry other = b.map.get(e.getKey());
      if (other == null || !Ops.eq(e.getValue().value, other.value)) {
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
