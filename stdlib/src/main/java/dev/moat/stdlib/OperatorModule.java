package dev.moat.stdlib;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyObject;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code operator} module: the operators as functions (each also under its dunder
 * alias), plus the {@code itemgetter}, {@code attrgetter} and {@code methodcaller} classes.
 */
public final class OperatorModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("operator");
  }

  /** Name, parameters and body of each plain function, and whether it has a dunder alias. */
  private static final class Def {
    final String name;
    final String params;
    final BuiltinFunction.Body body;
    final String alias;

    Def(String name, String params, BuiltinFunction.Body body, String alias) {
      this.name = name;
      this.params = params;
      this.body = body;
      this.alias = alias;
    }
  }

  private static String dunder(String name) {
    String base = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    return "__" + base + "__";
  }

  @Override
  public PyModule create(String name) {
    List<Def> defs = new ArrayList<>();
    for (BinaryOp op : BinaryOp.values()) {
      String fname = op.dunder.substring(2, op.dunder.length() - 2);
      String plain = fname.equals("and") || fname.equals("or") ? fname + "_" : fname;
      defs.add(new Def(plain, "a, b, /", a -> Ops.binary(op, a[0], a[1]), op.dunder));
      defs.add(new Def("i" + fname, "a, b, /", a -> Ops.inplace(op, a[0], a[1]), op.idunder));
    }
    cmp(defs, "eq", CmpOp.EQ);
    cmp(defs, "ne", CmpOp.NOTEQ);
    cmp(defs, "lt", CmpOp.LT);
    cmp(defs, "le", CmpOp.LTE);
    cmp(defs, "gt", CmpOp.GT);
    cmp(defs, "ge", CmpOp.GTE);
    defs.add(new Def("neg", "a, /", a -> Ops.negate(a[0]), "__neg__"));
    defs.add(new Def("pos", "a, /", a -> Ops.positive(a[0]), "__pos__"));
    defs.add(new Def("abs", "a, /", a -> Ops.abs(a[0]), "__abs__"));
    defs.add(new Def("invert", "a, /", a -> Ops.invert(a[0]), "__invert__"));
    defs.add(new Def("inv", "a, /", a -> Ops.invert(a[0]), "__inv__"));
    defs.add(new Def("not_", "a, /", a -> !Ops.truth(a[0]), "__not__"));
    defs.add(new Def("truth", "a, /", a -> Ops.truth(a[0]), null));
    defs.add(new Def("is_", "a, b, /", a -> same(a[0], a[1]), null));
    defs.add(new Def("is_not", "a, b, /", a -> !same(a[0], a[1]), null));
    defs.add(new Def("contains", "a, b, /", a -> Ops.contains(a[0], a[1]), "__contains__"));
    defs.add(new Def("countOf", "a, b, /", a -> countOf(a[0], a[1]), null));
    defs.add(new Def("indexOf", "a, b, /", a -> indexOf(a[0], a[1]), null));
    defs.add(new Def("getitem", "a, b, /", a -> Ops.getItem(a[0], a[1]), "__getitem__"));
    defs.add(new Def("setitem", "a, b, c, /", a -> {
      Ops.setItem(a[0], a[1], a[2]);
      return PyNone.NONE;
    }, "__setitem__"));
    defs.add(new Def("delitem", "a, b, /", a -> {
      Ops.delItem(a[0], a[1]);
      return PyNone.NONE;
    }, "__delitem__"));
    defs.add(new Def("concat", "a, b, /", a -> {
      requireSequence(a[0]);
      return Ops.binary(BinaryOp.ADD, a[0], a[1]);
    }, "__concat__"));
    defs.add(new Def("iconcat", "a, b, /", a -> {
      requireSequence(a[0]);
      return Ops.inplace(BinaryOp.ADD, a[0], a[1]);
    }, "__iconcat__"));
    defs.add(new Def("index", "a, /", a -> {
      Object i = Ops.indexOrNull(a[0]);
      if (i == null) {
        throw Errors.typeError("'" + Types.typeName(a[0])
            + "' object cannot be interpreted as an integer");
      }
      return i;
    }, "__index__"));
    defs.add(new Def("length_hint", "obj, default=0, /", a -> lengthHint(a[0], a[1]), null));
    defs.add(new Def("call", "obj, /, *args, **kwargs", a -> callWith(a[0],
        ((PyTuple) a[1]).array(), (PyDict) a[2]), "__call__"));

    ModuleBuilder b = ModuleBuilder.named("operator");
    for (Def d : defs) {
      BuiltinFunction f = BuiltinFunction.of(d.name, d.params, d.body);
      b.constant(d.name, f);
      if (d.alias != null) {
        b.constant(d.alias, f);
      }
    }
    b.constant("itemgetter", ITEMGETTER);
    b.constant("attrgetter", ATTRGETTER);
    b.constant("methodcaller", METHODCALLER);
    return b.build();
  }

  private static void cmp(List<Def> defs, String name, CmpOp op) {
    defs.add(new Def(name, "a, b, /", a -> Ops.compare(a[0], a[1], op), dunder(name)));
  }

  /** Identity as {@code is} sees it (small ints and bools are shared objects in CPython). */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Boolean) {
      return a.equals(b);
    }
    if (a instanceof Long && b instanceof Long) {
      long x = (Long) a;
      return x == (Long) b && x >= -5 && x <= 256;
    }
    return false;
  }

  private static void requireSequence(Object a) {
    boolean seq = a instanceof String || a instanceof PyList || a instanceof PyTuple
        || a instanceof PyBytes;
    if (!seq && !(a instanceof PyDict) && !(a instanceof Long) && !(a instanceof Double)
        && !(a instanceof Boolean)) {
      seq = Types.typeOf(a).lookup("__getitem__") != null;
    }
    if (!seq) {
      throw Errors.typeError("'" + Types.typeName(a) + "' object can't be concatenated");
    }
  }

  private static PyIterator iterArg(Object o) {
    if (!Ops.isIterable(o)) {
      throw Errors.typeError("argument of type '" + Types.typeName(o) + "' is not iterable");
    }
    return Ops.iter(o);
  }

  private static Object countOf(Object seq, Object x) {
    long n = 0;
    PyIterator it = iterArg(seq);
    for (Object v = it.next(); v != null; v = it.next()) {
      Budget.chargeSteps(1);
      if (v == x || Ops.eq(v, x)) {
        n++;
      }
    }
    return n;
  }

  private static Object indexOf(Object seq, Object x) {
    long i = 0;
    PyIterator it = iterArg(seq);
    for (Object v = it.next(); v != null; v = it.next()) {
      Budget.chargeSteps(1);
      if (v == x || Ops.eq(v, x)) {
        return i;
      }
      i++;
    }
    throw Errors.valueError("sequence.index(x): x not in sequence");
  }

  private static Object lengthHint(Object obj, Object dflt) {
    if (!(dflt instanceof Long)) {
      Object d = Ops.indexOrNull(dflt);
      if (d == null) {
        throw Errors.typeError("'" + Types.typeName(dflt)
            + "' object cannot be interpreted as an integer");
      }
      dflt = d;
    }
    boolean hasLen = obj instanceof String || obj instanceof PyList || obj instanceof PyTuple
        || obj instanceof PyDict || obj instanceof PyBytes
        || obj instanceof PyObject && Types.typeOf(obj).lookup("__len__") != null;
    if (hasLen) {
      return Ops.lenLong(obj);
    }
    Object hint = Types.typeOf(obj).lookup("__length_hint__");
    if (hint != null) {
      Object r = Ops.callMethod(hint, obj);
      if (r == dev.moat.runtime.PySingleton.NOT_IMPLEMENTED) {
        return dflt;
      }
      if (!(r instanceof Long)) {
        throw Errors.typeError("__length_hint__ must be an integer, not " + Types.typeName(r));
      }
      if ((Long) r < 0) {
        throw Errors.valueError("__length_hint__() should return >= 0");
      }
      return r;
    }
    return dflt;
  }

  /** Calls {@code f(*args, **kwargs)}. */
  static Object callWith(Object f, Object[] args, PyDict kwargs) {
    if (kwargs == null || kwargs.size() == 0) {
      return Ops.call(f, args, null);
    }
    Object[] all = new Object[args.length + kwargs.size()];
    System.arraycopy(args, 0, all, 0, args.length);
    String[] names = new String[kwargs.size()];
    int k = 0;
    for (PyDict.Entry e : kwargs.entries()) {
      names[k] = (String) e.key;
      all[args.length + k++] = e.value;
    }
    return Ops.call(f, all, names);
  }

  // ---------------------------------------------------------------- itemgetter & co.

  /** An itemgetter / attrgetter / methodcaller: a Java object of a library class. */
  static final class Getter implements PyObject {
    final PyType type;
    final Object[] items;
    /** attrgetter: each name split at dots. */
    final String[][] paths;
    final PyDict kwargs;

    Getter(PyType type, Object[] items, String[][] paths, PyDict kwargs) {
      this.type = type;
      this.items = items;
      this.paths = paths;
      this.kwargs = kwargs;
    }

    @Override
    public PyType type() {
      return type;
    }
  }

  private static String argsRepr(Object[] items, PyDict kwargs) {
    StringBuilder sb = new StringBuilder();
    for (Object o : items) {
      sb.append(sb.length() == 0 ? "" : ", ").append(Ops.repr(o));
    }
    if (kwargs != null) {
      for (PyDict.Entry e : kwargs.entries()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(e.key).append('=')
            .append(Ops.repr(e.value));
      }
    }
    return sb.toString();
  }

  private static Map<String, Object> methods(BuiltinFunction.Body call) {
    Map<String, Object> m = LibClasses.repr(a -> {
      Getter g = (Getter) a[0];
      return "operator." + g.type.name() + "(" + argsRepr(g.items, g.kwargs) + ")";
    });
    m.put("__call__", BuiltinFunction.of("__call__", "self, obj, /", call));
    return m;
  }

  static final PyType ITEMGETTER = LibClasses.create("operator", "itemgetter",
      "cls, *items", a -> {
        Object[] items = ((PyTuple) a[1]).array();
        if (items.length == 0) {
          throw Errors.typeError("itemgetter expected 1 argument, got 0");
        }
        return new Getter((PyType) a[0], items.clone(), null, null);
      }, methods(a -> {
        Getter g = (Getter) a[0];
        if (g.items.length == 1) {
          return Ops.getItem(a[1], g.items[0]);
        }
        Object[] out = new Object[g.items.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = Ops.getItem(a[1], g.items[i]);
        }
        return PyTuple.of(out);
      }));

  static final PyType ATTRGETTER = LibClasses.create("operator", "attrgetter",
      "cls, *attrs", a -> {
        Object[] names = ((PyTuple) a[1]).array();
        if (names.length == 0) {
          throw Errors.typeError("attrgetter expected 1 argument, got 0");
        }
        String[][] paths = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
          if (!(names[i] instanceof String)) {
            throw Errors.typeError("attribute name must be a string");
          }
          paths[i] = ((String) names[i]).split("\\.", -1);
        }
        return new Getter((PyType) a[0], names.clone(), paths, null);
      }, methods(a -> {
        Getter g = (Getter) a[0];
        if (g.paths.length == 1) {
          return follow(a[1], g.paths[0]);
        }
        Object[] out = new Object[g.paths.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = follow(a[1], g.paths[i]);
        }
        return PyTuple.of(out);
      }));

  private static Object follow(Object o, String[] path) {
    for (String p : path) {
      o = Ops.getAttr(o, p);
    }
    return o;
  }

  static final PyType METHODCALLER = LibClasses.create("operator", "methodcaller",
      "cls, *args, **kwargs", a -> {
        Object[] args = ((PyTuple) a[1]).array();
        if (args.length == 0) {
          throw Errors.typeError("methodcaller needs at least one argument, the method name");
        }
        if (!(args[0] instanceof String)) {
          throw Errors.typeError("method name must be a string");
        }
        return new Getter((PyType) a[0], args.clone(), null, ((PyDict) a[2]).copy());
      }, methods(a -> {
        Getter g = (Getter) a[0];
        Object[] rest = new Object[g.items.length - 1];
        System.arraycopy(g.items, 1, rest, 0, rest.length);
        return callWith(Ops.getAttr(a[1], (String) g.items[0]), rest, g.kwargs);
      }));

  static {
    LibClasses.share(ITEMGETTER, ATTRGETTER, METHODCALLER);
  }
}
