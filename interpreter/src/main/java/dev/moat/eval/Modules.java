package dev.moat.eval;

import dev.moat.runtime.Errors;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.PyModule;

/** Import: each module is loaded once per interpreter, through the host-provided loader. */
final class Modules {
  private Modules() {}

  static PyModule importModule(InterpreterState state, String name) {
    return state.importModule(name);
  }

  /** The absolute name of a relative import ({@code from ..pkg import x}) made in {@code g}. */
  static String resolveRelative(Globals g, String module, int level) {
    Object pkg = g.get("__package__");
    if (!(pkg instanceof String) || ((String) pkg).isEmpty()) {
      throw Errors.of(dev.moat.runtime.ExceptionTypes.IMPORT_ERROR,
          "attempted relative import with no known parent package");
    }
    String base = (String) pkg;
    for (int i = 1; i < level; i++) {
      int dot = base.lastIndexOf('.');
      if (dot < 0) {
        throw Errors.of(dev.moat.runtime.ExceptionTypes.IMPORT_ERROR,
            "attempted relative import beyond top-level package");
      }
      base = base.substring(0, dot);
    }
    return module == null ? base : base + "." + module;
  }
}
