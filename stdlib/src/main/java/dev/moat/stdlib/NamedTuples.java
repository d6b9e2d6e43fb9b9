package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code collections.namedtuple}: builds a script class derived from tuple whose fields are
 * read-only attributes, with CPython's {@code __new__} signature and messages, {@code repr},
 * {@code _make}, {@code _asdict}, {@code _replace}, {@code _fields} and {@code _field_defaults}.
 */
public final class NamedTuples {
  private NamedTuples() {}

  static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as",
      "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
      "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
      "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  /** The {@code namedtuple} function. */
  public static final BuiltinFunction FACTORY = BuiltinFunction.of("namedtuple",
      "typename, field_names, *, rename=False, defaults=None, module=None",
      a -> create(a[0], a[1], Ops.truth(a[2]), a[3], a[4]));

  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
      return false;
    }
    return s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) || c == '_');
  }

  static PyType create(Object typenameObj, Object fieldNames, boolean rename, Object defaults,
      Object module) {
    if (!(typenameObj instanceof String)) {
      throw Errors.typeError("namedtuple() argument 'typename' must be str");
    }
    String typename = (String) typenameObj;
    List<String> fields = new ArrayList<>();
    if (fieldNames instanceof String) {
      for (String f : ((String) fieldNames).replace(',', ' ').trim().split("\\s+")) {
        if (!f.isEmpty()) {
          fields.add(f);
        }
      }
    } else {
      for (Object o : Builtins.toArray(fieldNames)) {
        fields.add(Ops.str(o));
      }
    }
    if (rename) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < fields.size(); i++) {
        String f = fields.get(i);
        if (!isIdentifier(f) || KEYWORDS.contains(f) || f.startsWith("_") || !seen.add(f)) {
          fields.set(i, "_" + i);
        }
      }
    }
    List<String> all = new ArrayList<>(fields);
    all.add(0, typename);
    for (String n : all) {
      if (!isIdentifier(n)) {
        throw Errors.valueError("Type names and field names must be valid identifiers: "
            + Ops.repr(n));
      }
      if (KEYWORDS.contains(n)) {
        throw Errors.valueError("Type names and field names cannot be a keyword: "
            + Ops.repr(n));
      }
    }
    Set<String> seen = new HashSet<>();
    for (String f : fields) {
      if (f.startsWith("_") && !rename) {
        throw Errors.valueError("Field names cannot start with an underscore: " + Ops.repr(f));
      }
      if (!seen.add(f)) {
        throw Errors.valueError("Encountered duplicate field name: " + Ops.repr(f));
      }
    }
    Object[] defaultValues = defaults == PyNone.NONE ? new Object[0]
        : Builtins.toArray(defaults).clone();
    if (defaultValues.length > fields.size()) {
      throw Errors.typeError("Got more default values than field names");
    }
    int n = fields.size();
    Object[] slotDefaults = new Object[n];
    PyDict fieldDefaults = new PyDict();
    for (int i = 0; i < defaultValues.length; i++) {
      int slot = n - defaultValues.length + i;
      slotDefaults[slot] = defaultValues[i];
      fieldDefaults.put(fields.get(slot), defaultValues[i]);
    }
    // the signature counts _cls, as CPython's arity messages do
    List<String> sigNames = new ArrayList<>();
    sigNames.add("_cls");
    sigNames.addAll(fields);
    Object[] sigDefaults = new Object[n + 1];
    System.arraycopy(slotDefaults, 0, sigDefaults, 1, n);
    Signature sig = new Signature(typename + ".__new__", sigNames, 0, null, List.of(), null,
        sigDefaults);
    Object[] fieldTuple = fields.toArray();

    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", module == PyNone.NONE ? "__main__" : Ops.str(module));
    ns.put("__doc__", typename + "(" + String.join(", ", fields) + ")");
    ns.put("__slots__", PyTuple.EMPTY);
    ns.put("_fields", PyTuple.of(fieldTuple));
    ns.put("_field_defaults", fieldDefaults);
    ns.put("__match_args__", PyTuple.of(fieldTuple));
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("__new__",
        "_cls, *args, **kwargs", a -> {
          Object[] pos = ((PyTuple) a[1]).array();
          PyDict kw = (PyDict) a[2];
          Object[] args = new Object[1 + pos.length + kw.size()];
          args[0] = a[0];
          System.arraycopy(pos, 0, args, 1, pos.length);
          String[] names = kw.size() == 0 ? null : new String[kw.size()];
          int k = 0;
          for (PyDict.Entry e : kw.entries()) {
            names[k] = (String) e.key;
            args[1 + pos.length + k++] = e.value;
          }
          Object[] values = new Object[n + 1];
          sig.bindInto(args, names, sigDefaults, values);
          return make((PyType) a[0], Arrays.copyOfRange(values, 1, n + 1));
        })));
    ns.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
      PyTuple t = (PyTuple) a[0];
      StringBuilder sb = new StringBuilder(Types.typeOf(t).name()).append('(');
      for (int i = 0; i < n && i < t.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(fields.get(i)).append('=')
            .append(Ops.repr(t.get(i)));
      }
      return sb.append(')').toString();
    }));
    ns.put("_asdict", BuiltinFunction.of("_asdict", "self", a -> {
      PyTuple t = (PyTuple) a[0];
      PyDict d = new PyDict();
      for (int i = 0; i < n; i++) {
        d.put(fields.get(i), t.get(i));
      }
      return d;
    }));
    ns.put("_replace", BuiltinFunction.of("_replace", "self, /, **kwds", a -> {
      PyTuple t = (PyTuple) a[0];
      PyDict kw = ((PyDict) a[1]).copy();
      Object[] values = t.array().clone();
      for (int i = 0; i < n; i++) {
        Object v = kw.remove(fields.get(i));
        if (v != null) {
          values[i] = v;
        }
      }
      if (kw.size() > 0) {
        throw Errors.valueError("Got unexpected field names: " + Ops.repr(
            dev.moat.runtime.PyList.copyOf(kw.keyList())));
      }
      return make(Types.typeOf(t), values);
    }));
    ns.put("__getnewargs__", BuiltinFunction.of("__getnewargs__", "self",
        a -> PyTuple.of(((PyTuple) a[0]).array().clone())));
    for (int i = 0; i < n; i++) {
      int index = i;
      ns.put(fields.get(i), new Descriptors.GetSet(fields.get(i),
          o -> ((PyTuple) o).get(index), (o, v) -> {
            throw Errors.attributeError("can't set attribute");
          }));
    }
    PyType cls = PyType.createClass(typename, new PyType[] {Types.TUPLE}, ns);
    cls.setAttribute("_make", new Descriptors.ClassMethod(BuiltinFunction.of("_make",
        "cls, iterable", a -> {
          Object[] values = Builtins.toArray(a[1]).clone();
          if (values.length != n) {
            throw Errors.typeError("Expected " + n + " arguments, got " + values.length);
          }
          return make((PyType) a[0], values);
        })));
    return cls;
  }

  private static Object make(PyType cls, Object[] values) {
    return Ops.call(Types.TUPLE.lookup("__new__") instanceof Descriptors.StaticMethod
        ? ((Descriptors.StaticMethod) Types.TUPLE.lookup("__new__")).function : null,
        new Object[] {cls, PyTuple.of(values)}, null);
  }
}
