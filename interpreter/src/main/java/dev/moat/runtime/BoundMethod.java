package dev.moat.runtime;

/** A function bound to its first argument: {@code obj.method}. */
public final class BoundMethod implements PyObject, PyCallable {
  public final Object self;
  public final Object function;

  public BoundMethod(Object self, Object function) {
    this.self = self;
    this.function = function;
  }

  @Override
  public PyType type() {
    return function instanceof BuiltinFunction ? Types.BUILTIN_FUNCTION : Types.METHOD;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    Object[] full = new Object[args.length + 1];
    full[0] = self;
    System.arraycopy(args, 0, full, 1, args.length);
    if (function instanceof BuiltinFunction) {
      return ((BuiltinFunction) function).callTrusted(full, kwnames);
    }
    return Ops.call(function, full, kwnames);
  }

  @Override
  public String callableName() {
    return function instanceof PyCallable ? ((PyCallable) function).callableName() : "method";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BoundMethod && ((BoundMethod) o).self == self
        && ((BoundMethod) o).function == function;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(self) * 31 + System.identityHashCode(function);
  }
}
