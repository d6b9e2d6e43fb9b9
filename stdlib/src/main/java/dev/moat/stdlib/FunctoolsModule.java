package dev.moat.stdlib;

import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BoundMethod;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code functools}: reduce, partial/partialmethod, lru_cache/cache, wraps and
 * update_wrapper, cmp_to_key, total_ordering, cached_property and singledispatch, in Java.
 */
public final class FunctoolsModule implements ModuleProvider {
  private static final String MOD = "functools";
  private static final PyTuple ASSIGNED = PyTuple.of("__module__", "__name__", "__qualname__",
      "__doc__", "__annotations__");
  private static final PyTuple UPDATED = PyTuple.of("__dict__");

  @Override
  public Set<String> moduleNames() {
    return Set.of(MOD);
  }

  @Override
  public PyModule create(String name) {
    ModuleBuilder b = ModuleBuilder.named(MOD);
    b.constant("WRAPPER_ASSIGNMENTS", ASSIGNED);
    b.constant("WRAPPER_UPDATES", UPDATED);
    b.function("reduce", "*args", a -> reduce(((PyTuple) a[0]).array()));
    b.constant("partial", PARTIAL);
    b.constant("partialmethod", PARTIALMETHOD);
    b.function("update_wrapper", "wrapper, wrapped, assigned=?, updated=?",
        a -> updateWrapper(a[0], a[1], a[2], a[3]));
    b.function("wraps", "wrapped, assigned=?, updated=?", a -> {
      Object wrapped = a[0];
      Object assigned = a[1];
      Object updated = a[2];
      return BuiltinFunction.of("decorator", "wrapper, /",
          x -> updateWrapper(x[0], wrapped, assigned, updated));
    });
    b.function("lru_cache", "maxsize=128, typed=False", a -> lruCache(a[0], a[1]));
    b.function("cache", "user_function, /", a -> newLru(a[0], -1, false));
    b.function("cmp_to_key", "mycmp", a -> BuiltinFunction.of("K", "obj",
        x -> new Key(a[0], x[0])));
    b.function("total_ordering", "cls", a -> totalOrdering(a[0]));
    b.constant("cached_property", CACHED_PROPERTY);
    b.constant("singledispatchmethod", DISPATCH_METHOD);
    b.function("singledispatch", "func", a -> new Dispatcher(a[0]));
    return b.build();
  }

