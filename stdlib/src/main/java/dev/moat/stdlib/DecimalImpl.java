package dev.moat.stdlib;

import static dev.moat.stdlib.DecimalModule.FINITE;
import static dev.moat.stdlib.DecimalModule.INF;
import static dev.moat.stdlib.DecimalModule.NI;
import static dev.moat.stdlib.DecimalModule.NONE;
import static dev.moat.stdlib.DecimalModule.QNAN;
import static dev.moat.stdlib.DecimalModule.SNAN;
import static dev.moat.stdlib.DecimalModule.numDigits;
import static dev.moat.stdlib.DecimalModule.pow10;

import dev.moat.runtime.Arith;
import dev.moat.runtime.Budget;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.stdlib.DecimalModule.Ctx;
import dev.moat.stdlib.DecimalModule.Dec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The decimal module of one interpreter: Decimal and Context classes and the arithmetic. */
final class DecimalImpl {
  final DecimalModule.Impl impl = new DecimalModule.Impl();

  private static final String[] SIGNAL_ORDER = {"InvalidOperation", "FloatOperation",
      "DivisionByZero", "Overflow", "Underflow", "Subnormal", "Inexact", "Rounded", "Clamped"};
  private static final String[] FLAG_REPR_ORDER = {"Clamped", "InvalidOperation",
      "DivisionByZero", "Inexact", "Overflow", "Rounded", "Subnormal", "Underflow",
      "FloatOperation"};

  // ------------------------------------------------------------------ construction helpers

  Dec fin(boolean neg, BigInteger c, long e) {
    return new Dec(impl.decType, FINITE, neg, c, e);
  }

  Dec inf(boolean neg) {
    return new Dec(impl.decType, INF, neg, BigInteger.ZERO, 0);
  }

  Dec nan(boolean neg, BigInteger payload) {
    return new Dec(impl.decType, QNAN, neg, payload, 0);
  }

  Dec invalid(Ctx ctx, String cond) {
    ctx.signal(cond);
    return nan(false, BigInteger.ZERO);
  }

  Ctx ctx() {
    return impl.current;
  }

  Ctx ctxArg(Object o) {
    if (o == NONE || o == Signature.MISSING) {
      return ctx();
    }
    if (!(o instanceof Ctx)) {
      throw Errors.typeError("optional argument must be a context");
    }
    return (Ctx) o;
  }

  static Dec d(Object o) {
    return (Dec) o;
  }

  /** int or Decimal as Decimal (exact), else null. */
  Dec asDec(Object o) {
    if (o instanceof Dec) {
      return (Dec) o;
    }
    if (Arith.isInt(o)) {
      BigInteger b = Arith.big(o);
      return fin(b.signum() < 0, b.abs(), 0);
    }
    return null;
  }

  Dec fromDouble(double v) {
    if (Double.isNaN(v)) {
      return nan(Double.doubleToRawLongBits(v) < 0, BigInteger.ZERO);
    }
    if (Double.isInfinite(v)) {
      return inf(v < 0);
    }
    boolean neg = Double.doubleToRawLongBits(v) < 0;
    BigInteger[] r = FractionsModule.floatRatio(Math.abs(v));
    int k = r[1].bitLength() - 1; // den is 2**k
    return fin(neg, r[0].multiply(BigInteger.valueOf(5).pow(k)), -k);
  }

  private static final Pattern NUMBER = Pattern.compile(
      "\\s*([+-])?(?:(\\d+)?(?:\\.(\\d+)?)?(?:[eE]([+-]?\\d+))?"
          + "|(inf|infinity)|(s?nan)(\\d*))\\s*",
      Pattern.CASE_INSENSITIVE);

  Dec parse(String s, Ctx ctx) {
    Budget.chargeSteps(s.length() / 64 + 1);
    Matcher m = NUMBER.matcher(s.replace("_", ""));
    if (!m.matches()) {
      return invalid(ctx, "ConversionSyntax");
    }
    boolean neg = "-".equals(m.group(1));
    if (m.group(5) != null) {
      return inf(neg);
    }
    if (m.group(6) != null) {
      BigInteger payload = m.group(7).isEmpty() ? BigInteger.ZERO : new BigInteger(m.group(7));
      return new Dec(impl.decType, m.group(6).length() == 4 ? SNAN : QNAN, neg, payload, 0);
    }
    String ip = m.group(2) == null ? "" : m.group(2).replace("_", "");
    String fp = m.group(3) == null ? "" : m.group(3).replace("_", "");
    if (ip.isEmpty() && fp.isEmpty()) {
      return invalid(ctx, "ConversionSyntax");
    }
    long exp = 0;
    if (m.group(4) != null) {
      BigInteger e = new BigInteger(m.group(4).replace("_", ""));
      if (e.bitLength() > 62 || Math.abs(e.longValue()) > 4_000_000_000_000_000_000L) {
        return invalid(ctx, "ConversionSyntax");
      }
      exp = e.longValue();
    }
    String digits = ip + fp;
    return fin(neg, new BigInteger(digits), exp - fp.length());
  }

