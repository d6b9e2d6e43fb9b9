package dev.moat.runtime;

import dev.moat.runtime.Descriptors.GetSet;

/** {@code list[int]}: a built-in class with type arguments, as annotations write it. */
public final class PyGenericAlias implements PyObject, PyCallable {
  static final PyType TYPE = new PyType("GenericAlias", Types.OBJECT);

  static {
    TYPE.setSubclassable(false);
    TYPE.define("__origin__", new GetSet("__origin__", a -> ((PyGenericAlias) a).origin, null));
    TYPE.define("__args__", new GetSet("__args__", a -> ((PyGenericAlias) a).args, null));
  }

  final PyType origin;
  final PyTuple args;

  PyGenericAlias(PyType origin, Object key) {
    this.origin = origin;
    this.args = key instanceof PyTuple ? (PyTuple) key : PyTuple.of(key);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public Object call(Object[] a, String[] kwnames) {
    return Ops.call(origin, a, kwnames);
  }

  @Override
  public String callableName() {
    return origin.name();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyGenericAlias && ((PyGenericAlias) o).origin == origin
        && Ops.eq(((PyGenericAlias) o).args, args);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(origin) * 31 + (int) Ops.hash(args);
  }

  String repr() {
    StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
    if (args.size() == 0) {
      sb.append("()");
    }
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(argRepr(args.get(i)));
    }
    return sb.append(']').toString();
  }

  private static String argRepr(Object a) {
    if (a == PySingleton.ELLIPSIS) {
      return "...";
    }
    if (a instanceof PyType) {
      return Ops.moduleQualified((PyType) a);
    }
    if (a instanceof PyGenericAlias) {
      return ((PyGenericAlias) a).repr();
    }
    return Ops.repr(a);
  }
}
