package dev.moat.runtime;

/** Python's {@code slice(start, stop, step)}; parts are Python values (None when absent). */
public final class PySlice implements PyObject {
  public final Object start;
  public final Object stop;
  public final Object step;

  public PySlice(Object start, Object stop, Object step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  @Override
  public PyType type() {
    return Types.SLICE;
  }

  /** Start, stop, step and length resolved against a sequence length (CPython's rules). */
  public record Bounds(int start, int stop, int step, int length) {}

  public Bounds resolve(int len) {
    long stp = step == PyNone.NONE ? 1 : clampIndex(step);
    if (stp == 0) {
      throw Errors.valueError("slice step cannot be zero");
    }
    long lo;
    long hi;
    if (stp > 0) {
      lo = start == PyNone.NONE ? 0 : adjust(clampIndex(start), len, 0, len);
      hi = stop == PyNone.NONE ? len : adjust(clampIndex(stop), len, 0, len);
    } else {
      lo = start == PyNone.NONE ? len - 1 : adjust(clampIndex(start), len, -1, len - 1);
      hi = stop == PyNone.NONE ? -1 : adjust(clampIndex(stop), len, -1, len - 1);
    }
    long n;
    if (stp > 0) {
      n = lo < hi ? (hi - lo - 1) / stp + 1 : 0;
    } else {
      n = lo > hi ? (lo - hi - 1) / (-stp) + 1 : 0;
    }
    if (stp < Integer.MIN_VALUE + 1) {
      stp = Integer.MIN_VALUE + 1;
    } else if (stp > Integer.MAX_VALUE) {
      stp = Integer.MAX_VALUE;
    }
    return new Bounds((int) lo, (int) hi, (int) stp, (int) n);
  }

  private static long adjust(long i, int len, long min, long max) {
    if (i < 0) {
      i += len;
      if (i < 0) {
        return min;
      }
    } else if (i > max) {
      return max;
    }
    return i;
  }

  private static long clampIndex(Object o) {
    if (o instanceof Long) {
      return (Long) o;
    }
    if (o instanceof Boolean) {
      return ((Boolean) o) ? 1 : 0;
    }
    if (o instanceof java.math.BigInteger) {
      return ((java.math.BigInteger) o).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }
    Object idx = Ops.indexOrNull(o);
    if (idx == null) {
      throw Errors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    return clampIndex(idx);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PySlice && Ops.eq(start, ((PySlice) o).start)
        && Ops.eq(stop, ((PySlice) o).stop) && Ops.eq(step, ((PySlice) o).step);
  }

  @Override
  public int hashCode() {
    throw Errors.typeError("unhashable type: 'slice'");
  }
}