  Dec construct(Object v, Ctx ctx) {
    if (v instanceof Dec) {
      Dec x = (Dec) v;
      return new Dec(impl.decType, x.kind, x.neg, x.coeff, x.exp);
    }
    Dec r = asDec(v);
    if (r != null) {
      return r;
    }
    if (v instanceof String) {
      return parse((String) v, ctx);
    }
    if (v instanceof Double) {
      ctx.flag("FloatOperation");
      if (ctx.trapped("FloatOperation")) {
        ctx.signal("FloatOperation");
      }
      return fromDouble((Double) v);
    }
    if (v instanceof PyTuple || v instanceof PyList) {
      return fromTuple(Builtins.toArray(v));
    }
    throw Errors.typeError("conversion from " + Types.typeName(v) + " to Decimal is not "
        + "supported");
  }

  Dec fromTuple(Object[] t) {
    if (t.length != 3) {
      throw Errors.valueError("argument must be a sequence of length 3");
    }
    if (!Arith.isInt(t[0]) || !(Arith.big(t[0]).equals(BigInteger.ZERO)
        || Arith.big(t[0]).equals(BigInteger.ONE))) {
      throw Errors.valueError("sign must be an integer with the value 0 or 1");
    }
    boolean neg = Arith.big(t[0]).signum() != 0;
    Object[] ds = Builtins.toArray(t[1]);
    StringBuilder sb = new StringBuilder();
    for (Object x : ds) {
      if (!Arith.isInt(x) || Arith.big(x).signum() < 0 || Arith.big(x).compareTo(
          BigInteger.valueOf(9)) > 0) {
        throw Errors.valueError("coefficient must be a tuple of digits");
      }
      sb.append(Arith.big(x));
    }
    BigInteger c = sb.length() == 0 ? BigInteger.ZERO : new BigInteger(sb.toString());
    if ("F".equals(t[2])) {
      return inf(neg);
    }
    if ("n".equals(t[2]) || "N".equals(t[2])) {
      return new Dec(impl.decType, "n".equals(t[2]) ? QNAN : SNAN, neg, c, 0);
    }
    if (!Arith.isInt(t[2])) {
      throw Errors.valueError("exponent must be an integer");
    }
    return fin(neg, c, Arith.big(t[2]).longValueExact());
  }

  // ------------------------------------------------------------------ rounding

  /** Whether dropping a remainder (cmp = remainder vs half, nonzero) rounds up. */
  static boolean roundsUp(int mode, boolean neg, BigInteger kept, int cmpHalf, boolean nonzero) {
    if (!nonzero) {
      return false;
    }
    switch (mode) {
      case 0:
        return true;
      case 1:
        return false;
      case 2:
        return !neg;
      case 3:
        return neg;
      case 4:
        return cmpHalf >= 0;
      case 5:
        return cmpHalf > 0;
      case 6:
        return cmpHalf > 0 || cmpHalf == 0 && kept.testBit(0);
      default: {
        int last = kept.mod(BigInteger.TEN).intValue();
        return last == 0 || last == 5;
      }
    }
  }

  /** Drops {@code drop} digits of c with rounding: {kept, nonzeroFlag(0/1)}. */
  static BigInteger[] shed(BigInteger c, long drop, int mode, boolean neg) {
    if (drop <= 0) {
      return new BigInteger[] {c, BigInteger.ZERO};
    }
    BigInteger kept;
    int cmp;
    boolean nonzero = c.signum() != 0;
    if (drop > numDigits(c) + 1) {
      kept = BigInteger.ZERO;
      cmp = -1;
    } else {
      BigInteger p = pow10(drop);
      BigInteger[] qr = c.divideAndRemainder(p);
      kept = qr[0];
      nonzero = qr[1].signum() != 0;
      cmp = qr[1].shiftLeft(1).compareTo(p);
    }
    if (roundsUp(mode, neg, kept, cmp, nonzero)) {
      kept = kept.add(BigInteger.ONE);
    }
    return new BigInteger[] {kept, nonzero ? BigInteger.ONE : BigInteger.ZERO};
  }

  void raiseAll(Ctx ctx, List<String> conds) {
    for (String c : conds) {
      ctx.flag(c);
    }
    List<String> trapped = new ArrayList<>();
    for (String s : SIGNAL_ORDER) {
      if (conds.contains(s) && ctx.trapped(s)) {
        trapped.add(s);
      }
    }
    if (!trapped.isEmpty()) {
      StringBuilder msg = new StringBuilder("[");
      for (int i = 0; i < trapped.size(); i++) {
        msg.append(i == 0 ? "" : ", ").append("<class 'decimal.").append(trapped.get(i))
            .append("'>");
      }
      msg.append(']');
      throw new dev.moat.runtime.PyException((dev.moat.runtime.PyBaseException) Ops.call(
          impl.signal(trapped.get(0)), new Object[] {msg.toString()}, null));
    }
  }

  Dec finish(boolean neg, BigInteger c, long e, Ctx ctx) {
    return finish(neg, c, e, ctx, ctx.rounding);
  }

