package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers for library classes whose instances are Java objects: the class is an ordinary class
 * (so it can be called, named and tested with isinstance) whose {@code __new__} builds the Java
 * object, and whose methods are built-ins taking {@code self} first.
 */
final class LibClasses {
  private LibClasses() {}

  /** A class {@code module.name}; {@code newParams} declares {@code __new__}, cls first. */
  static PyType create(String module, String name, String newParams, BuiltinFunction.Body make,
      Map<String, Object> methods) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", module);
    if (make != null) {
      ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of(name, newParams, make)));
    }
    ns.putAll(methods);
    return PyType.createClass(name, new PyType[0], ns);
  }

  /** Like {@link #create} for iterator classes: adds {@code __iter__} and {@code __next__}. */
  static PyType iterator(String module, String name, String newParams, BuiltinFunction.Body make,
      Map<String, Object> methods) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("__iter__", BuiltinFunction.of("__iter__", "self", a -> a[0]));
    all.put("__next__", BuiltinFunction.of("__next__", "self", a -> {
      Object v = ((PyIterator) a[0]).next();
      if (v == null) {
        throw Errors.stopIteration(null);
      }
      return v;
    }));
    all.putAll(methods);
    return create(module, name, newParams, make, all);
  }

  /**
   * The running interpreter's instance of safe module {@code name}, imported (and recorded in
   * its module table) if the script has not imported it yet; a fresh instance outside a run.
   */
  static dev.moat.runtime.PyModule importModule(String name) {
    dev.moat.runtime.InterpreterState st = dev.moat.runtime.InterpreterState.current();
    dev.moat.runtime.PyModule m = st == null ? null : st.modules().get(name);
    if (m == null) {
      m = st == null ? null : st.loadModule(name);
      if (m == null) {
        m = dev.moat.spi.StandardModules.create(name);
      }
      if (st != null) {
        st.modules().put(name, m);
      }
    }
    return m;
  }

  /** A one-entry method map: {@code __repr__} computed by {@code body}. */
  static Map<String, Object> repr(BuiltinFunction.Body body) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("__repr__", BuiltinFunction.of("__repr__", "self", body));
    return m;
  }

  /**
   * Marks classes kept in static fields, which every interpreter shares: scripts cannot change
   * them, so one run cannot affect another (see {@link PyType#markShared}).
   */
  static void share(PyType... types) {
    for (PyType t : types) {
      t.markShared();
    }
  }
}
