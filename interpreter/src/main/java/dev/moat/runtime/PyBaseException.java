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
  /**
   * Whether implicit chaining was already decided for the current raise of this exception (by a
   * raise statement, by the first place that caught it, or by {@code throw()}, which does not
   * chain): later catches leave {@link #context} alone.
   */
  public boolean contextDecided;
  /** {@code NameError.name} and {@code AttributeError.name}/{@code .obj}; null when unset. */
  public Object name;
  public Object obj;
  /** For a NameError: the names visible where it was raised (for "Did you mean"). */
  Suggestions.Scope nameScope;
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
    if (traceback.isEmpty() && type() == ExceptionTypes.NAME_ERROR
        && frame instanceof Suggestions.ScopeSource) {
      nameScope = ((Suggestions.ScopeSource) frame).suggestionScope();
    }
    lastFrame = frame;
    traceback.add(new TracebackEntry(fileName, line, functionName, lineText, position));
  }

  /**
   * The next frame recorded gets an entry even if it is the last one recorded (an explicit
   * {@code raise e} in the frame that caught e, as CPython's traceback shows both lines).
   */
  public void recordFrameAgain() {
    lastFrame = null;
  }

  /** Innermost first. */
  public List<TracebackEntry> traceback() {
    return traceback;
  }

  public void clearTraceback() {
    traceback.clear();
  }

  /**
   * Implicit chaining: this exception was raised while {@code handled} was being handled, so
   * {@code handled} becomes its {@code __context__}. A link of {@code handled}'s own context chain
   * that leads back to this exception is cut, so the chain never loops (as in CPython).
   */
  public void setContextFrom(PyBaseException handled) {
    contextDecided = true;
    if (handled == null || handled == this) {
      return;
    }
    PyBaseException o = handled;
    PyBaseException slow = handled;
    boolean advanceSlow = false;
    while (o.context instanceof PyBaseException) {
      PyBaseException next = (PyBaseException) o.context;
      if (next == this) {
        o.context = PyNone.NONE;
        break;
      }
      o = next;
      if (o == slow) {
        break; // a loop that does not pass through this exception
      }
      if (advanceSlow) {
        slow = (PyBaseException) slow.context;
      }
      advanceSlow = !advanceSlow;
    }
    context = handled;
  }

  /**
   * Chaining of an exception caught (by an except clause, finally or a with-block) while
   * {@code handled} was being handled. Built-in operations do not chain when they raise: the
   * first place that catches their exception (or that it passes out of, for a handler) does it,
   * with the exception that was being handled where it was raised.
   */
  public void chainCaught(PyBaseException handled) {
    if (!contextDecided) {
      contextDecided = true;
      if (handled != null && context == PyNone.NONE && handled != this) {
        setContextFrom(handled);
      }
    }
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
