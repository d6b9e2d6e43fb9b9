package dev.moat.eval;

import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.PyDict;

/** The state of one running function, class body or module. */
final class Frame {
  final Object[] locals;
  final Globals.Ref[] globals;
  final Globals module;
  final InterpreterState state;
  final Code code;
  /** The module run this frame's code belongs to. */
  ModuleRun run;
  /** The class namespace while a class body runs, else null. */
  PyDict classNamespace;
  /** The calling frame while this one runs (so memory measurement finds every frame). */
  Object back;
  /** The line being executed, for tracebacks. */
  int line;
  /** The value of a {@code return}. */
  Object ret;
  /** Generators: true while resuming, until the suspended yield is reached again. */
  boolean resuming;
  /** Generators: the value sent in ({@code send}), and an exception thrown in ({@code throw}). */
  Object sent;
  dev.moat.runtime.PyException toThrow;
  /** Generators: the value being yielded. */
  Object yielded;

  /** Makes this frame the state's innermost running one; undo with {@link #pop}. */
  void push() {
    back = state.topFrame;
    state.topFrame = this;
  }

  /**
   * Restores the caller as the innermost running frame. The link back stays: like CPython's
   * {@code f_back}, a frame kept by a traceback keeps its callers.
   */
  void pop() {
    state.topFrame = back;
  }

  /** The cells in the given slots: the closure a function or class body defined here gets. */
  dev.moat.runtime.Cell[] cells(int[] slots) {
    dev.moat.runtime.Cell[] out = new dev.moat.runtime.Cell[slots.length];
    for (int i = 0; i < slots.length; i++) {
      out[i] = (dev.moat.runtime.Cell) locals[slots[i]];
    }
    return out;
  }

  Frame(Code code, Object[] locals, Globals.Ref[] globals, Globals module,
      InterpreterState state) {
    this.code = code;
    this.locals = locals;
    this.globals = globals;
    this.module = module;
    this.state = state;
  }
}
