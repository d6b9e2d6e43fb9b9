package dev.moat.eval;

import dev.moat.runtime.ErrorPosition;
import dev.moat.runtime.PyBaseException;

/** Traceback bookkeeping shared by the places an exception reaches a frame. */
final class Frames {
  private Frames() {}

  /**
   * Notes that {@code e} passed through the expression at {@code at} in frame {@code f} (the
   * first note in a frame wins: the innermost expression); returns {@code e} for rethrowing.
   */
  static dev.moat.runtime.PyException noted(dev.moat.runtime.PyException e, Frame f,
      ErrorPosition at) {
    e.exception().passedThrough(f, at);
    return e;
  }

  /** Records the frame in the exception's traceback (once per frame, at its current line). */
  static void record(Frame f, PyBaseException exc) {
    record(f, exc, f.code == null ? "<module>" : f.code.name);
  }

  /**
   * Records frame {@code f}, running code called {@code name}, in the exception's traceback: at
   * the innermost expression the exception passed through there when known (its line may be
   * later than the statement's), else at the frame's current line.
   */
  static void record(Frame f, PyBaseException exc, String name) {
    ErrorPosition at = exc.takePosition(f);
    int line = at != null ? at.line() : f.line;
    exc.addTraceback(f, f.run.fileName, line, name, f.run.lineText(line), at);
  }
}
