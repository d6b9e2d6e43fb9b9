package dev.moat.runtime;

/** Factories for the Python exceptions the runtime raises. */
public final class Errors {
  private Errors() {}

  /** A new exception of type {@code t} with a single message argument. */
  public static PyException of(PyType t, String msg) {
    return new PyException(new PyBaseException(t, msg));
  }

  public static PyException typeError(String msg) {
    return of(ExceptionTypes.TYPE_ERROR, msg);
  }

  public static PyException valueError(String msg) {
    return of(ExceptionTypes.VALUE_ERROR, msg);
  }

  public static PyException overflowError(String msg) {
    return of(ExceptionTypes.OVERFLOW_ERROR, msg);
  }

  public static PyException zeroDivisionError(String msg) {
    return of(ExceptionTypes.ZERO_DIVISION_ERROR, msg);
  }

  public static PyException indexError(String msg) {
    return of(ExceptionTypes.INDEX_ERROR, msg);
  }

  /** KeyError carries the key itself, not a message. */
  public static PyException keyError(Object key) {
    return new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR, key));
  }

  public static PyException attributeError(String msg) {
    return of(ExceptionTypes.ATTRIBUTE_ERROR, msg);
  }

  public static PyException nameError(String name) {
    PyException e = of(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
    e.exception().name = name;
    return e;
  }

  /** A free variable read before the enclosing function bound it (NameError with its name). */
  public static PyException unboundFree(String name) {
    PyException e = of(ExceptionTypes.NAME_ERROR, "cannot access free variable '" + name
        + "' where it is not associated with a value in enclosing scope");
    e.exception().name = name;
    return e;
  }

  public static PyException unboundLocal(String name) {
    return of(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
        + "' where it is not associated with a value");
  }

  public static PyException runtimeError(String msg) {
    return of(ExceptionTypes.RUNTIME_ERROR, msg);
  }

  public static PyException recursionError(String msg) {
    return of(ExceptionTypes.RECURSION_ERROR, msg);
  }

  public static PyException stopIteration(Object value) {
    return value == null
        ? new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION))
        : new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, value));
  }

  public static PyException notImplemented(String msg) {
    return of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, msg);
  }

  public static PyException moduleNotFound(String name) {
    PyException e = of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
    return e;
  }

  public static PyException memoryError(String msg) {
    return of(ExceptionTypes.MEMORY_ERROR, msg);
  }
}
