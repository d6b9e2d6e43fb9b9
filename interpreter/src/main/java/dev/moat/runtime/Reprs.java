package dev.moat.runtime;

/** repr of the built-in non-container objects. */
final class Reprs {
  private Reprs() {}

  static String builtinRepr(Object o) {
    if (o instanceof PyType) {
      PyType t = (PyType) o;
      if (t.type() != Types.TYPE) {
        Object m = t.type().lookup("__repr__");
        if (Ops.isOverride(m)) {
          return Ops.str(Ops.callMethod(m, t));
        }
      }
      return "<class '" + Ops.moduleQualified(t) + "'>";
    }
    if (o instanceof PyUnionType) {
      return ((PyUnionType) o).repr();
    }
    if (o instanceof PyGenericAlias) {
      return ((PyGenericAlias) o).repr();
    }
    if (o instanceof PyFunction) {
      return "<function " + ((PyFunction) o).qualname + " at " + Ops.address(o) + ">";
    }
    if (o instanceof BuiltinFunction) {
      BuiltinFunction f = (BuiltinFunction) o;
      if (f.owner() != null) {
        return "<method '" + f.name() + "' of '" + f.owner().name() + "' objects>";
      }
      return "<built-in function " + f.name() + ">";
    }
    if (o instanceof BoundMethod) {
      BoundMethod m = (BoundMethod) o;
      if (m.function instanceof BuiltinFunction) {
        if (m.self instanceof PyModule) {
          return "<built-in function " + ((BuiltinFunction) m.function).name() + ">";
        }
        return "<built-in method " + ((BuiltinFunction) m.function).name() + " of "
            + Types.typeName(m.self) + " object at " + Ops.address(m.self) + ">";
      }
      String qn = m.function instanceof PyFunction ? ((PyFunction) m.function).qualname : "?";
      return "<bound method " + qn + " of " + Ops.repr(m.self) + ">";
    }
    if (o instanceof PySingleton) {
      return o.toString();
    }
    if (o instanceof PyRange) {
      PyRange r = (PyRange) o;
      return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")"
          : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
    }
    if (o instanceof PyBigRange) {
      return ((PyBigRange) o).repr();
    }
    if (o instanceof PySlice) {
      PySlice s = (PySlice) o;
      return "slice(" + Ops.repr(s.start) + ", " + Ops.repr(s.stop) + ", " + Ops.repr(s.step)
          + ")";
    }
    if (o instanceof PyBytes) {
      return ((PyBytes) o).repr();
    }
    if (o instanceof PyByteArray) {
      return ((PyByteArray) o).repr();
    }
    if (o instanceof PyModule) {
      return "<module '" + ((PyModule) o).name + "'>";
    }
    if (o instanceof DictView) {
      DictView v = (DictView) o;
      PyList l = new PyList();
      PyIterator it = v.iterator();
      for (Object x = it.next(); x != null; x = it.next()) {
        l.append(x);
      }
      return Types.typeName(o) + "(" + Ops.repr(l) + ")";
    }
    if (o instanceof DictViewMethods.MappingProxy) {
      return "mappingproxy(" + Ops.repr(((DictViewMethods.MappingProxy) o).dict) + ")";
    }
    if (o instanceof Descriptors.Property) {
      return "<property object at " + Ops.address(o) + ">";
    }
    if (o instanceof Descriptors.StaticMethod) {
      return "<staticmethod(" + Ops.repr(((Descriptors.StaticMethod) o).function) + ")>";
    }
    if (o instanceof Descriptors.ClassMethod) {
      return "<classmethod(" + Ops.repr(((Descriptors.ClassMethod) o).function) + ")>";
    }
    if (o instanceof PyObject && !((PyObject) o).type().isBuiltin()) {
      // Java-implemented objects of library classes (e.g. itertools.count) with their own repr
      Object m = ((PyObject) o).type().lookup("__repr__");
      if (m instanceof BuiltinFunction && ((BuiltinFunction) m).owner() == null) {
        Object r = Ops.callMethod(m, o);
        if (r instanceof String) {
          return (String) r;
        }
      }
    }
    if (o instanceof PyIterator || o instanceof Cell || o instanceof PyObject) {
      return "<" + Types.typeName(o) + " object at " + Ops.address(o) + ">";
    }
    return "<object>";
  }
}