  /** Rounds an exact (or sticky-digit) result to the context, with CPython's conditions. */
  Dec finish(boolean neg, BigInteger c, long e, Ctx ctx, int mode) {
    List<String> conds = new ArrayList<>(4);
    long prec = ctx.prec;
    long etiny = ctx.etiny();
    long top = ctx.clamp == 1 ? ctx.etop() : ctx.emax;
    if (c.signum() == 0) {
      if (e < etiny) {
        e = etiny;
        conds.add("Clamped");
      } else if (e > top) {
        e = top;
        conds.add("Clamped");
      }
      raiseAll(ctx, conds);
      return fin(neg, c, e);
    }
    long digits = numDigits(c);
    long adj = e + digits - 1;
    boolean sub = adj < ctx.emin;
    long target = e;
    if (digits > prec) {
      target = e + digits - prec;
    }
    if (sub && target < etiny) {
      target = etiny;
    }
    boolean inexact = false;
    if (target > e) {
      BigInteger[] r = shed(c, target - e, mode, neg);
      c = r[0];
      inexact = r[1].signum() != 0;
      e = target;
      conds.add("Rounded");
      if (numDigits(c) > prec) {
        c = c.divide(BigInteger.TEN);
        e++;
      }
    }
    adj = e + numDigits(c) - 1;
    if (c.signum() != 0 && adj > ctx.emax) {
      conds.clear();
      conds.add("Overflow");
      conds.add("Inexact");
      conds.add("Rounded");
      raiseAll(ctx, conds);
      boolean toInf = mode == 0 || mode >= 4 && mode <= 6 || mode == 2 && !neg
          || mode == 3 && neg;
      if (toInf) {
        return inf(neg);
      }
      return fin(neg, pow10(prec).subtract(BigInteger.ONE), ctx.emax - prec + 1);
    }
    if (sub) {
      conds.add("Subnormal");
      if (inexact) {
        conds.add("Underflow");
        if (c.signum() == 0) {
          conds.add("Clamped");
        }
      }
    }
    if (inexact) {
      conds.add("Inexact");
    }
    if (ctx.clamp == 1 && e > top && c.signum() != 0) {
      c = c.multiply(pow10(e - top));
      e = top;
      conds.add("Clamped");
    }
    raiseAll(ctx, conds);
    return fin(neg, c, e);
  }

