package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyList;
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
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dataclasses}: the {@code @dataclass} decorator (init, repr, eq, order, frozen,
 * unsafe_hash, match_args, kw_only, slots, weakref_slot), {@code field} (with {@code hash},
 * {@code metadata}, {@code kw_only}), {@code KW_ONLY}, {@code InitVar}, {@code fields},
 * {@code asdict}, {@code astuple} (with factories), {@code replace}, {@code is_dataclass},
 * {@code make_dataclass} and {@code FrozenInstanceError}.
 *
 * <p>As in CPython, {@code __dataclass_fields__} holds every annotated name of the class and its
 * dataclass bases, ClassVar and InitVar pseudo-fields included (marked by {@code _field_type});
 * {@link #fields} keeps the real ones. {@code slots=True} keeps the same class object (Moat
 * classes have no slot layout): it sets {@code __slots__} and installs {@code __setattr__},
 * {@code __delattr__} and a {@code __dict__} descriptor that refuse names outside the slots with
 * CPython's errors, for instances of classes whose every base declares {@code __slots__}.
 */
public final class DataclassesModule implements ModuleProvider {
  private static final String FIELDS = "__dataclass_fields__";
  private static final String PARAMS = "__dataclass_params__";

  @Override
  public Set<String> moduleNames() {
    return Set.of("dataclasses");
  }

