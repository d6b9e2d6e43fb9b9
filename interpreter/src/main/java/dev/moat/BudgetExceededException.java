package dev.moat;

/**
 * A run used up one of its budgets (steps, time, memory, output) or was cancelled. The script
 * could not catch it; the interpreter stays usable for new runs.
 */
public final class BudgetExceededException extends MoatException {
  private static final long serialVersionUID = 1L;

  /** Which budget ran out. */
  public enum Budget { STEPS, TIME, MEMORY, OUTPUT, CANCELLED }

  private final Budget budget;
  private final long limit;
  private final int line;

  public BudgetExceededException(Budget budget, long limit, int line, String message) {
    super(message + (line > 0 ? " at line " + line : ""));
    this.budget = budget;
    this.limit = limit;
    this.line = line;
  }

  public Budget budget() {
    return budget;
  }

  /** The configured limit (steps, milliseconds, bytes). */
  public long limit() {
    return limit;
  }

  /** The script line that was running, 0 if unknown. */
  public int line() {
    return line;
  }
}
