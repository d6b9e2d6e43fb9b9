package dev.moat.runtime;

import java.math.BigInteger;

/**
 * A {@code range} whose bounds or length do not fit in a long ({@code range(10**20)}). Rare, so
 * it supports what such ranges are used for (indexing, membership, iteration, repr) through
 * BigInteger arithmetic, and leaves the fast paths to {@link PyRange}.
 */
public final class PyBigRange implements PyObject {
  final BigInteger start;
  final BigInteger stop;
  final BigInteger step;
  final BigInteger length;

  PyBigRange(BigInteger start, BigInteger stop, BigInteger step) {
    if (step.signum() == 0) {
      throw Errors.valueError("range() arg 3 must not be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
    BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
    BigInteger absStep = step.abs();
    this.length = span.signum() <= 0 ? BigInteger.ZERO
        : span.subtract(BigInteger.ONE).divide(absStep).add(BigInteger.ONE);
  }

  /** A range from Python ints: small when everything fits in a long, else big. */
  static PyObject of(Object start, Object stop, Object step) {
    BigInteger a = Arith.big(start);
    BigInteger b = Arith.big(stop);
    BigInteger c = Arith.big(step);
    if (a.bitLength() < 63 && b.bitLength() < 63 && c.bitLength() < 63) {
      return new PyRange(a.longValue(), b.longValue(), c.longValue());
    }
    return new PyBigRange(a, b, c);
  }

  @Override
  public PyType type() {
    return Types.RANGE;
  }

  Object get(Object index) {
    BigInteger i = Arith.big(index);
    if (i.signum() < 0) {
      i = i.add(length);
    }
    if (i.signum() < 0 || i.compareTo(length) >= 0) {
      throw Errors.indexError("range object index out of range");
    }
    return Arith.norm(start.add(i.multiply(step)));
  }

  boolean contains(Object v) {
    BigInteger x = Arith.big(Arith.asInt(v));
    boolean inside = step.signum() > 0 ? x.compareTo(start) >= 0 && x.compareTo(stop) < 0
        : x.compareTo(start) <= 0 && x.compareTo(stop) > 0;
    return inside && x.subtract(start).mod(step.abs()).signum() == 0;
  }

  PyIterator iterator() {
    return new PyIterator(PyIterator.RANGE_ITERATOR) {
      BigInteger i = BigInteger.ZERO;

      @Override
      public Object next() {
        if (i.compareTo(length) >= 0) {
          return null;
        }
        Object v = Arith.norm(start.add(i.multiply(step)));
        i = i.add(BigInteger.ONE);
        return v;
      }
    };
  }

  String repr() {
    return step.equals(BigInteger.ONE) ? "range(" + start + ", " + stop + ")"
        : "range(" + start + ", " + stop + ", " + step + ")";
  }

  /** What range methods that need a C-sized range raise for this one. */
  static PyException tooLarge() {
    return Errors.overflowError("Python int too large to convert to C ssize_t");
  }
}
