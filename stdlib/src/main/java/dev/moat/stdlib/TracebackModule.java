package dev.moat.stdlib;

import dev.moat.runtime.Errors;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.Signature;
import dev.moat.runtime.TracebackText;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.Set;

/**
 * {@code traceback}: the reports CPython prints for exceptions, as text or printed to
 * {@code sys.stderr}. Moat has no traceback or frame objects, so the functions that take or
 * return them are absent; the exception's recorded frames give the text.
 */
public final class TracebackModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("traceback");
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("traceback")
        .function("format_exc", "limit=None, chain=True", a -> text(handled(), a[1]))
        .function("print_exc", "limit=None, file=None, chain=True", a -> {
          print(text(handled(), a[2]), a[1]);
          return PyNone.NONE;
        })
        .function("format_exception", "exc, /, value=?, tb=?, limit=None, chain=True",
            a -> lines(text(exception(a[0], a[1]), a[4])))
        .function("print_exception", "exc, /, value=?, tb=?, limit=None, file=None,"
            + " chain=True", a -> {
              print(text(exception(a[0], a[1]), a[5]), a[4]);
              return PyNone.NONE;
            })
        .function("format_exception_only", "exc, /, value=?", a -> {
          Object e = exception(a[0], a[1]);
          return PyList.of(e == PyNone.NONE ? "NoneType: None\n"
              : TracebackText.lastLine((PyBaseException) e));
        })
        .build();
  }

  /** The exception being handled, or None. */
  private static Object handled() {
    InterpreterState s = InterpreterState.current();
    return s == null || s.handled == null ? PyNone.NONE : s.handled;
  }

  /** The exception of {@code (exc)} or the 3.10+ form {@code (type, value)}. */
  private static Object exception(Object exc, Object value) {
    Object e = value != Signature.MISSING ? value : exc;
    if (e != PyNone.NONE && !(e instanceof PyBaseException)) {
      throw Errors.typeError("Exception expected for value, " + Types.typeName(e) + " found");
    }
    return e;
  }

  private static String text(Object e, Object chain) {
    if (e == PyNone.NONE) {
      return "NoneType: None\n";
    }
    PyBaseException ex = (PyBaseException) e;
    return Ops.truth(chain) ? TracebackText.format(ex) : TracebackText.formatOne(ex);
  }

  /** The report split as CPython's list: a frame's two lines stay together. */
  private static PyList lines(String text) {
    PyList out = new PyList();
    String[] parts = text.split("(?<=\n)");
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.startsWith("  File ") && i + 1 < parts.length && parts[i + 1].startsWith("    ")) {
        p += parts[++i];
      }
      out.append(p);
    }
    return out;
  }

  /** Writes to {@code file}, or to the current {@code sys.stderr}. */
  private static void print(String text, Object file) {
    Object target = file;
    if (target == PyNone.NONE) {
      InterpreterState s = InterpreterState.current();
      PyModule sys = s == null ? null : s.modules().get("sys");
      target = sys == null ? null : sys.namespace.get("stderr");
      if (target == null) {
        s.write(text, true);
        return;
      }
    }
    Ops.call(Ops.getAttr(target, "write"), new Object[] {text}, null);
  }
}
