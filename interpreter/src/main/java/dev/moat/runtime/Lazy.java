package dev.moat.runtime;

import static dev.moat.runtime.BuiltinFunction.of;

import java.util.Map;

/**
 * The lazy iterator built-ins ({@code enumerate}, {@code zip}, {@code map}, {@code filter},
 * {@code reversed}) and {@code print}: each produces values only as they are asked for, as in
 * CPython.
 */
final class Lazy {
  private Lazy() {}

  static final PyType ENUMERATE = PyIterator.newType("enumerate");
  static final PyType ZIP = PyIterator.newType("zip");
  static final PyType MAP = PyIterator.newType("map");
  static final PyType FILTER = PyIterator.newType("filter");
  static final PyType REVERSED = PyIterator.newType("reversed");

  static void install(Map<String, Object> ns) {
    ENUMERATE.setConstructor(of("enumerate", "iterable, start=0", a -> {
      PyIterator it = Ops.iter(a[0]);
      Object start = Ops.indexOrNull(a[1]);
      if (start == null) {
        throw Errors.typeError("'" + Types.typeName(a[1])
            + "' object cannot be interpreted as an integer");
      }
      return new PyIterator(ENUMERATE) {
        Object i = start;

        @Override
        public Object next() {
          Object v = it.next();
          if (v == null) {
            return null;
          }
          Object r = PyTuple.of(i, v);
          i = Arith.intOp(dev.moat.ast.Ast.BinaryOp.ADD, i, 1L);
          return r;
        }
      };
    }));
    ZIP.setConstructor(of("zip", "*iterables, strict=False", a -> {
      PyTuple its = (PyTuple) a[0];
      boolean strict = Ops.truth(a[1]);
      PyIterator[] iters = new PyIterator[its.size()];
      for (int i = 0; i < iters.length; i++) {
        iters[i] = Ops.iter(its.get(i));
      }
      return new PyIterator(ZIP) {
        boolean done = iters.length == 0;

        @Override
        public Object next() {
          if (done) {
            return null;
          }
          Object[] row = new Object[iters.length];
          for (int i = 0; i < iters.length; i++) {
            Object v = iters[i].next();
            if (v == null) {
              done = true;
              if (strict) {
                if (i > 0) {
                  throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than"
                      + (i == 1 ? " argument 1" : " arguments 1-" + i));
                }
                for (int j = 1; j < iters.length; j++) {
                  if (iters[j].next() != null) {
                    throw Errors.valueError("zip() argument " + (j + 1) + " is longer than"
                        + (j == 1 ? " argument 1" : " arguments 1-" + j));
                  }
                }
              }
              return null;
            }
            row[i] = v;
          }
          return PyTuple.of(row);
        }
      };
    }));
    MAP.setConstructor(of("map", "func, /, *iterables", a -> {
      Object f = a[0];
      PyTuple more = (PyTuple) a[1];
      if (more.size() == 0) {
        throw Errors.typeError("map() must have at least two arguments.");
      }
      PyIterator[] iters = new PyIterator[more.size()];
      for (int i = 0; i < more.size(); i++) {
        iters[i] = Ops.iter(more.get(i));
      }
      return new PyIterator(MAP) {
        @Override
        public Object next() {
          Object[] args = new Object[iters.length];
          for (int i = 0; i < iters.length; i++) {
            Object v = iters[i].next();
            if (v == null) {
              return null;
            }
            args[i] = v;
          }
          return Ops.call(f, args, null);
        }
      };
    }));
    FILTER.setConstructor(of("filter", "function, iterable, /", a -> {
      Object f = a[0];
      PyIterator it = Ops.iter(a[1]);
      return new PyIterator(FILTER) {
        @Override
        public Object next() {
          for (Object v = it.next(); v != null; v = it.next()) {
            Object keep = f == PyNone.NONE ? v : Ops.call(f, new Object[] {v}, null);
            if (Ops.truth(keep)) {
              return v;
            }
            Budget.chargeSteps(1);
          }
          return null;
        }
      };
    }));
    REVERSED.setConstructor(of("reversed", "sequence, /", a -> reversed(a[0])));
    ns.put("enumerate", ENUMERATE);
    ns.put("zip", ZIP);
    ns.put("map", MAP);
    ns.put("filter", FILTER);
    ns.put("reversed", REVERSED);
    ns.put("print", of("print", "*args, sep=None, end=None, file=None, flush=False", a -> {
      print(a);
      return PyNone.NONE;
    }));
  }

  static Object reversed(Object seq) {
    if (seq instanceof PyList) {
      PyList l = (PyList) seq;
      return new PyIterator(PyIterator.LIST_REVERSE_ITERATOR) {
        int i = l.size - 1;

        @Override
        public Object next() {
          if (i >= 0 && i < l.size) {
            return l.items[i--];
          }
          i = -1;
          return null;
        }
      };
    }
    if (seq instanceof PyRange) {
      PyRange r = (PyRange) seq;
      return new PyRange(r.get(r.length - 1), r.start - r.step, -r.step).iterator();
    }
    Object m = Types.typeOf(seq).lookup("__reversed__");
    if (m != null) {
      return Ops.callMethod(m, seq);
    }
    if (seq instanceof PyTuple || seq instanceof String || BytesLike.check(seq)
        || (Types.typeOf(seq).lookup("__getitem__") != null
            && Types.typeOf(seq).lookup("__len__") != null && !(seq instanceof PyDict))) {
      int n = Ops.len(seq);
      return new PyIterator(REVERSED) {
        int i = n - 1;

        @Override
        public Object next() {
          if (i < 0) {
            return null;
          }
          return Ops.getItem(seq, (long) i--);
        }
      };
    }
    throw Errors.typeError("'" + Types.typeName(seq) + "' object is not reversible");
  }

  private static void print(Object[] a) {
    PyTuple args = (PyTuple) a[0];
    String sep = a[1] == PyNone.NONE ? " " : checkStr(a[1], "sep");
    String end = a[2] == PyNone.NONE ? "\n" : checkStr(a[2], "end");
    Object file = a[3];
    if (file == PyNone.NONE) {
      // print writes to sys.stdout: a replacement the script installed takes the output
      InterpreterState st = InterpreterState.current();
      Object replaced = st == null ? null : st.replacedStdout();
      if (replaced == PyNone.NONE) {
        return;
      }
      if (replaced != null) {
        file = replaced;
      }
    }
    if (file != PyNone.NONE) {
      // as CPython: one write call per piece, then flush() when asked
      Object write = Ops.getAttr(file, "write");
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          Ops.call(write, new Object[] {sep}, null);
        }
        Ops.call(write, new Object[] {Ops.str(args.get(i))}, null);
      }
      Ops.call(write, new Object[] {end}, null);
      if (Ops.truth(a[4])) {
        Ops.call(Ops.getAttr(file, "flush"), new Object[0], null);
      }
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(Ops.str(args.get(i)));
    }
    sb.append(end);
    InterpreterState st = InterpreterState.current();
    if (st != null) {
      st.write(sb.toString(), false);
    }
  }

  private static String checkStr(Object o, String what) {
    o = ValueSubclass.unwrapStr(o);
    if (!(o instanceof String)) {
      throw Errors.typeError(what + " must be None or a string, not " + Types.typeName(o));
    }
    return (String) o;
  }
}
