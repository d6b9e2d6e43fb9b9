package dev.moat.runtime;

/**
 * An instance of a script class derived from {@code int}, {@code float} or {@code str}
 * ({@code class Celsius(float)}, an {@code IntEnum} member): the plain value, plus its own class
 * and attribute dict. Java's boxed numbers and strings cannot be subclassed, so the value is
 * held here and the built-in operations see through this wrapper: the built-in types' methods
 * receive the plain value as {@code self}, and {@link Ops} falls back to the value wherever
 * the class does not override an operation.
 */
public final class ValueSubclass implements BuiltinSubclass {
  private final PyType type;
  private final Object value;
  private PyDict attrs;

  /** Wraps {@code value} (a Long, BigInteger, Double or String) as an instance of {@code type}. */
  public ValueSubclass(PyType type, Object value) {
    this.type = type;
    this.value = value;
  }

  @Override
  public PyType type() {
    return type;
  }

  /** The plain built-in value. */
  public Object value() {
    return value;
  }

  @Override
  public PyDict attributes() {
    if (attrs == null) {
      attrs = new PyDict();
    }
    return attrs;
  }

  /** The attribute dict, or null when no attribute was ever set. */
  public PyDict attributesOrNull() {
    return attrs;
  }

  /** {@code o}'s plain value when it is a wrapped one, else {@code o} itself. */
  public static Object unwrap(Object o) {
    return o instanceof ValueSubclass ? ((ValueSubclass) o).value : o;
  }

  /** The plain string of an instance of a str subclass, else {@code o} itself. */
  public static Object unwrapStr(Object o) {
    return o instanceof ValueSubclass && ((ValueSubclass) o).value instanceof String
        ? ((ValueSubclass) o).value : o;
  }

  /**
   * True when the class keeps the built-in {@code __eq__} and {@code __hash__}, so the instance
   * is interchangeable with its value as a dict key or set member.
   */
  boolean keysAsValue() {
    return !Ops.isOverride(type.lookup("__eq__")) && !Ops.isOverride(type.lookup("__hash__"))
        && type.lookup("__hash__") != PyNone.NONE;
  }

  // Used when the class overrides __eq__ or __hash__ (otherwise dicts key by the value).
  @Override
  public boolean equals(Object o) {
    return this == o || (o != null && Ops.userEquals(this, o));
  }

  @Override
  public int hashCode() {
    return Ops.userHash(this);
  }
}
