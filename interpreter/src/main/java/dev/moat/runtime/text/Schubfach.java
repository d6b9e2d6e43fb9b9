package dev.moat.runtime.text;

import java.math.BigInteger;

/**
 * Shortest decimal for normal doubles using Raffaello Giulietti's Schubfach algorithm ("The
 * Schubfach way to render doubles", 2020), the algorithm behind {@code Double.toString} since
 * JDK 19. Only the digit selection is used (CPython's layout is applied elsewhere); the tiniest
 * subnormals are handled by {@link Dtoa#shortestExact} because this variant may keep two digits
 * where CPython's dtoa finds one.
 */
final class Schubfach {
  private Schubfach() {}

  private static final int K_MIN = -324;
  private static final int K_MAX = 292;
  private static final long MASK_63 = 0x7FFFFFFFFFFFFFFFL;
  private static final long C_MIN = 1L << 52;
  private static final int Q_MIN = -1074;

  /** g1, g0 pairs for k in [K_MIN, K_MAX], with g = g1 * 2**63 + g0 = floor(10**-k / 2**r) + 1. */
  private static final long[] G = new long[2 * (K_MAX - K_MIN + 1)];

  static {
    // Computed at class load with exact integer arithmetic instead of a 600-entry literal table.
    BigInteger ten = BigInteger.TEN;
    BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
    for (int k = K_MIN; k <= K_MAX; k++) {
      int r = flog2pow10(-k) - 125;
      BigInteger floor;
      if (k <= 0) {
        BigInteger p = ten.pow(-k);
        floor = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
      } else {
        floor = BigInteger.ONE.shiftLeft(-r).divide(ten.pow(k));
      }
      BigInteger g = floor.add(BigInteger.ONE);
      int i = 2 * (k - K_MIN);
      G[i] = g.shiftRight(63).longValueExact();
      G[i + 1] = g.and(mask63).longValueExact();
    }
  }

  /** floor(log10(2**e)) for |e| <= 5456721. */
  static int flog10pow2(int e) {
    return (int) (e * 661_971_961_083L >> 41);
  }

  /** floor(log10(3/4 * 2**e)) for |e| <= 2**20. */
  static int flog10threeQuartersPow2(int e) {
    return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
  }

  /** floor(log2(10**e)) for |e| <= 1233. */
  static int flog2pow10(int e) {
    return (int) (e * 913_124_641_741L >> 38);
  }

  /** The shortest decimal of the double {@code c * 2**q} (normal, or subnormal with c >= 32). */
  static Dtoa toDecimal(int q, long c) {
    int out = (int) c & 0x1;
    long cb = c << 2;
    long cbr = cb + 2;
    long cbl;
    int k;
    if (c != C_MIN | q == Q_MIN) {
      // regular spacing
      cbl = cb - 2;
      k = flog10pow2(q);
    } else {
      // irregular spacing (the lower neighbour is closer)
      cbl = cb - 1;
      k = flog10threeQuartersPow2(q);
    }
    int h = q + flog2pow10(-k) + 2;
    int gi = 2 * (k - K_MIN);
    long g1 = G[gi];
    long g0 = G[gi + 1];

    long vb = rop(g1, g0, cb << h);
    long vbl = rop(g1, g0, cbl << h);
    long vbr = rop(g1, g0, cbr << h);

    long s = vb >> 2;
    if (s >= 100) {
      // Try one digit less: s' = floor(s / 10) computed as a multiplication.
      long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
      long tp10 = sp10 + 10;
      boolean upin = vbl + out <= sp10 << 2;
      boolean wpin = (tp10 << 2) + out <= vbr;
      if (upin != wpin) {
        return Dtoa.fromLong(upin ? sp10 : tp10, k);
      }
    }
    long t = s + 1;
    boolean uin = vbl + out <= s << 2;
    boolean win = (t << 2) + out <= vbr;
    if (uin != win) {
      return Dtoa.fromLong(uin ? s : t, k);
    }
    // Both candidates round-trip: take the closer one, ties to even.
    long cmp = vb - (s + t << 1);
    return Dtoa.fromLong(cmp < 0 || cmp == 0 && (s & 0x1) == 0 ? s : t, k);
  }

  private static long rop(long g1, long g0, long cp) {
    long x1 = Math.multiplyHigh(g0, cp);
    long y0 = g1 * cp;
    long y1 = Math.multiplyHigh(g1, cp);
    long z = (y0 >>> 1) + x1;
    long vbp = y1 + (z >>> 63);
    return vbp | (z & MASK_63) + MASK_63 >>> 63;
  }
}
