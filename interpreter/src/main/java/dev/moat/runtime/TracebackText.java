package dev.moat.runtime;

import java.util.IdentityHashMap;
import java.util.List;

/** Formats Python exceptions the way CPython prints them ("Traceback (most recent call last):"). */
public final class TracebackText {
  private TracebackText() {}

  /** The exception class name CPython prints: qualified unless builtin or __main__. */
  public static String typeName(PyType t) {
    Object mod = t.dict().get("__module__");
    if (t.isBuiltin() || mod == null || "__main__".equals(mod) || "builtins".equals(mod)) {
      return t.qualname();
    }
    return mod + "." + t.qualname();
  }

  /** The whole report of {@code e}: chained exceptions first, then its traceback and line. */
  public static String format(PyBaseException e) {
    StringBuilder sb = new StringBuilder();
    format(e, sb, new IdentityHashMap<>(), false);
    return sb.toString();
  }

  /**
   * The report the interpreter prints for an uncaught exception: as {@link #format}, plus the
   * "Did you mean" hints CPython's own printer adds (its traceback module does not).
   */
  public static String formatUncaught(PyBaseException e) {
    StringBuilder sb = new StringBuilder();
    format(e, sb, new IdentityHashMap<>(), true);
    return sb.toString();
  }

  private static void format(PyBaseException e, StringBuilder sb,
      IdentityHashMap<Object, Boolean> seen, boolean hints) {
    seen.put(e, Boolean.TRUE);
    if (e.cause instanceof PyBaseException && !seen.containsKey(e.cause)) {
      format((PyBaseException) e.cause, sb, seen, hints);
      sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (e.cause == PyNone.NONE && !e.suppressContext
        && e.context instanceof PyBaseException && !seen.containsKey(e.context)) {
      format((PyBaseException) e.context, sb, seen, hints);
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
          appendMarkers(sb, t.lineText(), t.position());
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
    if (hints) {
      sb.append(Suggestions.hintFor(e));
    }
    sb.append('\n');
    Object notes = e.dict().getStr("__notes__");
    if (notes instanceof PyList) {
      for (Object n : ((PyList) notes).toArray()) {
        try {
          sb.append(Ops.str(n)).append('\n');
        } catch (RuntimeException ex) {
          sb.append("<note str() failed>\n");
        }
      }
    }
  }

  /**
   * The line under a source line that points at the expression, as CPython 3.11 prints it:
   * {@code ^} under the expression (only its first line), or for a binary operation or subscript
   * {@code ~} under the operands and {@code ^} under the operator or brackets. Nothing when the
   * plain marks would underline the whole line.
   */
  private static void appendMarkers(StringBuilder sb, String lineText, ErrorPosition at) {
    if (at == null) {
      return;
    }
    String line = lineText.stripTrailing();
    int indent = line.length() - line.stripLeading().length();
    int start = at.col();
    int end = at.endLine() == at.line() ? at.endCol() : line.length();
    if (start < indent || end > line.length() || start >= end) {
      return;
    }
    boolean anchored = at.endLine() == at.line() && at.anchorStart() >= start
        && at.anchorStart() < at.anchorEnd() && at.anchorEnd() <= end;
    if (!anchored && start == indent && end == line.length()) {
      return;
    }
    sb.append("    ").append(" ".repeat(start - indent));
    for (int c = start; c < end; c++) {
      sb.append(!anchored || c >= at.anchorStart() && c < at.anchorEnd() ? '^' : '~');
    }
    sb.append('\n');
  }

  private static void appendRepeats(StringBuilder sb, int repeats) {
    if (repeats >= 3) {
      int more = repeats - 2;
      sb.append("  [Previous line repeated ").append(more).append(" more time")
          .append(more == 1 ? "" : "s").append("]\n");
    }
  }

  /** The report of {@code e} alone, without the exceptions chained to it. */
  public static String formatOne(PyBaseException e) {
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    if (e.cause instanceof PyBaseException) {
      seen.put(e.cause, Boolean.TRUE);
    }
    if (e.context instanceof PyBaseException) {
      seen.put(e.context, Boolean.TRUE);
    }
    StringBuilder sb = new StringBuilder();
    format(e, sb, seen, false);
    return sb.toString();
  }

  /** The last line of the report: {@code ValueError: message}. */
  public static String lastLine(PyBaseException e) {
    String msg;
    try {
      msg = Ops.str(e);
    } catch (RuntimeException ex) {
      msg = "<exception str() failed>";
    }
    return typeName(e.type()) + (msg.isEmpty() ? "" : ": " + msg) + "\n";
  }
}
