package dev.moat.stdlib;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PySlice;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code collections.UserDict}, {@code UserList} and {@code UserString}: ordinary classes whose
 * instances keep the wrapped dict, list or str in their {@code data} attribute. They derive from
 * the running interpreter's {@code collections.abc} MutableMapping, MutableSequence and Sequence,
 * so the mixin methods (update, setdefault, pop, ...) go through a subclass's own
 * {@code __getitem__}/{@code __setitem__}. Created per interpreter, since their bases are.
 */
final class UserClasses {
  private UserClasses() {}

  private static final Object NONE = PyNone.NONE;
  private static final Object NI = PySingleton.NOT_IMPLEMENTED;
  private static final String MOD = "collections";

  /** The three classes, in the order UserDict, UserList, UserString. */
  static PyType[] create() {
    PyModule abc = LibClasses.importModule("collections.abc");
    PyType mm = (PyType) Ops.getAttr(abc, "MutableMapping");
    PyType ms = (PyType) Ops.getAttr(abc, "MutableSequence");
    PyType seq = (PyType) Ops.getAttr(abc, "Sequence");
    PyType[] box = new PyType[3];
    box[0] = userDict(mm, box);
    box[1] = userList(ms, box);
    box[2] = userString(seq, box);
    return box;
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static PyType make(String name, PyType base, Map<String, Object> ns) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("__module__", MOD);
    all.putAll(ns);
    PyType t = PyType.createClass(name, new PyType[] {base}, all);
    if (base.type() != Types.TYPE) {
      // every abstract method is defined here: the class itself can be instantiated
      t.setAttribute("__abstractmethods__", Ops.call(Types.FROZENSET, new Object[0], null));
    }
    return t;
  }

  private static Object data(Object self) {
    return Ops.getAttr(self, "data");
  }

  private static Object cls(Object self) {
    return Types.typeOf(self);
  }

  private static Object newOf(Object cls, Object arg) {
    return Ops.call(cls, new Object[] {arg}, null);
  }

  private static Object method(Object o, String name, Object... args) {
    return Ops.call(Ops.getAttr(o, name), args, null);
  }

  /** Calls {@code f} with positional {@code pos} and keyword arguments {@code kw}. */
  private static Object callKw(Object f, Object[] pos, PyDict kw) {
    if (kw == null || kw.isEmpty()) {
      return Ops.call(f, pos, null);
    }
    Object[] all = new Object[pos.length + kw.size()];
    String[] names = new String[kw.size()];
    System.arraycopy(pos, 0, all, 0, pos.length);
    int i = 0;
    for (PyDict.Entry e : kw.entries()) {
      names[i] = (String) e.key;
      all[pos.length + i++] = e.value;
    }
    return Ops.call(f, all, names);
  }

  /** A shallow copy: a new bare instance with the same attributes and a copy of data. */
  private static Object shallow(Object self, Object dataCopy) {
    Object inst = Ops.call(Ops.getAttr(Types.OBJECT, "__new__"), new Object[] {cls(self)}, null);
    PyDict mine = (PyDict) Ops.getAttr(self, "__dict__");
    PyDict theirs = (PyDict) Ops.getAttr(inst, "__dict__");
    theirs.putAll(mine);
    theirs.put("data", dataCopy);
    return inst;
  }

  /** A new list of the items of {@code iterable}, charged one step and a slot per item. */
  private static PyList copyList(Object iterable) {
    Object[] items = Builtins.toArray(iterable);
    Budget.chargeSteps(items.length);
    Budget.reserveMemory(8L * items.length);
    return PyList.copyOf(java.util.Arrays.asList(items));
  }

  /** A copy of a dict, charged one step per entry. */
  private static Object copyDict(Object d) {
    Budget.chargeSteps(Ops.len(d));
    return method(d, "copy");
  }

  // ---------------------------------------------------------------- UserDict

