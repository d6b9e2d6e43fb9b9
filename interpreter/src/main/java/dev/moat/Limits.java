package dev.moat;

/**
 * The budgets of one script run. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: 100,000,000 steps, 10 seconds wall-clock, 256 MB of memory held,
 * recursion depth 1000 (as CPython), 10 MB of output.
 */
public final class Limits {
  public static final Limits DEFAULT = builder().build();

  private final long maxSteps;
  private final long timeoutMillis;
  private final long maxMemoryBytes;
  private final int maxDepth;
  private final long maxOutputBytes;

  private Limits(Builder b) {
    this.maxSteps = b.maxSteps;
    this.timeoutMillis = b.timeoutMillis;
    this.maxMemoryBytes = b.maxMemoryBytes;
    this.maxDepth = b.maxDepth;
    this.maxOutputBytes = b.maxOutputBytes;
  }

  public static Builder builder() {
    return new Builder();
  }

  public long maxSteps() {
    return maxSteps;
  }

  public long timeoutMillis() {
    return timeoutMillis;
  }

  public long maxMemoryBytes() {
    return maxMemoryBytes;
  }

  public int maxDepth() {
    return maxDepth;
  }

  public long maxOutputBytes() {
    return maxOutputBytes;
  }

  /** Builds {@link Limits}; every setter rejects non-positive values. */
  public static final class Builder {
    private long maxSteps = 100_000_000L;
    private long timeoutMillis = 10_000L;
    private long maxMemoryBytes = 256L << 20;
    private int maxDepth = 1000;
    private long maxOutputBytes = 10L << 20;

    private static long positive(long v, String what) {
      if (v <= 0) {
        throw new IllegalArgumentException(what + " must be positive, got " + v);
      }
      return v;
    }

    /** Steps: loop iterations, calls, and work inside long-running built-ins. */
    public Builder maxSteps(long n) {
      this.maxSteps = positive(n, "maxSteps");
      return this;
    }

    /** Wall-clock time of one run. */
    public Builder timeoutMillis(long ms) {
      this.timeoutMillis = positive(ms, "timeoutMillis");
      return this;
    }

    /**
     * The memory a script may hold at once: everything reachable from its running frames,
     * modules and the containers being built, estimated as the JVM lays it out. Large
     * allocations are checked before they happen; the rest is measured whenever the script has
     * allocated enough since the last measurement to have reached the limit (a script near its
     * limit may overshoot by a quarter of it before the next measurement).
     */
    public Builder maxMemoryBytes(long bytes) {
      this.maxMemoryBytes = positive(bytes, "maxMemoryBytes");
      return this;
    }

    /** Python call depth before RecursionError (at most 100,000). */
    public Builder maxDepth(int depth) {
      positive(depth, "maxDepth");
      if (depth > 100_000) {
        throw new IllegalArgumentException("maxDepth must be at most 100000, got " + depth);
      }
      this.maxDepth = depth;
      return this;
    }

    /** Bytes written to stdout and stderr together. */
    public Builder maxOutputBytes(long bytes) {
      this.maxOutputBytes = positive(bytes, "maxOutputBytes");
      return this;
    }

    public Limits build() {
      return new Limits(this);
    }
  }
}
