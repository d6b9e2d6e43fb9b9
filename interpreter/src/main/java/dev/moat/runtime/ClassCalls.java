package dev.moat.runtime;

/** Calling a script class: {@code __new__} (or the bare instance), then {@code __init__}. */
final class ClassCalls {
  private ClassCalls() {}

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
