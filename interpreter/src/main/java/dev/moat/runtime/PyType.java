package dev.moat.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Python type: built-in ({@code int}, {@code list}, {@code ValueError}...) or defined by a
 * script's {@code class} statement. Built-in types are shared by every interpreter and are
 * immutable; script classes belong to one interpreter.
 *
 * <p>Attribute lookup along the MRO is cached per type; a script class clears its own cache and
 * its subclasses' caches when one of them changes.
 */
public class PyType implements PyObject, PyCallable {
  private static final Object ABSENT = new Object();

  private final String name;
  private String qualname;
  /** The name error messages use (CPython's tp_name), e.g. "datetime.date"; null: the name. */
  private String typeName;
  private PyType metatype;
  private PyType[] bases;
  private PyType[] mro;
  private final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
  private final boolean builtin;
  /** Built-in types: creates a new value from call arguments, e.g. {@code int("3")}. */
  private PyCallable constructor;
  /** Creates the bare instance of a class whose nearest built-in base is this type. */
  private Function<PyType, PyObject> instanceFactory;
  /** True if script classes may derive from this built-in type. */
  private boolean subclassable = true;
  private boolean holdsPlainValues;
  /** Read by every interpreter's thread (built-in types are shared), so it must be concurrent. */
  private final java.util.concurrent.ConcurrentHashMap<String, Object> lookupCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** A library class shared by every interpreter: scripts may not change it. */
  private boolean shared;
  /** For abstract base classes: which values count as instances without inheriting. */
  private java.util.function.Predicate<Object> virtualInstances;
  /** For abstract base classes: which classes count as subclasses without inheriting. */
  private java.util.function.Predicate<PyType> virtualSubclasses;
  private final List<PyType> subclasses = new ArrayList<>();
  /** True while this class's own {@code __abstractmethods__} is non-empty (cannot instantiate). */
  private boolean isAbstract;

  /** A built-in type. */
  PyType(String name, PyType base) {
    this.name = name;
    this.qualname = name;
    this.builtin = true;
    this.bases = base == null ? new PyType[0] : new PyType[] {base};
    this.mro = computeBuiltinMro(base);
    if (base != null) {
      this.instanceFactory = base.instanceFactory;
    }
  }

  /** A script class. */
  private PyType(PyType metatype, String name, PyType[] bases, PyType[] mro) {
    this.metatype = metatype;
    this.name = name;
    this.qualname = name;
    this.builtin = false;
    this.bases = bases;
    this.mro = mro;
  }

  private PyType[] computeBuiltinMro(PyType base) {
    if (base == null) {
      return new PyType[] {this};
    }
    PyType[] m = new PyType[base.mro.length + 1];
    m[0] = this;
    System.arraycopy(base.mro, 0, m, 1, base.mro.length);
    return m;
  }

