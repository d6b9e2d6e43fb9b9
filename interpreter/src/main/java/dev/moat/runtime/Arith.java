package dev.moat.runtime;

import dev.moat.ast.Ast.BinaryOp;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python arithmetic on the built-in numeric and sequence types. */
public final class Arith {
  private Arith() {}

  static final Object NI = PySingleton.NOT_IMPLEMENTED;
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Long when it fits, else the BigInteger itself. */
  public static Object norm(BigInteger b) {
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  public static BigInteger big(Object intValue) {
    if (intValue instanceof Long) {
      return BigInteger.valueOf((Long) intValue);
    }
    if (intValue instanceof Boolean) {
      return ((Boolean) intValue) ? BigInteger.ONE : BigInteger.ZERO;
    }
    return (BigInteger) intValue;
  }

  /** True for int and bool values. */
  public static boolean isInt(Object o) {
    return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
  }

  /** An int or bool as Long/BigInteger (bools become 0/1). */
  public static Object asInt(Object o) {
    return o instanceof Boolean ? (Object) (((Boolean) o) ? 1L : 0L) : o;
  }

  /** Converts an int to double with Python's OverflowError. */
  public static double toDouble(Object intValue) {
    if (intValue instanceof Long) {
      return (double) (Long) intValue;
    }
    if (intValue instanceof Boolean) {
      return ((Boolean) intValue) ? 1 : 0;
    }
    BigInteger b = (BigInteger) intValue;
    if (b.bitLength() > 1024) {
      throw Errors.overflowError("int too large to convert to float");
    }
    double d = b.doubleValue();
    if (Double.isInfinite(d)) {
      throw Errors.overflowError("int too large to convert to float");
    }
    return d;
  }

  /** A numeric value (int, bool or float) as double, or null when not numeric. */
  static Double numberAsDouble(Object o) {
    if (o instanceof Double) {
      return (Double) o;
    }
    if (isInt(o)) {
      return toDouble(o);
    }
    return null;
  }

  // ---------------------------------------------------------------- entry point

  /** The built-in meaning of {@code a op b}, or NotImplemented. */
  public static Object binary(BinaryOp op, Object a, Object b) {
    if (a instanceof Boolean && b instanceof Boolean
        && (op == BinaryOp.BITAND || op == BinaryOp.BITOR || op == BinaryOp.BITXOR)) {
      // bool's own &, |, ^ keep the bool type
      boolean x = (Boolean) a;
      boolean y = (Boolean) b;
      return op == BinaryOp.BITAND ? x & y : op == BinaryOp.BITOR ? x | y : x ^ y;
    }
    if (isInt(a) && isInt(b)) {
      return intOp(op, asInt(a), asInt(b));
    }
    if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
      return floatOp(op, a instanceof Double ? (Double) a : toDouble(a),
          b instanceof Double ? (Double) b : toDouble(b));
    }
    if (a instanceof PyComplex || b instanceof PyComplex) {
      Object r = ComplexMath.binary(op, a, b);
      if (r != NI) {
        return r;
      }
    }
    return Sequences.binary(op, a, b);
  }

  // ---------------------------------------------------------------- ints

