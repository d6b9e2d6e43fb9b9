package dev.moat.stdlib;

import static dev.moat.stdlib.DecimalModule.FINITE;
import static dev.moat.stdlib.DecimalModule.INF;
import static dev.moat.stdlib.DecimalModule.numDigits;
import static dev.moat.stdlib.DecimalModule.pow10;

import dev.moat.runtime.Budget;
import dev.moat.stdlib.DecimalModule.Ctx;
import dev.moat.stdlib.DecimalModule.Dec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded exp, ln and log10 for Decimal: series evaluated with guard digits on
 * {@link BigDecimal}, repeated with more digits until the rounding is certain (Ziv's strategy);
 * results are rounded half-even, as CPython's.
 */
final class DecimalMath {
  private DecimalMath() {}

  /** A value mantissa * 10**shift. */
  private record Approx(BigDecimal mantissa, long shift) {}

  private static MathContext mc(long digits) {
    if (digits > 100_000_000) {
      throw dev.moat.runtime.Errors.memoryError("");
    }
    Budget.reserveMemory(digits * 4 + 64);
    return new MathContext((int) digits, RoundingMode.HALF_EVEN);
  }

  /** atanh(1/n) to the context's precision. */
  private static BigDecimal atanhInv(long n, MathContext mc) {
    BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
    BigDecimal x2 = x.multiply(x, mc);
    BigDecimal term = x;
    BigDecimal sum = x;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
    for (long k = 1; term.abs().compareTo(eps) > 0; k++) {
      Budget.chargeSteps(mc.getPrecision() / 64 + 1);
      term = term.multiply(x2, mc);
      sum = sum.add(term.divide(BigDecimal.valueOf(2 * k + 1), mc), mc);
    }
    return sum;
  }

  static BigDecimal ln2(MathContext mc) {
    return atanhInv(3, mc).multiply(BigDecimal.valueOf(2), mc);
  }

  static BigDecimal ln10(MathContext mc) {
    // ln 10 = 3 ln 2 + ln(5/4), ln(5/4) = 2 atanh(1/9)
    return ln2(mc).multiply(BigDecimal.valueOf(3), mc).add(
        atanhInv(9, mc).multiply(BigDecimal.valueOf(2), mc), mc);
  }

  /** 2 atanh(z) = ln((1+z)/(1-z)) for small |z|. */
  private static BigDecimal atanhSeries(BigDecimal z, MathContext mc) {
    BigDecimal z2 = z.multiply(z, mc);
    BigDecimal term = z;
    BigDecimal sum = z;
    if (z.signum() == 0) {
      return z;
    }
    BigDecimal eps = z.abs().movePointLeft(mc.getPrecision() + 2);
    for (long k = 1; term.abs().compareTo(eps) > 0; k++) {
      Budget.chargeSteps(mc.getPrecision() / 64 + 1);
      term = term.multiply(z2, mc);
      sum = sum.add(term.divide(BigDecimal.valueOf(2 * k + 1), mc), mc);
    }
    return sum.multiply(BigDecimal.valueOf(2), mc);
  }

  /** ln of a positive finite exact value c * 10**e, with relative error ~10**-(wp-3). */
  private static BigDecimal ln(BigInteger c, long e, long wp) {
    MathContext m = mc(wp + 10);
    long d = numDigits(c);
    long scale = -e;
    if (e + d - 1 >= -1 && e + d - 1 <= 0 && Math.abs(scale) < 1_000_000_000L) {
      BigDecimal x = new BigDecimal(c, (int) scale);
      if (x.compareTo(new BigDecimal("0.5")) >= 0 && x.compareTo(BigDecimal.valueOf(2)) <= 0) {
        BigDecimal z = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), m);
        return atanhSeries(z, m);
      }
    }
    // x = mant * 10**(e + d), mant in [0.1, 1)
    long k = e + d;
    MathContext mk = mc(wp + 10 + Long.toString(Math.abs(k)).length());
    BigDecimal mant = new BigDecimal(c, (int) d);
    int a = 0;
    BigDecimal two = BigDecimal.valueOf(2);
    while (mant.compareTo(new BigDecimal("0.75")) < 0) {
      mant = mant.multiply(two);
      a--;
    }
    BigDecimal z = mant.subtract(BigDecimal.ONE).divide(mant.add(BigDecimal.ONE), mk);
    BigDecimal r = atanhSeries(z, mk);
    if (a != 0) {
      r = r.add(ln2(mk).multiply(BigDecimal.valueOf(a), mk), mk);
    }
    if (k != 0) {
      r = r.add(ln10(mk).multiply(BigDecimal.valueOf(k), mk), mk);
    }
    return r;
  }

  /** exp(x) as mantissa * 10**shift, relative error ~10**-(wp-3). */
  private static Approx exp(BigDecimal x, long wp) {
    long extra = 20;
    MathContext m = mc(wp + extra + 20);
    BigDecimal l10 = ln10(m);
    BigInteger k = x.divide(l10, m).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    MathContext mk = mc(wp + extra + 20 + k.abs().toString().length());
    if (k.signum() != 0) {
      l10 = ln10(mk);
    }
    BigDecimal r = x.subtract(l10.multiply(new BigDecimal(k), mk), mk);
    int s = 12;
    BigDecimal rr = r.divide(BigDecimal.valueOf(1L << s), mk);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(mk.getPrecision() + 2);
    for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
      Budget.chargeSteps(mk.getPrecision() / 64 + 1);
      term = term.multiply(rr, mk).divide(BigDecimal.valueOf(n), mk);
      sum = sum.add(term, mk);
    }
    for (int i = 0; i < s; i++) {
      sum = sum.multiply(sum, mk);
    }
    return new Approx(sum, k.longValueExact());
  }

  /** Rounds an approximation (relative error below 10**-(wp-3)) if the rounding is certain. */
  private static Dec settle(DecimalImpl m, boolean neg, BigDecimal v, long shift, long wp,
      Ctx ctx, boolean force) {
    BigDecimal r = v.abs().round(new MathContext((int) wp, RoundingMode.HALF_EVEN));
    BigInteger c = r.unscaledValue();
    long e = -(long) r.scale() + shift;
    long dg = numDigits(c);
    if (dg < wp) {
      c = c.multiply(pow10(wp - dg));
      e -= wp - dg;
      dg = wp;
    }
    long drop = dg - ctx.prec;
    if (!force && drop > 0) {
      BigInteger slack = BigInteger.valueOf(1000);
      BigInteger[] lo = DecimalImpl.shed(c.subtract(slack), drop, 6, neg);
      BigInteger[] hi = DecimalImpl.shed(c.add(slack), drop, 6, neg);
      if (!lo[0].equals(hi[0]) || numDigits(c.subtract(slack)) != dg
          || numDigits(c.add(slack)) != dg) {
        return null;
      }
    }
    return m.finish(neg, c.multiply(BigInteger.TEN).add(BigInteger.ONE), e - 1, ctx, 6);
  }

  private static BigDecimal exact(Dec x) {
    return new BigDecimal(x.neg ? x.coeff.negate() : x.coeff, (int) -x.exp);
  }

  static Dec exp(DecimalImpl m, Dec x, Ctx ctx) {
    Dec n = m.nanResult(ctx, x);
    if (n != null) {
      return n;
    }
    if (x.kind == INF) {
      return x.neg ? m.fin(false, BigInteger.ZERO, 0) : m.inf(false);
    }
    if (x.isZero()) {
      return m.finish(false, BigInteger.ONE, 0, ctx);
    }
    if (x.adjusted() >= 19) {
      return x.neg ? m.finish(false, BigInteger.ONE, ctx.etiny() - 10, ctx, 6)
          : m.finish(false, BigInteger.ONE, ctx.emax + 10, ctx, 6);
    }
    Dec arg = x;
    if (x.adjusted() < -(ctx.prec + 20)) {
      arg = m.fin(x.neg, BigInteger.ONE, -(ctx.prec + 20));
    }
    BigDecimal bx = exact(arg);
    for (long extra = 12; ; extra += 24) {
      long wp = ctx.prec + extra;
      Approx a = exp(bx, wp);
      Dec r = settle(m, false, a.mantissa(), a.shift(), wp, ctx, extra > 200);
      if (r != null) {
        return r;
      }
    }
  }

  static Dec ln(DecimalImpl m, Dec x, Ctx ctx, boolean base10) {
    Dec n = m.nanResult(ctx, x);
    if (n != null) {
      return n;
    }
    if (x.isZero()) {
      return m.inf(true);
    }
    if (x.neg) {
      return m.invalid(ctx, "InvalidOperation");
    }
    if (x.kind == INF) {
      return m.inf(false);
    }
    BigInteger c = x.coeff;
    long e = x.exp;
    if (c.equals(pow10(numDigits(c) - 1))) {
      long p = e + numDigits(c) - 1; // x == 10**p
      if (p == 0) {
        return m.fin(false, BigInteger.ZERO, 0);
      }
      if (base10) {
        return m.finish(p < 0, BigInteger.valueOf(Math.abs(p)), 0, ctx);
      }
    }
    for (long extra = 12; ; extra += 24) {
      long wp = ctx.prec + extra;
      BigDecimal v = ln(c, e, wp);
      if (base10) {
        MathContext mk = mc(wp + 20);
        v = v.divide(ln10(mk), mk);
      }
      Dec r = settle(m, v.signum() < 0, v, 0, wp, ctx, extra > 200);
      if (r != null) {
        return r;
      }
    }
  }

  /** x ** y for a non-integral (or infinite) y, correctly rounded as CPython's. */
  static Dec power(DecimalImpl m, Dec x, Dec y, Ctx ctx) {
    if (x.neg && !x.isZero()) {
      return m.invalid(ctx, "InvalidOperation");
    }
    int ysign = y.isZero() ? 0 : y.neg ? -1 : 1;
    if (x.isZero()) {
      return ysign > 0 ? m.fin(false, BigInteger.ZERO, 0) : m.inf(false);
    }
    if (x.kind == INF) {
      return ysign > 0 ? m.inf(false) : m.fin(false, BigInteger.ZERO, 0);
    }
    int c1 = DecimalImpl.cmp(x, m.fin(false, BigInteger.ONE, 0));
    if (c1 == 0) {
      java.util.List<String> conds = new java.util.ArrayList<>();
      conds.add("Inexact");
      conds.add("Rounded");
      m.raiseAll(ctx, conds);
      return m.fin(false, pow10(ctx.prec - 1), -(ctx.prec - 1));
    }
    if (y.kind == INF) {
      return (c1 > 0) == (ysign > 0) ? m.inf(false) : m.fin(false, BigInteger.ZERO, 0);
    }
    BigDecimal by = exact(y);
    for (long extra = 12; ; extra += 24) {
      long wp = ctx.prec + extra;
      BigDecimal l0 = ln(x.coeff, x.exp, 20);
      BigDecimal t0 = l0.multiply(by, mc(20));
      if (t0.abs().compareTo(new BigDecimal("1e19")) >= 0) {
        return t0.signum() < 0 ? m.finish(false, BigInteger.ONE, ctx.etiny() - 10, ctx, 6)
            : m.finish(false, BigInteger.ONE, ctx.emax + 10, ctx, 6);
      }
      long mag = t0.abs().toBigInteger().toString().length();
      BigDecimal l = ln(x.coeff, x.exp, wp + mag + 2);
      BigDecimal t = l.multiply(by, mc(wp + mag + 12));
      Approx a = exp(t, wp);
      Dec r = settle(m, false, a.mantissa(), a.shift(), wp, ctx, extra > 200);
      if (r != null) {
        return r;
      }
    }
  }

  static boolean isFinite(Dec x) {
    return x.kind == FINITE;
  }
}
