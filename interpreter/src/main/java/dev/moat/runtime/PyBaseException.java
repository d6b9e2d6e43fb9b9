package dev.moat.runtime;

import java.util.ArrayList;
import java.util.List;

/** An instance of {@code BaseException} or a subclass (built-in or script-defined). */
public class PyBaseException extends PyInstance {
  /**
   * One line of a traceback: where the exception passed through; {@code position} is the
   * expression it passed through there, or null when unknown.
   */
  public record TracebackEntry(String fileName, int line, String functionName, String lineText,
      ErrorPosition position) {}

  private PyTuple args = PyTuple.EMPTY;
  public Object cause = PyNone.NONE;
  public Object context = PyNone.NONE;
  public boolean suppressContext;
  /** Innermost first (the order the exception passed through frames). */
  private final List<TracebackEntry> traceback = new ArrayList<>(4);

  public PyBaseException(PyType type) {
    super(type);
  }

  public PyBaseException(PyType type, Object... args) {
    super(type);
    this.args = PyTuple.of(args);
  }

  public PyTuple args() {
    return args;
  }

  public void setArgs(PyTuple args) {
    this.args = args;
  }

  /** The frame of the newest traceback entry (identity only), so a frame is recorded once. */
  private Object lastFrame;
  /** The innermost expression the exception passed through in {@link #positionFrame}. */
  private ErrorPosition position;
  private Object positionFrame;

  /**
   * Notes that the exception passed through the expression at {@code at} while in {@code frame}.
   * The first note in a frame wins: it is the innermost expression there.
   */
  public void passedThrough(Object frame, ErrorPosition at) {
    if (positionFrame != frame) {
      positionFrame = frame;
      position = at;
    }
  }

  /** The position noted in {@code frame}, or null; forgets it. */
  public ErrorPosition takePosition(Object frame) {
    if (positionFrame != frame) {
      return null;
    }
    positionFrame = null;
    ErrorPosition p = position;
    position = null;
    return p;
  }

  /**
   * Records that the exception reached a frame: where it was raised, caught, or passed through.
   * A frame already recorded last (caught there, then re-raised) is not recorded again.
   */
  public void addTraceback(Object frame, String fileName, int line, String functionName,
      String lineText, ErrorPosition position) {
    if (frame != null && frame == lastFrame) {
      return;
    }
    lastFrame = frame;
    traceback.add(new TracebackEntry(fileName, line, functionName, lineText, position));
  }

  /** Innermost first. */
  public List<TracebackEntry> traceback() {
    return traceback;
  }

  public void clearTraceback() {
    traceback.clear();
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
