package dev.moat.runtime;

/** Python's {@code range} (with {@code long} bounds; larger ranges raise OverflowError). */
public final class PyRange implements PyObject {
  public final long start;
  public final long stop;
  public final long step;
  public final long length;

  public PyRange(long start, long stop, long step) {
    if (step == 0) {
      throw Errors.valueError("range() arg 3 must not be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
    long n;
    if (step > 0) {
      n = start < stop ? (stop - start - 1) / step + 1 : 0;
    } else {
      n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }
    if (n < 0) {
      throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }
    this.length = n;
  }

  @Override
  public PyType type() {
    return Types.RANGE;
  }

  public long get(long i) {
    return start + i * step;
  }

  public PyIterator iterator() {
    return new PyIterator(PyIterator.RANGE_ITERATOR) {
      long i;

      @Override
      public Object next() {
        return i < length ? (Object) (start + (i++) * step) : null;
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PyRange)) {
      return false;
    }
    PyRange r = (PyRange) o;
    if (length != r.length) {
      return false;
    }
    if (length == 0) {
      return true;
    }
    if (start != r.start) {
      return false;
    }
    return length == 1 || step == r.step;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(length) * 31 + (length == 0 ? 0 : Long.hashCode(start));
  }
}
