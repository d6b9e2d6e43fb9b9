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
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code collections}: namedtuple, and the dict subclasses defaultdict, Counter and
 * OrderedDict, written in Java against the interpreter's dict.
 */
public final class CollectionsModule implements ModuleProvider {
  private static final String MOD = "collections";
  private static final Object NI = PySingleton.NOT_IMPLEMENTED;
  private static final Object NONE = PyNone.NONE;

  @Override
  public Set<String> moduleNames() {
    return Set.of(MOD);
  }

  @Override
  public PyModule create(String name) {
    PyType[] user = UserClasses.create();
    return ModuleBuilder.named(MOD)
        .constant("namedtuple", NamedTuples.FACTORY)
        .constant("defaultdict", DEFAULTDICT)
        .constant("Counter", COUNTER)
        .constant("OrderedDict", ORDEREDDICT)
        .constant("deque", Deques.DEQUE)
        .constant("ChainMap", ChainMaps.CHAINMAP)
        .constant("UserDict", user[0])
        .constant("UserList", user[1])
        .constant("UserString", user[2])
        .build();
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static PyType dictClass(String name, Map<String, Object> ns) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("__module__", MOD);
    all.putAll(ns);
    return PyType.createClass(name, new PyType[] {Types.DICT}, all);
  }

  private static PyDict self(Object[] a) {
    return (PyDict) a[0];
  }

  /** dict.update semantics for {@code *args, **kwargs} already collected. */
  private static void update(PyDict d, PyTuple args, PyDict kw, String who) {
    if (args.size() > 1) {
      throw Errors.typeError(who + " expected at most 1 argument, got " + args.size());
    }
    if (args.size() == 1) {
      Builtins.dictUpdate(d, args.array()[0]);
    }
    if (kw != null) {
      d.putAll(kw);
    }
  }

  private static String typeName(Object o) {
    return Types.typeOf(o).name();
  }

  // ---------------------------------------------------------------- defaultdict

  static final PyType DEFAULTDICT;

  private static Object factory(PyDict d) {
    Object f = ((PyDict.Sub) d).attributes().getStr("default_factory");
    return f == null ? NONE : f;
  }

