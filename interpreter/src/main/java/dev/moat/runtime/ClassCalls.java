package dev.moat.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calling a script class ({@code __new__} or the bare instance, then {@code __init__}) and
 * making one: a {@code class} statement, {@code type(name, bases, ns)} and metaclasses all go
 * through {@link #build} and {@link #newClass}, CPython's protocol.
 */
public final class ClassCalls {
  private ClassCalls() {}

  /**
   * The metaclass a class statement uses: the explicit one (or type) made more derived by the
   * bases' metaclasses; TypeError when they conflict.
   */
  public static PyType winningMetaclass(PyType explicit, PyType[] bases) {
    PyType winner = explicit != null ? explicit : Types.TYPE;
    for (PyType b : bases) {
      PyType m = b.type();
      if (m.isSubtypeOf(winner)) {
        winner = m;
      } else if (!winner.isSubtypeOf(m)) {
        throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a"
            + " (non-strict) subclass of the metaclasses of all its bases");
      }
    }
    return winner;
  }

  /** The namespace a class body runs in: the metaclass's {@code __prepare__}, or a new dict. */
  public static PyDict prepare(PyType meta, String name, PyType[] bases, Object[] kw,
      String[] kwNames) {
    Object p = meta == Types.TYPE ? null : meta.lookup("__prepare__");
    if (p == null) {
      return new PyDict();
    }
    Object fn = p instanceof Descriptors.ClassMethod ? new BoundMethod(meta,
        ((Descriptors.ClassMethod) p).function) : p instanceof Descriptors.StaticMethod
        ? ((Descriptors.StaticMethod) p).function : new BoundMethod(meta, p);
    Object ns = Ops.call(fn, withArgs(new Object[] {name, PyTuple.of((Object[]) bases)}, kw),
        kwNames);
    if (!(ns instanceof PyDict)) {
      throw Errors.typeError(meta.name() + ".__prepare__() must return a mapping, not "
          + Types.typeName(ns) + " (only dicts are supported)");
    }
    return (PyDict) ns;
  }

  /**
   * Makes the class of a class statement: {@code meta(name, bases, ns, **kw)}, straight to
   * {@link #newClass} for type itself.
   */
  public static Object build(PyType meta, String name, PyType[] bases, PyDict ns, Object[] kw,
      String[] kwNames) {
    if (meta == Types.TYPE) {
      return newClass(Types.TYPE, name, bases, ns, kw, kwNames);
    }
    return Ops.call(meta, withArgs(new Object[] {name, PyTuple.of((Object[]) bases), ns}, kw),
        kwNames);
  }

  /**
   * {@code type.__new__(meta, name, bases, ns, **kw)}: creates the class with the most derived
   * metaclass, fills the {@code __class__} cell, then calls {@code __set_name__} on the
   * attributes and the parent's {@code __init_subclass__(**kw)}.
   */
  public static PyType newClass(PyType meta, String name, PyType[] bases, PyDict ns,
      Object[] kw, String[] kwNames) {
    PyType winner = winningMetaclass(meta, bases);
    Map<String, Object> attrs = new LinkedHashMap<>();
    Object classCell = null;
    for (PyDict.Entry e : ns.entries()) {
      if (!(e.key instanceof String)) {
        throw Errors.typeError("keywords must be strings");
      }
      if (e.key.equals("__classcell__")) {
        classCell = e.value;
      } else {
        attrs.put((String) e.key, e.value);
      }
    }
    if (!attrs.containsKey("__module__")) {
      attrs.put("__module__", "__main__");
    }
    PyType cls = PyType.createClass(name, bases, attrs);
    if (attrs.get("__qualname__") instanceof String) {
      cls.setQualname((String) attrs.get("__qualname__"));
      cls.deleteAttribute("__qualname__");
    }
    if (winner != cls.type()) {
      cls.setMetaclass(winner);
    }
    if (classCell instanceof Cell) {
      ((Cell) classCell).value = cls;
    }
    for (Map.Entry<String, Object> e : attrs.entrySet()) {
      Object v = e.getValue();
      if (v instanceof PyInstance || v instanceof BuiltinSubclass) {
        Object sn = Types.typeOf(v).lookup("__set_name__");
        if (sn != null) {
          Ops.callMethod(sn, v, cls, e.getKey());
        }
      }
    }
    // super(cls).__init_subclass__: the first definition after cls along cls's own MRO
    Object isc = null;
    for (int i = 1; i < cls.mro().length && isc == null; i++) {
      isc = cls.mro()[i].dict().get("__init_subclass__");
    }
    if (isc == Types.OBJECT.dict().get("__init_subclass__")) {
      if (kwNames != null && kwNames.length > 0) {
        throw Errors.typeError(cls.name() + ".__init_subclass__() takes no keyword arguments");
      }
    } else if (isc instanceof Descriptors.ClassMethod) {
      Ops.call(((Descriptors.ClassMethod) isc).function, withArgs(new Object[] {cls}, kw),
          kwNames);
    } else if (isc != null) {
      Ops.call(isc, withArgs(new Object[] {cls}, kw), kwNames);
    }
    return cls;
  }

  private static Object[] withArgs(Object[] positional, Object[] kw) {
    if (kw == null || kw.length == 0) {
      return positional;
    }
    Object[] all = Arrays.copyOf(positional, positional.length + kw.length);
    System.arraycopy(kw, 0, all, positional.length, kw.length);
    return all;
  }

  static Object instantiate(PyType type, Object[] args, String[] kwnames) {
    Object newFn = type.lookup("__new__");
    if (newFn instanceof Descriptors.StaticMethod
        && ((Descriptors.StaticMethod) newFn).function == Builtins.OBJECT_NEW) {
      newFn = Builtins.OBJECT_NEW;
    }
    Object obj;
    if (newFn != null && newFn != Builtins.OBJECT_NEW) {
      Object f = newFn instanceof Descriptors.StaticMethod
          ? ((Descriptors.StaticMethod) newFn).function : newFn;
      Object[] full = new Object[args.length + 1];
      full[0] = type;
      System.arraycopy(args, 0, full, 1, args.length);
      obj = Ops.call(f, full, kwnames);
      if (!Types.isInstance(obj, type)) {
        return obj;
      }
    } else {
      type.checkNotAbstract();
      obj = type.newInstance();
      if (obj instanceof PyBaseException) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        Object[] pos = new Object[npos];
        System.arraycopy(args, 0, pos, 0, npos);
        ((PyBaseException) obj).setArgs(PyTuple.of(pos));
      }
    }
    Object init = type.lookup("__init__");
    if (init == Builtins.OBJECT_INIT) {
      if (args.length > 0 && (newFn == null || newFn == Builtins.OBJECT_NEW)) {
        throw Errors.typeError(type.name() + "() takes no arguments");
      }
      return obj;
    }
    Object[] full = new Object[args.length + 1];
    full[0] = obj;
    System.arraycopy(args, 0, full, 1, args.length);
    Object r = init instanceof BuiltinFunction
        ? ((BuiltinFunction) init).callTrusted(full, kwnames) : Ops.call(init, full, kwnames);
    if (r != PyNone.NONE) {
      throw Errors.typeError("__init__() should return None, not '" + Types.typeName(r) + "'");
    }
    return obj;
  }
}
