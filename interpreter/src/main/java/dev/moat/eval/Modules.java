package dev.moat.eval;

import dev.moat.runtime.Errors;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.PyModule;

/** Import: each module is loaded once per interpreter, through the host-provided loader. */
final class Modules {
  private Modules() {}

  static PyModule importModule(InterpreterState state, String name) {
    PyModule m = state.modules().get(name);
    if (m != null) {
      return m;
    }
    if (name.contains(".")) {
      importModule(state, name.substring(0, name.lastIndexOf('.')));
    }
    m = state.loadModule(name);
    if (m == null) {
      throw Errors.moduleNotFound(name);
    }
    state.modules().put(name, m);
    return m;
  }
}