  private static PyDict.Sub copyDefault(PyDict d) {
    PyDict.Sub r = new PyDict.Sub(Types.typeOf(d));
    r.attributes().put("default_factory", factory(d));
    r.putAll(d);
    return r;
  }

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__init__", fn("__init__", "self, *args, **kwargs", a -> {
      Object[] args = ((PyTuple) a[1]).array();
      Object f = NONE;
      if (args.length > 0) {
        f = args[0];
        if (f != NONE && !Ops.isCallable(f)) {
          throw Errors.typeError("first argument must be callable or None");
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        update(self(a), PyTuple.of(rest), (PyDict) a[2], "defaultdict");
      } else {
        update(self(a), PyTuple.of(), (PyDict) a[2], "defaultdict");
      }
      ((PyDict.Sub) a[0]).attributes().put("default_factory", f);
      return NONE;
    }));
    ns.put("__missing__", fn("__missing__", "self, key, /", a -> {
      Object f = factory(self(a));
      if (f == NONE) {
        throw Errors.keyError(a[1]);
      }
      Object v = Ops.call(f, new Object[0], null);
      Ops.setItem(a[0], a[1], v);
      return v;
    }));
    ns.put("__repr__", fn("__repr__", "self", a -> {
      Object f = factory(self(a));
      return typeName(a[0]) + "(" + Ops.repr(f) + ", " + Ops.reprNative(a[0]) + ")";
    }));
    ns.put("copy", fn("copy", "self", a -> copyDefault(self(a))));
    ns.put("__copy__", fn("__copy__", "self", a -> copyDefault(self(a))));
    ns.put("__or__", fn("__or__", "self, other, /", a -> {
      if (!(a[1] instanceof PyDict)) {
        return NI;
      }
      PyDict.Sub r = copyDefault(self(a));
      r.putAll((PyDict) a[1]);
      return r;
    }));
    ns.put("__ror__", fn("__ror__", "self, other, /", a -> {
      if (!(a[1] instanceof PyDict)) {
        return NI;
      }
      PyDict.Sub r = copyDefault(self(a));
      r.clear();
      r.putAll((PyDict) a[1]);
      r.putAll(self(a));
      return r;
    }));
    DEFAULTDICT = dictClass("defaultdict", ns);
  }

  // ---------------------------------------------------------------- Counter

  static final PyType COUNTER;

  private static boolean isCounter(Object o) {
    return o instanceof PyDict && Types.typeOf(o).isSubtypeOf(COUNTER);
  }

  private static Object count(PyDict d, Object key) {
    Object v = d.get(key);
    return v == null ? (Object) 0L : v;
  }

  private static boolean positive(Object v) {
    return Ops.truth(Ops.compare(v, 0L, CmpOp.GT));
  }

  private static boolean negative(Object v) {
    return Ops.truth(Ops.compare(v, 0L, CmpOp.LT));
  }

  private static void counterUpdate(PyDict d, Object iterable, PyDict kw, BinaryOp op) {
    if (iterable != null && iterable != NONE) {
      if (iterable instanceof PyDict && op == BinaryOp.ADD && d.isEmpty()) {
        d.putAll((PyDict) iterable);
      } else if (iterable instanceof PyDict) {
        for (PyDict.Entry e : entriesOf((PyDict) iterable)) {
          d.put(e.key, Ops.binary(op, count(d, e.key), e.value));
        }
      } else {
        PyIterator it = Ops.iter(iterable);
        int n = 0;
        for (Object k = it.next(); k != null; k = it.next()) {
          d.put(k, Ops.binary(op, count(d, k), 1L));
          if ((++n & 63) == 0) {
            Budget.chargeSteps(64);
          }
        }
      }
    }
    if (kw != null && op == BinaryOp.ADD && d.isEmpty()) {
      d.putAll(kw);
    } else if (kw != null) {
      for (PyDict.Entry e : entriesOf(kw)) {
        d.put(e.key, Ops.binary(op, count(d, e.key), e.value));
      }
    }
  }

  private static List<PyDict.Entry> entriesOf(PyDict d) {
    List<PyDict.Entry> l = new ArrayList<>();
    for (PyDict.Entry e : d.entries()) {
      l.add(e);
    }
    return l;
  }

  private static List<PyDict.Entry> byCount(PyDict d) {
    List<PyDict.Entry> l = entriesOf(d);
    l.sort((x, y) -> Ops.truth(Ops.compare(x.value, y.value, CmpOp.GT)) ? -1
        : Ops.truth(Ops.compare(y.value, x.value, CmpOp.GT)) ? 1 : 0);
    return l;
  }

  private static PyDict.Sub newCounter() {
    return new PyDict.Sub(COUNTER);
  }

  /** Applies {@code op} elementwise over the union of keys, keeping positive results. */
  private static Object counterBinary(Object[] a, BinaryOp op) {
    if (!isCounter(a[1])) {
      return NI;
    }
    PyDict x = self(a);
    PyDict y = (PyDict) a[1];
    PyDict.Sub r = newCounter();
    for (PyDict.Entry e : entriesOf(x)) {
      Object v = combine(op, e.value, count(y, e.key));
      if (positive(v)) {
        r.put(e.key, v);
      }
    }
    for (PyDict.Entry e : entriesOf(y)) {
      if (!x.containsKey(e.key)) {
        Object v = combine(op, 0L, e.value);
        if (positive(v)) {
          r.put(e.key, v);
        }
      }
    }
    return r;
  }

  private static Object combine(BinaryOp op, Object p, Object q) {
    switch (op) {
      case BITOR:
        return Ops.truth(Ops.compare(p, q, CmpOp.LT)) ? q : p;
      case BITAND:
        return Ops.truth(Ops.compare(p, q, CmpOp.LT)) ? p : q;
      default:
        return Ops.binary(op, p, q);
    }
  }

  private static Object counterInplace(Object[] a, BinaryOp op) {
    if (!isCounter(a[1])) {
      return NI;
    }
    PyDict x = self(a);
    PyDict y = (PyDict) a[1];
    for (PyDict.Entry e : entriesOf(y)) {
      x.put(e.key, combine(op, count(x, e.key), e.value));
    }
    dropNonPositive(x);
    return x;
  }

  private static void dropNonPositive(PyDict x) {
    for (PyDict.Entry e : entriesOf(x)) {
      if (!positive(e.value)) {
        x.remove(e.key);
      }
    }
  }

  private static Object unary(Object[] a, boolean neg) {
    PyDict.Sub r = newCounter();
    for (PyDict.Entry e : entriesOf(self(a))) {
      if (neg ? negative(e.value) : positive(e.value)) {
        r.put(e.key, neg ? Ops.binary(BinaryOp.SUB, 0L, e.value) : e.value);
      }
    }
    return r;
  }

  /** True when {@code test} holds for every key of either counter, missing counts as 0. */
  private static boolean allKeys(PyDict x, PyDict y, CmpOp op) {
    for (PyDict d : new PyDict[] {x, y}) {
      for (PyDict.Entry e : entriesOf(d)) {
        if (!Ops.truth(Ops.compare(count(x, e.key), count(y, e.key), op))) {
          return false;
        }
      }
    }
    return true;
  }

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__init__", fn("__init__", "self, iterable=None, /, **kwds", a -> {
      counterUpdate(self(a), a[1], (PyDict) a[2], BinaryOp.ADD);
      return NONE;
    }));
    ns.put("__missing__", fn("__missing__", "self, key, /", a -> 0L));
    ns.put("update", fn("update", "self, iterable=None, /, **kwds", a -> {
      counterUpdate(self(a), a[1], (PyDict) a[2], BinaryOp.ADD);
      return NONE;
    }));
    ns.put("subtract", fn("subtract", "self, iterable=None, /, **kwds", a -> {
      counterUpdate(self(a), a[1], (PyDict) a[2], BinaryOp.SUB);
      return NONE;
    }));
    ns.put("total", fn("total", "self", a -> {
      Object t = 0L;
      for (PyDict.Entry e : entriesOf(self(a))) {
        t = Ops.binary(BinaryOp.ADD, t, e.value);
      }
      return t;
    }));
    ns.put("most_common", fn("most_common", "self, n=None", a -> {
      List<PyDict.Entry> l = byCount(self(a));
      int n = l.size();
      if (a[1] != NONE) {
        long k = Ops.asIndex(a[1], "n");
        n = (int) Math.max(0, Math.min(k, n));
      }
      PyList r = new PyList();
      for (int i = 0; i < n; i++) {
        r.append(PyTuple.of(l.get(i).key, l.get(i).value));
      }
      return r;
    }));
    ns.put("elements", fn("elements", "self", a -> {
      PyList r = new PyList();
      for (PyDict.Entry e : entriesOf(self(a))) {
        Object cv = Ops.indexOrNull(e.value);
        long c = cv instanceof Long ? (Long) cv : 0L;
        for (long i = 0; i < c; i++) {
          r.append(e.key);
        }
        Budget.chargeSteps(1);
      }
      return Ops.iter(r);
    }));
    ns.put("fromkeys", new Descriptors.ClassMethod(fn("fromkeys", "cls, iterable, v=None", a -> {
      throw Errors.notImplemented(
          "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
    })));
    ns.put("copy", fn("copy", "self", a -> Ops.call(Types.typeOf(a[0]), new Object[] {a[0]},
        null)));
    ns.put("__delitem__", fn("__delitem__", "self, key, /", a -> {
      self(a).remove(a[1]);
      return NONE;
    }));
    ns.put("__repr__", fn("__repr__", "self", a -> {
      PyDict d = self(a);
      if (d.isEmpty()) {
        return typeName(d) + "()";
      }
      List<PyDict.Entry> l;
      try {
        l = byCount(d);
      } catch (PyException e) {
        l = entriesOf(d);
      }
      StringBuilder sb = new StringBuilder(typeName(d)).append("({");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(Ops.repr(l.get(i).key)).append(": ")
            .append(Ops.repr(l.get(i).value));
      }
      return sb.append("})").toString();
    }));
    ns.put("__add__", fn("__add__", "self, other, /", a -> counterBinary(a, BinaryOp.ADD)));
    ns.put("__sub__", fn("__sub__", "self, other, /", a -> counterBinary(a, BinaryOp.SUB)));
    ns.put("__or__", fn("__or__", "self, other, /", a -> counterBinary(a, BinaryOp.BITOR)));
    ns.put("__and__", fn("__and__", "self, other, /", a -> counterBinary(a, BinaryOp.BITAND)));
    ns.put("__iadd__", fn("__iadd__", "self, other, /", a -> counterInplace(a, BinaryOp.ADD)));
    ns.put("__isub__", fn("__isub__", "self, other, /", a -> counterInplace(a, BinaryOp.SUB)));
    ns.put("__ior__", fn("__ior__", "self, other, /", a -> counterInplace(a, BinaryOp.BITOR)));
    ns.put("__iand__", fn("__iand__", "self, other, /",
        a -> counterInplace(a, BinaryOp.BITAND)));
    ns.put("__pos__", fn("__pos__", "self", a -> unary(a, false)));
    ns.put("__neg__", fn("__neg__", "self", a -> unary(a, true)));
    ns.put("__eq__", fn("__eq__", "self, other, /", a -> isCounter(a[1])
        ? (Object) allKeys(self(a), (PyDict) a[1], CmpOp.EQ) : NI));
    ns.put("__ne__", fn("__ne__", "self, other, /", a -> isCounter(a[1])
        ? (Object) !allKeys(self(a), (PyDict) a[1], CmpOp.EQ) : NI));
    ns.put("__le__", fn("__le__", "self, other, /", a -> isCounter(a[1])
        ? (Object) allKeys(self(a), (PyDict) a[1], CmpOp.LTE) : NI));
    ns.put("__ge__", fn("__ge__", "self, other, /", a -> isCounter(a[1])
        ? (Object) allKeys(self(a), (PyDict) a[1], CmpOp.GTE) : NI));
    ns.put("__lt__", fn("__lt__", "self, other, /", a -> isCounter(a[1])
        ? (Object) (allKeys(self(a), (PyDict) a[1], CmpOp.LTE)
            && !allKeys(self(a), (PyDict) a[1], CmpOp.EQ)) : NI));
    ns.put("__gt__", fn("__gt__", "self, other, /", a -> isCounter(a[1])
        ? (Object) (allKeys(self(a), (PyDict) a[1], CmpOp.GTE)
            && !allKeys(self(a), (PyDict) a[1], CmpOp.EQ)) : NI));
    COUNTER = dictClass("Counter", ns);
  }

  // ---------------------------------------------------------------- OrderedDict

  static final PyType ORDEREDDICT;

  private static boolean isOrdered(Object o) {
    return o instanceof PyDict && Types.typeOf(o).isSubtypeOf(ORDEREDDICT);
  }

  private static void moveToFront(PyDict d, Object key) {
    List<PyDict.Entry> l = entriesOf(d);
    PyDict.Entry first = d.entry(key);
    d.clear();
    d.put(first.key, first.value);
    for (PyDict.Entry e : l) {
      if (e != first) {
        d.put(e.key, e.value);
      }
    }
  }

  private static boolean sameOrder(PyDict x, PyDict y) {
    List<PyDict.Entry> p = entriesOf(x);
    List<PyDict.Entry> q = entriesOf(y);
    for (int i = 0; i < p.size(); i++) {
      if (!Ops.eq(p.get(i).key, q.get(i).key)) {
        return false;
      }
    }
    return true;
  }

  private static boolean odEquals(Object a, Object b) {
    boolean eq = Ops.truth(Ops.nativeCompare(a, b, CmpOp.EQ));
    return eq && (!isOrdered(b) || sameOrder((PyDict) a, (PyDict) b));
  }

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("move_to_end", fn("move_to_end", "self, key, last=True", a -> {
      PyDict d = self(a);
      PyDict.Entry e = d.entry(a[1]);
      if (e == null) {
        throw Errors.keyError(a[1]);
      }
      if (Ops.truth(a[2])) {
        Object k = e.key;
        Object v = e.value;
        d.remove(k);
        d.put(k, v);
      } else {
        moveToFront(d, a[1]);
      }
      return NONE;
    }));
    ns.put("popitem", fn("popitem", "self, last=True", a -> {
      PyDict d = self(a);
      if (d.isEmpty()) {
        throw Errors.keyError("dictionary is empty");
      }
      PyDict.Entry e;
      if (Ops.truth(a[1])) {
        e = d.popLast();
      } else {
        e = d.entries().iterator().next();
        d.remove(e.key);
      }
      return PyTuple.of(e.key, e.value);
    }));
    ns.put("fromkeys", new Descriptors.ClassMethod(fn("fromkeys", "cls, iterable, value=None",
        a -> {
          Object r = Ops.call(a[0], new Object[0], null);
          PyIterator it = Ops.iter(a[1]);
          for (Object k = it.next(); k != null; k = it.next()) {
            Ops.setItem(r, k, a[2]);
          }
          return r;
        })));
    ns.put("copy", fn("copy", "self", a -> Ops.call(Types.typeOf(a[0]), new Object[] {a[0]},
        null)));
    ns.put("__eq__", fn("__eq__", "self, other, /", a -> a[1] instanceof PyDict
        ? (Object) odEquals(a[0], a[1]) : NI));
    ns.put("__ne__", fn("__ne__", "self, other, /", a -> a[1] instanceof PyDict
        ? (Object) !odEquals(a[0], a[1]) : NI));
    ns.put("__repr__", fn("__repr__", "self", a -> {
      PyDict d = self(a);
      if (d.isEmpty()) {
        return typeName(d) + "()";
      }
      StringBuilder sb = new StringBuilder(typeName(d)).append("([");
      boolean first = true;
      for (PyDict.Entry e : entriesOf(d)) {
        sb.append(first ? "" : ", ").append('(').append(Ops.repr(e.key)).append(", ")
            .append(Ops.repr(e.value)).append(')');
        first = false;
      }
      return sb.append("])").toString();
    }));
    ns.put("__or__", fn("__or__", "self, other, /", a -> {
      if (!(a[1] instanceof PyDict)) {
        return NI;
      }
      Object r = Ops.call(Types.typeOf(a[0]), new Object[] {a[0]}, null);
      Ops.call(Ops.getAttr(r, "update"), new Object[] {a[1]}, null);
      return r;
    }));
    ns.put("__ror__", fn("__ror__", "self, other, /", a -> {
      if (!(a[1] instanceof PyDict)) {
        return NI;
      }
      Object r = Ops.call(Types.typeOf(a[0]), new Object[] {a[1]}, null);
      Ops.call(Ops.getAttr(r, "update"), new Object[] {a[0]}, null);
      return r;
    }));
    ORDEREDDICT = dictClass("OrderedDict", ns);
  }

  static {
    LibClasses.share(DEFAULTDICT, COUNTER, ORDEREDDICT);
  }
}