  private static PyType cls(String name, Map<String, Object> ns) {
    return LibClasses.create(MOD, name, null, null, ns);
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  // ---------------------------------------------------------------- reduce

  static Object reduce(Object[] args) {
    if (args.length < 2) {
      throw Errors.typeError("reduce expected at least 2 arguments, got " + args.length);
    }
    if (args.length > 3) {
      throw Errors.typeError("reduce expected at most 3 arguments, got " + args.length);
    }
    if (!Ops.isIterable(args[1])) {
      throw Errors.typeError("reduce() arg 2 must support iteration");
    }
    PyIterator it = Ops.iter(args[1]);
    Object acc = args.length == 3 ? args[2] : it.next();
    if (acc == null) {
      throw Errors.typeError("reduce() of empty iterable with no initial value");
    }
    for (Object v = it.next(); v != null; v = it.next()) {
      Budget.chargeSteps(1);
      acc = Ops.call(args[0], new Object[] {acc, v}, null);
    }
    return acc;
  }

  // ---------------------------------------------------------------- partial

  static final class Partial extends PyInstance {
    Object func;
    Object[] args;
    PyDict keywords;

    Partial(PyType t) {
      super(t);
    }

    Object invoke(Object[] more, String[] kwnames) {
      int nkw = kwnames == null ? 0 : kwnames.length;
      int npos = more.length - nkw;
      PyDict kw = keywords.copy();
      for (int i = 0; i < nkw; i++) {
        kw.put(kwnames[i], more[npos + i]);
      }
      Object[] pos = new Object[args.length + npos];
      System.arraycopy(args, 0, pos, 0, args.length);
      System.arraycopy(more, 0, pos, args.length, npos);
      return OperatorModule.callWith(func, pos, kw);
    }
  }

  static String callRepr(String head, Object[] args, PyDict kw) {
    StringBuilder sb = new StringBuilder(head);
    for (Object o : args) {
      sb.append(", ").append(Ops.repr(o));
    }
    for (PyDict.Entry e : kw.entries()) {
      sb.append(", ").append(e.key).append('=').append(Ops.repr(e.value));
    }
    return sb.append(')').toString();
  }

  static final PyType PARTIAL;
  static final PyType PARTIALMETHOD;

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__new__", new Descriptors.StaticMethod(fn("partial", "cls, func, /, *args, **keywords",
        a -> {
          if (!Ops.isCallable(a[1])) {
            throw Errors.typeError("the first argument must be callable");
          }
          Partial p = new Partial((PyType) a[0]);
          Object f = a[1];
          Object[] args = ((PyTuple) a[2]).array();
          PyDict kw = ((PyDict) a[3]).copy();
          if (f instanceof Partial && Types.typeOf(f) == FunctoolsModule.PARTIAL) {
            Partial inner = (Partial) f;
            Object[] all = Arrays.copyOf(inner.args, inner.args.length + args.length);
            System.arraycopy(args, 0, all, inner.args.length, args.length);
            args = all;
            PyDict merged = inner.keywords.copy();
            for (PyDict.Entry e : kw.entries()) {
              merged.put(e.key, e.value);
            }
            kw = merged;
            f = inner.func;
          }
          p.func = f;
          p.args = args.clone();
          p.keywords = kw;
          return p;
        })));
    ns.put("__call__", new CallHook());
    ns.put("__repr__", fn("__repr__", "self", a -> {
      Partial p = (Partial) a[0];
      return callRepr(Ops.repr(Ops.getAttr(Types.typeOf(p), "__module__")) .replace("'", "")
          + "." + Types.typeOf(p).name() + "(" + Ops.repr(p.func), p.args, p.keywords);
    }));
    ns.put("func", new Descriptors.GetSet("func", o -> ((Partial) o).func, null));
    ns.put("args", new Descriptors.GetSet("args", o -> PyTuple.of(((Partial) o).args.clone()),
        null));
    ns.put("keywords", new Descriptors.GetSet("keywords", o -> ((Partial) o).keywords, null));
    PARTIAL = cls("partial", ns);

    Map<String, Object> pm = new LinkedHashMap<>();
    pm.put("__new__", new Descriptors.StaticMethod(fn("partialmethod",
        "cls, func, /, *args, **keywords", a -> {
          Partial p = new Partial((PyType) a[0]);
          p.func = a[1];
          p.args = ((PyTuple) a[2]).array().clone();
          p.keywords = ((PyDict) a[3]).copy();
          return p;
        })));
    pm.put("__get__", fn("__get__", "self, obj, cls=None", a -> {
      Partial p = (Partial) a[0];
      if (a[1] == PyNone.NONE) {
        return p;
      }
      Partial bound = new Partial(FunctoolsModule.PARTIAL);
      bound.func = p.func;
      Object[] args = new Object[p.args.length + 1];
      args[0] = a[1];
      System.arraycopy(p.args, 0, args, 1, p.args.length);
      bound.args = args;
      bound.keywords = p.keywords.copy();
      return bound;
    }));
    pm.put("__repr__", fn("__repr__", "self", a -> {
      Partial p = (Partial) a[0];
      return callRepr("functools.partialmethod(" + Ops.repr(p.func), p.args, p.keywords);
    }));
    PARTIALMETHOD = cls("partialmethod", pm);
  }

  /**
   * {@code __call__} of the library classes here, as a callable taking {@code self} first that
   * passes keyword arguments through unchanged (a declared signature would rebind them).
   */
  static final class CallHook implements dev.moat.runtime.PyObject,
      dev.moat.runtime.PyCallable {
    @Override
    public PyType type() {
      return Types.BUILTIN_FUNCTION;
    }

    @Override
    public String callableName() {
      return "__call__";
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
      Object self = args[0];
      Object[] rest = Arrays.copyOfRange(args, 1, args.length);
      if (self instanceof Partial) {
        return ((Partial) self).invoke(rest, kwnames);
      }
      if (self instanceof Lru) {
        return ((Lru) self).invoke(rest, kwnames);
      }
      if (self instanceof BoundDispatch) {
        return ((BoundDispatch) self).invoke(rest, kwnames);
      }
      return ((Dispatcher) self).invoke(rest, kwnames);
    }
  }

  /** The function inside a classmethod or staticmethod, else {@code f} itself. */
  static Object unwrapMethod(Object f) {
    if (f instanceof Descriptors.ClassMethod) {
      return ((Descriptors.ClassMethod) f).function;
    }
    if (f instanceof Descriptors.StaticMethod) {
      return ((Descriptors.StaticMethod) f).function;
    }
    return f;
  }

  // ---------------------------------------------------------------- update_wrapper

  /** {@code getattr(o, name, None)}, with null for None. */
  private static Object attrOrNull(Object o, String name) {
    try {
      return Ops.getAttrOrNull(o, name);
    } catch (dev.moat.runtime.PyException e) {
      if (e.isInstance(dev.moat.runtime.ExceptionTypes.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
  }

  static Object updateWrapper(Object wrapper, Object wrapped, Object assigned, Object updated) {
    Object[] names = assigned == Signature.MISSING ? ASSIGNED.array()
        : dev.moat.runtime.Builtins.toArray(assigned);
    for (Object n : names) {
      Object v = attrOrNull(wrapped, (String) n);
      if (v != null) {
        Ops.setAttr(wrapper, (String) n, v);
      }
    }
    Object[] upd = updated == Signature.MISSING ? UPDATED.array()
        : dev.moat.runtime.Builtins.toArray(updated);
    for (Object n : upd) {
      Object src = attrOrNull(wrapped, (String) n);
      if (src instanceof PyDict) {
        if ("__dict__".equals(n)) {
          for (PyDict.Entry e : ((PyDict) src).entries()) {
            Ops.setAttr(wrapper, (String) e.key, e.value);
          }
        } else {
          Object dst = Ops.getAttr(wrapper, (String) n);
          for (PyDict.Entry e : ((PyDict) src).entries()) {
            Ops.setItem(dst, e.key, e.value);
          }
        }
      }
    }
    Ops.setAttr(wrapper, "__wrapped__", wrapped);
    return wrapper;
  }

  // ---------------------------------------------------------------- lru_cache

  static final PyType CACHE_INFO = NamedTuples.create("CacheInfo",
      "hits misses maxsize currsize", false, PyNone.NONE, MOD);

  /** A cache key: hashed once with Python's hash, compared with Python's ==. */
  static final class HashKey {
    final PyTuple items;
    final long hash;

    HashKey(PyTuple items) {
      this.items = items;
      this.hash = Ops.hash(items);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(hash);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof HashKey && ((HashKey) o).hash == hash
          && Ops.eq(items, ((HashKey) o).items);
    }
  }

  private static final Object KW_MARK = new Object();

  static final class Lru extends PyInstance {
    Object func;
    /** -1 for unbounded. */
    long maxsize;
    boolean typed;
    long hits;
    long misses;
    final LinkedHashMap<HashKey, Object> entries = new LinkedHashMap<>(16, 0.75f, true);

    Lru(PyType t) {
      super(t);
    }

    Object invoke(Object[] args, String[] kwnames) {
      if (maxsize == 0) {
        misses++;
        return Ops.call(func, args, kwnames);
      }
      List<Object> parts = new ArrayList<>(Arrays.asList(args));
      int nkw = kwnames == null ? 0 : kwnames.length;
      int npos = args.length - nkw;
      if (nkw > 0) {
        parts.subList(npos, parts.size()).clear();
        parts.add(KW_MARK);
        for (int i = 0; i < nkw; i++) {
          parts.add(kwnames[i]);
          parts.add(args[npos + i]);
        }
      }
      if (typed) {
        for (int i = 0; i < npos; i++) {
          parts.add(Types.typeOf(args[i]));
        }
        for (int i = 0; i < nkw; i++) {
          parts.add(Types.typeOf(args[npos + i]));
        }
      }
      HashKey key = new HashKey(PyTuple.of(parts.toArray()));
      Object hit = entries.get(key);
      if (hit != null) {
        hits++;
        return hit;
      }
      misses++;
      Object result = Ops.call(func, args, kwnames);
      Budget.reserveMemory(64);
      entries.put(key, result);
      if (maxsize > 0 && entries.size() > maxsize) {
        HashKey oldest = entries.keySet().iterator().next();
        entries.remove(oldest);
      }
      return result;
    }
  }

  static final PyType LRU_WRAPPER;

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__call__", new CallHook());
    ns.put("__get__", fn("__get__", "self, obj, cls=None",
        a -> a[1] == PyNone.NONE ? a[0] : new BoundMethod(a[1], a[0])));
    ns.put("cache_info", fn("cache_info", "self", a -> {
      Lru l = (Lru) a[0];
      return Ops.call(CACHE_INFO, new Object[] {l.hits, l.misses,
          l.maxsize < 0 ? PyNone.NONE : (Object) l.maxsize, (long) l.entries.size()}, null);
    }));
    ns.put("cache_clear", fn("cache_clear", "self", a -> {
      Lru l = (Lru) a[0];
      l.entries.clear();
      l.hits = 0;
      l.misses = 0;
      return PyNone.NONE;
    }));
    ns.put("cache_parameters", fn("cache_parameters", "self", a -> {
      Lru l = (Lru) a[0];
      PyDict d = new PyDict();
      d.put("maxsize", l.maxsize < 0 ? PyNone.NONE : (Object) l.maxsize);
      d.put("typed", l.typed);
      return d;
    }));
    LRU_WRAPPER = cls("_lru_cache_wrapper", ns);
  }

  static Object newLru(Object func, long maxsize, boolean typed) {
    if (!Ops.isCallable(func)) {
      throw Errors.typeError("the first argument must be callable");
    }
    Lru l = new Lru(LRU_WRAPPER);
    l.func = func;
    l.maxsize = maxsize;
    l.typed = typed;
    updateWrapper(l, func, Signature.MISSING, Signature.MISSING);
    return l;
  }

  static Object lruCache(Object maxsize, Object typedObj) {
    boolean typed = Ops.truth(typedObj);
    if (maxsize == PyNone.NONE) {
      return fn("decorating_function", "user_function, /", a -> newLru(a[0], -1, typed));
    }
    if (maxsize instanceof Long || maxsize instanceof Boolean) {
      long m = Math.max(0, maxsize instanceof Boolean ? ((Boolean) maxsize ? 1 : 0)
          : (Long) maxsize);
      return fn("decorating_function", "user_function, /", a -> newLru(a[0], m, typed));
    }
    if (Ops.isCallable(maxsize) && !(maxsize instanceof java.math.BigInteger)) {
      return newLru(maxsize, 128, typed);
    }
    throw Errors.typeError("Expected first argument to be an integer, a callable, or None");
  }

  // ---------------------------------------------------------------- cmp_to_key

  static final class Key extends PyInstance {
    final Object cmp;
    final Object obj;

    Key(Object cmp, Object obj) {
      super(KEY);
      this.cmp = cmp;
      this.obj = obj;
    }
  }

  static final PyType KEY;

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    String[][] ops = {{"__lt__", "LT"}, {"__le__", "LTE"}, {"__gt__", "GT"}, {"__ge__", "GTE"},
        {"__eq__", "EQ"}, {"__ne__", "NOTEQ"}};
    for (String[] op : ops) {
      CmpOp cmpOp = CmpOp.valueOf(op[1]);
      ns.put(op[0], fn(op[0], "self, other, /", a -> {
        if (!(a[1] instanceof Key)) {
          return PySingleton.NOT_IMPLEMENTED;
        }
        Key k = (Key) a[0];
        Object r = Ops.call(k.cmp, new Object[] {k.obj, ((Key) a[1]).obj}, null);
        return Ops.compare(r, 0L, cmpOp);
      }));
    }
    ns.put("__hash__", PyNone.NONE);
    ns.put("obj", new Descriptors.GetSet("obj", o -> ((Key) o).obj, null));
    KEY = cls("KeyWrapper", ns);
  }

  // ---------------------------------------------------------------- total_ordering

  private static final String[] ORDER_OPS = {"__lt__", "__le__", "__gt__", "__ge__"};

  static Object totalOrdering(Object c) {
    PyType t = (PyType) c;
    String root = null;
    for (String op : ORDER_OPS) {
      Object mine = t.lookup(op);
      if (mine != null && mine != Types.OBJECT.lookup(op)) {
        // the first defined among __lt__, __le__, __gt__, __ge__ is the root
        root = root == null ? op : root;
      }
    }
    if (root == null) {
      throw Errors.valueError("must define at least one ordering operation: < > <= >=");
    }
    Object rootFn = t.lookup(root);
    for (String op : ORDER_OPS) {
      if (op.equals(root)) {
        continue;
      }
      Object mine = t.lookup(op);
      if (mine != null && mine != Types.OBJECT.lookup(op)) {
        continue;
      }
      String r = root;
      t.setAttribute(op, fn(op, "self, other", a -> derived(r, op, rootFn, a[0], a[1])));
    }
    return c;
  }

  /** Computes {@code op} from the class's {@code root} comparison and {@code ==}. */
  private static Object derived(String root, String op, Object rootFn, Object self,
      Object other) {
    Object r = Ops.callMethod(rootFn, self, other);
    if (r == PySingleton.NOT_IMPLEMENTED) {
      return r;
    }
    boolean base = Ops.truth(r);
    boolean strictRoot = root.equals("__lt__") || root.equals("__gt__");
    boolean sameDirection = root.substring(2, 3).equals(op.substring(2, 3));
    if (sameDirection) {
      // e.g. root <, op <=: (a < b) or a == b;  root <=, op <: (a <= b) and a != b
      return strictRoot ? base || Ops.eq(self, other) : base && !Ops.eq(self, other);
    }
    boolean opStrict = op.equals("__lt__") || op.equals("__gt__");
    if (strictRoot) {
      // root <, op >: not (a < b) and a != b;  op >=: not (a < b)
      return opStrict ? !base && !Ops.eq(self, other) : !base;
    }
    // root <=, op >: not (a <= b);  op >=: not (a <= b) or a == b
    return opStrict ? !base : !base || Ops.eq(self, other);
  }

  // ---------------------------------------------------------------- cached_property

  static final class CachedProperty extends PyInstance {
    Object func;
    String attr;

    CachedProperty(PyType t) {
      super(t);
    }
  }

  static final PyType CACHED_PROPERTY;

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__new__", new Descriptors.StaticMethod(fn("cached_property", "cls, func", a -> {
      CachedProperty p = new CachedProperty((PyType) a[0]);
      p.func = a[1];
      Object doc = Ops.getAttrOrNull(a[1], "__doc__");
      p.dict().put("__doc__", doc == null ? PyNone.NONE : doc);
      Object n = Ops.getAttrOrNull(a[1], "__name__");
      p.attr = n instanceof String ? (String) n : null;
      return p;
    })));
    ns.put("__set_name__", fn("__set_name__", "self, owner, name", a -> {
      ((CachedProperty) a[0]).attr = (String) a[2];
      return PyNone.NONE;
    }));
    ns.put("__get__", fn("__get__", "self, instance, owner=None", a -> {
      CachedProperty p = (CachedProperty) a[0];
      if (a[1] == PyNone.NONE) {
        return p;
      }
      PyDict d = a[1] instanceof PyInstance ? ((PyInstance) a[1]).dict() // made if unused yet
          : Ops.instanceDict(a[1]);
      if (d == null) {
        throw Errors.typeError("No '__dict__' attribute on " + Ops.repr(Types.typeName(a[1]))
            + " instance to cache " + Ops.repr(p.attr) + " property.");
      }
      Object v = d.get(p.attr);
      if (v == null) {
        v = Ops.call(p.func, new Object[] {a[1]}, null);
        d.put(p.attr, v);
      }
      return v;
    }));
    CACHED_PROPERTY = cls("cached_property", ns);
  }

  // ---------------------------------------------------------------- singledispatch

  static final class Dispatcher extends PyInstance {
    final PyDict registry = new PyDict();
    final Map<PyType, Object> memo = new HashMap<>();
    final String name;

    Dispatcher(Object func) {
      super(DISPATCHER);
      registry.put(Types.OBJECT, func);
      Object n = Ops.getAttrOrNull(func, "__name__");
      name = n instanceof String ? (String) n : "singledispatch function";
      updateWrapper(this, func, Signature.MISSING, Signature.MISSING);
      dict().put("registry", registry);
    }

    Object dispatch(PyType t) {
      Object f = memo.get(t);
      if (f == null) {
        for (PyType m : t.mro()) {
          f = registry.get(m);
          if (f != null) {
            break;
          }
        }
        memo.put(t, f);
      }
      return f;
    }

    Object invoke(Object[] args, String[] kwnames) {
      int npos = args.length - (kwnames == null ? 0 : kwnames.length);
      if (npos == 0) {
        throw Errors.typeError(name + " requires at least 1 positional argument");
      }
      return Ops.call(dispatch(Types.typeOf(args[0])), args, kwnames);
    }

    Object register(Object cls, Object func) {
      if (!(cls instanceof PyType)) {
        // register(func): the class comes from the first parameter's annotation (of the
        // function inside a classmethod or staticmethod, as CPython forwards it)
        Object ann = Ops.getAttrOrNull(unwrapMethod(cls), "__annotations__");
        Object target = null;
        if (ann instanceof PyDict) {
          for (PyDict.Entry e : ((PyDict) ann).entries()) {
            if (!"return".equals(e.key)) {
              target = e.value;
              break;
            }
          }
        }
        if (!(target instanceof PyType)) {
          throw Errors.typeError("Invalid first argument to `register()`: " + Ops.repr(cls)
              + ". Use either `@register(some_class)` or plain `@register` on an annotated"
              + " function.");
        }
        func = cls;
        cls = target;
      }
      if (func == PyNone.NONE) {
        Object c = cls;
        return fn("register", "func, /", a -> register(c, a[0]));
      }
      registry.put(cls, func);
      memo.clear();
      return func;
    }
  }

  static final PyType DISPATCHER;

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__call__", new CallHook());
    ns.put("register", fn("register", "self, cls, func=None",
        a -> ((Dispatcher) a[0]).register(a[1], a[2])));
    ns.put("dispatch", fn("dispatch", "self, cls", a -> ((Dispatcher) a[0]).dispatch(
        (PyType) a[1])));
    ns.put("__get__", fn("__get__", "self, obj, cls=None",
        a -> a[1] == PyNone.NONE ? a[0] : new BoundMethod(a[1], a[0])));
    DISPATCHER = cls("singledispatch", ns);
  }

  // ---------------------------------------------------------------- singledispatchmethod

  /** {@code singledispatchmethod(func)}: a descriptor whose methods dispatch on their argument. */
  static final class DispatchMethod extends PyInstance {
    final Dispatcher dispatcher;
    final Object func;

    DispatchMethod(PyType type, Object func) {
      super(type);
      this.func = func;
      this.dispatcher = new Dispatcher(func);
      dict().put("dispatcher", dispatcher);
      dict().put("func", func);
    }
  }

  /** What {@code singledispatchmethod.__get__} returns (CPython's {@code _method} function). */
  static final class BoundDispatch extends PyInstance {
    final DispatchMethod owner;
    final Object obj;
    final Object cls;

    BoundDispatch(DispatchMethod owner, Object obj, Object cls) {
      super(BOUND_DISPATCH);
      this.owner = owner;
      this.obj = obj;
      this.cls = cls;
    }

    Object invoke(Object[] args, String[] kwnames) {
      int npos = args.length - (kwnames == null ? 0 : kwnames.length);
      if (npos == 0) {
        throw Errors.indexError("tuple index out of range");
      }
      Object method = owner.dispatcher.dispatch(Types.typeOf(args[0]));
      return Ops.call(bind(method, obj, cls), args, kwnames);
    }
  }

  /** {@code method.__get__(obj, cls)}. */
  static Object bind(Object method, Object obj, Object cls) {
    if (method instanceof Descriptors.ClassMethod) {
      Object owner = cls != PyNone.NONE ? cls : Types.typeOf(obj);
      return new BoundMethod(owner, ((Descriptors.ClassMethod) method).function);
    }
    if (method instanceof Descriptors.StaticMethod) {
      return ((Descriptors.StaticMethod) method).function;
    }
    if (method instanceof dev.moat.runtime.PyFunction || method instanceof BuiltinFunction) {
      return obj == PyNone.NONE ? method : new BoundMethod(obj, method);
    }
    Object get = Types.typeOf(method).lookup("__get__");
    if (get != null) {
      return Ops.callMethod(get, method, obj, cls);
    }
    return method;
  }

  static final PyType DISPATCH_METHOD;
  static final PyType BOUND_DISPATCH;

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__new__", new Descriptors.StaticMethod(fn("singledispatchmethod", "cls, func",
        a -> {
          Object f = a[1];
          if (!Ops.isCallable(f) && !(f instanceof Descriptors.ClassMethod)
              && !(f instanceof Descriptors.StaticMethod)
              && Types.typeOf(f).lookup("__get__") == null) {
            throw Errors.typeError(Ops.repr(f) + " is not callable or a descriptor");
          }
          return new DispatchMethod((PyType) a[0], f);
        })));
    ns.put("register", fn("register", "self, cls, method=None",
        a -> ((DispatchMethod) a[0]).dispatcher.register(a[1], a[2])));
    ns.put("__get__", fn("__get__", "self, obj, cls=None", a -> {
      DispatchMethod dm = (DispatchMethod) a[0];
      BoundDispatch b = new BoundDispatch(dm, a[1], a[2]);
      Object f = unwrapMethod(dm.func);
      updateWrapper(b, f, Signature.MISSING, Signature.MISSING);
      b.dict().put("register", Ops.getAttr(dm, "register"));
      Object abs = Ops.getAttrOrNull(dm.func, "__isabstractmethod__");
      b.dict().put("__isabstractmethod__", abs == null ? Boolean.FALSE : abs);
      return b;
    }));
    ns.put("__isabstractmethod__", new Descriptors.GetSet("__isabstractmethod__", o -> {
      Object abs = Ops.getAttrOrNull(((DispatchMethod) o).func, "__isabstractmethod__");
      return abs == null ? Boolean.FALSE : abs;
    }, null));
    DISPATCH_METHOD = cls("singledispatchmethod", ns);

    Map<String, Object> bn = new LinkedHashMap<>();
    bn.put("__call__", new CallHook());
    bn.put("__repr__", fn("__repr__", "self", a -> {
      Object q = ((PyInstance) a[0]).dict().getStr("__qualname__");
      return "<function " + (q instanceof String ? q : "singledispatchmethod._method")
          + " at " + Ops.address(a[0]) + ">";
    }));
    // a function that is not a method descriptor: as an attribute it does not bind
    BOUND_DISPATCH = LibClasses.create("builtins", "function", null, null, bn);
  }

  static {
    LibClasses.share(PARTIAL, PARTIALMETHOD, CACHE_INFO, LRU_WRAPPER, KEY, CACHED_PROPERTY, DISPATCHER,
        DISPATCH_METHOD, BOUND_DISPATCH);
  }
}
