package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code abc}: {@code ABCMeta} (a library metaclass whose {@code __init__} runs when a
 * class using it is created: it records the abstract methods in {@code __abstractmethods__},
 * which the interpreter checks on instantiation), {@code ABC}, {@code abstractmethod},
 * {@code register} (virtual subclasses), {@code get_cache_token} and
 * {@code update_abstractmethods}. Registries belong to the interpreter that created the module.
 */
public final class AbcCoreModule implements ModuleProvider {
  private static final String MOD = "abc";

  @Override
  public Set<String> moduleNames() {
    return Set.of(MOD);
  }

  /** Per interpreter: the registered virtual subclasses of every ABC made here. */
  private static final class State {
    final Map<PyType, List<PyType>> registry = new IdentityHashMap<>();
    long token;
  }

  /**
   * The state behind each interpreter's ABCMeta. Keys and values are weak: the state is kept
   * alive by the metaclass's own methods, and both go with their interpreter.
   */
  private static final Map<PyType, java.lang.ref.WeakReference<State>> STATES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /**
   * The {@code abc.ABCMeta} of the running interpreter (importing {@code abc} if needed), or
   * null when no script is running.
   */
  static PyType currentAbcMeta() {
    dev.moat.runtime.InterpreterState is = dev.moat.runtime.InterpreterState.current();
    if (is == null) {
      return null;
    }
    PyModule m = is.modules().get(MOD);
    if (m == null) {
      m = is.loadModule(MOD);
      if (m == null) {
        return null;
      }
      is.modules().put(MOD, m);
    }
    Object meta = Ops.getAttr(m, "ABCMeta");
    return meta instanceof PyType && STATES.containsKey(meta) ? (PyType) meta : null;
  }

  /**
   * Makes a library class (e.g. {@code collections.abc.Mapping}) an ABC of {@code meta}: its
   * subclasses get their abstract methods computed, {@code register} works, and {@code builtin}
   * still decides the built-in virtual subclasses. Inherited abstract names that a subclass
   * does not define at all count as abstract (library ABCs have no placeholder methods).
   */
  static void adopt(PyType meta, PyType cls, java.util.function.Predicate<PyType> builtin,
      String... abstracts) {
    java.lang.ref.WeakReference<State> ref = STATES.get(meta);
    State st = ref == null ? null : ref.get();
    if (st == null) {
      cls.setVirtualSubclasses(builtin);
      return;
    }
    cls.setMetaclass(meta);
    st.registry.putIfAbsent(cls, new ArrayList<>());
    cls.setVirtualSubclasses(t -> t != cls && (builtin.test(t) || isVirtual(st, cls, t, 0)));
    cls.setAttribute("__abstractmethods__", PySet.of(true, (Object[]) abstracts));
  }

  private static PyType cls(Object o) {
    if (o instanceof PyType) {
      return (PyType) o;
    }
    throw Errors.typeError("descriptor requires a 'ABCMeta' object but received a '"
        + Types.typeName(o) + "'");
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  /** True if {@code value} is marked abstract (functions, and properties/class/static methods
   * wrapping one). */
  static boolean isAbstract(Object value) {
    if (value instanceof Descriptors.Property) {
      Descriptors.Property p = (Descriptors.Property) value;
      return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
    }
    if (value instanceof Descriptors.ClassMethod) {
      return isAbstract(((Descriptors.ClassMethod) value).function);
    }
    if (value instanceof Descriptors.StaticMethod) {
      return isAbstract(((Descriptors.StaticMethod) value).function);
    }
    if (value instanceof dev.moat.runtime.BoundMethod) {
      return isAbstract(((dev.moat.runtime.BoundMethod) value).function);
    }
    if (value == null || value == PyNone.NONE) {
      return false;
    }
    Object flag;
    try {
      flag = Ops.getAttrOrNull(value, "__isabstractmethod__");
    } catch (PyException e) {
      if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
        return false;
      }
      throw e;
    }
    return flag != null && Ops.truth(flag);
  }

  /** Computes and stores {@code cls.__abstractmethods__}, as ABCMeta does at class creation. */
  static void computeAbstracts(PyType cls) {
    Set<String> names = new LinkedHashSet<>();
    for (Map.Entry<String, Object> e : new ArrayList<>(cls.dict().entrySet())) {
      Budget.chargeSteps(1);
      if (isAbstract(e.getValue())) {
        names.add(e.getKey());
      }
    }
    for (PyType base : cls.bases()) {
      Object inherited = base.lookup("__abstractmethods__");
      if (inherited == null || !(inherited instanceof PySet)) {
        continue;
      }
      for (Object n : ((PySet) inherited).toArray()) {
        Budget.chargeSteps(1);
        Object v = cls.lookup((String) n);
        if (v == null || isAbstract(v)) {
          names.add((String) n);
        }
      }
    }
    cls.setAttribute("__abstractmethods__", PySet.of(true, names.toArray()));
  }

