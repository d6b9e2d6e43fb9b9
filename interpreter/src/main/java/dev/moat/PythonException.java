package dev.moat;

/**
 * A script ended with an uncaught Python exception (including {@code SyntaxError} at compile
 * time). Carries the Python type name, message, line and the CPython-style traceback text.
 */
public final class PythonException extends MoatException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;
  private final String pythonMessage;
  private final int line;
  private final String traceback;

  public PythonException(String pythonType, String pythonMessage, int line, String traceback) {
    super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage);
    this.pythonType = pythonType;
    this.pythonMessage = pythonMessage;
    this.line = line;
    this.traceback = traceback;
  }

  /** The exception's Python type name, e.g. {@code "ZeroDivisionError"}. */
  public String pythonType() {
    return pythonType;
  }

  /** {@code str(exception)}. */
  public String pythonMessage() {
    return pythonMessage;
  }

  /** The line where it was raised (innermost frame), 0 if unknown. */
  public int line() {
    return line;
  }

  /** The full traceback as CPython would print it, ending with a newline. */
  public String traceback() {
    return traceback;
  }
}
