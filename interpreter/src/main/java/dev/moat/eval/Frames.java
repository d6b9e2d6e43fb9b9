package dev.moat.eval;

import dev.moat.runtime.PyBaseException;

/** Traceback bookkeeping shared by the places an exception reaches a frame. */
final class Frames {
  private Frames() {}

  /** Records the frame in the exception's traceback (once per frame, at its current line). */
  static void record(Frame f, PyBaseException exc) {
    ModuleRun run = f.run;
    String name = f.code == null ? "<module>" : f.code.name;
    exc.addTraceback(f, run.fileName, f.line, name, run.lineText(f.line));
  }
}
