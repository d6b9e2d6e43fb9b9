package dev.moat.eval;

import dev.moat.runtime.InterpreterState;

/**
 * One module's code bound to one interpreter's globals: the resolved global boxes, the module
 * namespace and the source text for tracebacks. Functions defined by the module keep it.
 */
final class ModuleRun {
  final Globals.Ref[] refs;
  final Globals module;
  final InterpreterState state;
  final String fileName;
  final String[] sourceLines;

  ModuleRun(Globals.Ref[] refs, Globals module, InterpreterState state, String fileName,
      String[] sourceLines) {
    this.refs = refs;
    this.module = module;
    this.state = state;
    this.fileName = fileName;
    this.sourceLines = sourceLines;
  }

  String lineText(int line) {
    return line >= 1 && line <= sourceLines.length ? sourceLines[line - 1] : null;
  }
}
