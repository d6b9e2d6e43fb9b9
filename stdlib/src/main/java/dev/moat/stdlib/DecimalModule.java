package dev.moat.stdlib;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.runtime.Arith;
import dev.moat.runtime.Budget;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code decimal}: General Decimal Arithmetic on (sign, BigInteger coefficient, long exponent),
 * with a per-interpreter context (precision, rounding, exponent limits, flags and traps).
 * Work is bounded by the precision, and digits are reserved from the memory budget first.
 */
public final class DecimalModule implements ModuleProvider {
  static final Object NONE = PyNone.NONE;
  static final Object NI = PySingleton.NOT_IMPLEMENTED;
  static final long MAX_PREC = 999999999999999999L;
  static final long MAX_EMAX = 999999999999999999L;
  static final long MIN_EMIN = -999999999999999999L;
  static final BigInteger P = FractionsModule.HASH_MODULUS;

  static final int FINITE = 0;
  static final int INF = 1;
  static final int QNAN = 2;
  static final int SNAN = 3;

  static final String[] ROUNDINGS = {"ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
      "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"};

  @Override
  public Set<String> moduleNames() {
    return Set.of("decimal");
  }

  static {
    FractionsModule.decimalRatio = o -> {
      if (!(o instanceof Dec)) {
        return null;
      }
      Dec d = (Dec) o;
      if (d.kind == INF) {
        throw Errors.overflowError("cannot convert Infinity to integer ratio");
      }
      if (d.kind != FINITE) {
        throw Errors.valueError("cannot convert NaN to integer ratio");
      }
      return d.ratio();
    };
  }

  /** A Decimal value. */
  static final class Dec extends PyInstance {
    final int kind;
    final boolean neg;
    final BigInteger coeff;
    final long exp;

    Dec(PyType t, int kind, boolean neg, BigInteger coeff, long exp) {
      super(t);
      this.kind = kind;
      this.neg = neg;
      this.coeff = coeff;
      this.exp = exp;
    }

    /** Java hash equal to that of an equal built-in int or float dict key, if any. */
    @Override
    public int hashCode() {
      if (kind == FINITE && type().name().equals("Decimal") && Math.abs(exp) < 400) {
        if (coeff.signum() == 0) {
          return Long.valueOf(0).hashCode();
        }
        BigInteger[] r = ratio();
        if (r[1].equals(BigInteger.ONE)) {
          return Arith.norm(r[0]).hashCode();
        }
        if (r[1].bitCount() == 1 && r[0].bitLength() <= 53 && r[1].bitLength() <= 1075) {
          return Double.valueOf(FractionsModule.toDouble(r[0], r[1])).hashCode();
        }
      }
      return super.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return super.equals(o);
    }

    boolean isNan() {
      return kind == QNAN || kind == SNAN;
    }

    boolean isZero() {
      return kind == FINITE && coeff.signum() == 0;
    }

    long digits() {
      return numDigits(coeff);
    }

    long adjusted() {
      return exp + digits() - 1;
    }

    BigInteger signed() {
      return neg ? coeff.negate() : coeff;
    }

    /** Exact {num, den} in lowest terms (finite only). */
    BigInteger[] ratio() {
      if (exp >= 0) {
        return new BigInteger[] {signed().multiply(pow10(exp)), BigInteger.ONE};
      }
      BigInteger den = pow10(-exp);
      BigInteger n = signed();
      BigInteger g = n.gcd(den);
      if (g.signum() == 0) {
        return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
      }
      return new BigInteger[] {n.divide(g), den.divide(g)};
    }
  }

  // ------------------------------------------------------------------ digits

  private static final BigInteger[] SMALL_POW = new BigInteger[64];

  static {
    SMALL_POW[0] = BigInteger.ONE;
    for (int i = 1; i < SMALL_POW.length; i++) {
      SMALL_POW[i] = SMALL_POW[i - 1].multiply(BigInteger.TEN);
    }
  }