  /** NaN propagation for operations: null when no operand is a NaN. */
  Dec nanResult(Ctx ctx, Dec... xs) {
    for (Dec x : xs) {
      if (x.kind == SNAN) {
        ctx.signal("InvalidOperation");
        return nan(x.neg, x.coeff);
      }
    }
    for (Dec x : xs) {
      if (x.kind == QNAN) {
        return nan(x.neg, x.coeff);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ arithmetic

  Dec add(Dec a, Dec b, boolean subtract, Ctx ctx) {
    Dec n = nanResult(ctx, a, b);
    if (n != null) {
      return n;
    }
    boolean bneg = subtract != b.neg;
    if (a.kind == INF || b.kind == INF) {
      if (a.kind == INF && b.kind == INF && a.neg != bneg) {
        return invalid(ctx, "InvalidOperation");
      }
      return a.kind == INF ? inf(a.neg) : inf(bneg);
    }
    boolean xn = a.neg;
    BigInteger xc = a.coeff;
    long xe = a.exp;
    boolean yn = bneg;
    BigInteger yc = b.coeff;
    long ye = b.exp;
    long prec = ctx.prec;
    if (xc.signum() != 0 && yc.signum() != 0) {
      long xa = xe + numDigits(xc) - 1;
      long ya = ye + numDigits(yc) - 1;
      if (xa < ya) {
        boolean tn = xn;
        xn = yn;
        yn = tn;
        BigInteger tc = xc;
        xc = yc;
        yc = tc;
        long te = xe;
        xe = ye;
        ye = te;
        long ta = xa;
        xa = ya;
        ya = ta;
      }
      long limit = Math.min(xe, xa - prec) - 2;
      if (ya < limit) {
        yc = BigInteger.ONE;
        ye = limit - 1;
      }
    } else if (xc.signum() != 0 || yc.signum() != 0) {
      boolean xz = xc.signum() == 0;
      long na = xz ? ye + numDigits(yc) - 1 : xe + numDigits(xc) - 1;
      long floor = na - prec - 2;
      if (xz && xe < floor) {
        xe = Math.min(floor, ye);
      } else if (!xz && ye < floor) {
        ye = Math.min(floor, xe);
      }
    }
    long e = Math.min(xe, ye);
    BigInteger xs = xc.multiply(pow10(xe - e));
    BigInteger ys = yc.multiply(pow10(ye - e));
    FractionsModule.charge(xs, ys);
    BigInteger sum = (xn ? xs.negate() : xs).add(yn ? ys.negate() : ys);
    boolean neg;
    if (sum.signum() == 0) {
      neg = xn && yn || xn != yn && ctx.rounding == 3;
    } else {
      neg = sum.signum() < 0;
    }
    return finish(neg, sum.abs(), e, ctx);
  }

  Dec mul(Dec a, Dec b, Ctx ctx) {
    Dec n = nanResult(ctx, a, b);
    if (n != null) {
      return n;
    }
    boolean neg = a.neg != b.neg;
    if (a.kind == INF || b.kind == INF) {
      if (a.isZero() || b.isZero()) {
        return invalid(ctx, "InvalidOperation");
      }
      return inf(neg);
    }
    Budget.reserveMemory((a.coeff.bitLength() + b.coeff.bitLength()) / 8 + 16);
    FractionsModule.charge(a.coeff, b.coeff);
    return finish(neg, a.coeff.multiply(b.coeff), a.exp + b.exp, ctx);
  }

  Dec div(Dec a, Dec b, Ctx ctx) {
    Dec n = nanResult(ctx, a, b);
    if (n != null) {
      return n;
    }
    boolean neg = a.neg != b.neg;
    if (a.kind == INF) {
      if (b.kind == INF) {
        return invalid(ctx, "InvalidOperation");
      }
      return inf(neg);
    }
    if (b.kind == INF) {
      ctx.signal("Clamped");
      return fin(neg, BigInteger.ZERO, ctx.etiny());
    }
    if (b.isZero()) {
      if (a.isZero()) {
        return invalid(ctx, "DivisionUndefined");
      }
      ctx.signal("DivisionByZero");
      return inf(neg);
    }
    long ideal = a.exp - b.exp;
    if (a.isZero()) {
      return finish(neg, BigInteger.ZERO, ideal, ctx);
    }
    long k = Math.max(0, ctx.prec + b.digits() - a.digits() + 1);
    Budget.reserveMemory((k + a.digits()) / 2 + 16);
    BigInteger num = a.coeff.multiply(pow10(k));
    FractionsModule.charge(num, b.coeff);
    BigInteger[] qr = num.divideAndRemainder(b.coeff);
    BigInteger q = qr[0];
    long e = ideal - k;
    if (qr[1].signum() != 0) {
      q = q.multiply(BigInteger.TEN).add(BigInteger.ONE);
      e--;
    } else {
      while (e < ideal) {
        BigInteger[] t = q.divideAndRemainder(BigInteger.TEN);
        if (t[1].signum() != 0) {
          break;
        }
        q = t[0];
        e++;
      }
    }
    return finish(neg, q, e, ctx);
  }

  /** {quotient, remainder} of truncating division (divide-integer and remainder). */
  Dec[] divmod(Dec a, Dec b, Ctx ctx, boolean wantQ, boolean wantR) {
    Dec n = nanResult(ctx, a, b);
    if (n != null) {
      return new Dec[] {n, n};
    }
    boolean neg = a.neg != b.neg;
    if (a.kind == INF) {
      if (b.kind == INF) {
        Dec x = invalid(ctx, "InvalidOperation");
        return new Dec[] {x, x};
      }
      if (wantR) {
        Dec x = invalid(ctx, "InvalidOperation");
        return new Dec[] {wantQ ? x : inf(neg), x};
      }
      return new Dec[] {inf(neg), null};
    }
    if (b.kind == INF) {
      return new Dec[] {fin(neg, BigInteger.ZERO, 0), finish(a.neg, a.coeff, a.exp, ctx)};
    }
    if (b.isZero()) {
      if (a.isZero()) {
        Dec x = invalid(ctx, "DivisionUndefined");
        return new Dec[] {x, x};
      }
      if (wantR) {
        Dec x = invalid(ctx, "InvalidOperation");
        if (!wantQ) {
          return new Dec[] {x, x};
        }
        ctx.signal("DivisionByZero");
        return new Dec[] {inf(neg), x};
      }
      ctx.signal("DivisionByZero");
      return new Dec[] {inf(neg), null};
    }
    long e = Math.min(a.exp, b.exp);
    if (!a.isZero() && a.adjusted() - b.adjusted() > ctx.prec) {
      Dec x = invalid(ctx, "DivisionImpossible");
      return new Dec[] {x, x};
    }
    if (a.isZero() || b.adjusted() > a.adjusted() + 1) {
      Dec r = finish(a.neg, a.coeff.multiply(pow10(a.exp - e)), e, ctx);
      return new Dec[] {fin(neg, BigInteger.ZERO, 0), r};
    }
    BigInteger x = a.coeff.multiply(pow10(a.exp - e));
    BigInteger y = b.coeff.multiply(pow10(b.exp - e));
    FractionsModule.charge(x, y);
    BigInteger[] qr = x.divideAndRemainder(y);
    if (numDigits(qr[0]) > ctx.prec) {
      Dec z = invalid(ctx, "DivisionImpossible");
      return new Dec[] {z, z};
    }
    Dec q = fin(neg, qr[0], 0);
    Dec r = finish(a.neg, qr[1], e, ctx);
    return new Dec[] {q, r};
  }

  Dec power(Dec a, Object exponent, Ctx ctx) {
    Dec b = asDec(exponent);
    if (b == null) {
      return null;
    }
    Dec n = nanResult(ctx, a, b);
    if (n != null) {
      return n;
    }
    if (b.kind == INF || b.kind == FINITE && b.exp < 0 && !isIntegral(b)) {
      return DecimalMath.power(this, a, b, ctx);
    }
    BigInteger p = integralValue(b);
    if (p.signum() == 0) {
      if (a.isZero()) {
        return invalid(ctx, "InvalidOperation");
      }
      return finish(false, BigInteger.ONE, 0, ctx);
    }
    boolean odd = p.testBit(0);
    boolean neg = a.neg && odd;
    if (a.kind == INF) {
      return p.signum() > 0 ? inf(neg) : fin(neg, BigInteger.ZERO, 0);
    }
    if (a.isZero()) {
      return p.signum() > 0 ? fin(neg, BigInteger.ZERO, 0) : inf(neg);
    }
    if (p.bitLength() > 62) {
      throw Errors.overflowError("exponent too large");
    }
    long pw = Math.abs(p.longValue());
    double mag = (a.adjusted() + Math.log10(leading(a.coeff))) * pw;
    if (p.signum() < 0) {
      mag = -mag;
    }
    if (mag > ctx.emax + 2) {
      return finish(neg, BigInteger.ONE, ctx.emax + 10, ctx);
    }
    if (mag < ctx.etiny() - 2) {
      return finish(neg, BigInteger.ONE, ctx.etiny() - 10, ctx);
    }
    long wp = ctx.prec + 25 + Long.toString(pw).length();
    BigInteger c = BigInteger.ONE;
    long e = 0;
    boolean inexact = false;
    BigInteger base = a.coeff;
    long be = a.exp;
    long k = pw;
    while (true) {
      Budget.chargeSteps(1);
      if ((k & 1) == 1) {
        Budget.reserveMemory((c.bitLength() + base.bitLength()) / 8 + 16);
        FractionsModule.charge(c, base);
        c = c.multiply(base);
        e = Math.addExact(e, be);
        long dg = numDigits(c);
        if (dg > wp) {
          BigInteger[] qr = c.divideAndRemainder(pow10(dg - wp));
          inexact |= qr[1].signum() != 0;
          c = qr[0];
          e += dg - wp;
        }
      }
      k >>= 1;
      if (k == 0) {
        break;
      }
      FractionsModule.charge(base, base);
      Budget.reserveMemory(base.bitLength() / 4 + 16);
      base = base.multiply(base);
      be = Math.multiplyExact(be, 2);
      long dg = numDigits(base);
      if (dg > wp) {
        BigInteger[] qr = base.divideAndRemainder(pow10(dg - wp));
        inexact |= qr[1].signum() != 0;
        base = qr[0];
        be += dg - wp;
      }
    }
    if (p.signum() < 0) {
      Ctx work = ctx.copy();
      work.prec = wp;
      work.emax = DecimalModule.MAX_EMAX;
      work.emin = DecimalModule.MIN_EMIN;
      work.traps = new PyDict();
      work.flags = new PyDict();
      Dec r = div(fin(false, BigInteger.ONE, 0), fin(false, c, e), work);
      Object fl = work.flags.get(impl.signal("Inexact"));
      inexact |= fl != null && Ops.truth(fl);
      c = r.coeff;
      e = r.exp;
    }
    if (inexact) {
      c = c.multiply(BigInteger.TEN).add(BigInteger.ONE);
      e--;
    }
    return finish(neg, c, e, ctx);
  }

  static double leading(BigInteger c) {
    long dg = numDigits(c);
    if (dg <= 15) {
      return c.doubleValue() / Math.pow(10, dg - 1);
    }
    return c.divide(pow10(dg - 15)).doubleValue() / 1e14;
  }

  static boolean isIntegral(Dec b) {
    if (b.kind != FINITE) {
      return false;
    }
    if (b.exp >= 0 || b.coeff.signum() == 0) {
      return true;
    }
    if (-b.exp > numDigits(b.coeff)) {
      return false;
    }
    return b.coeff.mod(pow10(-b.exp)).signum() == 0;
  }

  static BigInteger integralValue(Dec b) {
    BigInteger v = b.exp >= 0 ? b.coeff.multiply(pow10(b.exp)) : b.coeff.divide(pow10(-b.exp));
    return b.neg ? v.negate() : v;
  }

  Dec sqrt(Dec a, Ctx ctx) {
    Dec n = nanResult(ctx, a);
    if (n != null) {
      return n;
    }
    long ideal = Math.floorDiv(a.exp, 2);
    if (a.isZero()) {
      return finish(a.neg, BigInteger.ZERO, ideal, ctx);
    }
    if (a.neg) {
      return invalid(ctx, "InvalidOperation");
    }
    if (a.kind == INF) {
      return inf(false);
    }
    BigInteger c = a.coeff;
    long e = a.exp;
    if ((e & 1) != 0) {
      c = c.multiply(BigInteger.TEN);
      e--;
    }
    long dg = numDigits(c);
    long k = Math.max(0, ctx.prec + 2 - (dg + 1) / 2);
    Budget.reserveMemory(ctx.prec + dg + 16);
    BigInteger x = c.multiply(pow10(2 * k));
    FractionsModule.charge(x, x);
    BigInteger[] sr = x.sqrtAndRemainder();
    BigInteger r = sr[0];
    long re = e / 2 - k;
    if (sr[1].signum() != 0) {
      r = r.multiply(BigInteger.TEN).add(BigInteger.ONE);
      re--;
    } else {
      while (re < ideal) {
        BigInteger[] t = r.divideAndRemainder(BigInteger.TEN);
        if (t[1].signum() != 0) {
          break;
        }
        r = t[0];
        re++;
      }
    }
    return finish(false, r, re, ctx, 6);
  }

  /** Numeric comparison of two non-NaN values. */
  static int cmp(Dec a, Dec b) {
    int sa = a.kind == INF ? (a.neg ? -2 : 2) : a.isZero() ? 0 : a.neg ? -1 : 1;
    int sb = b.kind == INF ? (b.neg ? -2 : 2) : b.isZero() ? 0 : b.neg ? -1 : 1;
    if (sa != sb || Math.abs(sa) != 1) {
      return Integer.compare(sa, sb);
    }
    int sign = sa;
    long aa = a.adjusted();
    long ba = b.adjusted();
    if (aa != ba) {
      return aa > ba ? sign : -sign;
    }
    long e = Math.min(a.exp, b.exp);
    BigInteger x = a.coeff.multiply(pow10(a.exp - e));
    BigInteger y = b.coeff.multiply(pow10(b.exp - e));
    return x.compareTo(y) * sign;
  }

  /** Compares a finite or infinite Decimal with an exact rational n/d. */
  static int cmpRatio(Dec a, BigInteger n, BigInteger d) {
    if (a.kind == INF) {
      return a.neg ? -1 : 1;
    }
    int sa = a.isZero() ? 0 : a.neg ? -1 : 1;
    int sb = n.signum();
    if (sa != sb || sa == 0) {
      return Integer.compare(sa, sb);
    }
    double lr = (n.abs().bitLength() - d.bitLength()) * 0.30102999566398120;
    long aa = a.adjusted();
    if (aa > lr + 3) {
      return sa;
    }
    if (aa < lr - 3) {
      return -sa;
    }
    BigInteger[] r = a.ratio();
    return r[0].multiply(d).compareTo(n.multiply(r[1]));
  }

  // ------------------------------------------------------------------ text

  static String str(Dec x, boolean capitals) {
    String sign = x.neg ? "-" : "";
    if (x.kind == INF) {
      return sign + "Infinity";
    }
    if (x.kind != FINITE) {
      return sign + (x.kind == SNAN ? "sNaN" : "NaN") + (x.coeff.signum() == 0 ? ""
          : x.coeff.toString());
    }
    Budget.chargeSteps(x.coeff.bitLength() / 256 + 1);
    String s = x.coeff.toString();
    long adj = x.exp + s.length() - 1;
    if (x.exp <= 0 && adj >= -6) {
      if (x.exp == 0) {
        return sign + s;
      }
      long pp = s.length() + x.exp;
      if (pp > 0) {
        return sign + s.substring(0, (int) pp) + "." + s.substring((int) pp);
      }
      Budget.reserveMemory(-pp + 16);
      return sign + "0." + "0".repeat((int) -pp) + s;
    }
    StringBuilder sb = new StringBuilder(sign).append(s.charAt(0));
    if (s.length() > 1) {
      sb.append('.').append(s, 1, s.length());
    }
    sb.append(capitals ? 'E' : 'e').append(adj >= 0 ? "+" : "-").append(Math.abs(adj));
    return sb.toString();
  }

  static String eng(Dec x, boolean capitals) {
    if (x.kind != FINITE || x.coeff.signum() == 0) {
      return str(x, capitals);
    }
    String s = x.coeff.toString();
    long adj = x.exp + s.length() - 1;
    if (x.exp <= 0 && adj >= -6) {
      return str(x, capitals);
    }
    int dot = 1 + (int) Math.floorMod(adj, 3L);
    long e3 = adj - Math.floorMod(adj, 3L);
    StringBuilder sb = new StringBuilder(x.neg ? "-" : "");
    if (s.length() <= dot) {
      sb.append(s).append("0".repeat(dot - s.length()));
    } else {
      sb.append(s, 0, dot).append('.').append(s, dot, s.length());
    }
    if (e3 != 0) {
      sb.append(capitals ? 'E' : 'e').append(e3 > 0 ? "+" : "-").append(Math.abs(e3));
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ misc ops

  long hash(Dec x) {
    if (x.kind == SNAN) {
      throw Errors.typeError("Cannot hash a signaling NaN value");
    }
    if (x.kind == QNAN) {
      return System.identityHashCode(x) >>> 4;
    }
    if (x.kind == INF) {
      return x.neg ? -314159 : 314159;
    }
    BigInteger P = DecimalModule.P;
    BigInteger c = x.coeff.mod(P);
    BigInteger ten = x.exp >= 0 ? BigInteger.TEN : BigInteger.TEN.modInverse(P);
    BigInteger h = c.multiply(ten.modPow(BigInteger.valueOf(Math.abs(x.exp)), P)).mod(P);
    long r = h.longValue();
    if (x.neg) {
      r = -r;
    }
    return r == -1 ? -2 : r;
  }

  Object toInt(Dec x) {
    if (x.isNan()) {
      throw Errors.valueError("cannot convert NaN to integer");
    }
    if (x.kind == INF) {
      throw Errors.overflowError("cannot convert Infinity to integer");
    }
    return Arith.norm(integralValue(x));
  }

  Object toIntRounded(Dec x, int mode) {
    if (x.isNan()) {
      throw Errors.valueError("cannot convert NaN to integer");
    }
    if (x.kind == INF) {
      throw Errors.overflowError("cannot convert Infinity to integer");
    }
    if (x.exp >= 0) {
      return toInt(x);
    }
    BigInteger v = shed(x.coeff, -x.exp, mode, x.neg)[0];
    return Arith.norm(x.neg ? v.negate() : v);
  }

  Dec toIntegral(Dec x, int mode, Ctx ctx, boolean exact) {
    Dec n = nanResult(ctx, x);
    if (n != null) {
      return n;
    }
    if (x.kind == INF) {
      return inf(x.neg);
    }
    if (x.exp >= 0) {
      return fin(x.neg, x.coeff, x.exp);
    }
    BigInteger[] r = shed(x.coeff, -x.exp, mode, x.neg);
    if (exact && r[1].signum() != 0) {
      List<String> c = new ArrayList<>();
      c.add("Inexact");
      c.add("Rounded");
      raiseAll(ctx, c);
    } else if (exact) {
      List<String> c = new ArrayList<>();
      c.add("Rounded");
      raiseAll(ctx, c);
    }
    return fin(x.neg, r[0], 0);
  }

  Dec quantize(Dec x, Dec q, int mode, Ctx ctx) {
    Dec n = nanResult(ctx, x, q);
    if (n != null) {
      return n;
    }
    if (x.kind == INF || q.kind == INF) {
      if (x.kind == INF && q.kind == INF) {
        return inf(x.neg);
      }
      return invalid(ctx, "InvalidOperation");
    }
    long target = q.exp;
    if (target > ctx.emax || target < ctx.etiny()) {
      return invalid(ctx, "InvalidOperation");
    }
    if (x.isZero()) {
      return fin(x.neg, BigInteger.ZERO, target);
    }
    BigInteger c;
    boolean inexact = false;
    boolean rounded = false;
    if (target <= x.exp) {
      if (x.adjusted() - target + 1 > ctx.prec) {
        return invalid(ctx, "InvalidOperation");
      }
      c = x.coeff.multiply(pow10(x.exp - target));
    } else {
      BigInteger[] r = shed(x.coeff, target - x.exp, mode, x.neg);
      c = r[0];
      inexact = r[1].signum() != 0;
      rounded = true;
    }
    if (numDigits(c) > ctx.prec) {
      return invalid(ctx, "InvalidOperation");
    }
    List<String> conds = new ArrayList<>();
    if (c.signum() != 0 && target + numDigits(c) - 1 < ctx.emin) {
      conds.add("Subnormal");
    }
    if (inexact) {
      conds.add("Inexact");
    }
    if (rounded) {
      conds.add("Rounded");
    }
    raiseAll(ctx, conds);
    return fin(x.neg, c, target);
  }

  Dec normalize(Dec x, Ctx ctx) {
    Dec n = nanResult(ctx, x);
    if (n != null) {
      return n;
    }
    if (x.kind == INF) {
      return inf(x.neg);
    }
    Dec r = finish(x.neg, x.coeff, x.exp, ctx);
    if (r.isZero()) {
      return fin(r.neg, BigInteger.ZERO, 0);
    }
    long top = ctx.clamp == 1 ? ctx.etop() : ctx.emax;
    BigInteger c = r.coeff;
    long e = r.exp;
    while (e < top) {
      BigInteger[] t = c.divideAndRemainder(BigInteger.TEN);
      if (t[1].signum() != 0) {
        break;
      }
      c = t[0];
      e++;
    }
    return fin(r.neg, c, e);
  }

  Dec maxMin(Dec a, Dec b, Ctx ctx, boolean max) {
    if (a.kind == SNAN || b.kind == SNAN) {
      return nanResult(ctx, a, b);
    }
    if (a.isNan() && b.isNan()) {
      return nan(a.neg, a.coeff);
    }
    if (a.isNan()) {
      return finish(b.neg, b.coeff, b.exp, ctx);
    }
    if (b.isNan()) {
      return finish(a.neg, a.coeff, a.exp, ctx);
    }
    int c = cmp(a, b);
    if (c == 0) {
      // total ordering: positive sign wins for max; then exponent
      if (a.neg != b.neg) {
        c = a.neg ? -1 : 1;
      } else {
        c = Long.compare(a.exp, b.exp);
        if (a.neg) {
          c = -c;
        }
      }
    }
    Dec r = (c >= 0) == max ? a : b;
    if (r.kind == INF) {
      return inf(r.neg);
    }
    return finish(r.neg, r.coeff, r.exp, ctx);
  }

  // ------------------------------------------------------------------ formatting

  private static final Pattern SPEC = Pattern.compile(
      "(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([eEfFgG%n])?");

  String format(Dec x, String spec, Ctx ctx) {
    if (spec.isEmpty()) {
      return str(x, ctx.capitals == 1);
    }
    Matcher m = SPEC.matcher(spec);
    if (!m.matches()) {
      throw Errors.valueError("invalid format string");
    }
    String fill = m.group(1) != null ? m.group(1) : m.group(6) != null ? "0" : " ";
    String align = m.group(2) != null ? m.group(2) : m.group(6) != null ? "=" : ">";
    String signOpt = m.group(3) == null ? "-" : m.group(3);
    int width = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
    String group = m.group(8);
    Integer precision = m.group(9) == null ? null : Integer.valueOf(m.group(9));
    String type = m.group(10);
    String body;
    boolean neg = x.neg;
    if (x.kind != FINITE) {
      body = x.kind == INF ? "Infinity" : x.kind == SNAN ? "sNaN" : "NaN";
      if (type != null && type.equals("%")) {
        body += "%";
      }
    } else {
      Dec v = x;
      String t = type == null ? (precision == null ? "" : "g") : type;
      if (t.equals("%")) {
        v = fin(v.neg, v.coeff, v.exp + 2);
      }
      switch (t) {
        case "f":
        case "F":
        case "%":
          if (precision != null) {
            v = quantizeFormat(v, -precision, ctx);
          }
          body = plain(v);
          if (t.equals("%")) {
            body += "%";
          }
          break;
        case "e":
        case "E": {
          if (precision != null) {
            long e = v.adjusted() - precision;
            v = quantizeFormat(v, e, ctx);
            if (v.digits() > precision + 1) {
              v = quantizeFormat(v, e + 1, ctx);
            }
          }
          body = sci(v, t.equals("E"));
          break;
        }
        case "g":
        case "G":
        case "n": {
          int p = precision == null ? Integer.MAX_VALUE : Math.max(precision, 1);
          if (precision != null && v.digits() > p) {
            long e = v.adjusted() - p + 1;
            v = quantizeFormat(v, e, ctx);
            if (v.digits() > p) {
              v = quantizeFormat(v, e + 1, ctx);
            }
          }
          long adj = v.adjusted();
          long leftdigits = v.exp + v.digits();
          boolean plainStyle = precision == null ? v.exp <= 0 && leftdigits > -6
              : -6 < leftdigits && leftdigits <= p;
          body = plainStyle ? plain(v) : sci(v, t.equals("G"));
          break;
        }
        default:
          body = str(fin(false, v.coeff, v.exp), ctx.capitals == 1);
      }
      if (v.isZero() && m.group(4) != null) {
        neg = false;
      }
    }
    if (group != null && x.kind == FINITE) {
      int dot = body.indexOf('.');
      int end = dot >= 0 ? dot : body.length();
      int ePos = Math.max(body.indexOf('E'), body.indexOf('e'));
      if (dot < 0 && ePos >= 0) {
        end = ePos;
      }
      int pctEnd = body.endsWith("%") && dot < 0 ? end - 1 : end;
      String intPart = body.substring(0, Math.min(end, pctEnd));
      StringBuilder g = new StringBuilder();
      for (int i = 0; i < intPart.length(); i++) {
        if (i > 0 && (intPart.length() - i) % 3 == 0) {
          g.append(group);
        }
        g.append(intPart.charAt(i));
      }
      body = g + body.substring(intPart.length());
    }
    String sign = neg ? "-" : signOpt.equals("+") ? "+" : signOpt.equals(" ") ? " " : "";
    int pad = width - sign.length() - body.length();
    if (pad <= 0) {
      return sign + body;
    }
    String fills = fill.repeat(pad);
    switch (align) {
      case "<":
        return sign + body + fills;
      case "^":
        return fill.repeat(pad / 2) + sign + body + fill.repeat(pad - pad / 2);
      case "=":
        return sign + fills + body;
      default:
        return fills + sign + body;
    }
  }

  private Dec quantizeFormat(Dec v, long e, Ctx ctx) {
    if (e <= v.exp) {
      if (v.exp - e > 100_000_000) {
        throw Errors.memoryError("");
      }
      return fin(v.neg, v.coeff.multiply(pow10(v.exp - e)), e);
    }
    BigInteger[] r = shed(v.coeff, e - v.exp, ctx.rounding, v.neg);
    return fin(v.neg, r[0], e);
  }

  private static String plain(Dec v) {
    String s = v.coeff.toString();
    if (v.exp >= 0) {
      if (v.exp > 100_000_000) {
        throw Errors.memoryError("");
      }
      Budget.reserveMemory(v.exp + s.length());
      return v.coeff.signum() == 0 ? "0" : s + "0".repeat((int) v.exp);
    }
    long pp = s.length() + v.exp;
    if (pp > 0) {
      return s.substring(0, (int) pp) + "." + s.substring((int) pp);
    }
    if (-pp > 100_000_000) {
      throw Errors.memoryError("");
    }
    return "0." + "0".repeat((int) -pp) + s;
  }

  private static String sci(Dec v, boolean capital) {
    String s = v.coeff.toString();
    long adj = v.exp + s.length() - 1;
    StringBuilder sb = new StringBuilder().append(s.charAt(0));
    if (s.length() > 1) {
      sb.append('.').append(s, 1, s.length());
    }
    return sb.append(capital ? 'E' : 'e').append(adj >= 0 ? '+' : '-').append(Math.abs(adj))
        .toString();
  }

  // ------------------------------------------------------------------ context repr

  String ctxRepr(Ctx c) {
    StringBuilder sb = new StringBuilder("Context(prec=").append(c.prec).append(", rounding=")
        .append(DecimalModule.ROUNDINGS[c.rounding]).append(", Emin=").append(c.emin)
        .append(", Emax=").append(c.emax).append(", capitals=").append(c.capitals)
        .append(", clamp=").append(c.clamp).append(", flags=[");
    String[][] order = {{"Clamped", "Clamped"}, {"ConversionSyntax", "InvalidOperation"},
        {"DivisionByZero", "DivisionByZero"}, {"DivisionImpossible", "InvalidOperation"},
        {"DivisionUndefined", "InvalidOperation"}, {"Inexact", "Inexact"},
        {"InvalidContext", "InvalidOperation"}, {"InvalidOperation", "InvalidOperation"},
        {"Overflow", "Overflow"}, {"Rounded", "Rounded"}, {"Subnormal", "Subnormal"},
        {"Underflow", "Underflow"}, {"FloatOperation", "FloatOperation"}};
    List<String> shown = new ArrayList<>();
    for (String[] cs : order) {
      Object v = c.flags.get(impl.signal(cs[1]));
      if (v == null || !Ops.truth(v) || shown.contains(cs[1])) {
        continue;
      }
      boolean anyCond = false;
      for (String[] o : order) {
        anyCond |= o[1].equals(cs[1]) && c.conds.contains(o[0]);
      }
      if (c.conds.contains(cs[0]) || !anyCond && cs[0].equals(cs[1])) {
        shown.add(cs[1]);
      }
    }
    sb.append(String.join(", ", shown));
    sb.append("], traps=[");
    appendSignals(sb, c.traps, FLAG_REPR_ORDER);
    return sb.append("])").toString();
  }

  private void appendSignals(StringBuilder sb, PyDict d, String[] order) {
    boolean first = true;
    for (String s : order) {
      Object v = d.get(impl.signal(s));
      if (v != null && Ops.truth(v)) {
        sb.append(first ? "" : ", ").append(s);
        first = false;
      }
    }
  }

  PyModule build() {
    return DecimalClasses.build(this);
  }

  static Map<String, Object> newNs() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "decimal");
    return ns;
  }

  static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

}
