package dev.moat.runtime;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.RandomAccess;

/** Python's {@code list}: a growable array. */
public class PyList extends AbstractList<Object> implements PyObject, RandomAccess {
  /** An instance of a script class derived from list. */
  public static final class Sub extends PyList implements BuiltinSubclass {
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

  private static final Object[] NO_ITEMS = new Object[0];

  Object[] items;
  int size;

  public PyList() {
    items = NO_ITEMS;
  }

  public PyList(int capacity) {
    items = capacity == 0 ? NO_ITEMS : new Object[capacity];
  }

  /** Takes ownership of the array: the first {@code size} entries are the items. */
  public PyList(Object[] items, int size) {
    this.items = items;
    this.size = size;
  }

  public static PyList of(Object... items) {
    return new PyList(items.clone(), items.length);
  }

  public static PyList copyOf(Collection<?> c) {
    Object[] a = c.toArray();
    return new PyList(a, a.length);
  }

  @Override
  public PyType type() {
    return Types.LIST;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Object get(int i) {
    return items[i];
  }

  @Override
  public Object set(int i, Object v) {
    Object old = items[i];
    items[i] = v;
    return old;
  }

  /** The backing array (only the first {@link #size()} entries are items). */
  public Object[] array() {
    return items;
  }

  /** Appends; the Python {@code append}. */
  public void append(Object v) {
    if (size == items.length) {
      grow(size + 1);
    }
    items[size++] = v;
  }

  @Override
  public boolean add(Object v) {
    append(v);
    return true;
  }

  @Override
  public void add(int index, Object v) {
    insert(index, v);
  }

  /** Inserts before {@code index} (already clamped to 0..size). */
  public void insert(int index, Object v) {
    if (size == items.length) {
      grow(size + 1);
    }
    System.arraycopy(items, index, items, index + 1, size - index);
    items[index] = v;
    size++;
  }

  @Override
  public Object remove(int index) {
    Object old = items[index];
    int tail = size - index - 1;
    if (tail > 0) {
      System.arraycopy(items, index + 1, items, index, tail);
    }
    items[--size] = null;
    return old;
  }

  /** Appends all of {@code src}'s items. */
  public void appendAll(Object[] src, int n) {
    ensureCapacity(size + n);
    System.arraycopy(src, 0, items, size, n);
    size += n;
  }

  public void ensureCapacity(int n) {
    if (n > items.length) {
      grow(n);
    }
  }

  private void grow(int min) {
    int cap = Math.max(min, items.length + (items.length >> 1) + 4);
    items = Arrays.copyOf(items, cap);
    if (cap >= Budget.LARGE_CONTAINER) {
      Budget.noteGrowth(this);
    }
  }

  @Override
  public void clear() {
    Arrays.fill(items, 0, size, null);
    size = 0;
  }

  /** Replaces items [from, to) with {@code repl} (length n). */
  public void replaceRange(int from, int to, Object[] repl, int n) {
    int removed = to - from;
    int newSize = size - removed + n;
    ensureCapacity(newSize);
    System.arraycopy(items, to, items, from + n, size - to);
    System.arraycopy(repl, 0, items, from, n);
    if (newSize < size) {
      Arrays.fill(items, newSize, size, null);
    }
    size = newSize;
  }

  /** A copy of the items as an exact-size array. */
  public Object[] toArray() {
    return Arrays.copyOf(items, size);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PyList)) {
      return false;
    }
    PyList b = (PyList) o;
    if (b.size != size) {
      return false;
    }
    for (int i = 0; i < size && i < b.size; i++) {
      if (!Ops.eq(items[i], b.items[i])) {
        return false;
      }
    }
    return b.size == size;
  }

  @Override
  public int hashCode() {
    throw Errors.typeError("unhashable type: 'list'");
  }
}