  /**
   * Creates a script class, as a {@code class} statement does.
   *
   * @throws PyException TypeError when a base cannot be subclassed or the MRO is inconsistent
   */
  public static PyType createClass(String name, PyType[] bases, Map<String, Object> namespace) {
    if (bases.length == 0) {
      bases = new PyType[] {Types.OBJECT};
    }
    PyType solid = null;
    for (PyType b : bases) {
      if (b.builtin && !b.subclassable) {
        throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
      }
      for (int i = 0; i < bases.length; i++) {
        for (int j = i + 1; j < bases.length; j++) {
          if (bases[i] == bases[j]) {
            throw Errors.typeError("duplicate base class " + bases[i].name);
          }
        }
      }
      PyType s = b.solidBase();
      if (solid == null || s.isSubtypeOf(solid)) {
        solid = s;
      } else if (!solid.isSubtypeOf(s) && !sameExceptionLayout(solid, s)) {
        throw Errors.typeError("multiple bases have instance lay-out conflict");
      }
    }
    PyType[] mro = c3(name, bases);
    // the most derived metaclass among the bases (library metaclasses only, e.g. enum's)
    PyType meta = Types.TYPE;
    for (PyType b : bases) {
      PyType m = b.type();
      if (m.isSubtypeOf(meta)) {
        meta = m;
      }
    }
    PyType t = new PyType(meta, name, bases.clone(), null);
    PyType[] full = new PyType[mro.length + 1];
    full[0] = t;
    System.arraycopy(mro, 0, full, 1, mro.length);
    t.mro = full;
    t.instanceFactory = solid.instanceFactory;
    t.dict.putAll(namespace);
    // implicit wrappers CPython applies to these special methods
    for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
      if (t.dict.get(cm) instanceof PyFunction) {
        t.dict.put(cm, new Descriptors.ClassMethod(t.dict.get(cm)));
      }
    }
    if (t.dict.get("__new__") instanceof PyFunction) {
      t.dict.put("__new__", new Descriptors.StaticMethod(t.dict.get("__new__")));
    }
    if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
      t.dict.put("__hash__", PyNone.NONE);
    }
    for (PyType b : bases) {
      if (!b.isImmutable()) { // an immutable base never needs to tell subclasses of changes
        b.subclasses.add(t);
      }
    }
    return t;
  }

  /** C3 linearisation of the bases (the class itself not included). */
  private static PyType[] c3(String name, PyType[] bases) {
    List<List<PyType>> seqs = new ArrayList<>();
    for (PyType b : bases) {
      seqs.add(new ArrayList<>(Arrays.asList(b.mro)));
    }
    seqs.add(new ArrayList<>(Arrays.asList(bases)));
    List<PyType> out = new ArrayList<>();
    while (true) {
      seqs.removeIf(List::isEmpty);
      if (seqs.isEmpty()) {
        return out.toArray(new PyType[0]);
      }
      PyType candidate = null;
      for (List<PyType> s : seqs) {
        PyType head = s.get(0);
        boolean inTail = false;
        for (List<PyType> other : seqs) {
          if (other.indexOf(head) > 0) {
            inTail = true;
            break;
          }
        }
        if (!inTail) {
          candidate = head;
          break;
        }
      }
      if (candidate == null) {
        StringBuilder sb = new StringBuilder(
            "Cannot create a consistent method resolution\norder (MRO) for bases ");
        for (int i = 0; i < bases.length; i++) {
          sb.append(i == 0 ? "" : ", ").append(bases[i].name);
        }
        throw Errors.typeError(sb.toString());
      }
      out.add(candidate);
      for (List<PyType> s : seqs) {
        if (!s.isEmpty() && s.get(0) == candidate) {
          s.remove(0);
        }
      }
    }
  }

  /**
   * True for two built-in exception types whose instances are built alike, so a class may
   * derive from both (e.g. {@code class E(KeyError, ValueError)}, as CPython allows).
   */
  private static boolean sameExceptionLayout(PyType a, PyType b) {
    return a.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)
        && b.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION) && a.instanceFactory == b.instanceFactory;
  }

  /**
   * The nearest built-in type in the MRO, which decides how instances are laid out. All
   * built-in exception types share BaseException's layout (so e.g. a class may derive from both
   * a library exception and ZeroDivisionError, as in CPython).
   */
  public PyType solidBase() {
    for (PyType t : mro) {
      if (t.builtin) {
        return t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION) ? ExceptionTypes.BASE_EXCEPTION : t;
      }
    }
    return Types.OBJECT;
  }

  @Override
  public PyType type() {
    return metatype == null ? Types.TYPE : metatype;
  }

  public String name() {
    return name;
  }

  /**
   * The name built-in error messages give this type: CPython's {@code tp_name}, which for
   * types of C modules includes the module ({@code 'datetime.date'}).
   */
  public String typeName() {
    return typeName == null ? name : typeName;
  }

  /** Library classes: sets {@link #typeName()}, e.g. {@code "datetime.date"}. */
  public void setTypeName(String n) {
    if (builtin) {
      throw new IllegalStateException("built-in type");
    }
    this.typeName = n;
  }

  public String qualname() {
    return qualname;
  }

  public void setQualname(String q) {
    this.qualname = q;
  }

  public boolean isBuiltin() {
    return builtin;
  }

  public PyType[] bases() {
    return bases;
  }

  public PyType[] mro() {
    return mro;
  }

  /** This type's own attributes (not inherited ones). Do not mutate built-in types' dicts. */
  public Map<String, Object> dict() {
    return dict;
  }

  /** True if this type is {@code other} or derives from it. */
  public boolean isSubtypeOf(PyType other) {
    if (this == other) {
      return true;
    }
    for (PyType t : mro) {
      if (t == other) {
        return true;
      }
    }
    return false;
  }

  /** Finds an attribute along the MRO, or null. Cached. */
  public Object lookup(String attr) {
    Object v = lookupCache.get(attr);
    if (v == null) {
      v = ABSENT;
      for (PyType t : mro) {
        Object x = t.dict.get(attr);
        if (x != null) {
          v = x;
          break;
        }
      }
      lookupCache.put(attr, v);
    }
    return v == ABSENT ? null : v;
  }

  /**
   * Marks a library class that lives in a static field, so every interpreter sees it: scripts
   * cannot set or delete its attributes (as for CPython's built-in and extension types), so one
   * run cannot change what another sees. Library code may still finish setting it up.
   */
  public PyType markShared() {
    shared = true;
    return this;
  }

  /** True if scripts may not change this type's attributes. */
  public boolean isImmutable() {
    return builtin || shared;
  }

  /** Sets a class attribute (script classes only). */
  public void setAttribute(String attr, Object value) {
    if (isImmutable()) {
      throw Errors.typeError(
          "cannot set '" + attr + "' attribute of immutable type '" + typeName() + "'");
    }
    dict.put(attr, value);
    invalidate(attr);
    if (attr.equals("__abstractmethods__")) {
      isAbstract = Ops.truth(value);
    }
  }

  /** Deletes a class attribute (script classes only); false if it was not there. */
  public boolean deleteAttribute(String attr) {
    if (isImmutable()) {
      throw Errors.typeError(
          "cannot delete '" + attr + "' attribute of immutable type '" + typeName() + "'");
    }
    boolean had = dict.remove(attr) != null;
    invalidate(attr);
    if (attr.equals("__abstractmethods__")) {
      isAbstract = false;
    }
    return had;
  }

  /**
   * Changes whenever an attribute of this class or of one of its bases is set or deleted, so a
   * lookup remembered together with the version it was made at is still valid while they match.
   */
  public int version() {
    return version;
  }

  private int version;

  /** Forgets cached lookups of {@code attr} here and in subclasses (only that name changed). */
  private void invalidate(String attr) {
    version++;
    lookupCache.remove(attr);
    for (PyType s : subclasses) {
      s.invalidate(attr);
    }
  }

  // ---------------------------------------------------------------- set-up of built-in types

  /** Adds an attribute to a built-in type during start-up. */
  void define(String attr, Object value) {
    dict.put(attr, value);
  }

  void setConstructor(PyCallable c) {
    this.constructor = c;
  }

  void setInstanceFactory(Function<PyType, PyObject> f) {
    this.instanceFactory = f;
  }

  void setSubclassable(boolean s) {
    this.subclassable = s;
  }

  /** Marks int, float and str, whose instances are plain Java values (see ValueSubclass). */
  void setHoldsPlainValues() {
    this.holdsPlainValues = true;
  }

  /** True for the built-in types whose methods take plain values as self. */
  boolean holdsPlainValues() {
    return holdsPlainValues;
  }

  /**
   * Makes this class an abstract base class in the manner of {@code collections.abc}: a type
   * is a virtual subclass when {@code subclasses} accepts it (CPython's registration and
   * {@code __subclasshook__}), and isinstance follows from the value's type.
   */
  public void setVirtualSubclasses(java.util.function.Predicate<PyType> subclasses) {
    this.virtualSubclasses = subclasses;
    this.virtualInstances = o -> subclasses.test(Types.typeOf(o));
  }

  /** True if {@code t} is this class or a subclass, counting virtual subclasses. */
  public boolean acceptsSubclass(PyType t) {
    return t.isSubtypeOf(this) || virtualSubclasses != null && virtualSubclasses.test(t);
  }

  /** True if {@code o} is an instance, counting virtual subclasses. */
  public boolean acceptsInstance(Object o) {
    return Types.typeOf(o).isSubtypeOf(this)
        || virtualInstances != null && virtualInstances.test(o);
  }

  /**
   * Creates a metaclass for library code (scripts cannot derive from {@code type}): its
   * methods, e.g. {@code __iter__} or {@code __len__}, apply to the classes it makes.
   */
  public static PyType createMetaclass(String name, Map<String, Object> namespace) {
    PyType t = new PyType(Types.TYPE, name, new PyType[] {Types.TYPE}, null);
    PyType[] mro = new PyType[Types.TYPE.mro.length + 1];
    mro[0] = t;
    System.arraycopy(Types.TYPE.mro, 0, mro, 1, Types.TYPE.mro.length);
    t.mro = mro;
    t.instanceFactory = Types.TYPE.instanceFactory;
    t.dict.putAll(namespace);
    return t;
  }

  /** Makes {@code meta} (from {@link #createMetaclass}) the metaclass of this class. */
  public void setMetaclass(PyType meta) {
    if (builtin || !meta.isSubtypeOf(Types.TYPE)) {
      throw new IllegalArgumentException("not a script class or not a metaclass");
    }
    this.metatype = meta;
  }

  /**
   * Raises CPython's TypeError if this class has abstract methods left (its own
   * {@code __abstractmethods__}, as set by {@code abc.ABCMeta}, is non-empty).
   */
  public void checkNotAbstract() {
    if (!isAbstract) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Object n : Builtins.toArray(dict.get("__abstractmethods__"))) {
      names.add(Ops.str(n));
    }
    java.util.Collections.sort(names);
    throw Errors.typeError("Can't instantiate abstract class " + name + " with abstract method"
        + (names.size() == 1 ? " " : "s ") + String.join(", ", names));
  }

  /** Creates a bare instance of this (script) class. */
  public PyObject newInstance() {
    return instanceFactory.apply(this);
  }

  // ---------------------------------------------------------------- calling

  @Override
  public Object call(Object[] args, String[] kwnames) {
    if (metatype != null && metatype != Types.TYPE) {
      Object hook = Ops.metaclassHook(this, "__call__");
      if (hook != null) { // a metaclass's __call__ (e.g. a singleton registry) decides
        Object[] full = new Object[args.length + 1];
        full[0] = this;
        System.arraycopy(args, 0, full, 1, args.length);
        return Ops.call(hook, full, kwnames);
      }
    }
    return construct(args, kwnames);
  }

  /** {@code type.__call__(cls, ...)}: makes an instance, without the metaclass hook. */
  Object construct(Object[] args, String[] kwnames) {
    if (builtin) {
      if (this == Types.TYPE && args.length == 1 && kwnames == null) {
        return Types.typeOf(args[0]);
      }
      if (constructor == null && isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
        return ClassCalls.instantiate(this == ExceptionTypes.OS_ERROR
            ? ExceptionTypes.osErrorFor(args, kwnames) : this, args, kwnames);
      }
      if (constructor == null) {
        throw Errors.typeError("cannot create '" + name + "' instances");
      }
      return constructor.call(args, kwnames);
    }
    return ClassCalls.instantiate(this, args, kwnames);
  }

  @Override
  public String callableName() {
    return name;
  }

  @Override
  public String toString() {
    return "<class '" + name + "'>";
  }
}
