package dev.moat.runtime;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** Python's {@code tuple}: an immutable array. Equality and hashing follow Python's rules. */
public class PyTuple extends AbstractList<Object> implements PyObject, RandomAccess {
  /** An instance of a script class derived from tuple ({@code namedtuple}s among them). */
  public static final class Sub extends PyTuple implements BuiltinSubclass {
    private final PyType type;
    private PyDict attrs;

    public Sub(PyType type, Object[] items) {
      super(items);
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

  public static final PyTuple EMPTY = new PyTuple(new Object[0]);

  final Object[] items;

  /** Wraps the array without copying; the caller must not change it afterwards. */
  public PyTuple(Object[] items) {
    this.items = items;
  }

  public static PyTuple of(Object... items) {
    return items.length == 0 ? EMPTY : new PyTuple(items);
  }

  public static PyTuple copyOf(List<?> items) {
    return items.isEmpty() ? EMPTY : new PyTuple(items.toArray());
  }

  @Override
  public PyType type() {
    return Types.TUPLE;
  }

  @Override
  public Object get(int i) {
    return items[i];
  }

  @Override
  public int size() {
    return items.length;
  }

  /** The backing array; do not modify. */
  public Object[] array() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PyTuple)) {
      return false;
    }
    Object[] b = ((PyTuple) o).items;
    if (b.length != items.length) {
      return false;
    }
    for (int i = 0; i < b.length; i++) {
      if (!Ops.eq(items[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    long ph = Ops.hashTuple(items);
    return (int) (ph ^ (ph >>> 32));
  }
}
