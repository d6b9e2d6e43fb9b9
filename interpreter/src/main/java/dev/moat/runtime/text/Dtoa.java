package dev.moat.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digit generation for positive finite doubles with the semantics of David Gay's
 * {@code _Py_dg_dtoa} as used by CPython: mode 0 (shortest round-trip), mode 2 ({@code n}
 * significant digits) and mode 3 ({@code n} digits after the point), always correctly rounded
 * (round-half-even on the exact binary value), trailing zeros removed.
 *
 * <p>The result is {@code 0.DIGITS * 10**decpt}; for mode 3 a result that rounds to zero has empty
 * digits and {@code decpt == -n}, like dtoa. Zero itself yields {@code "0"}, {@code decpt == 1}.
 */
final class Dtoa {
  /** The significant digits, no leading or trailing zeros (except "0" for zero). */
  final String digits;
  /** Position of the decimal point relative to the start of {@link #digits}. */
  final int decpt;

  Dtoa(String digits, int decpt) {
    this.digits = digits;
    this.decpt = decpt;
  }

  private static final Dtoa ZERO = new Dtoa("0", 1);

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Mode 0: shortest

  /**
   * Shortest digits that round-trip to {@code v} (closest to {@code v} among the shortest,
   * ties to even), like dtoa mode 0.
   */
  static Dtoa shortest(double v) {
    if (v == 0) {
      return ZERO;
    }
    long bits = Double.doubleToRawLongBits(v) & 0x7FFFFFFFFFFFFFFFL;
    int bq = (int) (bits >>> 52);
    if (bq == 0) {
      long t = bits & ((1L << 52) - 1);
      if (t < 32) {
        // The few tiniest subnormals: this Schubfach variant never shortens a 2-digit
        // result to 1 digit, so use the exact search (it would print 4.9e-324).
        return shortestExact(Math.abs(v));
      }
      return Schubfach.toDecimal(-1074, t);
    }
    long c = (1L << 52) | (bits & ((1L << 52) - 1));
    int mq = 1075 - bq;
    if (0 < mq && mq < 53) {
      // Fast path: small integer values are their own shortest representation.
      long f = c >> mq;
      if (f << mq == c) {
        return fromLong(f, 0);
      }
    }
    return Schubfach.toDecimal(-mq, c);
  }

  /** Builds the result for {@code f * 10**e}, stripping trailing zeros of {@code f > 0}. */
  static Dtoa fromLong(long f, int e) {
    while (f % 10 == 0) {
      f /= 10;
      e++;
    }
    String s = Long.toString(f);
    return new Dtoa(s, s.length() + e);
  }

  /**
   * Reference implementation of mode 0 with exact arithmetic: for increasing lengths p, the
   * p-digit decimals nearest below and above v are the only candidates (the rounding interval is
   * convex and contains v); the first length with a candidate inside the interval wins.
   */
  static Dtoa shortestExact(double v) {
    if (v == 0) {
      return ZERO;
    }
    BigDecimal x = new BigDecimal(v);
    double up = Math.nextUp(v);
    double down = Math.nextDown(v);
    BigDecimal hiB = Double.isInfinite(up)
        ? x.add(x.subtract(new BigDecimal(down)).divide(BigDecimal.valueOf(2)))
        : x.add(new BigDecimal(up)).divide(BigDecimal.valueOf(2));
    BigDecimal loB = x.add(new BigDecimal(down)).divide(BigDecimal.valueOf(2));
    boolean inclusive = (Double.doubleToRawLongBits(v) & 1) == 0;
    for (int p = 1; p <= 17; p++) {
      BigDecimal fl = x.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal ce = x.round(new MathContext(p, RoundingMode.CEILING));
      boolean flIn = inside(fl, loB, hiB, inclusive);
      boolean ceIn = inside(ce, loB, hiB, inclusive);
      BigDecimal pick = null;
      if (flIn && ceIn) {
        int cmp = x.subtract(fl).compareTo(ce.subtract(x));
        if (cmp < 0) {
          pick = fl;
        } else if (cmp > 0) {
          pick = ce;
        } else {
          pick = x.round(new MathContext(p, RoundingMode.HALF_EVEN));
        }
      } else if (flIn) {
        pick = fl;
      } else if (ceIn) {
        pick = ce;
      }
      if (pick != null) {
        return fromBigDecimal(pick);
      }
    }
    throw new AssertionError("no 17-digit round trip for " + v);
  }

  private static boolean inside(BigDecimal d, BigDecimal lo, BigDecimal hi, boolean inclusive) {
    int a = d.compareTo(lo);
    int b = d.compareTo(hi);
    return inclusive ? a >= 0 && b <= 0 : a > 0 && b < 0;
  }

  /** Digits and decimal point position of a positive BigDecimal. */
  static Dtoa fromBigDecimal(BigDecimal d) {
    if (d.signum() == 0) {
      return ZERO;
    }
    BigInteger u = d.unscaledValue();
    String s = u.toString();
    int decpt = s.length() - d.scale();
    int end = s.length();
    while (end > 1 && s.charAt(end - 1) == '0') {
      end--;
    }
    return new Dtoa(end == s.length() ? s : s.substring(0, end), decpt);
  }

