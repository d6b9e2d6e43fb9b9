package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.MISSING;
import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.def;

import dev.moat.ast.Ast.CmpOp;
import java.util.ArrayList;
import java.util.List;

/** The methods of {@code dict}. */
final class DictMethods {
  private DictMethods() {}

  static final PyType REVERSE_KEY_ITERATOR = PyIterator.newType("dict_reversekeyiterator");
  static final PyType REVERSE_VALUE_ITERATOR = PyIterator.newType("dict_reversevalueiterator");
  static final PyType REVERSE_ITEM_ITERATOR = PyIterator.newType("dict_reverseitemiterator");

  static void install() {
    PyType t = Types.DICT;
    def(t, "keys", "self", a -> new DictView(dict(a), DictView.Kind.KEYS));
    def(t, "values", "self", a -> new DictView(dict(a), DictView.Kind.VALUES));
    def(t, "items", "self", a -> new DictView(dict(a), DictView.Kind.ITEMS));
    def(t, "get", "self, key, default=None, /", a -> {
      Object v = dict(a).get(key(a[1]));
      return v == null ? a[2] : v;
    });
    def(t, "setdefault", "self, key, default=None, /", a -> {
      PyDict d = dict(a);
      Object v = d.get(key(a[1]));
      if (v != null) {
        return v;
      }
      d.put(a[1], a[2]);
      return a[2];
    });
    def(t, "pop", "self, key, default=?, /", a -> {
      // like CPython, an empty dict answers without hashing the key
      Object v = dict(a).isEmpty() ? null : dict(a).remove(key(a[1]));
      if (v != null) {
        return v;
      }
      if (a[2] == MISSING) {
        throw Errors.keyError(a[1]);
      }
      return a[2];
    });
    def(t, "popitem", "self", a -> {
      PyDict.Entry e = dict(a).popLast();
      if (e == null) {
        throw Errors.keyError("popitem(): dictionary is empty");
      }
      return PyTuple.of(e.key, e.value);
    });
    def(t, "update", "self, *args, **kwargs", a -> {
      update(dict(a), (PyTuple) a[1], (PyDict) a[2], "update");
      return NONE;
    });
    def(t, "copy", "self", a -> dict(a).copy());
    def(t, "clear", "self", a -> {
      dict(a).clear();
      return NONE;
    });
    MethodSupport.classMethod(t, "fromkeys", "cls, iterable, value=None, /", a -> {
      PyDict d = new PyDict();
      PyIterator it = Ops.iter(a[1]);
      int n = 0;
      for (Object k = it.next(); k != null; k = it.next()) {
        d.put(k, a[2]);
        if ((++n & 63) == 0) {
          Budget.chargeSteps(64);
        }
      }
      return d;
    });

    def(t, "__init__", "self, *args, **kwargs", a -> {
      update(dict(a), (PyTuple) a[1], (PyDict) a[2], "dict");
      return NONE;
    });
    def(t, "__len__", "self", a -> (long) dict(a).size());
    def(t, "__getitem__", "self, key, /", a -> Ops.getItemNative(a[0], key(a[1])));
    def(t, "__setitem__", "self, key, value, /", a -> {
      dict(a).put(a[1], a[2]);
      return NONE;
    });
    def(t, "__delitem__", "self, key, /", a -> {
      if (dict(a).remove(key(a[1])) == null) {
        throw Errors.keyError(a[1]);
      }
      return NONE;
    });
    def(t, "__contains__", "self, key, /", a -> dict(a).containsKey(key(a[1])));
    def(t, "__iter__", "self", a -> Ops.iterNative(a[0]));
    def(t, "__reversed__", "self", a -> reversed(dict(a), DictView.Kind.KEYS));
    def(t, "__or__", "self, value, /", a -> {
      if (!(a[1] instanceof PyDict)) {
        return NI;
      }
      PyDict r = dict(a).copy();
      r.putAll((PyDict) a[1]);
      return r;
    });
    def(t, "__ror__", "self, value, /", a -> {
      if (!(a[1] instanceof PyDict)) {
        return NI;
      }
      PyDict r = ((PyDict) a[1]).copy();
      r.putAll(dict(a));
      return r;
    });
    def(t, "__ior__", "self, value, /", a -> {
      Builtins.dictUpdate(dict(a), a[1]);
      return a[0];
    });
    // the built-in comparison itself, so subclasses calling dict.__eq__ do not recurse
    def(t, "__eq__", "self, value, /", a -> a[1] instanceof PyDict
        ? Ops.nativeCompare(a[0], a[1], CmpOp.EQ) : NI);
    def(t, "__ne__", "self, value, /", a -> a[1] instanceof PyDict
        ? Ops.nativeCompare(a[0], a[1], CmpOp.NOTEQ) : NI);
    for (String name : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
      def(t, name, "self, value, /", a -> NI);
    }
    t.define("__hash__", NONE);
    def(t, "__repr__", "self", a -> Ops.reprNative(a[0]));
  }

  private static PyDict dict(Object[] a) {
    return (PyDict) a[0];
  }

  /**
   * Checks that a key is hashable before a lookup (an empty table would not hash it), so an
   * unhashable key fails the same way whatever the dict holds.
   */
  static Object key(Object k) {
    if (!(k instanceof String) && !(k instanceof Long)) {
      Ops.hash(k);
    }
    return k;
  }

  static void update(PyDict d, PyTuple args, PyDict kwargs, String name) {
    if (args.size() > 1) {
      throw Errors.typeError(name + " expected at most 1 argument, got " + args.size());
    }
    if (args.size() == 1) {
      Builtins.dictUpdate(d, args.get(0));
    }
    d.putAll(kwargs);
  }

  /** Iterates a dict's keys, values or items from the last inserted to the first. */
  static PyIterator reversed(PyDict d, DictView.Kind kind) {
    List<PyDict.Entry> entries = new ArrayList<>(d.size());
    for (PyDict.Entry e : d.entries()) {
      entries.add(e);
    }
    Budget.chargeSteps(entries.size() >> 4);
    int startSize = d.size();
    PyType type = kind == DictView.Kind.KEYS ? REVERSE_KEY_ITERATOR
        : kind == DictView.Kind.VALUES ? REVERSE_VALUE_ITERATOR : REVERSE_ITEM_ITERATOR;
    return new PyIterator(type) {
      int i = entries.size() - 1;

      @Override
      public Object next() {
        if (i < 0) {
          return null;
        }
        if (d.size() != startSize) {
          i = -1;
          throw Errors.runtimeError("dictionary changed size during iteration");
        }
        PyDict.Entry e = entries.get(i--);
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
}
