package dev.moat.runtime;

/** {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}: live views. */
public final class DictView implements PyObject {
  /** Which view. */
  public enum Kind { KEYS, VALUES, ITEMS }

  public final PyDict dict;
  public final Kind kind;

  public DictView(PyDict dict, Kind kind) {
    this.dict = dict;
    this.kind = kind;
  }

  @Override
  public PyType type() {
    switch (kind) {
      case KEYS:
        return Types.DICT_KEYS;
      case VALUES:
        return Types.DICT_VALUES;
      default:
        return Types.DICT_ITEMS;
    }
  }

  public PyIterator iterator() {
    java.util.Iterator<PyDict.Entry> it = dict.safeIterator();
    PyType t = kind == Kind.KEYS ? PyIterator.DICT_KEY_ITERATOR
        : kind == Kind.VALUES ? PyIterator.DICT_VALUE_ITERATOR : PyIterator.DICT_ITEM_ITERATOR;
    return new PyIterator(t) {
      @Override
      public Object next() {
        if (!it.hasNext()) {
          return null;
        }
        PyDict.Entry e = it.next();
        switch (kind) {
          case KEYS:
            return e.key;
          case VALUES:
            return e.value;
          default:
            return PyTuple.of(e.key, e.value);
        }
      }
    };
  }

  /** The view's elements as a set (for set operations on keys/items views). */
  public PySet toSet() {
    PySet s = new PySet(false);
    PyIterator it = iterator();
    for (Object v = it.next(); v != null; v = it.next()) {
      s.add(v);
    }
    return s;
  }
}
