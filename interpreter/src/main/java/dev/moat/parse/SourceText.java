package dev.moat.parse;

/**
 * A normalised source ("\n" line ends only) with lazily computed line starts: the text of a line
 * for error messages, and the conversion of ANTLR's code-point columns to the UTF-16 columns of
 * the AST when the source has characters outside the BMP.
 */
final class SourceText {
  final String text;
  private final boolean astral;
  private int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    boolean a = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isHighSurrogate(text.charAt(i))) {
        a = true;
        break;
      }
    }
    this.astral = a;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0, n = text.length(); i < n; i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      int[] starts = new int[count];
      int k = 1;
      for (int i = 0, n = text.length(); i < n; i++) {
        if (text.charAt(i) == '\n') {
          starts[k++] = i + 1;
        }
      }
      lineStarts = starts;
    }
    return lineStarts;
  }

  /** The UTF-16 column of the code-point column {@code cpCol} on {@code line}. */
  int utf16Col(int line, int cpCol) {
    if (!astral || cpCol <= 0) {
      return cpCol;
    }
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) {
      return cpCol;
    }
    int start = starts[line - 1];
    try {
      return text.offsetByCodePoints(start, cpCol) - start;
    } catch (IndexOutOfBoundsException e) {
      return cpCol;
    }
  }

  /** The text of a 1-based line without its newline, or null when there is no such line. */
  String line(int line) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) {
      return null;
    }
    int start = starts[line - 1];
    int end = text.indexOf('\n', start);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  /**
   * The last line as CPython counts it at EOF: a final "\n" ends the last line rather than
   * starting a new one.
   */
  int lastLine() {
    int[] starts = lineStarts();
    int n = starts.length;
    if (n > 1 && starts[n - 1] == text.length()) {
      return n - 1;
    }
    return n;
  }

  /** Length in code points of a line. */
  int lineLength(int line) {
    String s = line(line);
    return s == null ? 0 : s.codePointCount(0, s.length());
  }
}
