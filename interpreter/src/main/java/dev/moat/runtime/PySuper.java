package dev.moat.runtime;

/** The object {@code super()} returns. */
public final class PySuper implements PyObject {
  final PyType thisClass;
  final Object self;
  final PyType start;

  public PySuper(PyType thisClass, Object self, PyType start) {
    this.thisClass = thisClass;
    this.self = self;
    this.start = start;
  }

  @Override
  public PyType type() {
    return Types.SUPER;
  }

  /** Finds {@code name} in the MRO after {@code thisClass} and binds it to {@code self}. */
  public Object getAttr(String name) {
    PyType[] mro = start.mro();
    int i = 0;
    while (i < mro.length && mro[i] != thisClass) {
      i++;
    }
    for (i++; i < mro.length; i++) {
      Object v = mro[i].dict().get(name);
      if (v != null) {
        // super(C, cls) in a class method finds plain functions; a class that is an instance
        // of a metaclass (super() in a metaclass's method) binds as any instance does
        if (self == start && !(v instanceof Descriptors.ClassMethod)) {
          if (v instanceof Descriptors.StaticMethod) {
            return ((Descriptors.StaticMethod) v).function;
          }
          return v;
        }
        if (v instanceof Descriptors.Property) {
          Object fget = ((Descriptors.Property) v).fget;
          if (fget == PyNone.NONE) {
            throw Errors.attributeError("property '" + name + "' has no getter");
          }
          return Ops.call(fget, new Object[] {self}, null);
        }
        if (v instanceof Descriptors.GetSet) {
          return ((Descriptors.GetSet) v).getter.apply(self);
        }
        return Ops.bindDescriptor(v, self, start);
      }
    }
    throw Errors.attributeError("'super' object has no attribute '" + name + "'");
  }

  static {
    Types.SUPER.setConstructor(BuiltinFunction.of("super", "type=?, obj=?, /", a -> {
      if (a[0] == Signature.MISSING) {
        throw Errors.runtimeError("super(): no arguments");
      }
      if (!(a[0] instanceof PyType)) {
        throw Errors.typeError("super() argument 1 must be a type, not " + Types.typeName(a[0]));
      }
      PyType t = (PyType) a[0];
      Object self = a[1];
      PyType start = self instanceof PyType && ((PyType) self).isSubtypeOf(t) ? (PyType) self
          : Types.typeOf(self);
      if (!start.isSubtypeOf(t)) {
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
      }
      return new PySuper(t, self, start);
    }));
  }
}