  // ---------------------------------------------------------------------------------------
  // Mode 2 and 3

  /** dtoa mode 2: {@code max(1, n)} significant digits, correctly rounded. */
  static Dtoa mode2(double v, int n) {
    if (v == 0) {
      return ZERO;
    }
    if (n < 1) {
      n = 1;
    }
    if (n <= 17) {
      Dtoa fast = mode2Fast(v, n);
      if (fast != null) {
        return fast;
      }
    }
    return mode2Exact(v, n);
  }

  /** dtoa mode 3: {@code n} digits after the decimal point (n may be negative). */
  static Dtoa mode3(double v, int n) {
    if (v == 0) {
      return ZERO;
    }
    if (n >= 0 && n <= 18) {
      long q = scaledRound(v, n);
      if (q >= 0) {
        return q == 0 ? new Dtoa("", -n) : fromLong(q, -n);
      }
    }
    return mode3Exact(v, n);
  }

  /** Mode 2 with exact BigDecimal arithmetic (the reference for the fast path). */
  static Dtoa mode2Exact(double v, int n) {
    if (v == 0) {
      return ZERO;
    }
    BigDecimal x = new BigDecimal(v);
    if (n >= x.precision()) {
      return fromBigDecimal(x); // already exact: no padding with zeros (huge precisions stay cheap)
    }
    return fromBigDecimal(x.round(new MathContext(Math.max(1, n), RoundingMode.HALF_EVEN)));
  }

  /** Mode 3 with exact BigDecimal arithmetic (the reference for the fast path). */
  static Dtoa mode3Exact(double v, int n) {
    if (v == 0) {
      return ZERO;
    }
    BigDecimal x = new BigDecimal(v);
    if (n >= x.scale()) {
      return fromBigDecimal(x); // already exact
    }
    BigDecimal r = x.setScale(n, RoundingMode.HALF_EVEN);
    return r.signum() == 0 ? new Dtoa("", -n) : fromBigDecimal(r);
  }

  private static Dtoa mode2Fast(double v, int n) {
    // Estimate the decimal exponent; fix it up if the estimate was one off.
    int e10 = (int) Math.floor(Math.log10(v)) + 1; // v in [10**(e10-1), 10**e10) roughly
    for (int attempt = 0; attempt < 2; attempt++) {
      int p = n - e10; // digits after the point
      if (p < 0 || p > 18) {
        return null;
      }
      long q = scaledRound(v, p);
      if (q < 0) {
        return null;
      }
      if (q >= POW10[n]) {
        if (q == POW10[n] && v < Math.pow(10, e10)) {
          // rounding carried into a new digit: 10**n * 10**-p
          return fromLong(q, -p);
        }
        e10++;
        continue;
      }
      if (q < POW10[n - 1]) {
        e10--;
        continue;
      }
      return fromLong(q, -p);
    }
    return null;
  }

  /**
   * round_half_even(v * 10**p) for finite v > 0 and 0 <= p <= 18 using 128-bit integer arithmetic
   * on the exact binary value; -1 when the result would not fit comfortably in a long.
   */
  static long scaledRound(double v, int p) {
    if (v >= 1e18 / POW10[p]) {
      return -1;
    }
    long bits = Double.doubleToRawLongBits(v);
    int be = (int) (bits >>> 52) & 0x7FF;
    long m = bits & ((1L << 52) - 1);
    int e;
    if (be == 0) {
      e = -1074;
    } else {
      m |= 1L << 52;
      e = be - 1075;
    }
    long pow = POW10[p];
    if (e >= 0) {
      return (m << e) * pow; // v < 1e18, so exact and in range
    }
    int s = -e;
    // P = m * pow as unsigned 128-bit (hi, lo); m < 2**53 and pow < 2**60, so P < 2**113.
    long lo = m * pow;
    long hi = Math.multiplyHigh(m, pow);
    if (s >= 114) {
      return 0; // P < 2**113 <= 2**(s-1): below one half, rounds to zero
    }
    long q;
    long remHi;
    long remLo;
    long halfHi;
    long halfLo;
    if (s >= 64) {
      q = hi >>> (s - 64);
      remLo = lo;
      remHi = s == 64 ? 0 : hi & ((1L << (s - 64)) - 1);
      if (s - 1 >= 64) {
        halfHi = 1L << (s - 65);
        halfLo = 0;
      } else {
        halfHi = 0;
        halfLo = 1L << 63;
      }
    } else {
      q = (lo >>> s) | (hi << (64 - s));
      remHi = 0;
      remLo = lo & ((1L << s) - 1);
      halfHi = 0;
      halfLo = 1L << (s - 1);
    }
    int cmp = remHi != halfHi
        ? Long.compareUnsigned(remHi, halfHi)
        : Long.compareUnsigned(remLo, halfLo);
    if (cmp > 0 || (cmp == 0 && (q & 1) != 0)) {
      q++;
    }
    return q;
  }
}
