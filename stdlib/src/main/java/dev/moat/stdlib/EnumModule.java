package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.runtime.ValueSubclass;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code enum}: {@code Enum} and {@code auto}, through a library metaclass ({@code EnumType})
 * that makes enum classes iterable, sized and indexable by member name. Members are made when
 * the class is created: every plain class attribute not starting with an underscore.
 */
public final class EnumModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("enum");
  }

  private static Map<String, Object> ns() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("__module__", "enum");
    return m;
  }

  static PyDict memberMap(Object cls) {
    Object m = ((PyType) cls).lookup("_member_map_");
    return m instanceof PyDict ? (PyDict) m : new PyDict();
  }

  /** The attribute dict of a member (made if needed), or null for an object without one. */
  static PyDict ownDict(Object member) {
    return member instanceof PyInstance ? ((PyInstance) member).dict()
        : Ops.instanceDict(member);
  }

  /** A member's own attribute ({@code _name_}, {@code _value_}), or null. */
  static Object attr(Object member, String name) {
    PyDict d = Ops.instanceDict(member);
    return d == null ? null : d.getStr(name);
  }

  @Override
  public PyModule create(String name) {
    Map<String, Object> autoNs = ns();
    autoNs.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> "auto(_auto_null)"));
    PyType auto = PyType.createClass("auto", new PyType[0], autoNs);
    // auto() values combined in the class body (RW = READ | WRITE) are resolved with the members
    for (String op : new String[] {"or", "and", "xor"}) {
      for (String side : new String[] {"", "r"}) {
        String dunder = "__" + side + op + "__";
        auto.setAttribute(dunder, BuiltinFunction.of(dunder, "self, other", a -> {
          if (!(a[1] instanceof Long) && !(a[1] instanceof PyInstance
              && ((PyInstance) a[1]).type() == auto)) {
            return dev.moat.runtime.PySingleton.NOT_IMPLEMENTED;
          }
          PyInstance combined = (PyInstance) auto.newInstance();
          combined.dict().put("_op_", op);
          combined.dict().put("_left_", side.isEmpty() ? a[0] : a[1]);
          combined.dict().put("_right_", side.isEmpty() ? a[1] : a[0]);
          return combined;
        }));
      }
    }

    PyType[] flagHolder = new PyType[1];
    PyType[] enumHolder = new PyType[1];
    Map<String, Object> meta = ns();
    meta.put("__iter__", BuiltinFunction.of("__iter__", "cls", a ->
        PyIterator.of(canonical(a[0], flagHolder[0]).toArray(), PyIterator.LIST_ITERATOR)));
    meta.put("__reversed__", BuiltinFunction.of("__reversed__", "cls", a -> {
      List<Object> members = canonical(a[0], flagHolder[0]);
      java.util.Collections.reverse(members);
      return PyIterator.of(members.toArray(), PyIterator.LIST_ITERATOR);
    }));
    meta.put("__len__", BuiltinFunction.of("__len__", "cls",
        a -> (long) canonical(a[0], flagHolder[0]).size()));
    meta.put("__contains__", BuiltinFunction.of("__contains__", "cls, member", a -> {
      PyType t = Types.typeOf(a[1]);
      if (!t.isSubtypeOf(enumHolder[0])) {
        throw Errors.typeError("unsupported operand type(s) for 'in': '" + t.name()
            + "' and 'EnumType'");
      }
      return t.isSubtypeOf((PyType) a[0]) && memberMap(a[0]).get(attr(a[1], "_name_")) == a[1];
    }));
    meta.put("__getitem__", BuiltinFunction.of("__getitem__", "cls, name", a -> {
      Object m = memberMap(a[0]).get(a[1]);
      if (m == null) {
        throw Errors.keyError(a[1]);
      }
      return m;
    }));
    meta.put("__repr__", BuiltinFunction.of("__repr__", "cls",
        a -> "<" + (((PyType) a[0]).isSubtypeOf(flagHolder[0]) ? "flag" : "enum") + " '"
            + ((PyType) a[0]).name() + "'>"));
    meta.put("__members__", new Descriptors.GetSet("__members__",
        c -> memberMap(c).copy(), null));
    // Enum('Color', 'RED GREEN'): the functional API makes a new enum class
    meta.put("__call__", BuiltinFunction.of("__call__", "cls, value, names=None, *, module=None,"
        + " qualname=None, type=None, start=1", a -> {
          if (a[2] == PyNone.NONE) {
            return Ops.call(Types.TYPE.lookup("__call__"), new Object[] {a[0], a[1]}, null);
          }
          return functionalEnum((PyType) a[0], a, auto, enumHolder[0]);
        }));
    meta.put("__setattr__", BuiltinFunction.of("__setattr__", "cls, name, value", a -> {
      if (memberMap(a[0]).containsKey(a[1])) {
        throw Errors.attributeError("cannot reassign member " + Ops.repr(a[1]));
      }
      ((PyType) a[0]).setAttribute(Ops.str(a[1]), a[2]);
      return PyNone.NONE;
    }));
    meta.put("__delattr__", BuiltinFunction.of("__delattr__", "cls, name", a -> {
      if (memberMap(a[0]).containsKey(a[1])) {
        throw Errors.attributeError(Ops.repr(((PyType) a[0]).name()) + " cannot delete member "
            + Ops.repr(a[1]) + ".");
      }
      if (!((PyType) a[0]).deleteAttribute(Ops.str(a[1]))) {
        throw Errors.attributeError("type object '" + ((PyType) a[0]).name()
            + "' has no attribute '" + Ops.str(a[1]) + "'");
      }
      return PyNone.NONE;
    }));
    PyType enumType = PyType.createMetaclass("EnumType", meta);

    Map<String, Object> e = ns();
    e.put("__init_subclass__", new Descriptors.ClassMethod(BuiltinFunction.of(
        "__init_subclass__", "cls, **kwargs", a -> {
          makeMembers((PyType) a[0], auto, flagHolder[0], enumHolder[0]);
          return PyNone.NONE;
        })));
    e.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("__new__",
        "cls, value", a -> {
          if (Types.typeOf(a[1]).isSubtypeOf((PyType) a[0])
              && Types.typeOf(a[1]).isSubtypeOf(enumHolder[0])) {
            return a[1]; // Color(Color.RED) is Color.RED
          }
          Object v2m = ((PyType) a[0]).lookup("_value2member_map_");
          Object m = v2m instanceof PyDict ? ((PyDict) v2m).get(a[1]) : null;
          if (m == null) {
            m = missing((PyType) a[0], a[1]);
          }
          return m;
        })));
    e.put("__init__", BuiltinFunction.of("__init__", "self, *args, **kwargs", a -> PyNone.NONE));
    e.put("name", new Descriptors.Property(BuiltinFunction.of("name", "self",
        a -> attr(a[0], "_name_")), readOnly("name"), PyNone.NONE, PyNone.NONE));
    e.put("value", new Descriptors.Property(BuiltinFunction.of("value", "self",
        a -> attr(a[0], "_value_")), readOnly("value"), PyNone.NONE, PyNone.NONE));
    e.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> "<"
        + Types.typeOf(a[0]).name() + "." + attr(a[0], "_name_") + ": "
        + Ops.repr(attr(a[0], "_value_")) + ">"));
    e.put("__str__", BuiltinFunction.of("__str__", "self", a -> Types.typeOf(a[0]).name() + "."
        + attr(a[0], "_name_")));
    e.put("__format__", BuiltinFunction.of("__format__", "self, spec", a ->
        dev.moat.runtime.Formatting.format(Ops.str(a[0]), Ops.str(a[1]))));
    e.put("__hash__", BuiltinFunction.of("__hash__", "self", a -> Ops.hash(attr(a[0],
        "_name_"))));
    e.put("__copy__", BuiltinFunction.of("__copy__", "self", a -> a[0]));
    e.put("__deepcopy__", BuiltinFunction.of("__deepcopy__", "self, memo", a -> a[0]));
    e.put("__reduce_ex__", BuiltinFunction.of("__reduce_ex__", "self, proto", a -> {
      throw Errors.typeError("cannot pickle enum members");
    }));
    PyType enumBase = PyType.createClass("Enum", new PyType[0], e);
    enumBase.setMetaclass(enumType);
    enumHolder[0] = enumBase;
    PyType flag = FlagSupport.create(enumBase, ns());
    flag.setMetaclass(enumType);
    flagHolder[0] = flag;

    // ReprEnum: str() and format() are the data type's, repr() stays the enum's
    Map<String, Object> re = ns();
    re.put("__str__", BuiltinFunction.of("__str__", "self",
        a -> Ops.str(ValueSubclass.unwrap(a[0]))));
    re.put("__format__", BuiltinFunction.of("__format__", "self, spec", a ->
        dev.moat.runtime.Formatting.format(ValueSubclass.unwrap(a[0]), Ops.str(a[1]))));
    PyType reprEnum = enumClass("ReprEnum", new PyType[] {enumBase}, re, enumType, null);
    PyType intEnum = enumClass("IntEnum", new PyType[] {Types.INT, reprEnum}, ns(), enumType,
        enumBase);
    Map<String, Object> se = ns();
    se.put("_generate_next_value_", new Descriptors.StaticMethod(BuiltinFunction.of(
        "_generate_next_value_", "name, start, count, last_values",
        a -> Ops.str(a[0]).toLowerCase(java.util.Locale.ROOT))));
    PyType strEnum = enumClass("StrEnum", new PyType[] {Types.STR, reprEnum}, se, enumType,
        enumBase);
    Map<String, Object> intFlagNs = ns();
    FlagSupport.flagMethods(intFlagNs);
    PyType intFlag = enumClass("IntFlag", new PyType[] {Types.INT, reprEnum, flag}, intFlagNs,
        enumType, enumBase);

    return ModuleBuilder.named("enum")
        .constant("Enum", enumBase)
        .constant("Flag", flag)
        .constant("ReprEnum", reprEnum)
        .constant("IntEnum", intEnum)
        .constant("StrEnum", strEnum)
        .constant("IntFlag", intFlag)
        .constant("EnumType", enumType)
        .constant("EnumMeta", enumType)
        .constant("auto", auto)
        .function("unique", "enumeration", a -> {
          List<String> dups = new ArrayList<>();
          for (PyDict.Entry en : memberMap(a[0]).entries()) {
            if (!attr(en.value, "_name_").equals(en.key)) {
              dups.add(en.key + " -> " + attr(en.value, "_name_"));
            }
          }
          if (!dups.isEmpty()) {
            throw Errors.valueError("duplicate values found in " + Ops.repr(a[0]) + ": "
                + String.join(", ", dups));
          }
          return a[0];
        })
        .build();
  }

  /** The member {@code _missing_} gives for an unknown value, or CPython's ValueError. */
  private static Object missing(PyType cls, Object value) {
    Object hook = cls.lookup("_missing_");
    Object found = PyNone.NONE;
    if (hook instanceof Descriptors.ClassMethod) {
      found = Ops.call(((Descriptors.ClassMethod) hook).function, new Object[] {cls, value},
          null);
    }
    if (found == PyNone.NONE) {
      throw Errors.valueError(Ops.repr(value) + " is not a valid " + cls.qualname());
    }
    if (!Types.isInstance(found, cls)) {
      throw Errors.typeError("error in " + cls.name() + "._missing_: returned "
          + Ops.repr(found) + " instead of None or a valid member");
    }
    return found;
  }

  /** {@code Enum(name, names, module=, qualname=, type=, start=)}. */
  private static Object functionalEnum(PyType base, Object[] a, PyType auto, PyType enumBase) {
    PyDict ns = new PyDict();
    ns.put("__module__", a[3] == PyNone.NONE ? "__main__" : a[3]);
    long start = Ops.asIndex(a[6], "start must be an int");
    Object names = a[2];
    if (ValueSubclass.unwrapStr(names) instanceof String) {
      PyList split = new PyList();
      for (String n : ((String) ValueSubclass.unwrapStr(names)).replace(',', ' ').trim()
          .split("\\s+")) {
        if (!n.isEmpty()) {
          split.append(n);
        }
      }
      names = split;
    }
    if (names instanceof PyDict) {
      for (PyDict.Entry en : ((PyDict) names).entries()) {
        ns.put(en.key, en.value);
      }
    } else {
      long i = start;
      for (Object item : dev.moat.runtime.Builtins.toArray(names)) {
        if (ValueSubclass.unwrapStr(item) instanceof String) {
          // auto() follows the class's own rule (powers of two for flags, names for StrEnum)
          ns.put(item, start == 1 ? Ops.call(auto, new Object[0], null) : (Object) i);
          i++;
        } else {
          Object[] pair = dev.moat.runtime.Builtins.toArray(item);
          ns.put(pair[0], pair[1]);
        }
      }
    }
    PyType[] bases = a[5] == PyNone.NONE ? new PyType[] {base}
        : new PyType[] {(PyType) a[5], base};
    Object cls = dev.moat.runtime.ClassCalls.build(base.type(), Ops.str(a[1]), bases, ns, null,
        null);
    if (a[4] != PyNone.NONE && cls instanceof PyType) {
      ((PyType) cls).setQualname(Ops.str(a[4]));
    }
    return cls;
  }

  /** A library enum class (no members) with the enum metaclass. */
  private static PyType enumClass(String name, PyType[] bases, Map<String, Object> ns,
      PyType meta, PyType enumBase) {
    PyType t = PyType.createClass(name, bases, ns);
    t.setMetaclass(meta);
    if (enumBase != null) {
      useEnumMethods(t, enumBase);
    }
    return t;
  }

  /**
   * With a data type mixed in ({@code class Color(str, Enum)}), the data type comes first in
   * the MRO; as in CPython, repr/str/format found on the data type (or object) are replaced by
   * the enum's own, so members still show as enum members.
   */
  private static void useEnumMethods(PyType cls, PyType enumBase) {
    if (cls.solidBase() == Types.OBJECT) {
      return;
    }
    // calling the class looks a member up: the enum's __new__, never the data type's
    for (PyType t : cls.mro()) {
      Object n = t.dict().get("__new__");
      if (t.isSubtypeOf(enumBase) && n != null && !isScriptFunction(n)) {
        cls.setAttribute("__new__", n);
        break;
      }
    }
    for (String name : new String[] {"__repr__", "__str__", "__format__"}) {
      if (cls.dict().containsKey(name) || Ops.isOverride(cls.lookup(name))) {
        continue;
      }
      for (PyType t : cls.mro()) {
        if (t != cls && t.isSubtypeOf(enumBase) && t.dict().containsKey(name)) {
          cls.setAttribute(name, t.dict().get(name));
          break;
        }
      }
    }
  }

  /** The value of {@code a | b} (or {@code & ^}) written with auto() operands in a class body. */
  private static Object combinedAuto(Object v, Map<Object, Object> autoValues) {
    if (v instanceof Long) {
      return v;
    }
    PyInstance inst = (PyInstance) v;
    Object op = inst.dict().getStr("_op_");
    if (op == null) {
      Object known = autoValues.get(v);
      if (known == null) {
        throw Errors.typeError("auto() used before it was given a value");
      }
      return known;
    }
    Object l = combinedAuto(inst.dict().getStr("_left_"), autoValues);
    Object r = combinedAuto(inst.dict().getStr("_right_"), autoValues);
    if (!(l instanceof Long) || !(r instanceof Long)) {
      throw Errors.typeError("auto() values combined in an enum body must be ints");
    }
    long x = (Long) l;
    long y = (Long) r;
    return op.equals("or") ? x | y : op.equals("and") ? x & y : x ^ y;
  }

  /** The members a class iterates over: no aliases, and for a flag only single-bit members. */
  static List<Object> canonical(Object cls, PyType flag) {
    boolean isFlag = flag != null && ((PyType) cls).isSubtypeOf(flag);
    List<Object> members = new ArrayList<>();
    for (PyDict.Entry e : memberMap(cls).entries()) {
      if (attr(e.value, "_name_").equals(e.key)
          && (!isFlag || FlagSupport.isSingleBit(attr(e.value, "_value_")))) {
        members.add(e.value);
      }
    }
    return members;
  }

  /** The setter of a member's {@code name}/{@code value}: always refuses, as CPython's. */
  private static BuiltinFunction readOnly(String attr) {
    return BuiltinFunction.of(attr, "self, value", a -> {
      throw Errors.attributeError("<enum 'Enum'> cannot set attribute '" + attr + "'");
    });
  }

  private static boolean isDescriptor(Object v) {
    return v instanceof dev.moat.runtime.PyFunction || v instanceof BuiltinFunction
        || v instanceof Descriptors.Property || v instanceof Descriptors.StaticMethod
        || v instanceof Descriptors.ClassMethod || v instanceof PyType
        || v instanceof Descriptors.GetSet;
  }

  /** Turns the class's plain attributes into members (aliases for repeated values). */
  private static void makeMembers(PyType cls, PyType auto, PyType flag, PyType enumBase) {
    boolean isFlag = flag != null && cls.isSubtypeOf(flag);
    PyDict members = new PyDict();
    PyDict byValue = new PyDict();
    PyList names = new PyList();
    // members of a base enum are inherited
    for (PyType base : cls.mro()) {
      if (base != cls && base.dict().get("_member_map_") instanceof PyDict
          && ((PyDict) base.dict().get("_member_map_")).size() > 0) {
        throw Errors.typeError("<enum '" + cls.name() + "'> cannot extend <enum '"
            + base.name() + "'>");
      }
    }
    Object memberNew = memberNew(cls);
    if (memberNew != null && cls.dict().get("__new__") != null) {
      // a __new__ in the body makes members; calling the class looks members up
      cls.setAttribute("_new_member_", memberNew);
      cls.deleteAttribute("__new__");
    }
    useEnumMethods(cls, enumBase);
    Object generate = nextValueFunction(cls, isFlag);
    PyType dataType = cls.solidBase();
    boolean strEnum = dataType == Types.STR && isLibraryStrEnum(cls);
    Object last = null;
    PyList lastValues = new PyList();
    Map<Object, Object> autoValues = new java.util.IdentityHashMap<>();
    for (Map.Entry<String, Object> en : new ArrayList<>(cls.dict().entrySet())) {
      String n = en.getKey();
      Object v = en.getValue();
      if (n.startsWith("_") || isDescriptor(v)) {
        continue;
      }
      if (v instanceof PyInstance && ((PyInstance) v).type() == auto
          && ((PyInstance) v).dict().getStr("_op_") != null) {
        v = combinedAuto(v, autoValues);
      } else if (v instanceof PyInstance && ((PyInstance) v).type() == auto) {
        Object self = v;
        if (generate != null) {
          v = Ops.call(generate, new Object[] {n, 1L, (long) names.size(),
              PyList.copyOf(lastValues)}, null);
        } else if (isFlag) {
          if (last instanceof Long && Long.highestOneBit((Long) last) >= 1L << 62) {
            throw FlagSupport.tooWide();
          }
          v = last instanceof Long && (Long) last > 0
              ? Long.valueOf(Long.highestOneBit((Long) last) << 1) : Long.valueOf(1L);
        } else {
          v = last instanceof Long ? (Long) last + 1 : Long.valueOf(1L);
        }
        autoValues.put(self, v);
      }
      if (isFlag) {
        FlagSupport.checkValue(v);
      }
      if (strEnum) {
        checkStrValue(v);
      }
      last = v;
      lastValues.append(v);
      // the value's arguments: a tuple value is spread (for __new__ and __init__)
      Object[] args = v instanceof PyTuple && !(v instanceof PyTuple.Sub)
          ? ((PyTuple) v).array() : new Object[] {v};
      Object m;
      if (memberNew != null) {
        m = Ops.call(memberNew, prepend(cls, args), null);
      } else if (dataType != Types.OBJECT) {
        Object dataNew = dataType.lookup("__new__");
        m = Ops.call(((Descriptors.StaticMethod) dataNew).function, prepend(cls, args), null);
      } else {
        m = cls.newInstance();
      }
      PyDict md = ownDict(m);
      if (md == null || !Types.typeOf(m).isSubtypeOf(cls)) {
        throw Errors.typeError("enum member " + n + " of " + cls.name()
            + " must be an instance of the class");
      }
      if (md.getStr("_value_") == null) {
        md.put("_value_", memberNew == null && m instanceof ValueSubclass
            ? ((ValueSubclass) m).value() : v);
      }
      Object value = md.getStr("_value_");
      Object existing = byValue.get(value);
      Object member;
      if (existing != null) {
        member = existing;
      } else {
        md.put("_name_", n);
        Ops.callMethod(cls.lookup("__init__"), m, args);
        byValue.put(value, m);
        if (!isFlag || FlagSupport.isSingleBit(value)) {
          names.append(n);
        }
        member = m;
      }
      members.put(n, member);
      cls.setAttribute(n, member);
    }
    cls.setAttribute("_member_map_", members);
    cls.setAttribute("_value2member_map_", byValue);
    cls.setAttribute("_member_names_", names);
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** A {@code __new__} written in the class (or a base enum without members), or null. */
  private static Object memberNew(PyType cls) {
    for (PyType t : cls.mro()) {
      Object stashed = t.dict().get("_new_member_");
      if (stashed != null) {
        return stashed;
      }
      Object n = t.dict().get("__new__");
      if (isScriptFunction(n)) {
        return ((Descriptors.StaticMethod) n).function;
      }
      if (n != null) {
        return null; // a library class's own __new__ (Enum's lookup, a data type's)
      }
    }
    return null;
  }

  private static boolean isScriptFunction(Object staticMethod) {
    return staticMethod instanceof Descriptors.StaticMethod
        && ((Descriptors.StaticMethod) staticMethod).function
            instanceof dev.moat.runtime.PyFunction;
  }

  /** The {@code _generate_next_value_} that auto() uses, or null for the built-in rule. */
  private static Object nextValueFunction(PyType cls, boolean isFlag) {
    Object g = cls.lookup("_generate_next_value_");
    if (g instanceof Descriptors.StaticMethod) {
      g = ((Descriptors.StaticMethod) g).function;
    }
    if (g instanceof dev.moat.runtime.PyFunction || (!isFlag && g != null)) {
      return g;
    }
    return null;
  }

  private static boolean isLibraryStrEnum(PyType cls) {
    for (PyType t : cls.mro()) {
      if (t.name().equals("StrEnum") && "enum".equals(t.dict().get("__module__"))) {
        return true;
      }
    }
    return false;
  }

  /** StrEnum members must be strings (CPython checks before making the member). */
  private static void checkStrValue(Object v) {
    if (v instanceof PyTuple && !(v instanceof PyTuple.Sub)) {
      PyTuple t = (PyTuple) v;
      if (t.size() > 3) {
        throw Errors.typeError("too many arguments for str(): " + Ops.repr(v));
      }
      if (t.size() > 0 && !Types.isInstance(t.get(0), Types.STR)) {
        throw Errors.typeError(Ops.repr(t.get(0)) + " is not a string");
      }
      return;
    }
    if (!Types.isInstance(v, Types.STR)) {
      throw Errors.typeError(Ops.repr(v) + " is not a string");
    }
  }
}
