package dev.moat.parse;

/**
 * A script that does not parse (or breaks a rule the compiler checks, such as {@code return}
 * outside a function). Carries what CPython's {@code SyntaxError} carries; the interpreter turns
 * it into a Python {@code SyntaxError} (or {@code IndentationError}/{@code TabError}).
 */
public final class SyntaxErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;
  private final String fileName;
  private final int line;
  private final int column;
  private final String lineText;
  /**
   * 1-based column just past the error's end on its line (CPython's end_offset), 0 if unknown,
   * {@code Integer.MAX_VALUE} when the error goes on past its first line.
   */
  private int endColumn;

  /**
   * @param pythonType "SyntaxError", "IndentationError" or "TabError"
   * @param message the message a Python user sees, e.g. "invalid syntax"
   * @param fileName the script's name as given by the host
   * @param line 1-based line
   * @param column 1-based column (CPython's {@code offset}), 0 when unknown
   * @param lineText the source line without its newline, or null
   */
  public SyntaxErrorException(String pythonType, String message, String fileName, int line,
      int column, String lineText) {
    super(message, null, false, false);
    this.pythonType = pythonType;
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.lineText = lineText;
  }

  /** A plain {@code SyntaxError}. */
  public SyntaxErrorException(String message, String fileName, int line, int column,
      String lineText) {
    this("SyntaxError", message, fileName, line, column, lineText);
  }

  public String pythonType() {
    return pythonType;
  }

  public String fileName() {
    return fileName;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String lineText() {
    return lineText;
  }

  public int endColumn() {
    return endColumn;
  }

  /** Sets where the error ends on its line ({@link #endColumn()}); returns this exception. */
  public SyntaxErrorException endingAt(int endColumn) {
    this.endColumn = endColumn;
    return this;
  }
}
