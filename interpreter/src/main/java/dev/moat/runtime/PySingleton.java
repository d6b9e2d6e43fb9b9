package dev.moat.runtime;

/** {@code NotImplemented} and {@code Ellipsis}. */
public final class PySingleton implements PyObject {
  public static final PySingleton NOT_IMPLEMENTED =
      new PySingleton(Types.NOT_IMPLEMENTED_TYPE, "NotImplemented");
  public static final PySingleton ELLIPSIS = new PySingleton(Types.ELLIPSIS_TYPE, "Ellipsis");

  private final PyType type;
  private final String repr;

  private PySingleton(PyType type, String repr) {
    this.type = type;
    this.repr = repr;
  }

  @Override
  public PyType type() {
    return type;
  }

  @Override
  public String toString() {
    return repr;
  }
}