  private static PyType userDict(PyType base, PyType[] box) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__init__", fn("__init__", "self, dict=None, /, **kwargs", a -> {
      Ops.setAttr(a[0], "data", new PyDict());
      if (a[1] != NONE) {
        method(a[0], "update", a[1]);
      }
      PyDict kw = (PyDict) a[2];
      if (!kw.isEmpty()) {
        method(a[0], "update", kw);
      }
      return NONE;
    }));
    ns.put("__len__", fn("__len__", "self", a -> (long) Ops.len(data(a[0]))));
    ns.put("__getitem__", fn("__getitem__", "self, key", a -> {
      Object d = data(a[0]);
      if (Ops.contains(d, a[1])) {
        return Ops.getItem(d, a[1]);
      }
      Object missing = Types.typeOf(a[0]).lookup("__missing__");
      if (missing != null) {
        return Ops.call(Ops.getAttr(cls(a[0]), "__missing__"), new Object[] {a[0], a[1]},
            null);
      }
      throw Errors.keyError(a[1]);
    }));
    ns.put("__setitem__", fn("__setitem__", "self, key, item", a -> {
      Ops.setItem(data(a[0]), a[1], a[2]);
      return NONE;
    }));
    ns.put("__delitem__", fn("__delitem__", "self, key", a -> {
      Ops.delItem(data(a[0]), a[1]);
      return NONE;
    }));
    ns.put("__iter__", fn("__iter__", "self", a -> Ops.iter(data(a[0]))));
    ns.put("__contains__", fn("__contains__", "self, key",
        a -> Ops.contains(data(a[0]), a[1])));
    ns.put("__repr__", fn("__repr__", "self", a -> Ops.repr(data(a[0]))));
    ns.put("__or__", fn("__or__", "self, other", a -> {
      Object o = a[1];
      if (Builtins.isInstance(o, box[0])) {
        o = data(o);
      } else if (!(o instanceof PyDict)) {
        return NI;
      }
      return newOf(cls(a[0]), Ops.binary(BinaryOp.BITOR, data(a[0]), o));
    }));
    ns.put("__ror__", fn("__ror__", "self, other", a -> {
      Object o = a[1];
      if (Builtins.isInstance(o, box[0])) {
        o = data(o);
      } else if (!(o instanceof PyDict)) {
        return NI;
      }
      return newOf(cls(a[0]), Ops.binary(BinaryOp.BITOR, o, data(a[0])));
    }));
    ns.put("__ior__", fn("__ior__", "self, other", a -> {
      Object o = Builtins.isInstance(a[1], box[0]) ? data(a[1]) : a[1];
      Object r = Ops.inplace(BinaryOp.BITOR, data(a[0]), o);
      Ops.setAttr(a[0], "data", r);
      return a[0];
    }));
    ns.put("__copy__", fn("__copy__", "self",
        a -> shallow(a[0], copyDict(data(a[0])))));
    ns.put("copy", fn("copy", "self", a -> {
      if (cls(a[0]) == box[0]) {
        return newOf(box[0], copyDict(data(a[0])));
      }
      Object c = shallow(a[0], new PyDict());
      method(c, "update", a[0]);
      return c;
    }));
    ns.put("fromkeys", new Descriptors.ClassMethod(fn("fromkeys", "cls, iterable, value=None",
        a -> {
          Object d = Ops.call(a[0], new Object[0], null);
          for (Object k : Builtins.toArray(a[1])) {
            Budget.chargeSteps(1);
            Ops.setItem(d, k, a[2]);
          }
          return d;
        })));
    ns.put("__hash__", NONE);
    return make("UserDict", base, ns);
  }

  // ---------------------------------------------------------------- UserList

  private static PyType userList(PyType base, PyType[] box) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__init__", fn("__init__", "self, initlist=None", a -> {
      Object init = a[1];
      PyList d;
      if (init == NONE) {
        d = new PyList();
      } else if (Builtins.isInstance(init, box[1])) {
        d = copyList(data(init));
      } else {
        d = copyList(init);
      }
      Ops.setAttr(a[0], "data", d);
      return NONE;
    }));
    ns.put("__repr__", fn("__repr__", "self", a -> Ops.repr(data(a[0]))));
    String[] cmpNames = {"__lt__", "__le__", "__eq__", "__gt__", "__ge__"};
    CmpOp[] cmps = {CmpOp.LT, CmpOp.LTE, CmpOp.EQ, CmpOp.GT, CmpOp.GTE};
    for (int i = 0; i < cmps.length; i++) {
      CmpOp op = cmps[i];
      ns.put(cmpNames[i], fn(cmpNames[i], "self, other", a -> Ops.compare(data(a[0]),
          Builtins.isInstance(a[1], box[1]) ? data(a[1]) : a[1], op)));
    }
    ns.put("__contains__", fn("__contains__", "self, item",
        a -> Ops.contains(data(a[0]), a[1])));
    ns.put("__len__", fn("__len__", "self", a -> (long) Ops.len(data(a[0]))));
    ns.put("__getitem__", fn("__getitem__", "self, i", a -> {
      Object r = Ops.getItem(data(a[0]), a[1]);
      return a[1] instanceof PySlice ? newOf(cls(a[0]), r) : r;
    }));
    ns.put("__setitem__", fn("__setitem__", "self, i, item", a -> {
      Ops.setItem(data(a[0]), a[1], a[2]);
      return NONE;
    }));
    ns.put("__delitem__", fn("__delitem__", "self, i", a -> {
      Ops.delItem(data(a[0]), a[1]);
      return NONE;
    }));
    ns.put("__add__", fn("__add__", "self, other", a -> newOf(cls(a[0]),
        Ops.binary(BinaryOp.ADD, data(a[0]), asList(a[1], box)))));
    ns.put("__radd__", fn("__radd__", "self, other", a -> newOf(cls(a[0]),
        Ops.binary(BinaryOp.ADD, asList(a[1], box), data(a[0])))));
    ns.put("__iadd__", fn("__iadd__", "self, other", a -> {
      Ops.setAttr(a[0], "data", Ops.inplace(BinaryOp.ADD, data(a[0]), asList(a[1], box)));
      return a[0];
    }));
    ns.put("__mul__", fn("__mul__", "self, n", a -> newOf(cls(a[0]),
        Ops.binary(BinaryOp.MULT, data(a[0]), a[1]))));
    ns.put("__rmul__", ns.get("__mul__"));
    ns.put("__imul__", fn("__imul__", "self, n", a -> {
      Ops.setAttr(a[0], "data", Ops.inplace(BinaryOp.MULT, data(a[0]), a[1]));
      return a[0];
    }));
    ns.put("__copy__", fn("__copy__", "self", a -> shallow(a[0],
        copyList(data(a[0])))));
    for (String m : new String[] {"append", "insert", "pop", "remove", "clear", "count",
        "index", "reverse", "sort"}) {
      ns.put(m, fn(m, "self, /, *args, **kwargs", a -> {
        Object r = callKw(Ops.getAttr(data(a[0]), m), ((PyTuple) a[1]).array(), (PyDict) a[2]);
        return r;
      }));
    }
    ns.put("copy", fn("copy", "self", a -> newOf(cls(a[0]), a[0])));
    ns.put("extend", fn("extend", "self, other", a -> {
      Object o = Builtins.isInstance(a[1], box[1]) ? data(a[1]) : a[1];
      method(data(a[0]), "extend", o);
      return NONE;
    }));
    ns.put("__hash__", NONE);
    return make("UserList", base, ns);
  }

  /** The list to combine with: a UserList's data, a list itself, else list(other). */
  private static Object asList(Object o, PyType[] box) {
    if (Builtins.isInstance(o, box[1])) {
      return data(o);
    }
    if (o instanceof PyList) {
      return o;
    }
    return copyList(o);
  }

  // ---------------------------------------------------------------- UserString

  /** str methods whose str result UserString wraps in the instance's class. */
  private static final String[] WRAPPING = {"capitalize", "casefold", "center", "expandtabs",
      "ljust", "lower", "lstrip", "removeprefix", "removesuffix", "replace", "rjust", "rstrip",
      "strip", "swapcase", "title", "translate", "upper", "zfill"};

  /** str methods whose result UserString returns as is. */
  private static final String[] PLAIN = {"count", "encode", "endswith", "find", "format",
      "format_map", "index", "isalpha", "isalnum", "isascii", "isdecimal", "isdigit",
      "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper",
      "join", "partition", "rfind", "rindex", "rpartition", "rsplit", "split", "splitlines",
      "startswith"};

  /** Methods that accept a UserString where str wants a str argument. */
  private static final java.util.Set<String> UNWRAP = java.util.Set.of("count", "find",
      "index", "rfind", "rindex", "replace", "removeprefix", "removesuffix");

  private static String str(Object self) {
    Object d = data(self);
    return d instanceof String ? (String) d : Ops.str(d);
  }

  private static PyType userString(PyType base, PyType[] box) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__init__", fn("__init__", "self, seq", a -> {
      Object s = a[1];
      Object d = s instanceof String ? s : Builtins.isInstance(s, box[2]) ? data(s)
          : Ops.str(s);
      Ops.setAttr(a[0], "data", d);
      return NONE;
    }));
    ns.put("__str__", fn("__str__", "self", a -> Ops.str(data(a[0]))));
    ns.put("__repr__", fn("__repr__", "self", a -> Ops.repr(data(a[0]))));
    ns.put("__int__", fn("__int__", "self", a -> Ops.call(Types.INT, new Object[] {data(a[0])},
        null)));
    ns.put("__float__", fn("__float__", "self", a -> Ops.call(Types.FLOAT,
        new Object[] {data(a[0])}, null)));
    ns.put("__hash__", fn("__hash__", "self", a -> Ops.hash(data(a[0]))));
    ns.put("__getnewargs__", fn("__getnewargs__", "self", a -> PyTuple.of(str(a[0]))));
    String[] cmpNames = {"__eq__", "__lt__", "__le__", "__gt__", "__ge__"};
    CmpOp[] cmps = {CmpOp.EQ, CmpOp.LT, CmpOp.LTE, CmpOp.GT, CmpOp.GTE};
    for (int i = 0; i < cmps.length; i++) {
      CmpOp op = cmps[i];
      ns.put(cmpNames[i], fn(cmpNames[i], "self, string", a -> Ops.compare(data(a[0]),
          Builtins.isInstance(a[1], box[2]) ? data(a[1]) : a[1], op)));
    }
    ns.put("__contains__", fn("__contains__", "self, char", a -> Ops.contains(data(a[0]),
        Builtins.isInstance(a[1], box[2]) ? data(a[1]) : a[1])));
    ns.put("__len__", fn("__len__", "self", a -> (long) Ops.len(data(a[0]))));
    ns.put("__getitem__", fn("__getitem__", "self, index", a -> newOf(cls(a[0]),
        Ops.getItem(data(a[0]), a[1]))));
    ns.put("__add__", fn("__add__", "self, other", a -> {
      Object o = Builtins.isInstance(a[1], box[2]) ? data(a[1])
          : a[1] instanceof String ? a[1] : Ops.str(a[1]);
      return newOf(cls(a[0]), Ops.binary(BinaryOp.ADD, data(a[0]), o));
    }));
    ns.put("__radd__", fn("__radd__", "self, other", a -> {
      Object o = a[1] instanceof String ? a[1] : Ops.str(a[1]);
      return newOf(cls(a[0]), Ops.binary(BinaryOp.ADD, o, data(a[0])));
    }));
    ns.put("__mul__", fn("__mul__", "self, n", a -> newOf(cls(a[0]),
        Ops.binary(BinaryOp.MULT, data(a[0]), a[1]))));
    ns.put("__rmul__", ns.get("__mul__"));
    ns.put("__mod__", fn("__mod__", "self, args", a -> newOf(cls(a[0]),
        Ops.binary(BinaryOp.MOD, data(a[0]), a[1]))));
    ns.put("__rmod__", fn("__rmod__", "self, template", a -> newOf(cls(a[0]),
        Ops.binary(BinaryOp.MOD, Ops.str(a[1]), a[0]))));
    for (String m : WRAPPING) {
      ns.put(m, fn(m, "self, /, *args, **kwargs", a -> newOf(cls(a[0]),
          delegate(a, m, box))));
    }
    for (String m : PLAIN) {
      ns.put(m, fn(m, "self, /, *args, **kwargs", a -> delegate(a, m, box)));
    }
    ns.put("maketrans", new Descriptors.StaticMethod(Ops.getAttr(Types.STR, "maketrans")));
    return make("UserString", base, ns);
  }

  private static Object delegate(Object[] a, String m, PyType[] box) {
    Object[] args = ((PyTuple) a[1]).array();
    if (UNWRAP.contains(m)) {
      args = args.clone();
      for (int i = 0; i < args.length; i++) {
        if (Builtins.isInstance(args[i], box[2])) {
          args[i] = data(args[i]);
        }
      }
    }
    Budget.chargeSteps(1);
    return callKw(Ops.getAttr(data(a[0]), m), args, (PyDict) a[2]);
  }
}
