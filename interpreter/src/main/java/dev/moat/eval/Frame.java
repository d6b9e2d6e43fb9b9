package dev.moat.eval;

import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.PyDict;

/** The state of one running function, class body or module. */
final class Frame implements dev.moat.runtime.Suggestions.ScopeSource {
  final Object[] locals;
  final Globals.Ref[] globals;
  final InterpreterState state;
  final Code code;
  /** The module run this frame's code belongs to. */
  final ModuleRun run;
  /** The class namespace while a class body runs, else null. */
  PyDict classNamespace;
  /** The class namespace is a dict subclass: loads, stores and deletes go through its methods. */
  boolean classNamespaceHooked;
  /** The calling frame while this one runs (so memory measurement finds every frame). */
  Object back;
  /** The line being executed, for tracebacks. */
  int line;
  /** The value of a {@code return}. */
  Object ret;
  /** A generator's resumption state; null in the frames of plain calls. */
  Gen gen;

  /** What a generator's frame carries between resumptions. */
  static final class Gen {
    /** True while resuming, until the suspended yield is reached again. */
    boolean resuming;
    /** The value sent in ({@code send}), and an exception thrown in ({@code throw}). */
    Object sent;
    dev.moat.runtime.PyException toThrow;
    /** The value being yielded. */
    Object yielded;
  }

  /** The module namespace of this frame's code. */
  Globals module() {
    return run.module;
  }

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

  @Override
  public dev.moat.runtime.Suggestions.Scope suggestionScope() {
    final String[] vars = classNamespace != null || code == null ? new String[0] : code.varNames;
    final Globals g = run.module;
    return new dev.moat.runtime.Suggestions.Scope() {
      @Override
      public java.util.List<String> localNames() {
        return java.util.Arrays.asList(vars);
      }

      @Override
      public java.util.List<String> globalNames() {
        return g.names();
      }

      @Override
      public java.util.Map<String, Object> builtins() {
        return g.builtins;
      }
    };
  }

  Frame(Code code, Object[] locals, ModuleRun run) {
    this.code = code;
    this.locals = locals;
    this.run = run;
    this.globals = run.refs;
    this.state = run.state;
  }
}
