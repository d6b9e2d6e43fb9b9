package dev.moat;

import dev.moat.parse.SyntaxErrorException;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;
import dev.moat.runtime.TracebackText;
import java.util.IdentityHashMap;
import java.util.List;

/** Formats Python exceptions the way CPython prints them. */
final class Tracebacks {
  private Tracebacks() {}

  static PythonException toJava(PyBaseException e) {
    StringBuilder sb = new StringBuilder(TracebackText.formatUncaught(e));
    List<PyBaseException.TracebackEntry> tb = e.traceback();
    int line = tb.isEmpty() ? 0 : tb.get(0).line();
    String msg;
    try {
      msg = Ops.str(e);
    } catch (RuntimeException ex) {
      msg = "<exception str() failed>";
    }
    return new PythonException(typeName(e.type()), msg, line, sb.toString());
  }

  static String typeName(PyType t) {
    return TracebackText.typeName(t);
  }

  static PythonException syntaxError(SyntaxErrorException e) {
    StringBuilder sb = new StringBuilder();
    sb.append("  File \"").append(e.fileName()).append("\", line ").append(e.line()).append('\n');
    if (e.lineText() != null) {
      String text = e.lineText();
      String stripped = text.stripLeading();
      int removed = text.length() - stripped.length();
      sb.append("    ").append(stripped.stripTrailing()).append('\n');
      // as CPython: no mark when the error is in the indentation (IndentationError: unexpected
      // indent); else from the column to its end on the line, at least one mark
      int caret = e.column() - 1 - removed;
      if (e.column() > 0 && caret >= 0) {
        int rest = stripped.stripTrailing().length() - caret;
        int width = Math.max(1, Math.min(rest, e.endColumn() - e.column()));
        sb.append("    ").append(" ".repeat(caret)).append("^".repeat(width)).append('\n');
      }
    }
    sb.append(e.pythonType()).append(": ").append(e.getMessage()).append('\n');
    return new PythonException(e.pythonType(), e.getMessage(), e.line(), sb.toString());
  }
}