  static Object intOp(BinaryOp op, Object a, Object b) {
    if (a instanceof Long && b instanceof Long) {
      long x = (Long) a;
      long y = (Long) b;
      switch (op) {
        case ADD: {
          long r = x + y;
          if (((x ^ r) & (y ^ r)) < 0) {
            return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
          }
          return r;
        }
        case SUB: {
          long r = x - y;
          if (((x ^ y) & (x ^ r)) < 0) {
            return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
          }
          return r;
        }
        case MULT: {
          long hi = Math.multiplyHigh(x, y);
          long lo = x * y;
          if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
          }
          return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        case FLOORDIV:
          if (y == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
          }
          if (x == Long.MIN_VALUE && y == -1) {
            return BigInteger.valueOf(x).negate();
          }
          return Math.floorDiv(x, y);
        case MOD:
          if (y == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
          }
          return Math.floorMod(x, y);
        case DIV:
          return trueDivide(a, b);
        case POW:
          return intPow(a, b);
        case LSHIFT:
          return lshift(a, y);
        case RSHIFT:
          if (y < 0) {
            throw Errors.valueError("negative shift count");
          }
          return x >> Math.min(y, 63);
        case BITAND:
          return x & y;
        case BITOR:
          return x | y;
        case BITXOR:
          return x ^ y;
        case MATMULT:
          return NI;
        default:
          throw new IllegalStateException();
      }
    }
    BigInteger x = big(a);
    BigInteger y = big(b);
    switch (op) {
      case ADD:
        Budget.chargeBigInt(x, y);
        return norm(x.add(y));
      case SUB:
        Budget.chargeBigInt(x, y);
        return norm(x.subtract(y));
      case MULT:
        Budget.chargeBigMul(x, y);
        return norm(x.multiply(y));
      case FLOORDIV: {
        if (y.signum() == 0) {
          throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        Budget.chargeBigMul(x, y);
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
          q = q.subtract(BigInteger.ONE);
        }
        return norm(q);
      }
      case MOD: {
        if (y.signum() == 0) {
          throw Errors.zeroDivisionError("integer modulo by zero");
        }
        Budget.chargeBigMul(x, y);
        BigInteger r = x.mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
          r = r.add(y);
        }
        return norm(r);
      }
      case DIV:
        return trueDivide(a, b);
      case POW:
        return intPow(a, b);
      case LSHIFT:
        if (b instanceof BigInteger) {
          if (y.signum() < 0) {
            throw Errors.valueError("negative shift count");
          }
          if (x.signum() == 0) {
            return 0L;
          }
          throw Errors.overflowError("too many digits in integer");
        }
        return lshift(a, (Long) b);
      case RSHIFT:
        if (y.signum() < 0) {
          throw Errors.valueError("negative shift count");
        }
        if (y.bitLength() > 31) {
          return x.signum() < 0 ? -1L : 0L;
        }
        return norm(x.shiftRight(y.intValue()));
      case BITAND:
        return norm(x.and(y));
      case BITOR:
        return norm(x.or(y));
      case BITXOR:
        return norm(x.xor(y));
      default:
        return NI;
    }
  }

  private static Object lshift(Object a, long n) {
    if (n < 0) {
      throw Errors.valueError("negative shift count");
    }
    if (a instanceof Long) {
      long x = (Long) a;
      if (x == 0) {
        return 0L;
      }
      if (n < 63) {
        long r = x << n;
        if ((r >> n) == x) {
          return r;
        }
      }
    }
    BigInteger x = big(a);
    if (x.signum() == 0) {
      return 0L;
    }
    if (n > Integer.MAX_VALUE - 64) {
      throw Errors.overflowError("too many digits in integer");
    }
    Budget.reserveMemory((x.bitLength() + n) / 8 + 16);
    return norm(x.shiftLeft((int) n));
  }

  static Object trueDivide(Object a, Object b) {
    BigInteger y = big(b);
    if (y.signum() == 0) {
      throw Errors.zeroDivisionError("division by zero");
    }
    if (a instanceof Long && b instanceof Long) {
      long x = (Long) a;
      long yy = (Long) b;
      if (Math.abs(x) < (1L << 53) && Math.abs(yy) < (1L << 53)) {
        return (double) x / (double) yy;
      }
    }
    BigInteger x = big(a);
    BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(40,
        RoundingMode.HALF_EVEN));
    double d = q.doubleValue();
    if (Double.isInfinite(d)) {
      throw Errors.overflowError("integer division result too large for a float");
    }
    return d;
  }

  static Object intPow(Object a, Object b) {
    BigInteger e = big(b);
    if (e.signum() < 0) {
      double base = toDouble(a);
      if (base == 0) {
        throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
      }
      return floatPow(base, toDouble(b));
    }
    if (a instanceof Long) {
      long x = (Long) a;
      if (x == 1 || x == 0 && e.signum() > 0) {
        return x;
      }
      if (x == -1) {
        return e.testBit(0) ? -1L : 1L;
      }
    }
    if (e.signum() == 0) {
      return 1L;
    }
    BigInteger base = big(a);
    if (e.bitLength() > 31) {
      throw Errors.memoryError("");
    }
    int n = e.intValue();
    if (a instanceof Long && b instanceof Long) {
      long x = (Long) a;
      long r = 1;
      boolean fits = true;
      for (int i = 0; i < n; i++) {
        long hi = Math.multiplyHigh(r, x);
        long lo = r * x;
        if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
          fits = false;
          break;
        }
        r = lo;
      }
      if (fits) {
        return r;
      }
    }
    long bits = (long) base.abs().bitLength() * n;
    Budget.reserveMemory(bits / 8 + 16);
    Budget.chargeSteps(bits / 64 / 8 * Math.max(1, bits / 64 / 1024));
    return norm(base.pow(n));
  }

  /** Three-argument pow(base, exp, mod) on ints. */
  public static Object modPow(Object a, Object b, Object m) {
    BigInteger mod = big(m);
    if (mod.signum() == 0) {
      throw Errors.valueError("pow() 3rd argument cannot be 0");
    }
    BigInteger base = big(a);
    BigInteger e = big(b);
    BigInteger am = mod.abs();
    BigInteger r;
    if (e.signum() < 0) {
      try {
        r = base.modInverse(am).modPow(e.negate(), am);
      } catch (ArithmeticException ex) {
        throw Errors.valueError("base is not invertible for the given modulus");
      }
    } else {
      Budget.chargeBigMul(e, am);
      r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(e, am);
    }
    if (mod.signum() < 0 && r.signum() != 0) {
      r = r.add(mod);
    }
    return norm(r);
  }

  // ---------------------------------------------------------------- floats

  /**
   * {@code x op y} on floats for the arithmetic operators (+ - * / // % **), with Python's
   * errors; the evaluator's unboxed fast path.
   */
  public static double floatBinary(BinaryOp op, double x, double y) {
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MULT:
        return x * y;
      case DIV:
        if (y == 0) {
          throw Errors.zeroDivisionError("float division by zero");
        }
        return x / y;
      case FLOORDIV:
        if (y == 0) {
          throw Errors.zeroDivisionError("float floor division by zero");
        }
        return floatDivmod(x, y)[0];
      case MOD:
        if (y == 0) {
          throw Errors.zeroDivisionError("float modulo");
        }
        return floatDivmod(x, y)[1];
      case POW:
        return floatPow(x, y);
      default:
        throw new IllegalArgumentException("no float operation " + op);
    }
  }

  static Object floatOp(BinaryOp op, double x, double y) {
    switch (op) {
      case ADD:
      case SUB:
      case MULT:
      case DIV:
      case FLOORDIV:
      case MOD:
      case POW:
        try {
          return floatBinary(op, x, y);
        } catch (ComplexPower p) {
          return p.value;
        }
      default:
        return NI;
    }
  }

  /**
   * Thrown by {@link #floatBinary} for a negative float raised to a non-integral power, whose
   * result is a complex (as in CPython): the unboxed fast paths catch it and return the value.
   */
  public static final class ComplexPower extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final transient PyComplex value;

    ComplexPower(PyComplex value) {
      super(null, null, false, false);
      this.value = value;
    }
  }

  /** CPython's float divmod (floor quotient, remainder with the divisor's sign). */
  public static double[] floatDivmod(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0) {
      if ((wx < 0) != (mod < 0)) {
        mod += wx;
        div -= 1.0;
      }
    } else {
      mod = Math.copySign(0.0, wx);
    }
    double floordiv;
    if (div != 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, vx / wx);
    }
    return new double[] {floordiv, mod};
  }

  static double floatPow(double x, double y) {
    if (y == 0) {
      return 1.0;
    }
    if (Double.isNaN(x)) {
      return x;
    }
    if (x == 0 && y < 0 && !Double.isInfinite(y)) {
      throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
    }
    if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y) && !Double.isNaN(y)) {
      throw new ComplexPower(ComplexMath.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0)));
    }
    double r = Math.pow(x, y);
    if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
      throw Errors.overflowError("(34, 'Numerical result out of range')");
    }
    return r;
  }

  // ---------------------------------------------------------------- unary

  public static Object negate(Object v) {
    if (v instanceof Long) {
      long x = (Long) v;
      return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
    }
    if (v instanceof Double) {
      return -(Double) v;
    }
    if (v instanceof Boolean) {
      return ((Boolean) v) ? -1L : 0L;
    }
    if (v instanceof BigInteger) {
      return norm(((BigInteger) v).negate());
    }
    if (v instanceof PyComplex) {
      return new PyComplex(-((PyComplex) v).real, -((PyComplex) v).imag);
    }
    return NI;
  }

  public static Object positive(Object v) {
    if (v instanceof Boolean) {
      return ((Boolean) v) ? 1L : 0L;
    }
    if (v instanceof Long || v instanceof Double || v instanceof BigInteger
        || v instanceof PyComplex) {
      return v;
    }
    return NI;
  }

  public static Object invert(Object v) {
    if (v instanceof Long) {
      return ~(Long) v;
    }
    if (v instanceof Boolean) {
      return ((Boolean) v) ? -2L : -1L;
    }
    if (v instanceof BigInteger) {
      return norm(((BigInteger) v).not());
    }
    return NI;
  }

  public static Object abs(Object v) {
    if (v instanceof Long) {
      long x = (Long) v;
      return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) Math.abs(x);
    }
    if (v instanceof Double) {
      return Math.abs((Double) v);
    }
    if (v instanceof Boolean) {
      return ((Boolean) v) ? 1L : 0L;
    }
    if (v instanceof BigInteger) {
      return norm(((BigInteger) v).abs());
    }
    if (v instanceof PyComplex) {
      return ComplexMath.abs((PyComplex) v);
    }
    return NI;
  }

  // ---------------------------------------------------------------- comparisons

  /**
   * Compares two numbers exactly (int/float mixing compares the exact values, as CPython does).
   * Returns null when a NaN is involved.
   */
  public static Integer compareNumbers(Object a, Object b) {
    if (a instanceof Long && b instanceof Long) {
      return Long.compare((Long) a, (Long) b);
    }
    if (a instanceof Double || b instanceof Double) {
      if (a instanceof Double && b instanceof Double) {
        double x = (Double) a;
        double y = (Double) b;
        if (Double.isNaN(x) || Double.isNaN(y)) {
          return null;
        }
        return x < y ? -1 : x > y ? 1 : 0;
      }
      if (a instanceof Double) {
        Integer c = compareIntDouble(asInt(b), (Double) a);
        return c == null ? null : -c;
      }
      return compareIntDouble(asInt(a), (Double) b);
    }
    return big(a).compareTo(big(b));
  }

  private static Integer compareIntDouble(Object i, double d) {
    if (Double.isNaN(d)) {
      return null;
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? -1 : 1;
    }
    if (i instanceof Long) {
      long x = (Long) i;
      if (Math.abs(x) < (1L << 53)) {
        double xd = x;
        return xd < d ? -1 : xd > d ? 1 : 0;
      }
    }
    return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
  }

  static boolean fitsLong(BigInteger b) {
    return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
  }
}
