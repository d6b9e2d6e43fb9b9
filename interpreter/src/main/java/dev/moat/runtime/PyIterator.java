package dev.moat.runtime;

/**
 * A Java-implemented iterator. {@link #next()} returns null at the end instead of raising
 * StopIteration, so loops over built-in iterables never allocate an exception.
 */
public abstract class PyIterator implements PyObject {
  private final PyType type;

  protected PyIterator(PyType type) {
    this.type = type;
  }

  @Override
  public PyType type() {
    return type;
  }

  /** The next value, or null when exhausted. */
  public abstract Object next();

  /**
   * What the StopIteration for the end of this iterator carries, after {@link #next} returned
   * null: a generator's return value the first time, else null.
   */
  public Object stopValue() {
    return null;
  }

  /** The type of an iterator class, with {@code __iter__} and {@code __next__}. */
  public static PyType newType(String name) {
    PyType t = new PyType(name, Types.OBJECT);
    t.setSubclassable(false);
    t.define("__iter__", new BuiltinFunction("__iter__", "self", t, null, a -> a[0]));
    t.define("__next__", new BuiltinFunction("__next__", "self", t, null, a -> {
      PyIterator it = (PyIterator) a[0];
      Object v = it.next();
      if (v == null) {
        throw Errors.stopIteration(it.stopValue());
      }
      return v;
    }));
    return t;
  }

  public static final PyType LIST_ITERATOR = newType("list_iterator");
  public static final PyType LIST_REVERSE_ITERATOR = newType("list_reverseiterator");
  public static final PyType TUPLE_ITERATOR = newType("tuple_iterator");
  public static final PyType STR_ITERATOR = newType("str_ascii_iterator");
  public static final PyType RANGE_ITERATOR = newType("range_iterator");
  public static final PyType DICT_KEY_ITERATOR = newType("dict_keyiterator");
  public static final PyType DICT_VALUE_ITERATOR = newType("dict_valueiterator");
  public static final PyType DICT_ITEM_ITERATOR = newType("dict_itemiterator");
  public static final PyType SET_ITERATOR = newType("set_iterator");
  public static final PyType SEQ_ITERATOR = newType("iterator");
  public static final PyType CALLABLE_ITERATOR = newType("callable_iterator");
  public static final PyType BYTES_ITERATOR = newType("bytes_iterator");
  public static final PyType BYTEARRAY_ITERATOR = newType("bytearray_iterator");
  public static final PyType GENERATOR = newType("generator");

  /** Iterates a list by index, seeing appends made while iterating, as CPython does. */
  public static PyIterator of(PyList list) {
    return new PyIterator(LIST_ITERATOR) {
      int i;

      @Override
      public Object next() {
        if (i < list.size) {
          return list.items[i++];
        }
        i = Integer.MAX_VALUE;
        return null;
      }
    };
  }

  public static PyIterator of(Object[] items, PyType type) {
    return new PyIterator(type) {
      int i;

      @Override
      public Object next() {
        return i < items.length ? items[i++] : null;
      }
    };
  }
}
