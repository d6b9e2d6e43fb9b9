package dev.moat.stdlib;

import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code collections.ChainMap}: a view over a list of mappings searched in order; writes and
 * deletions go to the first mapping.
 */
final class ChainMaps {
  private ChainMaps() {}

  private static final Object NONE = PyNone.NONE;

  /** A ChainMap instance: its {@code maps} list. */
  static final class Chain extends PyInstance {
    Object maps = new PyList();

    Chain(PyType t) {
      super(t);
    }

    Object[] maps() {
      return Builtins.toArray(maps);
    }
  }

  static final PyType CHAINMAP;

  private static Chain c(Object[] a) {
    return (Chain) a[0];
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  /** The value for {@code key}, or null when no mapping holds it. */
  private static Object lookup(Chain ch, Object key) {
    for (Object m : ch.maps()) {
      try {
        return Ops.getItem(m, key);
      } catch (PyException e) {
        if (!e.isInstance(ExceptionTypes.KEY_ERROR)) {
          throw e;
        }
      }
    }
    return null;
  }

  /** Keys in iteration order (last mapping first, as CPython), with their chained values. */
  private static PyDict merged(Chain ch) {
    PyDict keys = new PyDict();
    Object[] maps = ch.maps();
    for (int i = maps.length - 1; i >= 0; i--) {
      PyIterator it = Ops.iter(maps[i]);
      for (Object k = it.next(); k != null; k = it.next()) {
        keys.put(k, NONE);
      }
    }
    PyDict r = new PyDict();
    for (PyDict.Entry e : keys.entries()) {
      Object v = lookup(ch, e.key);
      r.put(e.key, v == null ? NONE : v);
    }
    return r;
  }

  private static Object invoke(Object o, String name, Object... args) {
    return Ops.call(Ops.getAttr(o, name), args, null);
  }

  private static Object make(PyType t, Object[] maps) {
    return Ops.call(t, maps, null);
  }

  private static Object first(Chain ch) {
    Object[] maps = ch.maps();
    if (maps.length == 0) {
      throw Errors.indexError("list index out of range");
    }
    return maps[0];
  }

  private static PyException notInFirst(Object key) {
    return Errors.keyError("Key not found in the first mapping: " + Ops.repr(key));
  }

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "collections");
    ns.put("__new__", new Descriptors.StaticMethod(fn("ChainMap", "cls, *args, **kwargs",
        a -> new Chain((PyType) a[0]))));
    ns.put("__init__", fn("__init__", "self, *maps", a -> {
      Object[] maps = ((PyTuple) a[1]).array();
      c(a).maps = maps.length == 0 ? PyList.of(new PyDict()) : PyList.of(maps.clone());
      return NONE;
    }));
    ns.put("maps", new Descriptors.GetSet("maps", o -> ((Chain) o).maps,
        (o, v) -> ((Chain) o).maps = v));
    ns.put("__getitem__", fn("__getitem__", "self, key, /", a -> {
      Object v = lookup(c(a), a[1]);
      if (v != null) {
        return v;
      }
      return invoke(a[0], "__missing__", a[1]);
    }));
    ns.put("__missing__", fn("__missing__", "self, key, /", a -> {
      throw Errors.keyError(a[1]);
    }));
    ns.put("get", fn("get", "self, key, default=None, /", a -> {
      Object v = Ops.contains(a[0], a[1]) ? Ops.getItem(a[0], a[1]) : a[2];
      return v;
    }));
    ns.put("__len__", fn("__len__", "self", a -> (long) merged(c(a)).size()));
    ns.put("__iter__", fn("__iter__", "self", a -> Ops.iter(PyList.copyOf(
        merged(c(a)).keyList()))));
    ns.put("__contains__", fn("__contains__", "self, key, /", a -> {
      for (Object m : c(a).maps()) {
        if (Ops.contains(m, a[1])) {
          return true;
        }
      }
      return false;
    }));
    ns.put("__bool__", fn("__bool__", "self", a -> {
      for (Object m : c(a).maps()) {
        if (Ops.truth(m)) {
          return true;
        }
      }
      return false;
    }));
    ns.put("__repr__", fn("__repr__", "self", a -> {
      StringBuilder sb = new StringBuilder(Types.typeOf(a[0]).name()).append('(');
      Object[] maps = c(a).maps();
      for (int i = 0; i < maps.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(Ops.repr(maps[i]));
      }
      return sb.append(')').toString();
    }));
    ns.put("new_child", fn("new_child", "self, m=None, **kwargs", a -> {
      Object m = a[1];
      PyDict kw = (PyDict) a[2];
      if (m == NONE) {
        m = kw.copy();
      } else if (kw.size() > 0) {
        invoke(m, "update", kw);
      }
      Object[] maps = c(a).maps();
      Object[] all = new Object[maps.length + 1];
      all[0] = m;
      System.arraycopy(maps, 0, all, 1, maps.length);
      return make(Types.typeOf(a[0]), all);
    }));
    ns.put("parents", new Descriptors.GetSet("parents", o -> {
      Object[] maps = ((Chain) o).maps();
      Object[] rest = new Object[Math.max(0, maps.length - 1)];
      System.arraycopy(maps, maps.length - rest.length, rest, 0, rest.length);
      return make(Types.typeOf(o), rest);
    }, null));
    ns.put("copy", fn("copy", "self", a -> {
      Object[] maps = c(a).maps();
      Object[] all = maps.clone();
      all[0] = invoke(first(c(a)), "copy");
      return make(Types.typeOf(a[0]), all);
    }));
    ns.put("__copy__", ns.get("copy"));
    ns.put("__setitem__", fn("__setitem__", "self, key, value, /", a -> {
      Ops.setItem(first(c(a)), a[1], a[2]);
      return NONE;
    }));
    ns.put("__delitem__", fn("__delitem__", "self, key, /", a -> {
      Object m = first(c(a));
      if (!Ops.contains(m, a[1])) {
        throw notInFirst(a[1]);
      }
      Ops.delItem(m, a[1]);
      return NONE;
    }));
    ns.put("pop", fn("pop", "self, key, default=?, /", a -> {
      Object m = first(c(a));
      if (!Ops.contains(m, a[1])) {
        if (a[2] != Signature.MISSING) {
          return a[2];
        }
        throw notInFirst(a[1]);
      }
      Object v = Ops.getItem(m, a[1]);
      Ops.delItem(m, a[1]);
      return v;
    }));
    ns.put("popitem", fn("popitem", "self", a -> {
      Object m = first(c(a));
      try {
        return invoke(m, "popitem");
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.KEY_ERROR)) {
          throw Errors.keyError("No keys found in the first mapping.");
        }
        throw e;
      }
    }));
    ns.put("clear", fn("clear", "self", a -> {
      invoke(first(c(a)), "clear");
      return NONE;
    }));
    for (String view : new String[] {"keys", "items", "values"}) {
      ns.put(view, fn(view, "self", a -> invoke(merged(c(a)), view)));
    }
    ns.put("__eq__", fn("__eq__", "self, other, /", a -> {
      Object o = a[1];
      if (o instanceof Chain) {
        o = merged((Chain) o);
      } else if (!(o instanceof PyDict)) {
        return PySingleton.NOT_IMPLEMENTED;
      }
      return Ops.compare(merged(c(a)), o, CmpOp.EQ);
    }));
    ns.put("__hash__", NONE);
    CHAINMAP = PyType.createClass("ChainMap", new PyType[0], ns);
  }

  static {
    LibClasses.share(CHAINMAP);
  }
}
