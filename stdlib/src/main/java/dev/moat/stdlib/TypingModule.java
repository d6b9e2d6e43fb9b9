package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PySet;
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
 * {@code typing}, enough for annotated code to import and run: the generic aliases
 * ({@code List[int]}, {@code Optional[str]}, {@code Callable[[int], str]}...) with CPython's
 * reprs, {@code Any}, {@code TypeVar}, {@code Generic}, {@code Protocol}, {@code TypedDict},
 * {@code cast}, {@code get_origin}/{@code get_args} and the identity decorators. Annotations
 * are not checked at run time, as in CPython.
 */
public final class TypingModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("typing");
  }

  /** The class of every alias object; one per module instance. */
  private PyType aliasType;
  private PyType typeVarType;

  private static Map<String, Object> ns() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("__module__", "typing");
    return m;
  }

  private PyInstance alias(String name, Object origin, Object[] args) {
    PyInstance a = (PyInstance) aliasType.newInstance();
    PyDict d = a.dict();
    d.put("_name", name);
    d.put("__origin__", origin == null ? PyNone.NONE : origin);
    d.put("__args__", args == null ? PyTuple.EMPTY : PyTuple.of(args));
    d.put("_subscripted", args != null);
    return a;
  }

  private static Object attr(Object o, String n) {
    return ((PyInstance) o).dict().getStr(n);
  }

  /** How an argument of an alias is shown inside {@code [...]}. */
  private String argRepr(Object a) {
    if (a == PyNone.NONE) {
      return "None"; // only in Literal[None]
    }
    if (a == Types.NONE_TYPE) {
      return "NoneType";
    }
    if (a == PySingleton.ELLIPSIS) {
      return "...";
    }
    if (a instanceof PyType) {
      PyType t = (PyType) a;
      Object mod = t.dict().get("__module__");
      return t.isBuiltin() || mod == null || "builtins".equals(mod) ? t.qualname()
          : mod + "." + t.qualname();
    }
    if (a instanceof PyList) {
      List<String> parts = new ArrayList<>();
      for (Object x : ((PyList) a).toArray()) {
        parts.add(argRepr(x));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    return Ops.repr(a);
  }

  private String aliasRepr(Object self) {
    String name = (String) attr(self, "_name");
    if (!(Boolean) attr(self, "_subscripted")) {
      return "typing." + name;
    }
    Object[] args = ((PyTuple) attr(self, "__args__")).array();
    if (name.equals("Union") && args.length == 2 && (args[1] == Types.NONE_TYPE
        || args[0] == Types.NONE_TYPE)) {
      return "typing.Optional[" + argRepr(args[1] == Types.NONE_TYPE ? args[0] : args[1]) + "]";
    }
    if (args.length == 0) {
      return "typing." + name + "[()]"; // Tuple[()]
    }
    List<String> parts = new ArrayList<>();
    for (Object a : args) {
      parts.add(argRepr(a));
    }
    return "typing." + name + "[" + String.join(", ", parts) + "]";
  }

  private Object subscript(Object self, Object key) {
    String name = (String) attr(self, "_name");
    if ((Boolean) attr(self, "_subscripted") && !name.equals("Generic")) {
      throw Errors.typeError(aliasRepr(self) + " is not a generic class");
    }
    Object[] args = key instanceof PyTuple ? ((PyTuple) key).array().clone()
        : new Object[] {key};
    // None stands for NoneType everywhere but in Literal (also in Callable's argument list)
    for (int i = 0; i < args.length && !name.equals("Literal"); i++) {
      if (args[i] == PyNone.NONE) {
        args[i] = Types.NONE_TYPE;
      } else if (args[i] instanceof PyList) {
        PyList l = new PyList();
        for (Object x : ((PyList) args[i]).toArray()) {
          l.append(x == PyNone.NONE ? Types.NONE_TYPE : x);
        }
        args[i] = l;
      }
    }
    switch (name) {
      case "Any":
        throw Errors.typeError("type 'Any' is not subscriptable");
      case "Optional":
        if (args.length != 1) {
          throw Errors.typeError("typing.Optional requires a single type. Got "
              + Ops.repr(key) + ".");
        }
        return union(new Object[] {args[0], Types.NONE_TYPE});
      case "Union":
        if (args.length == 0) {
          throw Errors.typeError("Cannot take a Union of no types.");
        }
        return union(args);
      default:
        return alias(name, attr(self, "__origin__"), args);
    }
  }

  private static boolean isUnion(Object alias) {
    return "Union".equals(attr(alias, "_name")) && (Boolean) attr(alias, "_subscripted");
  }

  private static Object argSet(Object alias) {
    return Ops.call(Types.FROZENSET, new Object[] {attr(alias, "__args__")}, null);
  }

  private Object union(Object[] args) {
    List<Object> flat = new ArrayList<>();
    for (Object a : args) {
      Object[] inner = a instanceof PyInstance && ((PyInstance) a).type() == aliasType
          && "Union".equals(attr(a, "_name")) && (Boolean) attr(a, "_subscripted")
          ? ((PyTuple) attr(a, "__args__")).array() : new Object[] {a};
      for (Object x : inner) {
        boolean seen = false;
        for (Object y : flat) {
          seen |= Ops.eq(x, y);
        }
        if (!seen) {
          flat.add(x);
        }
      }
    }
    if (flat.size() == 1) {
      return flat.get(0);
    }
    return alias("Union", null, flat.toArray());
  }

  @Override
  public PyModule create(String name) {
    Map<String, Object> a = ns();
    a.put("__getitem__", BuiltinFunction.of("__getitem__", "self, key",
        x -> subscript(x[0], x[1])));
    a.put("__repr__", BuiltinFunction.of("__repr__", "self", x -> aliasRepr(x[0])));
    a.put("__call__", BuiltinFunction.of("__call__", "self, *args, **kwargs", x -> {
      Object origin = attr(x[0], "__origin__");
      if (origin instanceof PyType && (Boolean) attr(x[0], "_subscripted")) {
        return Ops.call(origin, ((PyTuple) x[1]).array(), null);
      }
      throw Errors.typeError("Type " + attr(x[0], "_name") + " cannot be instantiated; use "
          + (origin instanceof PyType ? ((PyType) origin).name() + "() instead" : "it only"
          + " in annotations"));
    }));
    a.put("__eq__", BuiltinFunction.of("__eq__", "self, other", x -> {
      if (!(x[1] instanceof PyInstance) || ((PyInstance) x[1]).type() != aliasType) {
        return PySingleton.NOT_IMPLEMENTED;
      }
      if (!attr(x[0], "_name").equals(attr(x[1], "_name"))) {
        return false;
      }
      if (isUnion(x[0])) { // the order of a Union's members does not matter
        return Ops.eq(argSet(x[0]), argSet(x[1]));
      }
      return Ops.eq(attr(x[0], "__args__"), attr(x[1], "__args__"));
    }));
    a.put("__hash__", BuiltinFunction.of("__hash__", "self", x -> isUnion(x[0])
        ? Ops.hash(argSet(x[0]))
        : Ops.hash(PyTuple.of(attr(x[0], "_name"), attr(x[0], "__args__")))));
    a.put("__or__", BuiltinFunction.of("__or__", "self, other", x -> union(
        new Object[] {x[0], x[1]})));
    a.put("__ror__", BuiltinFunction.of("__ror__", "self, other", x -> union(
        new Object[] {x[1], x[0]})));
    aliasType = PyType.createClass("_GenericAlias", new PyType[0], a);

    Map<String, Object> tv = ns();
    tv.put("__init__", BuiltinFunction.of("__init__", "self, name, *constraints, bound=None,"
        + " covariant=False, contravariant=False", x -> {
          PyDict d = ((PyInstance) x[0]).dict();
          d.put("__name__", x[1]);
          d.put("__constraints__", x[2]);
          d.put("__bound__", x[3]);
          d.put("__covariant__", x[4]);
          d.put("__contravariant__", x[5]);
          return PyNone.NONE;
        }));
    tv.put("__repr__", BuiltinFunction.of("__repr__", "self", x -> {
      PyDict d = ((PyInstance) x[0]).dict();
      String prefix = Ops.truth(d.getStr("__covariant__")) ? "+"
          : Ops.truth(d.getStr("__contravariant__")) ? "-" : "~";
      return prefix + Ops.str(d.getStr("__name__"));
    }));
    typeVarType = PyType.createClass("TypeVar", new PyType[0], tv);

    Map<String, Object> generic = ns();
    generic.put("__class_getitem__", new Descriptors.ClassMethod(BuiltinFunction.of(
        "__class_getitem__", "cls, params", x -> x[0])));
    PyType genericType = PyType.createClass("Generic", new PyType[0], generic);
    Map<String, Object> proto = ns();
    PyType[] protocolHolder = new PyType[1];
    // a class listing Protocol among its bases is a protocol, and cannot be instantiated
    proto.put("__init_subclass__", new Descriptors.ClassMethod(BuiltinFunction.of(
        "__init_subclass__", "cls, **kwargs", x -> {
          PyType cls = (PyType) x[0];
          cls.setAttribute("_is_protocol",
              java.util.Arrays.asList(cls.bases()).contains(protocolHolder[0]));
          return PyNone.NONE;
        })));
    proto.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("__new__",
        "cls, *args, **kwargs", x -> {
          PyType cls = (PyType) x[0];
          if (cls == protocolHolder[0] || Ops.truth(cls.lookup("_is_protocol"))) {
            throw Errors.typeError("Protocols cannot be instantiated");
          }
          return cls.newInstance();
        })));
    PyType protocolType = PyType.createClass("Protocol", new PyType[] {genericType}, proto);
    protocolHolder[0] = protocolType;
    Map<String, Object> td = ns();
    // calling a TypedDict class makes a plain dict, as in CPython
    td.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("__new__",
        "cls, *args, **kwargs", x -> {
          Object[] pos = ((PyTuple) x[1]).array();
          PyDict kw = (PyDict) x[2];
          Object[] args = java.util.Arrays.copyOf(pos, pos.length + kw.size());
          String[] names = kw.size() == 0 ? null : new String[kw.size()];
          int k = 0;
          for (PyDict.Entry e : kw.entries()) {
            names[k] = (String) e.key;
            args[pos.length + k++] = e.value;
          }
          return Ops.call(Types.DICT, args, names);
        })));
    // class Movie(TypedDict, total=False): the keys it requires and the ones it may omit
    td.put("__init_subclass__", new Descriptors.ClassMethod(BuiltinFunction.of(
        "__init_subclass__", "cls, total=True", x -> {
          typedDictKeys((PyType) x[0], Ops.truth(x[1]));
          return PyNone.NONE;
        })));
    PyType typedDict = PyType.createClass("TypedDict", new PyType[] {Types.DICT}, td);
    Map<String, Object> nt = ns();
    nt.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("__new__",
        "cls, typename, fields=None, /, **kwargs", x -> {
          List<Object> names = new ArrayList<>();
          if (x[2] != PyNone.NONE) {
            for (Object f : dev.moat.runtime.Builtins.toArray(x[2])) {
              names.add(dev.moat.runtime.Builtins.toArray(f)[0]);
            }
          }
          for (Object k : ((PyDict) x[3]).keyList()) {
            names.add(k);
          }
          return NamedTuples.FACTORY.call(new Object[] {x[1], PyList.copyOf(names)}, null);
        })));
    PyType namedTuple = PyType.createClass("NamedTuple", new PyType[0], nt);
    // class Point(NamedTuple): the metaclass turns the annotated body into a namedtuple class
    Map<String, Object> ntMeta = ns();
    ntMeta.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("__new__",
        "metatype, typename, bases, namespace, /", x -> classNamedTuple(x[1], (PyDict) x[3]))));
    namedTuple.setMetaclass(PyType.createMetaclass("NamedTupleMeta", ntMeta));

    ModuleBuilder b = ModuleBuilder.named("typing");
    b.constant("Any", alias("Any", null, null));
    b.constant("Optional", alias("Optional", null, null));
    Object[][] generics = {
        {"List", Types.LIST}, {"Dict", Types.DICT}, {"Set", Types.SET},
        {"FrozenSet", Types.FROZENSET}, {"Tuple", Types.TUPLE}, {"Type", Types.TYPE},
        {"Callable", null}, {"Iterable", null}, {"Iterator", null}, {"Generator", null},
        {"Sequence", null}, {"MutableSequence", null}, {"Mapping", null},
        {"MutableMapping", null}, {"Collection", null}, {"Container", null},
        {"Hashable", null}, {"Sized", null}, {"Reversible", null}, {"AbstractSet", null},
        {"MutableSet", null}, {"KeysView", null}, {"ValuesView", null}, {"ItemsView", null},
        {"DefaultDict", null}, {"OrderedDict", null}, {"Counter", null}, {"Deque", null},
        {"ChainMap", null}, {"Literal", null}, {"Final", null}, {"ClassVar", null},
        {"Annotated", null}, {"Awaitable", null}, {"Coroutine", null},
        {"AsyncIterator", null}, {"AsyncIterable", null}, {"ContextManager", null},
        {"Pattern", null}, {"Match", null}, {"IO", null}, {"TextIO", null},
        {"BinaryIO", null}, {"SupportsInt", null}, {"SupportsFloat", null},
        {"SupportsIndex", null}, {"SupportsAbs", null}, {"SupportsRound", null},
        {"NoReturn", null}, {"Never", null}, {"Self", null}, {"LiteralString", null},
        {"TypeAlias", null}, {"TypeGuard", null}, {"Concatenate", null}};
    for (Object[] g : generics) {
      b.constant((String) g[0], alias((String) g[0], g[1], null));
    }
    b.constant("Text", Types.STR);
    b.constant("AnyStr", Ops.call(typeVarType, new Object[] {"AnyStr", Types.BYTES,
        Types.STR}, null));
    b.constant("TypeVar", typeVarType);
    b.constant("Generic", genericType);
    b.constant("Protocol", protocolType);
    b.constant("TypedDict", typedDict);
    b.constant("NamedTuple", namedTuple);
    b.constant("TYPE_CHECKING", false);
    b.function("cast", "typ, val", x -> x[1]);
    Object unionForm = alias("Union", null, null);
    b.constant("Union", unionForm);
    b.function("get_origin", "tp", x -> {
      if (x[0] instanceof dev.moat.runtime.PyGenericAlias) { // list[int] -> list
        return dev.moat.runtime.Ops.getAttr(x[0], "__origin__");
      }
      if (x[0] instanceof dev.moat.runtime.PyUnionType) { // int | None -> types.UnionType
        return dev.moat.runtime.PyUnionType.TYPE;
      }
      if (!(x[0] instanceof PyInstance) || ((PyInstance) x[0]).type() != aliasType) {
        return PyNone.NONE;
      }
      if (!(Boolean) attr(x[0], "_subscripted")) { // List -> list, Any -> None
        return attr(x[0], "__origin__");
      }
      return attr(x[0], "_name").equals("Union") ? unionForm : attr(x[0], "__origin__");
    });
    b.function("get_args", "tp", x -> x[0] instanceof dev.moat.runtime.PyGenericAlias
        || x[0] instanceof dev.moat.runtime.PyUnionType
        ? dev.moat.runtime.Ops.getAttr(x[0], "__args__") : x[0] instanceof PyInstance
        && ((PyInstance) x[0]).type() == aliasType ? attr(x[0], "__args__") : PyTuple.EMPTY);
    for (String deco : new String[] {"overload", "final", "no_type_check", "override"}) {
      b.function(deco, "arg", x -> x[0]);
    }
    // isinstance/issubclass against a runtime-checkable protocol check its members' presence
    b.function("runtime_checkable", "cls", x -> {
      if (!(x[0] instanceof PyType)
          || !Boolean.TRUE.equals(((PyType) x[0]).dict().get("_is_protocol"))) {
        throw Errors.typeError("@runtime_checkable can be only applied to protocol classes, got "
            + Ops.repr(x[0]));
      }
      PyType checked = (PyType) x[0];
      List<String> members = protocolMembers(checked, protocolHolder[0], genericType);
      checked.setAttribute("_is_runtime_protocol", true);
      checked.setVirtualSubclasses(t -> {
        for (String m : members) {
          if (t.lookup(m) == null) {
            return false;
          }
        }
        return true;
      });
      return checked;
    });
    b.function("get_type_hints", "obj, globalns=None, localns=None, include_extras=False",
        x -> {
          PyDict hints = new PyDict();
          if (x[0] instanceof PyType) { // a class: its bases' annotations first
            PyType[] mro = ((PyType) x[0]).mro();
            for (int i = mro.length - 1; i >= 0; i--) {
              Object ann = mro[i].dict().get("__annotations__");
              if (ann instanceof PyDict) {
                hints.putAll((PyDict) ann);
              }
            }
          } else {
            Object ann = Ops.getAttrOrNull(x[0], "__annotations__");
            if (ann instanceof PyDict) {
              hints.putAll((PyDict) ann);
            }
          }
          for (PyDict.Entry e : hints.entries()) { // None means NoneType
            if (e.value == PyNone.NONE) {
              hints.put(e.key, Types.NONE_TYPE);
            }
          }
          return hints;
        });
    b.function("NewType", "name, tp", x -> BuiltinFunction.of(Ops.str(x[0]), "x", y -> y[0]));
    return b.build();
  }

  private static final Set<String> NAMED_TUPLE_PROHIBITED = Set.of("__new__", "__init__",
      "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace",
      "_asdict", "_source");

  /** The namedtuple class a {@code class X(NamedTuple)} body describes. */
  private static PyType classNamedTuple(Object typename, PyDict body) {
    Object annObj = body.get("__annotations__");
    PyDict ann = annObj instanceof PyDict ? (PyDict) annObj : new PyDict();
    PyList fields = new PyList();
    PyList defaults = new PyList();
    for (PyDict.Entry e : ann.entries()) {
      fields.append(e.key);
      Object d = body.get(e.key);
      if (d != null) {
        defaults.append(d);
      } else if (defaults.size() > 0) {
        throw Errors.typeError("Non-default namedtuple field " + e.key
            + " cannot follow default field" + (defaults.size() > 1 ? "s " : " ")
            + String.join(", ", fieldNames(fields, defaults.size())));
      }
    }
    PyType cls = (PyType) NamedTuples.FACTORY.call(new Object[] {typename, fields,
        defaults.size() == 0 ? PyNone.NONE : defaults,
        body.get("__module__") != null ? body.get("__module__") : PyNone.NONE}, new String[] {"defaults", "module"});
    for (PyDict.Entry e : body.entries()) {
      String k = (String) e.key;
      if (NAMED_TUPLE_PROHIBITED.contains(k)) {
        throw Errors.attributeError("Cannot overwrite NamedTuple attribute " + k);
      }
      if (k.equals("__module__") || k.equals("__qualname__") || ann.containsKey(k)) {
        continue;
      }
      cls.setAttribute(k, e.value);
    }
    if (body.get("__qualname__") instanceof String) {
      cls.setQualname((String) body.get("__qualname__"));
    }
    cls.setAttribute("__annotations__", ann);
    return cls;
  }

  /** The names of the defaulted fields so far (the last {@code n} fields). */
  private static List<String> fieldNames(PyList fields, int n) {
    List<String> out = new ArrayList<>();
    for (int i = fields.size() - 1 - n; i < fields.size() - 1; i++) {
      out.add(Ops.str(fields.get(i)));
    }
    return out;
  }

  /** Sets {@code __total__}, {@code __required_keys__} and {@code __optional_keys__}. */
  private static void typedDictKeys(PyType cls, boolean total) {
    PySet required = new PySet(true);
    PySet optional = new PySet(true);
    PyDict all = new PyDict();
    for (PyType b : cls.bases()) {
      Object r = b.lookup("__required_keys__");
      Object o = b.lookup("__optional_keys__");
      if (r instanceof PySet && o instanceof PySet) {
        required.addAllFrom((PySet) r);
        optional.addAllFrom((PySet) o);
        Object ba = b.lookup("__annotations__");
        if (ba instanceof PyDict) {
          all.putAll((PyDict) ba);
        }
      }
    }
    Object own = cls.dict().get("__annotations__");
    if (own instanceof PyDict) {
      for (PyDict.Entry e : ((PyDict) own).entries()) {
        (total ? required : optional).add(e.key);
        all.put(e.key, e.value);
      }
    }
    cls.setAttribute("__annotations__", all);
    cls.setAttribute("__required_keys__", required);
    cls.setAttribute("__optional_keys__", optional);
    cls.setAttribute("__total__", total);
  }

  private static final Set<String> NOT_PROTOCOL_MEMBERS = Set.of("__module__", "__qualname__",
      "__doc__", "__annotations__", "__dict__", "__weakref__", "__init__", "__new__",
      "__slots__", "__abstractmethods__", "__parameters__", "__orig_bases__",
      "__subclasshook__", "__init_subclass__", "__class_getitem__", "_is_protocol",
      "_is_runtime_protocol", "__match_args__", "__hash__", "__eq__");

  /** The names a protocol class and its protocol bases define (attributes and annotations). */
  private static List<String> protocolMembers(PyType proto, PyType protocol, PyType generic) {
    List<String> out = new ArrayList<>();
    for (PyType t : proto.mro()) {
      if (t == protocol || t == generic || t == Types.OBJECT) {
        continue;
      }
      List<Object> names = new ArrayList<>(t.dict().keySet());
      Object ann = t.dict().get("__annotations__");
      if (ann instanceof PyDict) {
        names.addAll(((PyDict) ann).keyList());
      }
      for (Object n : names) {
        String name = (String) n;
        if (!NOT_PROTOCOL_MEMBERS.contains(name) && !name.startsWith("_abc_")
            && !out.contains(name)) {
          out.add(name);
        }
      }
    }
    return out;
  }
}