  static BigInteger pow10(long k) {
    if (k < SMALL_POW.length) {
      return SMALL_POW[(int) k];
    }
    if (k > 400_000_000L) {
      throw Errors.memoryError("");
    }
    Budget.reserveMemory(k / 2 + 16);
    Budget.chargeSteps(k / 64 * Math.max(1, k / 100_000) + 1);
    return BigInteger.TEN.pow((int) k);
  }

  static long numDigits(BigInteger c) {
    if (c.signum() == 0) {
      return 1;
    }
    int bits = c.bitLength();
    long est = (long) ((bits - 1) * 0.30102999566398120) + 1;
    // est is the digit count or one less
    if (est < 18) {
      long v = c.longValue();
      long d = 1;
      long p = 10;
      while (d < 19 && v >= p) {
        d++;
        p *= 10;
      }
      return d;
    }
    return c.compareTo(pow10(est)) >= 0 ? est + 1 : est;
  }

  // ------------------------------------------------------------------ per-interpreter state

  /** One interpreter's decimal module: classes, signals and the current context. */
  static final class Impl {
    PyType decType;
    PyType ctxType;
    PyType tupleType;
    PyType cmType;
    final Map<String, PyType> signals = new LinkedHashMap<>();
    Ctx current;
    Ctx defaultContext;

    PyType signal(String name) {
      return signals.get(name);
    }
  }

  /** A Context. */
  static final class Ctx extends PyInstance {
    final Impl impl;
    long prec = 28;
    int rounding = 6;
    long emin = -999999;
    long emax = 999999;
    long capitals = 1;
    long clamp = 0;
    PyDict flags = new PyDict();
    PyDict traps = new PyDict();
    java.util.Set<String> conds = new java.util.HashSet<>();

    Ctx(PyType t, Impl impl) {
      super(t);
      this.impl = impl;
    }

    long etiny() {
      return emin - prec + 1;
    }

    long etop() {
      return emax - prec + 1;
    }

    boolean trapped(String sig) {
      PyType parent = sig.equals("ConversionSyntax") || sig.equals("DivisionImpossible")
          || sig.equals("DivisionUndefined") || sig.equals("InvalidContext")
          ? impl.signal("InvalidOperation") : impl.signal(sig);
      Object v = traps.get(parent);
      return v != null && Ops.truth(v);
    }

    void flag(String sig) {
      PyType parent = sig.equals("ConversionSyntax") || sig.equals("DivisionImpossible")
          || sig.equals("DivisionUndefined") || sig.equals("InvalidContext")
          ? impl.signal("InvalidOperation") : impl.signal(sig);
      flags.put(parent, true);
      conds.add(sig);
    }

    /** Raises signal {@code sig}: sets its flag, then raises it when trapped. */
    void signal(String sig) {
      flag(sig);
      if (trapped(sig)) {
        PyType parent = sig.equals("ConversionSyntax") || sig.equals("DivisionImpossible")
            || sig.equals("DivisionUndefined") || sig.equals("InvalidContext")
            ? impl.signal("InvalidOperation") : impl.signal(sig);
        String msg = "[<class 'decimal." + sig + "'>]";
        throw new PyException((PyBaseException) Ops.call(parent, new Object[] {msg}, null));
      }
    }

    Ctx copy() {
      Ctx c = new Ctx(impl.ctxType, impl);
      c.prec = prec;
      c.rounding = rounding;
      c.emin = emin;
      c.emax = emax;
      c.capitals = capitals;
      c.clamp = clamp;
      c.flags = dictCopy(flags);
      c.traps = dictCopy(traps);
      c.conds.addAll(conds);
      return c;
    }
  }

  static PyDict dictCopy(PyDict d) {
    PyDict r = new PyDict();
    for (PyDict.Entry e : d.entries()) {
      r.put(e.key, e.value);
    }
    return r;
  }

  @Override
  public PyModule create(String name) {
    return new DecimalImpl().build();
  }
}
