package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code collections.abc}: the abstract base classes. Built-in types count as subclasses the
 * way CPython registers them, and the one-method ABCs (Iterable, Sized, Callable...) accept any
 * class that defines the method. Script classes deriving from Mapping, MutableMapping, Sequence
 * and MutableSequence get the mixin methods.
 */
public final class AbcModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("collections.abc");
  }

  private static boolean has(PyType t, String name) {
    Object m = t.lookup(name);
    return m != null && m != PyNone.NONE;
  }

  private static boolean any(PyType t, PyType... ts) {
    for (PyType x : ts) {
      if (t.isSubtypeOf(x)) {
        return true;
      }
    }
    return false;
  }

  /** An ABC; {@code meta} is the running interpreter's abc.ABCMeta (null outside a run). */
  private static PyType abc(PyType meta, String name, PyType[] bases, Map<String, Object> methods,
      Predicate<PyType> virtual, String... abstracts) {
    Map<String, Object> ns = new LinkedHashMap<>(methods);
    ns.put("__module__", "collections.abc");
    PyType t = PyType.createClass(name, bases, ns);
    if (meta != null) {
      AbcCoreModule.adopt(meta, t, virtual, abstracts);
    } else {
      t.setVirtualSubclasses(virtual);
    }
    return t;
  }

  private static Map<String, Object> methods(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Override
  public PyModule create(String name) {
    PyType meta = AbcCoreModule.currentAbcMeta();
    PyType iterable = abc(meta, "Iterable", new PyType[0], methods(), t -> has(t, "__iter__"),
        "__iter__");
    PyType iterator = abc(meta, "Iterator", new PyType[] {iterable}, methods(
        "__iter__", BuiltinFunction.of("__iter__", "self", a -> a[0])),
        t -> has(t, "__iter__") && has(t, "__next__"), "__next__");
    PyType reversible = abc(meta, "Reversible", new PyType[] {iterable}, methods(),
        t -> has(t, "__reversed__") && has(t, "__iter__"), "__iter__", "__reversed__");
    PyType generator = abc(meta, "Generator", new PyType[] {iterator}, methods(),
        t -> t == PyIterator.GENERATOR, "send", "throw");
    PyType sized = abc(meta, "Sized", new PyType[0], methods(), t -> has(t, "__len__"), "__len__");
    PyType container = abc(meta, "Container", new PyType[0], methods(),
        t -> has(t, "__contains__"), "__contains__");
    PyType hashable = abc(meta, "Hashable", new PyType[0], methods(), t -> has(t, "__hash__"),
        "__hash__");
    PyType callable = abc(meta, "Callable", new PyType[0], methods(), t -> has(t, "__call__")
        || any(t, Types.FUNCTION, Types.BUILTIN_FUNCTION, Types.METHOD, Types.TYPE),
        "__call__");
    PyType collection = abc(meta, "Collection", new PyType[] {sized, iterable, container},
        methods(), t -> has(t, "__len__") && has(t, "__iter__") && has(t, "__contains__"),
        "__contains__", "__iter__", "__len__");
    PyType sequence = abc(meta, "Sequence", new PyType[] {reversible, collection}, sequenceMixins(),
        t -> any(t, Types.LIST, Types.TUPLE, Types.STR, Types.RANGE, Types.BYTES),
        "__getitem__", "__len__");
    PyType mutableSequence = abc(meta, "MutableSequence", new PyType[] {sequence},
        mutableSequenceMixins(), t -> t.isSubtypeOf(Types.LIST),
        "__delitem__", "__getitem__", "__len__", "__setitem__", "insert");
    PyType set = abc(meta, "Set", new PyType[] {collection}, methods(),
        t -> any(t, Types.SET, Types.FROZENSET, Types.DICT_KEYS, Types.DICT_ITEMS),
        "__contains__", "__iter__", "__len__");
    PyType mutableSet = abc(meta, "MutableSet", new PyType[] {set}, methods(),
        t -> t.isSubtypeOf(Types.SET), "__contains__", "__iter__", "__len__", "add", "discard");
    PyType mapping = abc(meta, "Mapping", new PyType[] {collection}, mappingMixins(),
        t -> t.isSubtypeOf(Types.DICT), "__getitem__", "__iter__", "__len__");
    PyType mutableMapping = abc(meta, "MutableMapping", new PyType[] {mapping},
        mutableMappingMixins(), t -> t.isSubtypeOf(Types.DICT),
        "__delitem__", "__getitem__", "__iter__", "__len__", "__setitem__");
    PyType mappingView = abc(meta, "MappingView", new PyType[] {sized}, methods(),
        t -> any(t, Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS));
    PyType keysView = abc(meta, "KeysView", new PyType[] {mappingView, set}, methods(),
        t -> t.isSubtypeOf(Types.DICT_KEYS));
    PyType itemsView = abc(meta, "ItemsView", new PyType[] {mappingView, set}, methods(),
        t -> t.isSubtypeOf(Types.DICT_ITEMS));
    PyType valuesView = abc(meta, "ValuesView", new PyType[] {mappingView, collection}, methods(),
        t -> t.isSubtypeOf(Types.DICT_VALUES));
    ModuleBuilder b = ModuleBuilder.named("collections.abc");
    for (PyType t : new PyType[] {iterable, iterator, reversible, generator, sized, container,
        hashable, callable, collection, sequence, mutableSequence, set, mutableSet, mapping,
        mutableMapping, mappingView, keysView, itemsView, valuesView}) {
      b.constant(t.name(), t);
    }
    return b.build();
  }

  private static Object call(Object self, String method, Object... args) {
    return Ops.call(Ops.getAttr(self, method), args, null);
  }

  private static boolean missingKey(dev.moat.runtime.PyException e) {
    return e.isInstance(dev.moat.runtime.ExceptionTypes.KEY_ERROR);
  }

  private static Map<String, Object> mappingMixins() {
    return methods(
        "get", BuiltinFunction.of("get", "self, key, default=None", a -> {
          try {
            return Ops.getItem(a[0], a[1]);
          } catch (dev.moat.runtime.PyException e) {
            if (missingKey(e)) {
              return a[2];
            }
            throw e;
          }
        }),
        "__contains__", BuiltinFunction.of("__contains__", "self, key", a -> {
          try {
            Ops.getItem(a[0], a[1]);
            return true;
          } catch (dev.moat.runtime.PyException e) {
            if (missingKey(e)) {
              return false;
            }
            throw e;
          }
        }),
        "keys", BuiltinFunction.of("keys", "self", a -> PyList.copyOf(java.util.Arrays.asList(
            dev.moat.runtime.Builtins.toArray(a[0])))),
        "items", BuiltinFunction.of("items", "self", a -> {
          PyList out = new PyList();
          for (Object k : dev.moat.runtime.Builtins.toArray(a[0])) {
            out.append(dev.moat.runtime.PyTuple.of(k, Ops.getItem(a[0], k)));
          }
          return out;
        }),
        "values", BuiltinFunction.of("values", "self", a -> {
          PyList out = new PyList();
          for (Object k : dev.moat.runtime.Builtins.toArray(a[0])) {
            out.append(Ops.getItem(a[0], k));
          }
          return out;
        }),
        "__eq__", BuiltinFunction.of("__eq__", "self, other", a -> {
          if (!dev.moat.runtime.Builtins.isInstance(a[1], Types.typeOf(a[0]).mro()[0])
              && !(a[1] instanceof PyDict)) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          PyDict mine = new PyDict();
          PyDict theirs = new PyDict();
          dev.moat.runtime.Builtins.dictUpdate(mine, call(a[0], "items"));
          dev.moat.runtime.Builtins.dictUpdate(theirs, a[1] instanceof PyDict ? a[1]
              : call(a[1], "items"));
          return mine.equals(theirs);
        }));
  }

  private static Map<String, Object> mutableMappingMixins() {
    return methods(
        "pop", BuiltinFunction.of("pop", "self, key, default=?", a -> {
          try {
            Object v = Ops.getItem(a[0], a[1]);
            Ops.delItem(a[0], a[1]);
            return v;
          } catch (dev.moat.runtime.PyException e) {
            if (missingKey(e) && a[2] != dev.moat.runtime.Signature.MISSING) {
              return a[2];
            }
            throw e;
          }
        }),
        "setdefault", BuiltinFunction.of("setdefault", "self, key, default=None", a -> {
          try {
            return Ops.getItem(a[0], a[1]);
          } catch (dev.moat.runtime.PyException e) {
            if (!missingKey(e)) {
              throw e;
            }
            Ops.setItem(a[0], a[1], a[2]);
            return a[2];
          }
        }),
        "update", BuiltinFunction.of("update", "self, other=?, /, **kwds", a -> {
          PyDict tmp = new PyDict();
          if (a[1] != dev.moat.runtime.Signature.MISSING) {
            dev.moat.runtime.Builtins.dictUpdate(tmp, a[1]);
          }
          tmp.putAll((PyDict) a[2]);
          for (PyDict.Entry e : tmp.entries()) {
            Ops.setItem(a[0], e.key, e.value);
          }
          return PyNone.NONE;
        }),
        "clear", BuiltinFunction.of("clear", "self", a -> {
          for (Object k : dev.moat.runtime.Builtins.toArray(a[0])) {
            Ops.delItem(a[0], k);
          }
          return PyNone.NONE;
        }),
        "popitem", BuiltinFunction.of("popitem", "self", a -> {
          Object[] keys = dev.moat.runtime.Builtins.toArray(a[0]);
          if (keys.length == 0) {
            throw Errors.keyError(PyNone.NONE);
          }
          Object v = Ops.getItem(a[0], keys[0]);
          Ops.delItem(a[0], keys[0]);
          return dev.moat.runtime.PyTuple.of(keys[0], v);
        }));
  }

  private static Map<String, Object> sequenceMixins() {
    return methods(
        "__iter__", BuiltinFunction.of("__iter__", "self", a -> {
          Object self = a[0];
          return new PyIterator(PyIterator.SEQ_ITERATOR) {
            long i;
            boolean done;

            @Override
            public Object next() {
              if (done) {
                return null;
              }
              try {
                return Ops.getItem(self, i++);
              } catch (dev.moat.runtime.PyException e) {
                if (e.isInstance(dev.moat.runtime.ExceptionTypes.INDEX_ERROR)) {
                  done = true;
                  return null;
                }
                throw e;
              }
            }
          };
        }),
        "__contains__", BuiltinFunction.of("__contains__", "self, value", a -> {
          for (Object v : dev.moat.runtime.Builtins.toArray(a[0])) {
            if (Ops.eq(v, a[1])) {
              return true;
            }
          }
          return false;
        }),
        "__reversed__", BuiltinFunction.of("__reversed__", "self", a -> {
          Object[] items = dev.moat.runtime.Builtins.toArray(a[0]);
          PyList l = new PyList();
          for (int i = items.length - 1; i >= 0; i--) {
            l.append(items[i]);
          }
          return Ops.iter(l);
        }),
        "index", BuiltinFunction.of("index", "self, value, start=0, stop=None", a -> {
          Object[] items = dev.moat.runtime.Builtins.toArray(a[0]);
          long start = Ops.asIndex(a[2], "slice indices must be integers");
          long stop = a[3] == PyNone.NONE ? items.length : Ops.asIndex(a[3],
              "slice indices must be integers");
          if (start < 0) {
            start = Math.max(0, start + items.length);
          }
          if (stop < 0) {
            stop += items.length;
          }
          for (long i = start; i < Math.min(stop, items.length); i++) {
            if (Ops.eq(items[(int) i], a[1])) {
              return i;
            }
          }
          throw Errors.valueError("sequence.index(x): x not in sequence");
        }),
        "count", BuiltinFunction.of("count", "self, value", a -> {
          long n = 0;
          for (Object v : dev.moat.runtime.Builtins.toArray(a[0])) {
            if (Ops.eq(v, a[1])) {
              n++;
            }
          }
          return n;
        }));
  }

  private static Map<String, Object> mutableSequenceMixins() {
    return methods(
        "append", BuiltinFunction.of("append", "self, value", a -> {
          call(a[0], "insert", (long) Ops.len(a[0]), a[1]);
          return PyNone.NONE;
        }),
        "extend", BuiltinFunction.of("extend", "self, values", a -> {
          for (Object v : dev.moat.runtime.Builtins.toArray(a[1])) {
            call(a[0], "append", v);
          }
          return PyNone.NONE;
        }),
        "pop", BuiltinFunction.of("pop", "self, index=-1", a -> {
          Object v = Ops.getItem(a[0], a[1]);
          Ops.delItem(a[0], a[1]);
          return v;
        }),
        "remove", BuiltinFunction.of("remove", "self, value", a -> {
          Object i = call(a[0], "index", a[1]);
          Ops.delItem(a[0], i);
          return PyNone.NONE;
        }),
        "reverse", BuiltinFunction.of("reverse", "self", a -> {
          int n = Ops.len(a[0]);
          for (int i = 0; i < n / 2; i++) {
            Object x = Ops.getItem(a[0], (long) i);
            Object y = Ops.getItem(a[0], (long) (n - 1 - i));
            Ops.setItem(a[0], (long) i, y);
            Ops.setItem(a[0], (long) (n - 1 - i), x);
          }
          return PyNone.NONE;
        }),
        "__iadd__", BuiltinFunction.of("__iadd__", "self, values", a -> {
          call(a[0], "extend", a[1]);
          return a[0];
        }));
  }
}
