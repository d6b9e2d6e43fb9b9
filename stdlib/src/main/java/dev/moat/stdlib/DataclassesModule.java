package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dataclasses}: the {@code @dataclass} decorator (init, repr, eq, order, frozen,
 * unsafe_hash, match_args), {@code field}, {@code fields}, {@code asdict}, {@code astuple},
 * {@code replace}, {@code is_dataclass} and {@code FrozenInstanceError}. Fields come from the
 * class's annotations, base dataclasses first; ClassVar annotations are not fields.
 */
public final class DataclassesModule implements ModuleProvider {
  private static final String FIELDS = "__dataclass_fields__";

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
  private Object missing;
  /** The dataclasses made with {@code frozen=True} (for the inheritance checks). */
  private final Set<PyType> frozenClasses = Collections.newSetFromMap(new IdentityHashMap<>());

  private static Object get(Object o, String n) {
    return ((PyInstance) o).dict().getStr(n);
  }

  @Override
  public PyModule create(String name) {
    // the provider is shared by every interpreter; the module's classes live in a fresh instance
    return new DataclassesModule().build();
  }

  private PyModule build() {
    Map<String, Object> mm = ns();
    mm.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> "<dataclasses._MISSING_TYPE"
        + " object>"));
    missing = PyType.createClass("_MISSING_TYPE", new PyType[0], mm).newInstance();
    Map<String, Object> f = ns();
    f.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> "Field(name="
        + Ops.repr(get(a[0], "name")) + ",type=" + Ops.repr(get(a[0], "type")) + ",default="
        + Ops.repr(get(a[0], "default")) + ",default_factory="
        + Ops.repr(get(a[0], "default_factory")) + ",init=" + Ops.repr(get(a[0], "init"))
        + ",repr=" + Ops.repr(get(a[0], "repr")) + ",compare=" + Ops.repr(get(a[0], "compare"))
        + ")"));
    fieldType = PyType.createClass("Field", new PyType[0], f);
    Map<String, Object> fe = ns();
    frozenError = PyType.createClass("FrozenInstanceError", new PyType[] {
        ExceptionTypes.ATTRIBUTE_ERROR}, fe);

    return ModuleBuilder.named("dataclasses")
        .constant("MISSING", missing)
        .constant("Field", fieldType)
        .constant("FrozenInstanceError", frozenError)
        .function("field", "*, default=?, default_factory=?, init=True, repr=True, hash=None,"
            + " compare=True, metadata=None, kw_only=False", a -> {
              if (a[0] != Signature.MISSING && a[1] != Signature.MISSING) {
                throw Errors.valueError("cannot specify both default and default_factory");
              }
              return newField(null, PyNone.NONE, a[0] == Signature.MISSING ? missing : a[0],
                  a[1] == Signature.MISSING ? missing : a[1], a[2], a[3], a[5]);
            })
        .function("dataclass", "cls=None, /, *, init=True, repr=True, eq=True, order=False,"
            + " unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False",
            a -> {
              boolean[] opts = {Ops.truth(a[1]), Ops.truth(a[2]), Ops.truth(a[3]),
                  Ops.truth(a[4]), Ops.truth(a[5]), Ops.truth(a[6]), Ops.truth(a[7])};
              if (a[0] == PyNone.NONE) {
                return BuiltinFunction.of("wrap", "cls", b -> process((PyType) b[0], opts));
              }
              return process((PyType) a[0], opts);
            })
        .function("fields", "class_or_instance", a -> {
          PyDict fs = fieldsOf(a[0]);
          if (fs == null) {
            throw Errors.typeError("must be called with a dataclass type or instance");
          }
          return PyTuple.of(fs.keyList().stream().map(fs::get).toArray());
        })
        .function("is_dataclass", "obj", a -> fieldsOf(a[0]) != null)
        .function("asdict", "obj, *, dict_factory=?", a -> {
          requireInstance(a[0], "asdict()");
          return convert(a[0], true);
        })
        .function("astuple", "obj, *, tuple_factory=?", a -> {
          requireInstance(a[0], "astuple()");
          return convert(a[0], false);
        })
        .function("replace", "obj, /, **changes", a -> {
          PyDict fs = fieldsOf(a[0]);
          if (fs == null || a[0] instanceof PyType) {
            throw Errors.typeError("replace() should be called on dataclass instances");
          }
          PyDict changes = ((PyDict) a[1]).copy();
          List<String> kn = new ArrayList<>();
          List<Object> kv = new ArrayList<>();
          for (PyDict.Entry e : fs.entries()) {
            if (!Ops.truth(get(e.value, "init"))) {
              if (changes.containsKey(e.key)) {
                throw Errors.valueError("field " + e.key + " is declared with init=False, it"
                    + " cannot be specified with replace()");
              }
              continue;
            }
            Object v = changes.remove(e.key);
            kn.add((String) e.key);
            kv.add(v != null ? v : Ops.getAttr(a[0], (String) e.key));
          }
          for (PyDict.Entry e : changes.entries()) {
            kn.add((String) e.key);
            kv.add(e.value);
          }
          return Ops.call(Types.typeOf(a[0]), kv.toArray(), kn.toArray(new String[0]));
        })
        .build();
  }

  private void requireInstance(Object o, String what) {
    if (fieldsOf(o) == null || o instanceof PyType) {
      throw Errors.typeError(what + " should be called on dataclass instances");
    }
  }

  private PyInstance newField(Object fname, Object type, Object dflt, Object factory,
      Object init, Object repr, Object compare) {
    PyInstance f = (PyInstance) fieldType.newInstance();
    PyDict d = f.dict();
    d.put("name", fname == null ? PyNone.NONE : fname);
    d.put("type", type);
    d.put("default", dflt);
    d.put("default_factory", factory);
    d.put("init", init);
    d.put("repr", repr);
    d.put("compare", compare);
    return f;
  }

  private static PyDict fieldsOf(Object o) {
    PyType t = o instanceof PyType ? (PyType) o : Types.typeOf(o);
    Object fs = t.lookup(FIELDS);
    return fs instanceof PyDict ? (PyDict) fs : null;
  }

  private Object convert(Object o, boolean asDict) {
    PyDict fs = fieldsOf(o);
    if (fs != null && !(o instanceof PyType)) {
      if (asDict) {
        PyDict d = new PyDict();
        for (Object k : fs.keyList()) {
          d.put(k, convert(Ops.getAttr(o, (String) k), true));
        }
        return d;
      }
      List<Object> vals = new ArrayList<>();
      for (Object k : fs.keyList()) {
        vals.add(convert(Ops.getAttr(o, (String) k), false));
      }
      return PyTuple.copyOf(vals);
    }
    if (o instanceof PyList) {
      PyList out = new PyList();
      for (Object x : ((PyList) o).toArray()) {
        out.append(convert(x, asDict));
      }
      return out;
    }
    if (o instanceof PyTuple && !(o instanceof PyTuple.Sub)) {
      return PyTuple.of(Arrays.stream(((PyTuple) o).array()).map(x -> convert(x, asDict))
          .toArray());
    }
    if (o instanceof PyDict && o.getClass() == PyDict.class) {
      PyDict out = new PyDict();
      for (PyDict.Entry e : ((PyDict) o).entries()) {
        out.put(convert(e.key, asDict), convert(e.value, asDict));
      }
      return out;
    }
    return CopyModule.copyDeep(o);
  }

  private static boolean isClassVar(Object ann) {
    String s = ann instanceof String ? (String) ann : Ops.repr(ann);
    return s.startsWith("typing.ClassVar") || s.startsWith("ClassVar");
  }

  /** Adds the generated methods to {@code cls}. */
  private Object process(PyType cls, boolean[] o) {
    boolean init = o[0];
    boolean repr = o[1];
    boolean eq = o[2];
    boolean order = o[3];
    boolean unsafeHash = o[4];
    boolean frozen = o[5];
    boolean matchArgs = o[6];
    if (order && !eq) {
      throw Errors.valueError("eq must be true if order is true");
    }
    PyDict fields = new PyDict();
    boolean dataclassBases = false;
    boolean frozenBase = false;
    for (int i = cls.mro().length - 1; i > 0; i--) {
      Object inherited = cls.mro()[i].dict().get(FIELDS);
      if (inherited instanceof PyDict) {
        fields.putAll((PyDict) inherited);
        dataclassBases = true;
        frozenBase |= frozenClasses.contains(cls.mro()[i]);
      }
    }
    if (dataclassBases && frozenBase && !frozen) {
      throw Errors.typeError("cannot inherit non-frozen dataclass from a frozen one");
    }
    if (dataclassBases && !frozenBase && frozen) {
      throw Errors.typeError("cannot inherit frozen dataclass from a non-frozen one");
    }
    Object anns = cls.dict().get("__annotations__");
    if (anns instanceof PyDict) {
      for (PyDict.Entry e : ((PyDict) anns).entries()) {
        String n = (String) e.key;
        if (isClassVar(e.value)) {
          continue;
        }
        Object dflt = cls.dict().get(n);
        PyInstance f;
        if (dflt instanceof PyInstance && ((PyInstance) dflt).type() == fieldType) {
          f = (PyInstance) dflt;
          f.dict().put("name", n);
          f.dict().put("type", e.value);
          Object d = get(f, "default");
          if (d != missing) {
            cls.setAttribute(n, d);
          } else {
            cls.deleteAttribute(n);
          }
        } else {
          if (dflt != null && Ops.getAttr(Types.typeOf(dflt), "__hash__") == PyNone.NONE) {
            throw Errors.valueError("mutable default " + Ops.repr(Types.typeOf(dflt))
                + " for field " + n + " is not allowed: use default_factory");
          }
          f = newField(n, e.value, dflt == null ? missing : dflt, missing, true, true, true);
        }
        fields.put(n, f);
      }
    }
    cls.setAttribute(FIELDS, fields);
    List<String> initNames = new ArrayList<>();
    List<Object> initDefaults = new ArrayList<>();
    boolean seenDefault = false;
    for (PyDict.Entry e : fields.entries()) {
      Object f = e.value;
      if (!Ops.truth(get(f, "init"))) {
        continue;
      }
      boolean hasDefault = get(f, "default") != missing || get(f, "default_factory") != missing;
      if (!hasDefault && seenDefault) {
        throw Errors.typeError("non-default argument '" + e.key + "' follows default argument");
      }
      seenDefault |= hasDefault;
      initNames.add((String) e.key);
      initDefaults.add(f);
    }
    String qual = cls.qualname();
    if (init && !cls.dict().containsKey("__init__")) {
      // the signature counts self, as CPython's messages do
      List<String> sigNames = new ArrayList<>();
      sigNames.add("self");
      sigNames.addAll(initNames);
      Object[] marker = new Object[sigNames.size()];
      for (int i = 1; i < marker.length; i++) {
        Object f = initDefaults.get(i - 1);
        marker[i] = get(f, "default") != missing || get(f, "default_factory") != missing
            ? missing : null;
      }
      Signature sig = new Signature(qual + ".__init__", sigNames, 0, null, List.of(), null,
          marker);
      cls.setAttribute("__init__", BuiltinFunction.of("__init__", "self, *args, **kwargs",
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
            Object[] values = new Object[sigNames.size()];
            sig.bindInto(args, names, marker, values);
            PyDict target = Ops.instanceDict(self) != null ? Ops.instanceDict(self)
                : ((PyInstance) self).dict();
            for (PyDict.Entry en : fields.entries()) {
              Object fd = en.value;
              int idx = initNames.indexOf(en.key);
              Object v = idx >= 0 ? values[idx + 1] : missing;
              if (v == missing) {
                v = get(fd, "default_factory") != missing
                    ? Ops.call(get(fd, "default_factory"), new Object[0], null)
                    : get(fd, "default");
              }
              if (v != missing) {
                target.put(en.key, v);
              }
            }
            Object post = Types.typeOf(self).lookup("__post_init__");
            if (post != null) {
              Ops.callMethod(post, self);
            }
            return PyNone.NONE;
          }));
    }
    if (repr && !cls.dict().containsKey("__repr__")) {
      // a recursive reference to an object being repr'd shows as "..."
      Set<Object> active = Collections.newSetFromMap(new IdentityHashMap<>());
      cls.setAttribute("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
        if (!active.add(a[0])) {
          return "...";
        }
        try {
          return fieldsRepr(a[0], fields);
        } finally {
          active.remove(a[0]);
        }
      }));
    }
    if (eq && !cls.dict().containsKey("__eq__")) {
      cls.setAttribute("__eq__", BuiltinFunction.of("__eq__", "self, other", a ->
          Types.typeOf(a[1]) != Types.typeOf(a[0]) ? PySingleton.NOT_IMPLEMENTED
              : Ops.eq(key(a[0], fields), key(a[1], fields))));
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
                : Ops.compare(key(a[0], fields), key(a[1], fields), cmp)));
      }
    }
    if (frozen) {
      for (String m : new String[] {"__setattr__", "__delattr__"}) {
        if (cls.dict().containsKey(m)) {
          throw Errors.typeError("Cannot overwrite attribute " + m + " in class " + cls.name());
        }
      }
      cls.setAttribute("__setattr__", BuiltinFunction.of("__setattr__", "self, name, value",
          a -> {
            throw frozen("assign to", a[1]);
          }));
      cls.setAttribute("__delattr__", BuiltinFunction.of("__delattr__", "self, name", a -> {
        throw frozen("delete", a[1]);
      }));
      frozenClasses.add(cls);
    }
    // a __hash__ = None that only comes from defining __eq__ in the body is not explicit
    Object ownHash = cls.dict().get("__hash__");
    boolean explicitHash = ownHash != null
        && !(ownHash == PyNone.NONE && cls.dict().containsKey("__eq__"));
    if (unsafeHash && explicitHash) {
      throw Errors.typeError("Cannot overwrite attribute __hash__ in class " + cls.name());
    }
    if (unsafeHash || eq && frozen && !explicitHash) {
      cls.setAttribute("__hash__", BuiltinFunction.of("__hash__", "self",
          a -> Ops.hash(key(a[0], fields))));
    } else if (eq && !explicitHash) {
      cls.setAttribute("__hash__", PyNone.NONE);
    }
    if (matchArgs && !cls.dict().containsKey("__match_args__")) {
      cls.setAttribute("__match_args__", PyTuple.copyOf(initNames));
    }
    return cls;
  }

  private PyException frozen(String verb, Object name) {
    return new PyException((PyBaseException) Ops.call(frozenError,
        new Object[] {"cannot " + verb + " field " + Ops.repr(name)}, null));
  }

  private static String fieldsRepr(Object self, PyDict fields) {
    StringBuilder sb = new StringBuilder(Types.typeOf(self).qualname()).append('(');
    boolean first = true;
    for (PyDict.Entry en : fields.entries()) {
      if (!Ops.truth(get(en.value, "repr"))) {
        continue;
      }
      sb.append(first ? "" : ", ").append(en.key).append('=')
          .append(Ops.repr(Ops.getAttr(self, (String) en.key)));
      first = false;
    }
    return sb.append(')').toString();
  }

  private static PyTuple key(Object self, PyDict fields) {
    List<Object> vals = new ArrayList<>();
    for (PyDict.Entry en : fields.entries()) {
      if (Ops.truth(((PyInstance) en.value).dict().getStr("compare"))) {
        vals.add(Ops.getAttr(self, (String) en.key));
      }
    }
    return PyTuple.copyOf(vals);
  }
}