  private static Map<String, Object> ns() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("__module__", "dataclasses");
    return m;
  }

  private PyType fieldType;
  private PyType frozenError;
  private PyType paramsType;
  private PyType initVarType;
  private Object missing;
  private Object kwOnly;
  private Object hasDefaultFactory;
  /** The {@code _field_type} markers: {@code _FIELD}, {@code _FIELD_CLASSVAR}, ... */
  private Object fieldMark;
  private Object classVarMark;
  private Object initVarMark;
  private Object emptyMetadata;
  /** The signature text ({@code __doc__}) of each generated {@code __init__}. */
  private final Map<Object, String> initSignatures = new IdentityHashMap<>();

  private static Object get(Object o, String n) {
    return ((PyInstance) o).dict().getStr(n);
  }

  @Override
  public PyModule create(String name) {
    // the provider is shared by every interpreter; the module's classes live in a fresh instance
    return new DataclassesModule().build();
  }

  private Object marker(String name) {
    Map<String, Object> m = ns();
    m.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> name));
    return PyType.createClass("_FIELD_BASE", new PyType[0], m).newInstance();
  }

  private PyModule build() {
    missing = PyType.createClass("_MISSING_TYPE", new PyType[0], ns()).newInstance();
    kwOnly = PyType.createClass("_KW_ONLY_TYPE", new PyType[0], ns()).newInstance();
    Map<String, Object> hf = ns();
    hf.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> "<factory>"));
    hasDefaultFactory = PyType.createClass("_HAS_DEFAULT_FACTORY_CLASS", new PyType[0], hf)
        .newInstance();
    fieldMark = marker("_FIELD");
    classVarMark = marker("_FIELD_CLASSVAR");
    initVarMark = marker("_FIELD_INITVAR");
    emptyMetadata = mappingProxy(new PyDict());

    Map<String, Object> f = ns();
    Set<Object> activeFieldReprs = Collections.newSetFromMap(new IdentityHashMap<>());
    f.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
      if (!activeFieldReprs.add(a[0])) {
        return "...";
      }
      try {
        StringBuilder sb = new StringBuilder("Field(");
        String[] names = {"name", "type", "default", "default_factory", "init", "repr", "hash",
            "compare", "metadata", "kw_only"};
        for (String n : names) {
          sb.append(n).append('=').append(Ops.repr(Ops.getAttr(a[0], n))).append(',');
        }
        return sb.append("_field_type=").append(Ops.str(Ops.getAttr(a[0], "_field_type")))
            .append(')').toString();
      } finally {
        activeFieldReprs.remove(a[0]);
      }
    }));
    fieldType = PyType.createClass("Field", new PyType[0], f);

    Map<String, Object> p = ns();
    p.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
      StringBuilder sb = new StringBuilder("_DataclassParams(");
      String[] names = {"init", "repr", "eq", "order", "unsafe_hash", "frozen"};
      for (int i = 0; i < names.length; i++) {
        sb.append(i == 0 ? "" : ",").append(names[i]).append('=')
            .append(Ops.repr(Ops.getAttr(a[0], names[i])));
      }
      return sb.append(')').toString();
    }));
    paramsType = PyType.createClass("_DataclassParams", new PyType[0], p);

    Map<String, Object> iv = ns();
    iv.put("__init__", BuiltinFunction.of("__init__", "self, type", a -> {
      ((PyInstance) a[0]).dict().put("type", a[1]);
      return PyNone.NONE;
    }));
    iv.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
      Object t = Ops.getAttr(a[0], "type");
      return "dataclasses.InitVar[" + (t instanceof PyType ? ((PyType) t).name() : Ops.repr(t))
          + "]";
    }));
    iv.put("__class_getitem__", new Descriptors.ClassMethod(BuiltinFunction.of(
        "__class_getitem__", "cls, type", a -> Ops.call(a[0], new Object[] {a[1]}, null))));
    initVarType = PyType.createClass("InitVar", new PyType[0], iv);

    frozenError = PyType.createClass("FrozenInstanceError", new PyType[] {
        ExceptionTypes.ATTRIBUTE_ERROR}, ns());

    String dcOptions = "init=True, repr=True, eq=True, order=False, unsafe_hash=False,"
        + " frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False";
    return ModuleBuilder.named("dataclasses")
        .constant("MISSING", missing)
        .constant("KW_ONLY", kwOnly)
        .constant("InitVar", initVarType)
        .constant("Field", fieldType)
        .constant("FrozenInstanceError", frozenError)
        .function("field", "*, default=?, default_factory=?, init=True, repr=True, hash=None,"
            + " compare=True, metadata=None, kw_only=?", a -> {
              if (a[0] != Signature.MISSING && a[1] != Signature.MISSING) {
                throw Errors.valueError("cannot specify both default and default_factory");
              }
              return newField(orMissing(a[0]), orMissing(a[1]), a[2], a[3], a[4], a[5], a[6],
                  orMissing(a[7]));
            })
        .function("dataclass", "cls=None, /, *, " + dcOptions, a -> {
          Object[] opts = java.util.Arrays.copyOfRange(a, 1, a.length);
          if (a[0] == PyNone.NONE) {
            return BuiltinFunction.of("wrap", "cls", b -> process(asClass(b[0]), opts));
          }
          return process(asClass(a[0]), opts);
        })
        .function("fields", "class_or_instance", a -> {
          PyDict fs = fieldsOf(a[0]);
          if (fs == null) {
            throw Errors.typeError("must be called with a dataclass type or instance");
          }
          return PyTuple.copyOf(realFields(fs));
        })
        .function("is_dataclass", "obj", a -> fieldsOf(a[0]) != null)
        .function("asdict", "obj, *, dict_factory=?", a -> {
          requireInstance(a[0], "asdict()");
          return convert(a[0], true, a[1] == Signature.MISSING ? null : a[1]);
        })
        .function("astuple", "obj, *, tuple_factory=?", a -> {
          requireInstance(a[0], "astuple()");
          return convert(a[0], false, a[1] == Signature.MISSING ? null : a[1]);
        })
        .function("replace", "obj, /, **changes", a -> replace(a[0], (PyDict) a[1]))
        .function("make_dataclass", "cls_name, fields, *, bases=?, namespace=None, "
            + dcOptions, a -> makeDataclass(a))
        .build();
  }

  private Object orMissing(Object o) {
    return o == Signature.MISSING ? missing : o;
  }

  private static PyType asClass(Object o) {
    if (!(o instanceof PyType)) {
      // CPython fails reading the class's module first
      throw Errors.attributeError("'" + Types.typeName(o) + "' object has no attribute"
          + " '__module__'");
    }
    return (PyType) o; // a built-in type refuses the first attribute set, as in CPython
  }

  /** A read-only view of {@code d} ({@code types.MappingProxyType(d)}). */
  private static Object mappingProxy(PyDict d) {
    return Ops.getAttr(Ops.callMethod(Ops.getAttr(Types.DICT, "keys"), d), "mapping");
  }

  private Object metadataProxy(Object m) {
    if (m == PyNone.NONE) {
      return emptyMetadata;
    }
    if (m instanceof PyDict) {
      return mappingProxy((PyDict) m);
    }
    if (Ops.getAttrOrNull(m, "keys") == null || Ops.getAttrOrNull(m, "__getitem__") == null) {
      throw Errors.typeError("mappingproxy() argument must be a mapping, not "
          + Types.typeName(m));
    }
    // other mappings are copied (CPython's proxy would follow later changes)
    PyDict d = new PyDict();
    for (Object k : toList(Ops.call(Ops.getAttr(m, "keys"), new Object[0], null))) {
      Budget.chargeSteps(1);
      d.put(k, Ops.getItem(m, k));
    }
    return mappingProxy(d);
  }

  private void requireInstance(Object o, String what) {
    if (fieldsOf(o) == null || o instanceof PyType) {
      throw Errors.typeError(what + " should be called on dataclass instances");
    }
  }

  private PyInstance newField(Object dflt, Object factory, Object init, Object repr,
      Object hash, Object compare, Object metadata, Object kwOnlyValue) {
    PyInstance f = (PyInstance) fieldType.newInstance();
    PyDict d = f.dict();
    d.put("name", PyNone.NONE);
    d.put("type", PyNone.NONE);
    d.put("default", dflt);
    d.put("default_factory", factory);
    d.put("init", init);
    d.put("repr", repr);
    d.put("hash", hash);
    d.put("compare", compare);
    d.put("metadata", metadataProxy(metadata));
    d.put("kw_only", kwOnlyValue);
    d.put("_field_type", PyNone.NONE);
    return f;
  }

  private static PyDict fieldsOf(Object o) {
    PyType t = o instanceof PyType ? (PyType) o : Types.typeOf(o);
    Object fs = t.lookup(FIELDS);
    return fs instanceof PyDict ? (PyDict) fs : null;
  }

  private boolean isField(Object f) {
    return f instanceof PyInstance && ((PyInstance) f).type().isSubtypeOf(fieldType);
  }

  private boolean isRealField(Object f) {
    return isField(f) && Ops.getAttrOrNull(f, "_field_type") == fieldMark;
  }

  private List<Object> realFields(PyDict fs) {
    List<Object> out = new ArrayList<>();
    for (Object v : values(fs)) {
      if (isRealField(v)) {
        out.add(v);
      }
    }
    return out;
  }

  private static List<Object> toList(Object iterable) {
    return java.util.Arrays.asList(Builtins.toArray(iterable));
  }

  private static List<Object> values(PyDict d) {
    List<Object> out = new ArrayList<>(d.size());
    for (PyDict.Entry e : d.entries()) {
      out.add(e.value);
    }
    return out;
  }

  private static String name(Object field) {
    return (String) get(field, "name");
  }

  // ---------------------------------------------------------------- asdict / astuple

  private Object convert(Object o, boolean asDict, Object factory) {
    InterpreterState st = InterpreterState.current();
    if (st != null) {
      st.enterCall();
    }
    try {
      return convertNested(o, asDict, factory);
    } finally {
      if (st != null) {
        st.exitCall();
      }
    }
  }

  private Object convertNested(Object o, boolean asDict, Object factory) {
    Budget.chargeSteps(1);
    PyDict fs = fieldsOf(o);
    if (fs != null && !(o instanceof PyType)) {
      List<Object> values = new ArrayList<>();
      for (Object f : realFields(fs)) {
        Object v = convert(Ops.getAttr(o, name(f)), asDict, factory);
        values.add(asDict ? PyTuple.of(name(f), v) : v);
      }
      if (factory != null) {
        return Ops.call(factory, new Object[] {PyList.of(values.toArray())}, null);
      }
      if (asDict) {
        PyDict d = new PyDict();
        for (Object kv : values) {
          d.put(((PyTuple) kv).get(0), ((PyTuple) kv).get(1));
        }
        return d;
      }
      return PyTuple.copyOf(values);
    }
    PyType t = Types.typeOf(o);
    if (o instanceof PyTuple && t != Types.TUPLE && Ops.getAttrOrNull(o, "_fields") != null) {
      // a named tuple is rebuilt field by field
      Object[] items = ((PyTuple) o).array();
      Object[] out = new Object[items.length];
      for (int i = 0; i < items.length; i++) {
        out[i] = convert(items[i], asDict, factory);
      }
      return Ops.call(t, out, null);
    }
    if (o instanceof PyList || o instanceof PyTuple) {
      Object[] items = o instanceof PyList ? ((PyList) o).toArray() : ((PyTuple) o).array();
      Object[] out = new Object[items.length];
      for (int i = 0; i < items.length; i++) {
        out[i] = convert(items[i], asDict, factory);
      }
      if (t == Types.LIST) {
        return PyList.of(out);
      }
      if (t == Types.TUPLE) {
        return PyTuple.of(out);
      }
      return Ops.call(t, new Object[] {Ops.iter(PyList.of(out))}, null);
    }
    if (o instanceof PyDict) {
      List<Object[]> pairs = new ArrayList<>();
      for (PyDict.Entry e : ((PyDict) o).entries()) {
        pairs.add(new Object[] {convert(e.key, asDict, factory),
            convert(e.value, asDict, factory)});
      }
      if (t == Types.DICT) {
        PyDict out = new PyDict();
        for (Object[] kv : pairs) {
          out.put(kv[0], kv[1]);
        }
        return out;
      }
      PyList items = new PyList();
      for (Object[] kv : pairs) {
        items.append(PyTuple.of(kv[0], kv[1]));
      }
      return Ops.call(t, new Object[] {Ops.iter(items)}, null);
    }
    return CopyModule.copyDeep(o);
  }

  // ---------------------------------------------------------------- replace

  private Object replace(Object obj, PyDict given) {
    PyDict fs = fieldsOf(obj);
    if (fs == null || obj instanceof PyType) {
      throw Errors.typeError("replace() should be called on dataclass instances");
    }
    PyDict changes = given.copy();
    for (Object f : values(fs)) {
      Object kind = get(f, "_field_type");
      if (kind == classVarMark) {
        continue;
      }
      String n = name(f);
      if (!Ops.truth(get(f, "init"))) {
        if (changes.containsKey(n)) {
          throw Errors.valueError("field " + n + " is declared with init=False, it cannot be"
              + " specified with replace()");
        }
        continue;
      }
      if (!changes.containsKey(n)) {
        if (kind == initVarMark && get(f, "default") == missing) {
          throw Errors.valueError("InitVar " + Ops.repr(n) + " must be specified with"
              + " replace()");
        }
        changes.put(n, Ops.getAttr(obj, n));
      }
    }
    Object[] args = new Object[changes.size()];
    String[] names = new String[changes.size()];
    int k = 0;
    for (PyDict.Entry e : changes.entries()) {
      names[k] = (String) e.key;
      args[k++] = e.value;
    }
    return Ops.call(Types.typeOf(obj), args, names);
  }

  // ---------------------------------------------------------------- make_dataclass

  private Object makeDataclass(Object[] a) {
    if (!(a[0] instanceof String)) {
      throw Errors.typeError("type.__new__() argument 1 must be str, not "
          + Types.typeName(a[0]));
    }
    String clsName = (String) a[0];
    Set<String> seen = new HashSet<>();
    PyDict annotations = new PyDict();
    Map<String, Object> defaults = new LinkedHashMap<>();
    for (Object item : toList(a[1])) {
      Budget.chargeSteps(1);
      Object fname;
      Object tp;
      if (item instanceof String) {
        fname = item;
        tp = "typing.Any";
      } else {
        int size = Ops.len(item);
        List<Object> parts = size == 2 || size == 3 ? toList(item) : List.of();
        if (parts.size() != size) {
          throw Errors.typeError("Invalid field: " + Ops.repr(item));
        }
        if (parts.size() == 2) {
          fname = parts.get(0);
          tp = parts.get(1);
        } else if (parts.size() == 3) {
          fname = parts.get(0);
          tp = parts.get(1);
          if (fname instanceof String) {
            defaults.put((String) fname, parts.get(2));
          }
        } else {
          throw Errors.typeError("Invalid field: " + Ops.repr(item));
        }
      }
      if (!(fname instanceof String) || !NamedTuples.isIdentifier((String) fname)) {
        throw Errors.typeError("Field names must be valid identifiers: " + Ops.repr(fname));
      }
      String n = (String) fname;
      if (NamedTuples.KEYWORDS.contains(n)) {
        throw Errors.typeError("Field names must not be keywords: " + Ops.repr(n));
      }
      if (!seen.add(n)) {
        throw Errors.typeError("Field name duplicated: " + Ops.repr(n));
      }
      annotations.put(n, tp);
    }
    List<PyType> bases = new ArrayList<>();
    for (Object b : a[2] == Signature.MISSING ? List.of() : toList(a[2])) {
      if (!(b instanceof PyType)) {
        throw Errors.typeError("bases must be types");
      }
      bases.add((PyType) b);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    // CPython builds the class in types.new_class, so that is the module it reports
    body.put("__module__", "types");
    if (a[3] != PyNone.NONE) {
      if (!(a[3] instanceof PyDict)) {
        throw Errors.typeError("'" + Types.typeName(a[3]) + "' object is not a mapping");
      }
      for (PyDict.Entry e : ((PyDict) a[3]).entries()) {
        body.put(Ops.str(e.key), e.value);
      }
    }
    body.putAll(defaults);
    body.put("__annotations__", annotations);
    PyType cls = PyType.createClass(clsName, bases.toArray(new PyType[0]), body);
    return process(cls, java.util.Arrays.copyOfRange(a, 4, a.length));
  }

  // ---------------------------------------------------------------- annotations

  /** The identifier a string annotation names ("InitVar[int]" gives "InitVar"), or null. */
  private static String annotationName(Object ann, String module) {
    if (!(ann instanceof String)) {
      return null;
    }
    String s = ((String) ann).strip();
    int i = 0;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    String first = s.substring(0, i);
    String rest = s.substring(i).stripLeading();
    if (rest.startsWith(".")) {
      if (!first.equals(module)) {
        return null;
      }
      rest = rest.substring(1).stripLeading();
      int j = 0;
      while (j < rest.length()
          && (Character.isLetterOrDigit(rest.charAt(j)) || rest.charAt(j) == '_')) {
        j++;
      }
      return rest.substring(0, j);
    }
    return first;
  }

  private static boolean isClassVar(Object ann) {
    if (ann instanceof String) {
      return "ClassVar".equals(annotationName(ann, "typing"));
    }
    String s = Ops.repr(ann);
    return s.equals("typing.ClassVar") || s.startsWith("typing.ClassVar[");
  }

  private boolean isInitVar(Object ann) {
    if (ann instanceof String) {
      return "InitVar".equals(annotationName(ann, "dataclasses"));
    }
    return ann == initVarType || Types.typeOf(ann) == initVarType;
  }

  private boolean isKwOnlyMarker(Object ann) {
    if (ann instanceof String) {
      return "KW_ONLY".equals(annotationName(ann, "dataclasses"));
    }
    return ann == kwOnly;
  }

  /** The Field for annotation {@code n: ann} of {@code cls} (CPython's _get_field). */
  private PyInstance makeField(PyType cls, String n, Object ann, boolean defaultKwOnly) {
    Object dflt = Ops.getAttrOrNull(cls, n);
    PyInstance f;
    if (isField(dflt)) {
      f = (PyInstance) dflt;
    } else {
      f = newField(dflt == null ? missing : dflt, missing, true, true, PyNone.NONE, true,
          PyNone.NONE, missing);
    }
    PyDict d = f.dict();
    d.put("name", n);
    d.put("type", ann);
    Object kind = fieldMark;
    if (isClassVar(ann)) {
      kind = classVarMark;
    } else if (isInitVar(ann)) {
      kind = initVarMark;
    }
    d.put("_field_type", kind);
    if (kind != fieldMark && d.getStr("default_factory") != missing) {
      throw Errors.typeError("field " + n + " cannot have a default factory");
    }
    if (kind != classVarMark) {
      if (d.getStr("kw_only") == missing) {
        d.put("kw_only", defaultKwOnly);
      }
    } else if (d.getStr("kw_only") != missing) {
      throw Errors.typeError("field " + n + " is a ClassVar but specifies kw_only");
    }
    Object dv = d.getStr("default");
    if (kind == fieldMark && Ops.getAttrOrNull(Types.typeOf(dv), "__hash__") == PyNone.NONE) {
      throw Errors.valueError("mutable default " + Ops.repr(Types.typeOf(dv)) + " for field "
          + n + " is not allowed: use default_factory");
    }
    return f;
  }

  // ---------------------------------------------------------------- the decorator

  private static boolean has(Object f, String attr) {
    return Ops.truth(get(f, attr));
  }

  private boolean hasDefault(Object f) {
    return get(f, "default") != missing || get(f, "default_factory") != missing;
  }

  /** Adds the generated methods to {@code cls} (CPython's _process_class). */
  private Object process(PyType cls, Object[] o) {
    boolean init = Ops.truth(o[0]);
    boolean repr = Ops.truth(o[1]);
    boolean eq = Ops.truth(o[2]);
    boolean order = Ops.truth(o[3]);
    boolean unsafeHash = Ops.truth(o[4]);
    boolean frozen = Ops.truth(o[5]);
    boolean matchArgs = Ops.truth(o[6]);
    boolean kwOnlyDefault = Ops.truth(o[7]);
    boolean slots = Ops.truth(o[8]);
    boolean weakrefSlot = Ops.truth(o[9]);

    PyInstance params = (PyInstance) paramsType.newInstance();
    String[] pn = {"init", "repr", "eq", "order", "unsafe_hash", "frozen"};
    for (int i = 0; i < pn.length; i++) {
      params.dict().put(pn[i], o[i]);
    }
    cls.setAttribute(PARAMS, params);

    PyDict fields = new PyDict();
    boolean dataclassBases = false;
    boolean frozenBase = false;
    PyType[] mro = cls.mro();
    for (int i = mro.length - 1; i > 0; i--) {
      Object inherited = mro[i].lookup(FIELDS);
      if (inherited instanceof PyDict) {
        dataclassBases = true;
        for (Object f : values((PyDict) inherited)) {
          fields.put(get(f, "name"), f);
        }
        Object bp = mro[i].lookup(PARAMS);
        if (bp != null && Ops.truth(Ops.getAttr(bp, "frozen"))) {
          frozenBase = true;
        }
      }
    }

    Object anns = cls.dict().get("__annotations__");
    List<PyInstance> own = new ArrayList<>();
    boolean kwOnlySeen = false;
    boolean kwOnlyNow = kwOnlyDefault;
    if (anns instanceof PyDict) {
      for (PyDict.Entry e : ((PyDict) anns).entries()) {
        String n = (String) e.key;
        if (isKwOnlyMarker(e.value)) {
          if (kwOnlySeen) {
            throw Errors.typeError(Ops.repr(n) + " is KW_ONLY, but KW_ONLY has already been"
                + " specified");
          }
          kwOnlySeen = true;
          kwOnlyNow = true;
          continue;
        }
        own.add(makeField(cls, n, e.value, kwOnlyNow));
      }
    }
    for (PyInstance f : own) {
      String n = name(f);
      fields.put(n, f);
      if (isField(Ops.getAttrOrNull(cls, n))) {
        if (get(f, "default") == missing) {
          cls.deleteAttribute(n);
        } else {
          cls.setAttribute(n, get(f, "default"));
        }
      }
    }
    for (Map.Entry<String, Object> e : cls.dict().entrySet()) {
      if (isField(e.getValue()) && !(anns instanceof PyDict
          && ((PyDict) anns).containsKey(e.getKey()))) {
        throw Errors.typeError(Ops.repr(e.getKey()) + " is a field but has no type annotation");
      }
    }
    if (dataclassBases && frozenBase && !frozen) {
      throw Errors.typeError("cannot inherit non-frozen dataclass from a frozen one");
    }
    if (dataclassBases && !frozenBase && frozen) {
      throw Errors.typeError("cannot inherit frozen dataclass from a non-frozen one");
    }
    cls.setAttribute(FIELDS, fields);

    // a __hash__ = None that only comes from defining __eq__ in the body is not explicit
    Object ownHash = cls.dict().get("__hash__");
    boolean explicitHash = ownHash != null
        && !(ownHash == PyNone.NONE && cls.dict().containsKey("__eq__"));
    if (order && !eq) {
      throw Errors.valueError("eq must be true if order is true");
    }

    List<Object> allInit = new ArrayList<>();
    List<Object> stdInit = new ArrayList<>();
    List<Object> kwInit = new ArrayList<>();
    for (Object f : values(fields)) {
      if (get(f, "_field_type") == classVarMark) {
        continue;
      }
      allInit.add(f);
      if (has(f, "init")) {
        (has(f, "kw_only") ? kwInit : stdInit).add(f);
      }
    }
    List<Object> fieldList = realFields(fields);
    String qual = cls.qualname();

    if (init) {
      boolean seenDefault = false;
      for (Object f : stdInit) {
        if (hasDefault(f)) {
          seenDefault = true;
        } else if (seenDefault) {
          throw Errors.typeError("non-default argument " + Ops.repr(name(f))
              + " follows default argument");
        }
      }
      if (!cls.dict().containsKey("__init__")) {
        cls.setAttribute("__init__", initFunction(cls, qual, allInit, stdInit, kwInit, frozen,
            slots));
      }
    }
    if (repr && !cls.dict().containsKey("__repr__")) {
      List<Object> shown = new ArrayList<>();
      for (Object f : fieldList) {
        if (has(f, "repr")) {
          shown.add(f);
        }
      }
      // a recursive reference to an object being repr'd shows as "..."
      Set<Object> active = Collections.newSetFromMap(new IdentityHashMap<>());
      cls.setAttribute("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
        if (!active.add(a[0])) {
          return "...";
        }
        try {
          StringBuilder sb = new StringBuilder(Types.typeOf(a[0]).qualname()).append('(');
          for (int i = 0; i < shown.size(); i++) {
            String n = name(shown.get(i));
            sb.append(i == 0 ? "" : ", ").append(n).append('=')
                .append(Ops.repr(Ops.getAttr(a[0], n)));
          }
          return sb.append(')').toString();
        } finally {
          active.remove(a[0]);
        }
      }));
    }
    List<Object> compared = new ArrayList<>();
    for (Object f : fieldList) {
      if (has(f, "compare")) {
        compared.add(f);
      }
    }
    if (eq && !cls.dict().containsKey("__eq__")) {
      cls.setAttribute("__eq__", BuiltinFunction.of("__eq__", "self, other", a ->
          Types.typeOf(a[1]) != Types.typeOf(a[0]) ? PySingleton.NOT_IMPLEMENTED
              : Ops.eq(key(a[0], compared), key(a[1], compared))));
    }
    if (order) {
      String[][] ops = {{"__lt__", "LT"}, {"__le__", "LTE"}, {"__gt__", "GT"}, {"__ge__", "GTE"}};
      for (String[] op : ops) {
        dev.moat.ast.Ast.CmpOp cmp = dev.moat.ast.Ast.CmpOp.valueOf(op[1]);
        if (cls.dict().containsKey(op[0])) {
          throw Errors.typeError("Cannot overwrite attribute " + op[0] + " in class "
              + cls.name() + ". Consider using functools.total_ordering");
        }
        cls.setAttribute(op[0], BuiltinFunction.of(op[0], "self, other", a ->
            Types.typeOf(a[1]) != Types.typeOf(a[0]) ? PySingleton.NOT_IMPLEMENTED
                : Ops.compare(key(a[0], compared), key(a[1], compared), cmp)));
      }
    }
    Set<String> fieldNames = new HashSet<>();
    for (Object f : fieldList) {
      fieldNames.add(name(f));
    }
    if (frozen) {
      for (String m : new String[] {"__setattr__", "__delattr__"}) {
        if (cls.dict().containsKey(m)) {
          throw Errors.typeError("Cannot overwrite attribute " + m + " in class " + cls.name());
        }
      }
    }
    boolean hashAdd = unsafeHash ? !explicitHash : eq && frozen && !explicitHash;
    if (unsafeHash && explicitHash) {
      throw Errors.typeError("Cannot overwrite attribute __hash__ in class " + cls.name());
    }
    if (hashAdd) {
      List<Object> hashed = new ArrayList<>();
      for (Object f : fieldList) {
        Object h = get(f, "hash");
        if (h == PyNone.NONE ? has(f, "compare") : Ops.truth(h)) {
          hashed.add(f);
        }
      }
      cls.setAttribute("__hash__", BuiltinFunction.of("__hash__", "self",
          a -> Ops.hash(key(a[0], hashed))));
    } else if (!unsafeHash && eq && !frozen && !explicitHash) {
      cls.setAttribute("__hash__", PyNone.NONE);
    }
    Object doc = cls.dict().get("__doc__");
    if (doc == null || !Ops.truth(doc)) {
      cls.setAttribute("__doc__", cls.name() + docSignature(cls));
    }
    if (matchArgs && !cls.dict().containsKey("__match_args__")) {
      List<Object> names = new ArrayList<>();
      for (Object f : stdInit) {
        names.add(name(f));
      }
      cls.setAttribute("__match_args__", PyTuple.copyOf(names));
    }
    if (weakrefSlot && !slots) {
      throw Errors.typeError("weakref_slot is True but slots is False");
    }
    if (slots) {
      addSlots(cls, fieldList, weakrefSlot);
      if (frozen) {
        // CPython adds these for pickling frozen slotted classes
        if (!cls.dict().containsKey("__getstate__")) {
          cls.setAttribute("__getstate__", BuiltinFunction.of("__getstate__", "self", a -> {
            PyList out = new PyList();
            for (Object f : fieldList) {
              out.append(Ops.getAttr(a[0], name(f)));
            }
            return out;
          }));
        }
        if (!cls.dict().containsKey("__setstate__")) {
          cls.setAttribute("__setstate__", BuiltinFunction.of("__setstate__", "self, state",
              a -> {
                Object[] state = Builtins.toArray(a[1]);
                for (int i = 0; i < Math.min(state.length, fieldList.size()); i++) {
                  Ops.genericSetAttr(a[0], name(fieldList.get(i)), state[i]);
                }
                return PyNone.NONE;
              }));
        }
      }
    }
    if (frozen || slots) {
      installSetattr(cls, frozen, slots, fieldNames);
    }
    return cls;
  }

  private BuiltinFunction initFunction(PyType cls, String qual, List<Object> allInit,
      List<Object> stdInit, List<Object> kwInit, boolean frozen, boolean slots) {
    // the signature counts self, as CPython's messages do
    List<String> posNames = new ArrayList<>();
    posNames.add(slotOfName(allInit, "self") ? "__dataclass_self__" : "self");
    List<String> kwNames = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    params.add(null);
    for (Object f : stdInit) {
      posNames.add(name(f));
      params.add(f);
    }
    for (Object f : kwInit) {
      kwNames.add(name(f));
      params.add(f);
    }
    Object[] marker = new Object[params.size()];
    for (int i = 1; i < marker.length; i++) {
      marker[i] = hasDefault(params.get(i)) ? missing : null;
    }
    Signature sig = new Signature(qual + ".__init__", posNames, 0, null, kwNames, null, marker);
    Map<String, Integer> slotOf = new LinkedHashMap<>();
    for (int i = 1; i < params.size(); i++) {
      slotOf.put(name(params.get(i)), i);
    }
    BuiltinFunction fn = BuiltinFunction.of("__init__", "__dataclass_self__, /, *args, **kwargs",
        a -> {
      Object self = a[0];
      Object[] pos = ((PyTuple) a[1]).array();
      PyDict kw = (PyDict) a[2];
      Object[] args = new Object[1 + pos.length + kw.size()];
      args[0] = self;
      System.arraycopy(pos, 0, args, 1, pos.length);
      String[] names = kw.size() == 0 ? null : new String[kw.size()];
      int k = 0;
      for (PyDict.Entry en : kw.entries()) {
        names[k] = (String) en.key;
        args[1 + pos.length + k++] = en.value;
      }
      Object[] values = new Object[params.size()];
      sig.bindInto(args, names, marker, values);
      List<Object> initVars = new ArrayList<>();
      for (Object f : allInit) {
        String n = name(f);
        Integer slot = slotOf.get(n);
        Object v = slot == null ? missing : values[slot];
        Object factory = get(f, "default_factory");
        if (v == missing) {
          if (factory != missing) {
            v = Ops.call(factory, new Object[0], null);
          } else if (slot != null || slots) {
            v = get(f, "default");
          }
        }
        if (get(f, "_field_type") == initVarMark) {
          initVars.add(v);
          continue;
        }
        if (v == missing) {
          continue;
        }
        if (frozen) {
          PyDict target = Ops.instanceDict(self);
          if (target == null) {
            target = ((PyInstance) self).dict();
          }
          target.put(n, v);
        } else {
          Ops.setAttr(self, n, v);
        }
      }
      if (Types.typeOf(self).lookup("__post_init__") != null) {
        Ops.call(Ops.getAttr(self, "__post_init__"), initVars.toArray(), null);
      }
      return PyNone.NONE;
    });
    initSignatures.put(fn, initSignature(stdInit, kwInit));
    return fn;
  }

  private static boolean slotOfName(List<Object> fields, String n) {
    for (Object f : fields) {
      if (n.equals(name(f))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- __doc__

  /** The text CPython's {@code str(inspect.signature(cls))} gives the generated __init__. */
  private String docSignature(PyType cls) {
    Object own = cls.lookup("__init__");
    if (own instanceof dev.moat.runtime.PyFunction) {
      // the class's own __init__: its positional parameters after self (no annotations)
      dev.moat.runtime.PyFunction fn = (dev.moat.runtime.PyFunction) own;
      Signature sig = fn.code.signature();
      StringBuilder sb = new StringBuilder("(");
      for (int i = 1; i < sig.positionalCount(); i++) {
        sb.append(i == 1 ? "" : ", ").append(sig.names()[i]);
        Object d = fn.slotDefaults == null ? null : fn.slotDefaults[i];
        if (d != null) {
          sb.append('=').append(Ops.repr(d));
        }
      }
      return sb.append(')').toString();
    }
    String generated = own == null ? null : initSignatures.get(own);
    return generated != null ? generated : "()";
  }

  private String initSignature(List<Object> stdInit, List<Object> kwInit) {
    StringBuilder sb = new StringBuilder("(");
    boolean first = true;
    for (Object f : stdInit) {
      sb.append(first ? "" : ", ").append(param(f));
      first = false;
    }
    if (!kwInit.isEmpty()) {
      sb.append(first ? "" : ", ").append('*');
      for (Object f : kwInit) {
        sb.append(", ").append(param(f));
      }
    }
    return sb.append(')').toString();
  }

  private String param(Object f) {
    String s = name(f) + ": " + formatAnnotation(get(f, "type"));
    if (get(f, "default") != missing) {
      s += " = " + Ops.repr(get(f, "default"));
    } else if (get(f, "default_factory") != missing) {
      s += " = <factory>";
    }
    return s;
  }

  private static String formatAnnotation(Object ann) {
    if (ann instanceof PyType) {
      PyType t = (PyType) ann;
      Object mod = t.isBuiltin() ? "builtins" : t.lookup("__module__");
      if (mod == null || "builtins".equals(mod)) {
        return t.qualname();
      }
      return Ops.str(mod) + "." + t.qualname();
    }
    String r = Ops.repr(ann);
    Object mod = Ops.getAttrOrNull(ann, "__module__");
    return "typing".equals(mod) ? r.replace("typing.", "") : r;
  }

  // ---------------------------------------------------------------- slots and frozen

  private static void addSlots(PyType cls, List<Object> fieldList, boolean weakrefSlot) {
    if (cls.dict().containsKey("__slots__")) {
      throw Errors.typeError(cls.name() + " already specifies __slots__");
    }
    Set<String> inherited = new HashSet<>();
    PyType[] mro = cls.mro();
    for (int i = 1; i < mro.length - 1; i++) {
      inherited.addAll(slotsOf(mro[i]));
    }
    List<Object> own = new ArrayList<>();
    for (Object f : fieldList) {
      if (!inherited.contains(name(f))) {
        own.add(name(f));
      }
    }
    if (weakrefSlot && !inherited.contains("__weakref__")) {
      own.add("__weakref__");
    }
    for (Object f : fieldList) {
      if (cls.dict().containsKey(name(f))) {
        cls.deleteAttribute(name(f));
      }
    }
    cls.setAttribute("__slots__", PyTuple.copyOf(own));
    cls.setAttribute("__dict__", new Descriptors.GetSet("__dict__", obj -> {
      if (!hasInstanceDict(Types.typeOf(obj)) || !(obj instanceof PyInstance)) {
        throw Errors.attributeError("'" + Types.typeName(obj) + "' object has no attribute"
            + " '__dict__'");
      }
      return ((PyInstance) obj).dict();
    }, null));
  }

  /** The names a class's own {@code __slots__} declares. */
  private static List<String> slotsOf(PyType t) {
    Object s = t.dict().get("__slots__");
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    if (s instanceof String) {
      out.add((String) s);
      return out;
    }
    if (Ops.getAttrOrNull(s, "__next__") != null) {
      throw Errors.typeError("Slots of '" + t.name() + "' cannot be determined");
    }
    for (Object x : toList(s)) {
      if (x instanceof String) {
        out.add((String) x);
      }
    }
    return out;
  }

  /** True if instances of {@code t} have a {@code __dict__}: some base lacks {@code __slots__}. */
  private static boolean hasInstanceDict(PyType t) {
    for (PyType c : t.mro()) {
      if (c.isBuiltin()) {
        continue;
      }
      if (!c.dict().containsKey("__slots__") || slotsOf(c).contains("__dict__")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> allSlots(PyType t) {
    Set<String> out = new HashSet<>();
    for (PyType c : t.mro()) {
      out.addAll(slotsOf(c));
    }
    return out;
  }

  /** CPython's error for setting or deleting a name a slotted instance has no room for. */
  private static PyException noSlot(Object self, String name) {
    PyType t = Types.typeOf(self);
    if (t.lookup(name) != null) {
      return Errors.attributeError("'" + t.name() + "' object attribute '" + name
          + "' is read-only");
    }
    return Errors.attributeError("'" + t.name() + "' object has no attribute '" + name + "'");
  }

  /**
   * Installs the {@code __setattr__}/{@code __delattr__} of a frozen and/or slotted class:
   * frozen instances refuse field changes ({@code FrozenInstanceError}), slotted ones names
   * outside their slots; anything else goes on to the next class along the MRO.
   */
  private void installSetattr(PyType cls, boolean frozen, boolean slots, Set<String> fields) {
    if (!frozen && (cls.dict().containsKey("__setattr__")
        || cls.dict().containsKey("__delattr__"))) {
      return; // the class's own hooks decide (Moat cannot enforce slots underneath them)
    }
    cls.setAttribute("__setattr__", BuiltinFunction.of("__setattr__", "self, name, value",
        a -> {
          String n = attrName(a[1]);
          if (frozen && (Types.typeOf(a[0]) == cls || fields.contains(n))) {
            throw frozen("assign to", a[1]);
          }
          PyType t = Types.typeOf(a[0]);
          if (slots && !hasInstanceDict(t) && !allSlots(t).contains(n)) {
            throw noSlot(a[0], n);
          }
          Object next = nextAfter(t, cls, "__setattr__");
          if (Ops.isOverride(next)) {
            Ops.callMethod(next, a[0], n, a[2]);
          } else {
            Ops.genericSetAttr(a[0], n, a[2]);
          }
          return PyNone.NONE;
        }));
    cls.setAttribute("__delattr__", BuiltinFunction.of("__delattr__", "self, name", a -> {
      String n = attrName(a[1]);
      if (frozen && (Types.typeOf(a[0]) == cls || fields.contains(n))) {
        throw frozen("delete", a[1]);
      }
      PyType t = Types.typeOf(a[0]);
      if (slots && !hasInstanceDict(t)) {
        if (!allSlots(t).contains(n)) {
          throw noSlot(a[0], n);
        }
        PyDict d = Ops.instanceDict(a[0]);
        if (d == null || d.remove(n) == null) {
          throw Errors.attributeError(n);
        }
        return PyNone.NONE;
      }
      Object next = nextAfter(t, cls, "__delattr__");
      Ops.callMethod(next, a[0], n);
      return PyNone.NONE;
    }));
  }

  private static String attrName(Object n) {
    if (!(n instanceof String)) {
      throw Errors.typeError("attribute name must be string, not '" + Types.typeName(n) + "'");
    }
    return (String) n;
  }

  /** {@code super(cls, self).<name>}'s function: the next definition along the MRO. */
  private static Object nextAfter(PyType t, PyType cls, String name) {
    PyType[] mro = t.mro();
    int i = 0;
    while (i < mro.length && mro[i] != cls) {
      i++;
    }
    for (i++; i < mro.length; i++) {
      Object m = mro[i].dict().get(name);
      if (m != null) {
        return m;
      }
    }
    return Types.OBJECT.dict().get(name);
  }

  private PyException frozen(String verb, Object name) {
    return new PyException((PyBaseException) Ops.call(frozenError,
        new Object[] {"cannot " + verb + " field " + Ops.repr(name)}, null));
  }

  private static PyTuple key(Object self, List<Object> fields) {
    Object[] vals = new Object[fields.size()];
    for (int i = 0; i < vals.length; i++) {
      vals[i] = Ops.getAttr(self, name(fields.get(i)));
    }
    return PyTuple.of(vals);
  }
}
