package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.def;
import static dev.moat.runtime.MethodSupport.ssize;
import static dev.moat.runtime.MethodSupport.typeName;

import dev.moat.ast.Ast.BinaryOp;

/** The methods of {@code list}. */
final class ListMethods {
  private ListMethods() {}

  static void install() {
    PyType t = Types.LIST;
    def(t, "append", "self, object, /", a -> {
      list(a).append(a[1]);
      return NONE;
    });
    def(t, "extend", "self, iterable, /", a -> {
      Builtins.extendList(list(a), a[1]);
      return NONE;
    });
    def(t, "insert", "self, index, object, /", a -> {
      PyList l = list(a);
      long i = ssize(a[1]);
      int n = l.size();
      if (i < 0) {
        i = Math.max(0, i + n);
      }
      l.insert((int) Math.min(i, n), a[2]);
      return NONE;
    });
    def(t, "pop", "self, index=-1, /", a -> {
      PyList l = list(a);
      long i = ssize(a[1]);
      if (l.size() == 0) {
        throw Errors.indexError("pop from empty list");
      }
      if (i < 0) {
        i += l.size();
      }
      if (i < 0 || i >= l.size()) {
        throw Errors.indexError("pop index out of range");
      }
      return l.remove((int) i);
    });
    def(t, "remove", "self, value, /", a -> {
      PyList l = list(a);
      for (int i = 0; i < l.size(); i++) {
        if (Ops.eq(l.get(i), a[1])) {
          if (i < l.size()) {
            l.remove(i);
          }
          return NONE;
        }
      }
      throw Errors.valueError("list.remove(x): x not in list");
    });
    def(t, "index", "self, value, start=0, stop=9223372036854775807, /", a -> {
      PyList l = list(a);
      long i = seqIndex(l, a[1], a[2], a[3]);
      if (i < 0) {
        throw Errors.valueError(Ops.repr(a[1]) + " is not in list");
      }
      return i;
    });
    def(t, "count", "self, value, /", a -> count(list(a), a[1]));
    def(t, "sort", "self, *args, key=None, reverse=False", a -> {
      if (((PyTuple) a[1]).size() > 0) {
        throw Errors.typeError("sort() takes no positional arguments");
      }
      Builtins.sort(list(a), a[2], StrMethods.keepends(a[3]));
      return NONE;
    });
    def(t, "reverse", "self", a -> {
      PyList l = list(a);
      for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
        Object x = l.get(i);
        l.set(i, l.get(j));
        l.set(j, x);
      }
      return NONE;
    });
    def(t, "copy", "self", a -> new PyList(list(a).toArray(), list(a).size()));
    def(t, "clear", "self", a -> {
      list(a).clear();
      return NONE;
    });

    def(t, "__init__", "self, iterable=?, /", a -> {
      PyList l = list(a);
      l.clear();
      if (a[1] != MethodSupport.MISSING) {
        Builtins.extendList(l, a[1]);
      }
      return NONE;
    });
    def(t, "__len__", "self", a -> (long) list(a).size());
    def(t, "__getitem__", "self, index, /", a -> Ops.getItemNative(a[0], a[1]));
    def(t, "__setitem__", "self, key, value, /", a -> {
      Ops.setItemNative(a[0], a[1], a[2]);
      return NONE;
    });
    def(t, "__delitem__", "self, key, /", a -> {
      Items.delItem(a[0], a[1]);
      return NONE;
    });
    def(t, "__contains__", "self, key, /", a -> Items.contains(a[0], a[1]));
    def(t, "__iter__", "self", a -> Ops.iterNative(a[0]));
    def(t, "__reversed__", "self", a -> Lazy.reversed(a[0]));
    def(t, "__add__", "self, value, /", a -> {
      if (!(a[1] instanceof PyList)) {
        throw Errors.typeError("can only concatenate list (not \"" + typeName(a[1])
            + "\") to list");
      }
      return Ops.binary(BinaryOp.ADD, a[0], a[1]);
    });
    def(t, "__iadd__", "self, value, /", a -> {
      Builtins.extendList(list(a), a[1]);
      return a[0];
    });
    def(t, "__mul__", "self, value, /", a -> Sequences.repeat(a[0],
        StrMethods.repeatCount(a[1])));
    def(t, "__rmul__", "self, value, /", a -> Sequences.repeat(a[0],
        StrMethods.repeatCount(a[1])));
    def(t, "__imul__", "self, value, /", a -> Ops.inplace(BinaryOp.MULT, a[0],
        StrMethods.repeatCount(a[1])));
    MethodSupport.comparisons(t, o -> o instanceof PyList);
    t.define("__hash__", NONE);
    def(t, "__repr__", "self", a -> Ops.reprNative(a[0]));
  }

  private static PyList list(Object[] a) {
    return (PyList) a[0];
  }

  /** A start/stop argument of index(): an int (None is not allowed). */
  static long indexBound(Object o) {
    if (o == NONE || (!(o instanceof Long) && Ops.indexOrNull(o) == null)) {
      throw Errors.typeError("slice indices must be integers or have an __index__ method");
    }
    return MethodSupport.sliceIndex(o, 0);
  }

  /** The first index in [start, stop) of an item equal to {@code value}, or -1. */
  static long seqIndex(java.util.List<Object> l, Object value, Object startArg, Object stopArg) {
    long start = indexBound(startArg);
    long stop = indexBound(stopArg);
    int n = l.size();
    if (start < 0) {
      start = Math.max(0, start + n);
    }
    if (stop < 0) {
      stop = Math.max(0, stop + n);
    }
    for (long i = start; i < stop && i < l.size(); i++) {
      if (Ops.eq(l.get((int) i), value)) {
        return i;
      }
      if ((i & 255) == 255) {
        Budget.chargeSteps(256);
      }
    }
    return -1;
  }

  static long count(java.util.List<Object> l, Object value) {
    long n = 0;
    for (int i = 0; i < l.size(); i++) {
      if (Ops.eq(l.get(i), value)) {
        n++;
      }
      if ((i & 255) == 255) {
        Budget.chargeSteps(256);
      }
    }
    return n;
  }
}