  private static boolean isVirtual(State st, PyType abc, PyType t, int depth) {
    if (depth > 200) {
      throw Errors.recursionError("maximum recursion depth exceeded in __subclasscheck__");
    }
    Budget.chargeSteps(1);
    Object hook = abc.lookup("__subclasshook__");
    if (hook != null) {
      Object r = Ops.call(Ops.getAttr(abc, "__subclasshook__"), new Object[] {t}, null);
      if (r != PySingleton.NOT_IMPLEMENTED) {
        return Ops.truth(r);
      }
    }
    List<PyType> regs = st.registry.get(abc);
    if (regs != null) {
      for (PyType r : regs) {
        if (r.acceptsSubclass(t)) {
          return true;
        }
      }
    }
    for (PyType other : new ArrayList<>(st.registry.keySet())) {
      if (other != abc && other.bases().length > 0 && isDirectSubclass(other, abc)
          && isVirtual(st, other, t, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDirectSubclass(PyType sub, PyType abc) {
    for (PyType b : sub.bases()) {
      if (b == abc) {
        return true;
      }
    }
    return false;
  }

  private static void install(State st, PyType cls) {
    st.registry.putIfAbsent(cls, new ArrayList<>());
    cls.setVirtualSubclasses(t -> t != cls && isVirtual(st, cls, t, 0));
  }

  @Override
  public PyModule create(String name) {
    State st = new State();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("__module__", MOD);
    meta.put("__init__", fn("__init__", "cls, name, bases, namespace, /, **kwargs", a -> {
      PyType cls = cls(a[0]);
      computeAbstracts(cls);
      install(st, cls);
      return PyNone.NONE;
    }));
    meta.put("register", fn("register", "cls, subclass", a -> {
      if (!(a[1] instanceof PyType)) {
        throw Errors.typeError("Can only register classes");
      }
      PyType cls = cls(a[0]);
      PyType sub = (PyType) a[1];
      if (cls.acceptsSubclass(sub)) {
        return sub;
      }
      if (sub.acceptsSubclass(cls)) {
        throw Errors.runtimeError("Refusing to create an inheritance cycle");
      }
      Budget.reserveMemory(16);
      st.registry.computeIfAbsent(cls, k -> new ArrayList<>()).add(sub);
      st.token++;
      return sub;
    }));
    meta.put("__instancecheck__", fn("__instancecheck__", "cls, instance",
        a -> cls(a[0]).acceptsInstance(a[1])));
    meta.put("__subclasscheck__", fn("__subclasscheck__", "cls, subclass", a -> {
      if (!(a[1] instanceof PyType)) {
        throw Errors.typeError("issubclass() arg 1 must be a class");
      }
      return cls(a[0]).acceptsSubclass((PyType) a[1]);
    }));
    meta.put("_abc_registry_clear", fn("_abc_registry_clear", "cls", a -> {
      List<PyType> l = st.registry.get(cls(a[0]));
      if (l != null) {
        l.clear();
      }
      return PyNone.NONE;
    }));
    meta.put("_abc_caches_clear", fn("_abc_caches_clear", "cls", a -> PyNone.NONE));
    PyType abcMeta = PyType.createMetaclass("ABCMeta", meta);
    STATES.put(abcMeta, new java.lang.ref.WeakReference<>(st));

    Map<String, Object> abcNs = new LinkedHashMap<>();
    abcNs.put("__module__", MOD);
    abcNs.put("__doc__", "Helper class that provides a standard way to create an ABC using"
        + "\ninheritance.\n");
    abcNs.put("__slots__", dev.moat.runtime.PyTuple.of());
    PyType abc = PyType.createClass("ABC", new PyType[0], abcNs);
    abc.setMetaclass(abcMeta);
    computeAbstracts(abc);
    install(st, abc);

    return ModuleBuilder.named(MOD)
        .constant("ABCMeta", abcMeta)
        .constant("ABC", abc)
        .function("abstractmethod", "funcobj", a -> {
          Ops.setAttr(a[0], "__isabstractmethod__", true);
          return a[0];
        })
        .function("get_cache_token", "", a -> st.token)
        .function("update_abstractmethods", "cls", a -> {
          if (!(a[0] instanceof PyType) || ((PyType) a[0]).isBuiltin()) {
            return a[0];
          }
          PyType cls = (PyType) a[0];
          if (cls.lookup("__abstractmethods__") == null) {
            return cls;
          }
          computeAbstracts(cls);
          return cls;
        })
        .build();
  }

  static boolean isType(Object o) {
    return o instanceof PyType && Types.typeOf(o).isSubtypeOf(Types.TYPE);
  }
}
