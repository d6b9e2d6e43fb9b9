package dev.moat;

import dev.moat.parse.SyntaxErrorException;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;
import java.util.IdentityHashMap;
import java.util.List;

/** Formats Python exceptions the way CPython prints them. */
final class Tracebacks {
  private Tracebacks() {}

  static PythonException toJava(PyBaseException e) {
    StringBuilder sb = new StringBuilder();
    format(e, sb, new IdentityHashMap<>());
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
    Object mod = t.dict().get("__module__");
    if (t.isBuiltin() || mod == null || "__main__".equals(mod) || "builtins".equals(mod)) {
      return t.qualname();
    }
    return mod + "." + t.qualname();
  }

  private static void format(PyBaseException e, StringBuilder sb,
      IdentityHashMap<Object, Boolean> seen) {
    seen.put(e, Boolean.TRUE);
    if (e.cause instanceof PyBaseException && !seen.containsKey(e.cause)) {
      format((PyBaseException) e.cause, sb, seen);
      sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (e.cause == PyNone.NONE && !e.suppressContext
        && e.context instanceof PyBaseException && !seen.containsKey(e.context)) {
      format((PyBaseException) e.context, sb, seen);
      sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    List<PyBaseException.TracebackEntry> tb = e.traceback();
    if (!tb.isEmpty()) {
      sb.append("Traceback (most recent call last):\n");
      PyBaseException.TracebackEntry last = null;
      int repeats = 0;
      for (int i = tb.size() - 1; i >= 0; i--) {
        PyBaseException.TracebackEntry t = tb.get(i);
        if (t.equals(last)) {
          // CPython shows a run of identical frames (deep recursion) three times, then counts
          if (++repeats >= 3) {
            continue;
          }
        } else {
          appendRepeats(sb, repeats);
          repeats = 0;
        }
        last = t;
        sb.append("  File \"").append(t.fileName()).append("\", line ").append(t.line())
            .append(", in ").append(t.functionName()).append('\n');
        if (t.lineText() != null && !t.lineText().isBlank()) {
          sb.append("    ").append(t.lineText().strip()).append('\n');
        }
      }
      appendRepeats(sb, repeats);
    }
    String msg;
    try {
      msg = Ops.str(e);
    } catch (RuntimeException ex) {
      msg = "<exception str() failed>";
    }
    sb.append(typeName(e.type()));
    if (!msg.isEmpty()) {
      sb.append(": ").append(msg);
    }
    sb.append('\n');
    Object notes = e.dict().getStr("__notes__");
    if (notes instanceof dev.moat.runtime.PyList) {
      for (Object n : ((dev.moat.runtime.PyList) notes).toArray()) {
        try {
          sb.append(Ops.str(n)).append('\n');
        } catch (RuntimeException ex) {
          sb.append("<note str() failed>\n");
        }
      }
    }
  }

  private static void appendRepeats(StringBuilder sb, int repeats) {
    if (repeats >= 3) {
      int more = repeats - 2;
      sb.append("  [Previous line repeated ").append(more).append(" more time")
          .append(more == 1 ? "" : "s").append("]\n");
    }
  }

  static PythonException syntaxError(SyntaxErrorException e) {
    StringBuilder sb = new StringBuilder();
    sb.append("  File \"").append(e.fileName()).append("\", line ").append(e.line()).append('\n');
    if (e.lineText() != null) {
      String text = e.lineText();
      String stripped = text.stripLeading();
      int removed = text.length() - stripped.length();
      sb.append("    ").append(stripped.stripTrailing()).append('\n');
      if (e.column() > 0) {
        int caret = Math.max(0, e.column() - 1 - removed);
        sb.append("    ").append(" ".repeat(caret)).append("^\n");
      }
    }
    sb.append(e.pythonType()).append(": ").append(e.getMessage()).append('\n');
    return new PythonException(e.pythonType(), e.getMessage(), e.line(), sb.toString());
  }
}
