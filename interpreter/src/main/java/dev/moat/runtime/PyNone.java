package dev.moat.runtime;

/** Python's {@code None}. */
public final class PyNone implements PyObject {
  public static final PyNone NONE = new PyNone();

  private PyNone() {}

  @Override
  public PyType type() {
    return Types.NONE_TYPE;
  }

  @Override
  public String toString() {
    return "None";
  }
}
