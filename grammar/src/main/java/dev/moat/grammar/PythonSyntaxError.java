package dev.moat.grammar;

/**
 * A syntax error found by the lexer, with CPython's message and location. The interpreter's
 * parser facade turns it into its own {@code SyntaxErrorException}.
 */
public final class PythonSyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;
  private final int line;
  private final int column;

  /**
   * @param pythonType "SyntaxError", "IndentationError" or "TabError"
   * @param message the message CPython gives
   * @param line 1-based line
   * @param column 1-based column (CPython's {@code offset}), 0 when unknown
   */
  public PythonSyntaxError(String pythonType, String message, int line, int column) {
    super(message, null, false, false);
    this.pythonType = pythonType;
    this.line = line;
    this.column = column;
  }

  public String pythonType() {
    return pythonType;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
