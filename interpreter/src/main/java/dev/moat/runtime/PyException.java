package dev.moat.runtime;

/**
 * The Java carrier of a raised Python exception. It has no Java stack trace: raising is cheap,
 * and no host detail can leak through one.
 */
public final class PyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient PyBaseException exception;

  public PyException(PyBaseException exception) {
    super(null, null, false, false);
    this.exception = exception;
  }

  /** The Python exception object. */
  public PyBaseException exception() {
    return exception;
  }

  /** The Python type of the exception. */
  public PyType pyType() {
    return exception.type();
  }

  /** True if the exception is an instance of {@code t}. */
  public boolean isInstance(PyType t) {
    return exception.type().isSubtypeOf(t);
  }

  @Override
  public String getMessage() {
    return exception.type().name() + ": " + Ops.str(exception);
  }
}
