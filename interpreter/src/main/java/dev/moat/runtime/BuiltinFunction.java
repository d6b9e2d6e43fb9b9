package dev.moat.runtime;

/**
 * A function implemented in Java. Its Python signature is declared once (see
 * {@link Signature}); the binder hands the implementation one array with a value per parameter.
 * As a method of a built-in type, its first parameter is {@code self}.
 */
public final class BuiltinFunction implements PyObject, PyCallable {
  /** The Java body: receives one value per declared parameter, in slot order. */
  @FunctionalInterface
  public interface Body {
    Object call(Object[] a);
  }

  private final String name;
  private final Signature signature;
  private final Body body;
  /** For methods of built-in types: the type {@code self} must belong to; else null. */
  private final PyType owner;
  private final String doc;

  public BuiltinFunction(String name, String params, PyType owner, String doc, Body body) {
    this.name = name;
    this.signature = Signature.parse(name, params);
    this.body = body;
    this.owner = owner;
    this.doc = doc;
  }

  /** A plain (non-method) built-in. */
  public static BuiltinFunction of(String name, String params, Body body) {
    return new BuiltinFunction(name, params, null, null, body);
  }

  @Override
  public PyType type() {
    return Types.BUILTIN_FUNCTION;
  }

  public String name() {
    return name;
  }

  public PyType owner() {
    return owner;
  }

  public String doc() {
    return doc;
  }

  @Override
  public String callableName() {
    return name;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    if (owner != null) {
      int npos = args.length - (kwnames == null ? 0 : kwnames.length);
      if (npos == 0) {
        throw Errors.typeError("unbound method " + owner.name() + "." + name
            + "() needs an argument");
      }
      if (!Types.isInstance(args[0], owner)) {
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name()
            + "' objects doesn't apply to a '" + Types.typeName(args[0]) + "' object");
      }
    }
    return callTrusted(args, kwnames);
  }

  /** Calls a method whose {@code self} (args[0]) is known to be of the owner type. */
  public Object callTrusted(Object[] args, String[] kwnames) {
    args = unwrapValues(args);
    Object[] bound;
    try {
      bound = signature.bind(args, kwnames);
    } catch (PyException e) {
      PyException arity = kwnames != null ? null : owner == null
          ? signature.plainArity(args.length) : signature.methodArity(owner.name(), args.length);
      throw arity != null ? arity : e;
    }
    return body.call(bound);
  }

  /**
   * The methods of int, float and str work on plain values: instances of script subclasses
   * among the arguments (self included) are passed as their values. These methods never keep
   * their arguments, so nothing is lost.
   */
  private Object[] unwrapValues(Object[] args) {
    if (owner == null || !owner.holdsPlainValues()) {
      return args;
    }
    Object[] out = args;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof ValueSubclass) {
        if (out == args) {
          out = args.clone();
        }
        out[i] = ((ValueSubclass) args[i]).value();
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "<built-in function " + name + ">";
  }
}
