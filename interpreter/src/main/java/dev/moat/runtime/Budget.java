package dev.moat.runtime;

import java.math.BigInteger;

/**
 * Charges work and memory done inside built-ins to the running script's budgets. Every call
 * goes to the current thread's {@link InterpreterState}; outside a script run it does nothing.
 */
public final class Budget {
  private Budget() {}

  /** Charges {@code n} steps (e.g. one per element a built-in touches). */
  public static void chargeSteps(long n) {
    InterpreterState s = InterpreterState.current();
    if (s != null) {
      s.chargeSteps(n);
    }
  }

  /** Checks that {@code bytes} more may be allocated, before allocating them. */
  public static void reserveMemory(long bytes) {
    InterpreterState s = InterpreterState.current();
    if (s != null) {
      s.reserveMemory(bytes);
    } else if (bytes > Integer.MAX_VALUE) {
      throw Errors.memoryError("");
    }
  }

  /** Containers at least this big report their growth with {@link #noteGrowth}. */
  public static final int LARGE_CONTAINER = 4096;

  /**
   * Reports that a large container grew, so memory measurement sees it even while only Java
   * code building it refers to it (a parser's result, a split, a list being filled).
   */
  public static void noteGrowth(Object container) {
    InterpreterState s = InterpreterState.current();
    if (s != null) {
      s.noteGrowth(container);
    }
  }

  /**
   * Sleeps {@code nanos} within the running script's wall-clock budget (see
   * {@link InterpreterState#sleep}); outside a run, a plain interruptible sleep.
   */
  public static void sleep(long nanos) {
    InterpreterState s = InterpreterState.current();
    if (s != null) {
      s.sleep(nanos);
      return;
    }
    long end = System.nanoTime() + nanos;
    for (long left = nanos; left > 0 && !Thread.currentThread().isInterrupted();
        left = end - System.nanoTime()) {
      java.util.concurrent.locks.LockSupport.parkNanos(left);
    }
  }

  /** Steps for a linear big-int operation. */
  static void chargeBigInt(BigInteger x, BigInteger y) {
    int words = (Math.max(x.bitLength(), y.bitLength()) >> 6) + 1;
    if (words > 16) {
      chargeSteps(words >> 4);
    }
  }

  /** Steps for a multiplicative big-int operation (quadratic-ish in size). */
  static void chargeBigMul(BigInteger x, BigInteger y) {
    long wx = (x.bitLength() >> 6) + 1;
    long wy = (y.bitLength() >> 6) + 1;
    long work = wx * wy;
    if (work > 256) {
      chargeSteps(work >> 8);
    }
  }
}
