package dev.moat.runtime;

/**
 * Thrown inside the evaluator when a budget runs out. It is a Java {@link Error} so that no
 * Python {@code except} clause, {@code finally} block or Java {@code catch (Exception)} in a
 * built-in can intercept it; the embedding API turns it into a typed host exception.
 */
public final class BudgetExceededError extends Error {
  private static final long serialVersionUID = 1L;

  /** Which budget ran out. */
  public enum Kind { STEPS, TIME, MEMORY, OUTPUT, CANCELLED }

  private final Kind kind;
  private final long limit;
  private int line;

  public BudgetExceededError(Kind kind, long limit, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.limit = limit;
  }

  public Kind kind() {
    return kind;
  }

  public long limit() {
    return limit;
  }

  /** The script line that was running, 0 if unknown. */
  public int line() {
    return line;
  }

  public void setLineIfUnknown(int line) {
    if (this.line == 0) {
      this.line = line;
    }
  }
}
