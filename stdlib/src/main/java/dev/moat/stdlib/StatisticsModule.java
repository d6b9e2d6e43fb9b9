package dev.moat.stdlib;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Arith;
import dev.moat.runtime.Budget;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code statistics}: averages and spread computed exactly on rationals (ints, Fractions and
 * the exact values of floats), then converted once to the widest input type, as CPython does;
 * the float-based functions (fmean, covariance, correlation, linear_regression, geometric_mean)
 * use a correctly rounded sum like CPython's {@code fsum}; {@code NormalDist}.
 */
public final class StatisticsModule implements ModuleProvider {
  private static final Object NONE = PyNone.NONE;

  @Override
  public Set<String> moduleNames() {
    return Set.of("statistics");
  }

  /** An exact rational num/den with den > 0. */
  private record Q(BigInteger num, BigInteger den) {
    static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);

    static Q of(BigInteger n, BigInteger d) {
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      FractionsModule.charge(n, d);
      BigInteger g = n.gcd(d);
      return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Q(n, d) : new Q(n.divide(g),
          d.divide(g));
    }

    Q add(Q o) {
      if (den.equals(o.den)) {
        return of(num.add(o.num), den);
      }
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Q sub(Q o) {
      return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Q mul(Q o) {
      return of(num.multiply(o.num), den.multiply(o.den));
    }

    Q div(Q o) {
      return of(num.multiply(o.den), den.multiply(o.num));
    }

    Q div(long n) {
      return of(num, den.multiply(BigInteger.valueOf(n)));
    }

    double toDouble() {
      return FractionsModule.toDouble(num, den);
    }
  }

  /** The exact sum of some values with the type CPython's {@code _sum} would report. */
  private static final class Sum {
    PyType type = Types.INT;
    Q total = Q.ZERO;
    Q squares = Q.ZERO;
    Object special; // the Python sum of the non-finite floats, or null
    int count;
    final List<Q> values = new ArrayList<>();
  }

  // ------------------------------------------------------------------ exact helpers

  /** CPython's _coerce on types. */
  private static PyType coerce(PyType t, PyType s) {
    if (t == s || s == Types.INT || s == Types.BOOL) {
      return t;
    }
    if (t == Types.INT) {
      return s;
    }
    if (s.isSubtypeOf(t)) {
      return s;
    }
    if (t.isSubtypeOf(s)) {
      return t;
    }
    if (t.isSubtypeOf(Types.INT)) {
      return s;
    }
    if (s.isSubtypeOf(Types.INT)) {
      return t;
    }
    if (t.isSubtypeOf(FractionsModule.FRACTION) && s.isSubtypeOf(Types.FLOAT)) {
      return s;
    }
    if (t.isSubtypeOf(Types.FLOAT) && s.isSubtypeOf(FractionsModule.FRACTION)) {
      return t;
    }
    throw Errors.typeError("don't know how to coerce " + t.name() + " and " + s.name());
  }

  /** The exact value of x, or null for a non-finite float. */
  private static Q exact(Object x) {
    if (Arith.isInt(x)) {
      return new Q(Arith.big(Arith.asInt(x)), BigInteger.ONE);
    }
    if (x instanceof Double) {
      double d = (Double) x;
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      BigInteger[] r = FractionsModule.floatRatio(d);
      return new Q(r[0], r[1]);
    }
    if (x instanceof FractionsModule.Frac) {
      FractionsModule.Frac f = (FractionsModule.Frac) x;
      return new Q(f.num(), f.den());
    }
    Object m = x instanceof PyInstance ? Ops.getAttrOrNull(x, "as_integer_ratio") : null;
    if (m != null) {
      Object r;
      try {
        r = Ops.call(m, new Object[0], null);
      } catch (PyException e) {
        if (isInstance(e, ExceptionTypes.OVERFLOW_ERROR)
            || isInstance(e, ExceptionTypes.VALUE_ERROR)) {
          return null;
        }
        throw e;
      }
      Object[] p = Builtins.toArray(r);
      return Q.of(Arith.big(p[0]), Arith.big(p[1]));
    }
    throw Errors.typeError("can't convert type '" + Types.typeName(x)
        + "' to numerator/denominator");
  }

  private static boolean isInstance(PyException e, PyType t) {
    return Types.typeOf(e.exception()).isSubtypeOf(t);
  }

  private static Sum sum(Object[] xs, boolean squares) {
    Sum s = new Sum();
    for (Object x : xs) {
      Budget.chargeSteps(1);
      s.type = coerce(s.type, Types.typeOf(x));
      Q q = exact(x);
      s.count++;
      if (q == null) {
        s.special = s.special == null ? x : Ops.binary(BinaryOp.ADD, s.special, x);
        continue;
      }
      s.values.add(q);
      s.total = s.total.add(q);
      if (squares) {
        s.squares = s.squares.add(q.mul(q));
      }
    }
    return s;
  }

  private static Object fraction(Q q) {
    return FractionsModule.make(q.num, q.den);
  }

  /** CPython's _convert(value, T) for an exact value. */
  private static Object convert(Q q, PyType t) {
    if (t == Types.INT || t == Types.BOOL) {
      return q.den.equals(BigInteger.ONE) ? Arith.norm(q.num) : (Object) q.toDouble();
    }
    if (t == Types.FLOAT) {
      return q.toDouble();
    }
    if (t == FractionsModule.FRACTION) {
      return fraction(q);
    }
    if (t.isSubtypeOf(FractionsModule.FRACTION) || t.isSubtypeOf(Types.FLOAT)
        || t.isSubtypeOf(Types.INT)) {
      return Ops.call(t, new Object[] {fraction(q)}, null);
    }
    return Ops.binary(BinaryOp.DIV, Ops.call(t, new Object[] {Arith.norm(q.num)}, null),
        Ops.call(t, new Object[] {Arith.norm(q.den)}, null));
  }

  /** Converts a result that may be a non-finite Python value. */
  private static Object convertAny(Object v, PyType t) {
    if (v instanceof Q) {
      return convert((Q) v, t);
    }
    return Ops.call(t == Types.INT ? Types.FLOAT : t, new Object[] {v}, null);
  }

  /** Python's {@code float(x)} for any numeric value. */
  private static double dbl(Object x) {
    if (x instanceof Double) {
      return (Double) x;
    }
    return (Double) Ops.call(Types.FLOAT, new Object[] {x}, null);
  }

  /** CPython's fsum: the correctly rounded sum of the floats of the values. */
  private static double fsum(List<Object> xs) {
    return MathModule.fsum(PyList.copyOf(xs));
  }

  private static Object bin(BinaryOp op, Object a, Object b) {
    return Ops.binary(op, a, b);
  }

  private static int len(Object o) {
    return Ops.len(o);
  }

  private static List<Object> list(Object o) {
    return new ArrayList<>(Arrays.asList(Builtins.toArray(o)));
  }

  // ------------------------------------------------------------------ module

  @Override
  public PyModule create(String name) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "statistics");
    PyType error = PyType.createClass("StatisticsError", new PyType[] {
        ExceptionTypes.VALUE_ERROR}, ns);
    PyType linReg = NamedTuples.create("LinearRegression", "slope intercept", false, NONE,
        "statistics");
    PyType normalDist = normalDist(error);
    return ModuleBuilder.named("statistics")
        .constant("StatisticsError", error)
        .constant("NormalDist", normalDist)
        .constant("LinearRegression", linReg)
        .function("mean", "data", a -> {
          Sum s = sum(Builtins.toArray(a[0]), false);
          if (s.count < 1) {
            throw err(error, "mean requires at least one data point");
          }
          if (s.special != null) {
            return convertAny(bin(BinaryOp.DIV, s.special, (long) s.count), s.type);
          }
          return convert(s.total.div(s.count), s.type);
        })
        .function("fmean", "data, weights=None", a -> fmean(a[0], a[1], error))
        .function("geometric_mean", "data", a -> {
          try {
            List<Object> logs = new ArrayList<>();
            for (Object x : Builtins.toArray(a[0])) {
              logs.add(MathModule.logHelper(x, StrictMath::log));
            }
            double m = (Double) fmean(PyList.copyOf(logs), NONE, error);
            double r = StrictMath.exp(m);
            if (Double.isInfinite(r)) {
              throw Errors.overflowError("math range error");
            }
            return r;
          } catch (PyException e) {
            if (isInstance(e, ExceptionTypes.VALUE_ERROR)) {
              throw err(error, "geometric mean requires a non-empty dataset containing "
                  + "positive numbers");
            }
            throw e;
          }
        })
        .function("harmonic_mean", "data, weights=None", a -> harmonicMean(a[0], a[1], error))
        .function("median", "data", a -> {
          List<Object> xs = sorted(a[0]);
          if (xs.isEmpty()) {
            throw err(error, "no median for empty data");
          }
          int n = xs.size();
          if (n % 2 == 1) {
            return xs.get(n / 2);
          }
          return bin(BinaryOp.DIV, bin(BinaryOp.ADD, xs.get(n / 2 - 1), xs.get(n / 2)), 2L);
        })
        .function("median_low", "data", a -> {
          List<Object> xs = sorted(a[0]);
          if (xs.isEmpty()) {
            throw err(error, "no median for empty data");
          }
          int n = xs.size();
          return n % 2 == 1 ? xs.get(n / 2) : xs.get(n / 2 - 1);
        })
        .function("median_high", "data", a -> {
          List<Object> xs = sorted(a[0]);
          if (xs.isEmpty()) {
            throw err(error, "no median for empty data");
          }
          return xs.get(xs.size() / 2);
        })
        .function("median_grouped", "data, interval=1.0", a -> {
          List<Object> xs = sorted(a[0]);
          int n = xs.size();
          if (n == 0) {
            throw err(error, "no median for empty data");
          }
          Object x = xs.get(n / 2);
          int i = 0;
          while (i < n && Ops.lessThan(xs.get(i), x)) {
            i++;
          }
          int j = i;
          while (j < n && !Ops.lessThan(x, xs.get(j))) {
            j++;
          }
          Budget.chargeSteps(n);
          double interval;
          double xf;
          try {
            interval = dbl(a[1]);
            xf = dbl(x);
          } catch (PyException e) {
            if (isInstance(e, ExceptionTypes.VALUE_ERROR)) {
              throw Errors.typeError("Value cannot be converted to a float");
            }
            throw e;
          }
          double lower = xf - interval / 2.0;
          return lower + interval * ((double) n / 2 - i) / (j - i);
        })
        .function("mode", "data", a -> {
          List<Object> modes = modes(a[0]);
          if (modes.isEmpty()) {
            throw err(error, "no mode for empty data");
          }
          return modes.get(0);
        })
        .function("multimode", "data", a -> PyList.copyOf(modes(a[0])))
        .function("quantiles", "data, *, n=4, method='exclusive'",
            a -> quantiles(a[0], a[1], a[2], error))
        .function("variance", "data, xbar=None", a -> variance(a[0], a[1], true, error,
            "variance", false))
        .function("pvariance", "data, mu=None", a -> variance(a[0], a[1], false, error,
            "pvariance", false))
        .function("stdev", "data, xbar=None", a -> variance(a[0], a[1], true, error,
            "stdev", true))
        .function("pstdev", "data, mu=None", a -> variance(a[0], a[1], false, error,
            "pstdev", true))
        .function("covariance", "x, y, /", a -> {
          List<Object> x = list(a[0]);
          List<Object> y = list(a[1]);
          pairCheck(x, y, error, "covariance");
          return sxy(x, y) / (x.size() - 1);
        })
        .function("correlation", "x, y, /", a -> {
          List<Object> x = list(a[0]);
          List<Object> y = list(a[1]);
          pairCheck(x, y, error, "correlation");
          double sxy = sxy(x, y);
          double sxx = sxx(x);
          double syy = sxx(y);
          double root = Math.sqrt(sxx * syy);
          if (root == 0) {
            throw err(error, "at least one of the inputs is constant");
          }
          return sxy / root;
        })
        .function("linear_regression", "x, y, /, *, proportional=False", a -> {
          List<Object> x = list(a[0]);
          List<Object> y = list(a[1]);
          pairCheck(x, y, error, "linear regression");
          double sxy;
          double sxx;
          Object xbar = null;
          Object ybar = null;
          boolean prop = Ops.truth(a[2]);
          if (prop) {
            List<Object> p = new ArrayList<>();
            List<Object> q = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
              p.add(bin(BinaryOp.MULT, x.get(i), y.get(i)));
              q.add(bin(BinaryOp.MULT, x.get(i), x.get(i)));
            }
            sxy = fsum(p);
            sxx = fsum(q);
          } else {
            xbar = fsum(x) / x.size();
            ybar = fsum(y) / y.size();
            sxy = sxy(x, y);
            sxx = sxx(x);
          }
          if (sxx == 0) {
            throw err(error, "x is constant");
          }
          double slope = sxy / sxx;
          double intercept = prop ? 0.0 : (Double) ybar - slope * (Double) xbar;
          return Ops.call(linReg, new Object[] {slope, intercept}, null);
        })
        .build();
  }

  private static void pairCheck(List<Object> x, List<Object> y, PyType error, String what) {
    if (x.size() != y.size()) {
      throw err(error, what + " requires that both inputs have same number of data points");
    }
    if (x.size() < 2) {
      throw err(error, what + " requires at least two data points");
    }
  }

  private static double sxy(List<Object> x, List<Object> y) {
    Object xbar = fsum(x) / x.size();
    Object ybar = fsum(y) / y.size();
    List<Object> terms = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      terms.add(bin(BinaryOp.MULT, bin(BinaryOp.SUB, x.get(i), xbar),
          bin(BinaryOp.SUB, y.get(i), ybar)));
    }
    return fsum(terms);
  }

  private static double sxx(List<Object> x) {
    Object xbar = fsum(x) / x.size();
    List<Object> terms = new ArrayList<>();
    for (Object xi : x) {
      Object d = bin(BinaryOp.SUB, xi, xbar);
      terms.add(bin(BinaryOp.MULT, d, d));
    }
    return fsum(terms);
  }

  private static Object fmean(Object data, Object weights, PyType error) {
    List<Object> xs = list(data);
    if (weights == NONE) {
      double total = fsum(xs);
      if (xs.isEmpty()) {
        throw err(error, "fmean requires at least one data point");
      }
      return total / xs.size();
    }
    List<Object> ws = list(weights);
    List<Object> prods = new ArrayList<>();
    for (int i = 0; i < Math.min(xs.size(), ws.size()); i++) {
      prods.add(bin(BinaryOp.MULT, xs.get(i), ws.get(i)));
    }
    double num = fsum(prods);
    if (xs.size() != ws.size()) {
      throw err(error, "data and weights must be the same length");
    }
    double den = fsum(ws);
    if (den == 0) {
      throw err(error, "sum of weights must be non-zero");
    }
    return num / den;
  }

  private static Object harmonicMean(Object data, Object weightsArg, PyType error) {
    String negative = "harmonic mean does not support negative values";
    List<Object> xs = list(data);
    int n = xs.size();
    if (n < 1) {
      throw err(error, "harmonic_mean requires at least one data point");
    }
    if (n == 1 && weightsArg == NONE) {
      Object x = xs.get(0);
      if (!(Arith.isInt(x) || x instanceof Double || x instanceof FractionsModule.Frac
          || Ops.getAttrOrNull(x, "as_integer_ratio") != null && x instanceof PyInstance)) {
        throw Errors.typeError("unsupported type");
      }
      if (Ops.lessThan(x, 0L)) {
        throw err(error, negative);
      }
      return x;
    }
    List<Object> ws;
    Object sumWeights;
    if (weightsArg == NONE) {
      ws = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ws.add(1L);
      }
      sumWeights = (long) n;
    } else {
      ws = list(weightsArg);
      if (ws.size() != n) {
        throw err(error, "Number of weights does not match data size");
      }
      for (Object w : ws) {
        if (Ops.lessThan(w, 0L)) {
          throw err(error, negative);
        }
      }
      Sum sw = sum(ws.toArray(), false);
      sumWeights = sw.special != null ? sw.special : fraction(sw.total);
    }
    List<Object> terms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object x = xs.get(i);
      if (Ops.lessThan(x, 0L)) {
        throw err(error, negative);
      }
      Object w = ws.get(i);
      try {
        terms.add(Ops.truth(w) ? bin(BinaryOp.DIV, w, x) : (Object) 0L);
      } catch (PyException e) {
        if (isInstance(e, ExceptionTypes.ZERO_DIVISION_ERROR)) {
          return 0L;
        }
        throw e;
      }
    }
    Sum s = sum(terms.toArray(), false);
    Object total = s.special != null ? s.special : fraction(s.total);
    if (Ops.truth(Ops.compare(total, 0L, CmpOp.LTE))) {
      throw err(error, "Weighted sum must be positive");
    }
    Object r = bin(BinaryOp.DIV, sumWeights, total);
    if (r instanceof FractionsModule.Frac) {
      FractionsModule.Frac f = (FractionsModule.Frac) r;
      return convert(new Q(f.num(), f.den()), s.type);
    }
    return convertAny(r, s.type);
  }

  private static Object quantiles(Object data, Object nArg, Object method, PyType error) {
    if (Ops.lessThan(nArg, 1L)) {
      throw err(error, "n must be at least 1");
    }
    List<Object> xs = sorted(data);
    int ld = xs.size();
    if (ld < 2) {
      throw err(error, "must have at least two data points");
    }
    long n = Ops.asIndex(nArg, "an integer is required");
    if (n > 10_000_000) {
      throw Errors.memoryError("");
    }
    Budget.reserveMemory(8 * n);
    PyList result = new PyList();
    if ("inclusive".equals(method)) {
      long m = ld - 1;
      for (long i = 1; i < n; i++) {
        Budget.chargeSteps(1);
        long j = i * m / n;
        long delta = i * m % n;
        Object v = bin(BinaryOp.DIV, bin(BinaryOp.ADD,
            bin(BinaryOp.MULT, xs.get((int) j), n - delta),
            bin(BinaryOp.MULT, xs.get((int) j + 1), delta)), n);
        result.add(v);
      }
      return result;
    }
    if ("exclusive".equals(method)) {
      long m = ld + 1;
      for (long i = 1; i < n; i++) {
        Budget.chargeSteps(1);
        long j = i * m / n;
        j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
        long delta = i * m - j * n;
        Object v = bin(BinaryOp.DIV, bin(BinaryOp.ADD,
            bin(BinaryOp.MULT, xs.get((int) j - 1), n - delta),
            bin(BinaryOp.MULT, xs.get((int) j), delta)), n);
        result.add(v);
      }
      return result;
    }
    throw Errors.valueError("Unknown method: " + Ops.repr(method));
  }

  static PyException err(PyType error, String msg) {
    return new PyException((PyBaseException) Ops.call(error, new Object[] {msg}, null));
  }

  private static List<Object> sorted(Object data) {
    PyList l = new PyList();
    Builtins.extendList(l, data);
    Builtins.sort(l, PyNone.NONE, false);
    return new ArrayList<>(l);
  }

  /** Values with the highest count, in first-seen order. */
  private static List<Object> modes(Object data) {
    PyDict counts = new PyDict();
    for (Object x : Builtins.toArray(data)) {
      Object c = counts.get(x);
      counts.put(x, c == null ? 1L : (Long) c + 1);
    }
    long best = 0;
    for (PyDict.Entry e : counts.entries()) {
      best = Math.max(best, (Long) e.value);
    }
    List<Object> out = new ArrayList<>();
    for (PyDict.Entry e : counts.entries()) {
      if ((Long) e.value == best) {
        out.add(e.key);
      }
    }
    return out;
  }

  /** isqrt(n // m), rounded to odd. */
  private static BigInteger sqrtRoundToOdd(BigInteger n, BigInteger m) {
    FractionsModule.charge(n, m);
    BigInteger a = n.divide(m).sqrt();
    return a.multiply(a).multiply(m).equals(n) ? a : a.or(BigInteger.ONE);
  }

  /** The correctly rounded square root of n/m (CPython's _float_sqrt_of_frac). */
  private static double sqrtOfFrac(BigInteger n, BigInteger m) {
    int q = Math.floorDiv(n.bitLength() - m.bitLength() - 109, 2);
    if (q >= 0) {
      return FractionsModule.toDouble(sqrtRoundToOdd(n, m.shiftLeft(2 * q)).shiftLeft(q),
          BigInteger.ONE);
    }
    return FractionsModule.toDouble(sqrtRoundToOdd(n.shiftLeft(-2 * q), m),
        BigInteger.ONE.shiftLeft(-q));
  }

  /**
   * (p)variance and (p)stdev as CPython's {@code _ss}: without a center, exactly from the sums
   * of the values and their squares; with one, from the Python-computed squared deviations.
   */
  private static Object variance(Object data, Object center, boolean sample, PyType error,
      String name, boolean root) {
    Object[] xs = Builtins.toArray(data);
    Sum s;
    Object ss;
    if (center == NONE) {
      s = sum(xs, true);
      if (s.count == 0) {
        ss = Q.ZERO;
      } else if (s.special != null) {
        ss = s.special;
      } else {
        Q sx = s.total;
        Q cnt = new Q(BigInteger.valueOf(s.count), BigInteger.ONE);
        ss = s.squares.mul(cnt).sub(sx.mul(sx)).div(s.count);
      }
    } else {
      Object[] sq = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        Object d = bin(BinaryOp.SUB, xs[i], center);
        sq[i] = bin(BinaryOp.MULT, d, d);
      }
      s = sum(sq, false);
      ss = s.special != null ? s.special : s.total;
    }
    int n = s.count;
    if (sample ? n < 2 : n < 1) {
      throw err(error, name + " requires at least " + (sample ? "two data points"
          : "one data point"));
    }
    int div = sample ? n - 1 : n;
    if (!(ss instanceof Q)) {
      Object v = bin(BinaryOp.DIV, ss, (long) div);
      if (root) {
        throw Errors.attributeError("'" + Types.typeName(v)
            + "' object has no attribute 'numerator'");
      }
      return convertAny(v, s.type);
    }
    Q v = ((Q) ss).div(div);
    if (root) {
      if (s.type != Types.INT && s.type != Types.FLOAT && s.type != Types.BOOL
          && !s.type.isSubtypeOf(FractionsModule.FRACTION)) {
        Object d = convert(v, s.type);
        return Ops.call(Ops.getAttr(d, "sqrt"), new Object[0], null);
      }
      return sqrtOfFrac(v.num, v.den);
    }
    return convert(v, s.type);
  }

  // ------------------------------------------------------------------ NormalDist

  /** A NormalDist instance. */
  static final class ND extends PyInstance {
    double mu;
    double sigma;

    ND(PyType t) {
      super(t);
    }
  }

  private static ND nd(Object o) {
    return (ND) o;
  }

  /** CPython's NormalDist.inv_cdf: Wichura's algorithm AS241 (PPND16). */
  static double invCdf(double p, double mu, double sigma) {
    double q = p - 0.5;
    double num;
    double den;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r
          + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r
          + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
          + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q;
      den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r
          + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r
          + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
          + 4.2313330701600911252e+1) * r + 1.0);
      return mu + (num / den) * sigma;
    }
    double r = q <= 0.0 ? p : 1.0 - p;
    r = Math.sqrt(-Math.log(r)); // the JIT's log matches C's libm more often than fdlibm
    if (r <= 5.0) {
      r = r - 1.6;
      num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
          + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r
          + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
          + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0);
      den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
          + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
          + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
          + 2.05319162663775882187e+0) * r + 1.0);
    } else {
      r = r - 5.0;
      num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
          + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
          + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
          + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0);
      den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
          + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
          + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
          + 5.99832206555887937690e-1) * r + 1.0);
    }
    double x = num / den;
    if (q < 0.0) {
      x = -x;
    }
    return mu + (x * sigma);
  }

  private static double hypot(double a, double b) {
    double[] v = {Math.abs(a), Math.abs(b)};
    double max = Math.max(v[0], v[1]);
    return MathModule.vectorNorm(2, v, max, Double.isNaN(a) || Double.isNaN(b));
  }

  private static final double SQRT2 = Math.sqrt(2.0);

  private static double cdf(ND d, double x) {
    return 0.5 * (1.0 + MathModule.erf((x - d.mu) / (d.sigma * SQRT2)));
  }

  private static PyType normalDist(PyType error) {
    PyType[] self = new PyType[1];
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "statistics");
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("NormalDist",
        "cls, *args, **kwargs", a -> new ND((PyType) a[0]))));
    ns.put("__init__", fn("__init__", "self, mu=0.0, sigma=1.0", a -> {
      if (Ops.lessThan(a[2], 0.0)) {
        throw err(error, "sigma must be non-negative");
      }
      nd(a[0]).mu = dbl(a[1]);
      nd(a[0]).sigma = dbl(a[2]);
      return NONE;
    }));
    ns.put("_mu", new Descriptors.GetSet("_mu", o -> nd(o).mu, null));
    ns.put("_sigma", new Descriptors.GetSet("_sigma", o -> nd(o).sigma, null));
    ns.put("mean", new Descriptors.GetSet("mean", o -> nd(o).mu, null));
    ns.put("median", new Descriptors.GetSet("median", o -> nd(o).mu, null));
    ns.put("mode", new Descriptors.GetSet("mode", o -> nd(o).mu, null));
    ns.put("stdev", new Descriptors.GetSet("stdev", o -> nd(o).sigma, null));
    ns.put("variance", new Descriptors.GetSet("variance",
        o -> nd(o).sigma * nd(o).sigma, null));
    ns.put("from_samples", new Descriptors.ClassMethod(fn("from_samples", "cls, data", a -> {
      Sum s = sum(Builtins.toArray(a[1]), true);
      if (s.count < 2) {
        throw err(error, "stdev requires at least two data points");
      }
      Object mean;
      Object sd;
      if (s.special != null) {
        mean = Ops.call(Types.FLOAT, new Object[] {s.special}, null);
        sd = (Double) mean / (Double) mean;
      } else {
        Q c = s.total.div(s.count);
        Q ss = s.squares.sub(s.total.mul(c));
        Q v = ss.div(s.count - 1);
        mean = c.toDouble();
        sd = sqrtOfFrac(v.num, v.den);
      }
      return Ops.call(a[0], new Object[] {mean, sd}, null);
    })));
    ns.put("samples", fn("samples", "self, n, *, seed=None", a -> {
      PyModule random = InterpreterState.current().loadModule("random");
      Object gauss;
      if (a[2] == NONE) {
        gauss = Ops.getAttr(random, "gauss");
      } else {
        Object r = Ops.call(Ops.getAttr(random, "Random"), new Object[] {a[2]}, null);
        gauss = Ops.getAttr(r, "gauss");
      }
      long n = Ops.asIndex(a[1], "'" + Types.typeName(a[1])
          + "' object cannot be interpreted as an integer");
      PyList out = new PyList();
      for (long i = 0; i < n; i++) {
        Budget.chargeSteps(1);
        if ((i & 1023) == 0) {
          Budget.reserveMemory(8 * 1024);
        }
        out.add(Ops.call(gauss, new Object[] {nd(a[0]).mu, nd(a[0]).sigma}, null));
      }
      return out;
    }));
    ns.put("pdf", fn("pdf", "self, x", a -> {
      ND d = nd(a[0]);
      double variance = d.sigma * d.sigma;
      if (variance == 0) {
        throw err(error, "pdf() not defined when sigma is zero");
      }
      double diff = dbl(bin(BinaryOp.SUB, a[1], d.mu));
      return StrictMath.exp(diff * diff / (-2.0 * variance))
          / Math.sqrt(2 * Math.PI * variance);
    }));
    ns.put("cdf", fn("cdf", "self, x", a -> {
      ND d = nd(a[0]);
      if (d.sigma == 0) {
        throw err(error, "cdf() not defined when sigma is zero");
      }
      return cdf(d, dbl(a[1]));
    }));
    ns.put("inv_cdf", fn("inv_cdf", "self, p", a -> {
      ND d = nd(a[0]);
      double p = dbl(a[1]);
      if (p <= 0.0 || p >= 1.0 || Double.isNaN(p)) {
        throw err(error, "p must be in the range 0.0 < p < 1.0");
      }
      if (d.sigma <= 0.0) {
        throw err(error, "cdf() not defined when sigma at or below zero");
      }
      return invCdf(p, d.mu, d.sigma);
    }));
    ns.put("quantiles", fn("quantiles", "self, n=4", a -> {
      ND d = nd(a[0]);
      long n = Ops.asIndex(a[1], "an integer is required");
      PyList out = new PyList();
      for (long i = 1; i < n; i++) {
        Budget.chargeSteps(1);
        double p = (double) i / n;
        if (p <= 0.0 || p >= 1.0) {
          throw err(error, "p must be in the range 0.0 < p < 1.0");
        }
        if (d.sigma <= 0.0) {
          throw err(error, "cdf() not defined when sigma at or below zero");
        }
        out.add(invCdf(p, d.mu, d.sigma));
      }
      return out;
    }));
    ns.put("overlap", fn("overlap", "self, other", a -> {
      if (!(a[1] instanceof ND)) {
        throw Errors.typeError("Expected another NormalDist instance");
      }
      ND x = nd(a[0]);
      ND y = nd(a[1]);
      if (y.sigma < x.sigma || y.sigma == x.sigma && y.mu < x.mu) {
        ND t = x;
        x = y;
        y = t;
      }
      double xv = x.sigma * x.sigma;
      double yv = y.sigma * y.sigma;
      if (xv == 0 || yv == 0) {
        throw err(error, "overlap() not defined when sigma is zero");
      }
      double dv = yv - xv;
      double dm = Math.abs(y.mu - x.mu);
      if (dv == 0) {
        return 1.0 - MathModule.erf(dm / (2.0 * x.sigma * SQRT2));
      }
      double aa = x.mu * yv - y.mu * xv;
      double b = x.sigma * y.sigma * Math.sqrt(dm * dm + dv * StrictMath.log(yv / xv));
      double x1 = (aa + b) / dv;
      double x2 = (aa - b) / dv;
      return 1.0 - (Math.abs(cdf(y, x1) - cdf(x, x1)) + Math.abs(cdf(y, x2) - cdf(x, x2)));
    }));
    ns.put("zscore", fn("zscore", "self, x", a -> {
      ND d = nd(a[0]);
      if (d.sigma == 0) {
        throw err(error, "zscore() not defined when sigma is zero");
      }
      return dbl(bin(BinaryOp.DIV, bin(BinaryOp.SUB, a[1], d.mu), d.sigma));
    }));
    ns.put("__add__", fn("__add__", "self, other", a -> {
      ND x = nd(a[0]);
      if (a[1] instanceof ND) {
        return make(self[0], x.mu + nd(a[1]).mu, hypot(x.sigma, nd(a[1]).sigma));
      }
      return make(self[0], bin(BinaryOp.ADD, x.mu, a[1]), x.sigma);
    }));
    ns.put("__radd__", ns.get("__add__"));
    ns.put("__sub__", fn("__sub__", "self, other", a -> {
      ND x = nd(a[0]);
      if (a[1] instanceof ND) {
        return make(self[0], x.mu - nd(a[1]).mu, hypot(x.sigma, nd(a[1]).sigma));
      }
      return make(self[0], bin(BinaryOp.SUB, x.mu, a[1]), x.sigma);
    }));
    ns.put("__rsub__", fn("__rsub__", "self, other", a -> {
      Object diff = Ops.binary(BinaryOp.SUB, a[0], a[1]);
      return Ops.negate(diff);
    }));
    ns.put("__mul__", fn("__mul__", "self, other", a -> {
      ND x = nd(a[0]);
      return make(self[0], bin(BinaryOp.MULT, x.mu, a[1]),
          bin(BinaryOp.MULT, x.sigma, Math.abs(dbl(a[1]))));
    }));
    ns.put("__rmul__", ns.get("__mul__"));
    ns.put("__truediv__", fn("__truediv__", "self, other", a -> {
      ND x = nd(a[0]);
      return make(self[0], bin(BinaryOp.DIV, x.mu, a[1]),
          bin(BinaryOp.DIV, x.sigma, Math.abs(dbl(a[1]))));
    }));
    ns.put("__pos__", fn("__pos__", "self", a -> make(self[0], nd(a[0]).mu, nd(a[0]).sigma)));
    ns.put("__neg__", fn("__neg__", "self", a -> make(self[0], -nd(a[0]).mu,
        nd(a[0]).sigma)));
    ns.put("__eq__", fn("__eq__", "self, other", a -> {
      if (!(a[1] instanceof ND)) {
        return PySingleton.NOT_IMPLEMENTED;
      }
      return nd(a[0]).mu == nd(a[1]).mu && nd(a[0]).sigma == nd(a[1]).sigma;
    }));
    ns.put("__hash__", fn("__hash__", "self", a -> Ops.hash(PyTuple.of(nd(a[0]).mu,
        nd(a[0]).sigma))));
    ns.put("__repr__", fn("__repr__", "self", a -> Types.typeOf(a[0]).name() + "(mu="
        + Ops.repr(nd(a[0]).mu) + ", sigma=" + Ops.repr(nd(a[0]).sigma) + ")"));
    self[0] = PyType.createClass("NormalDist", new PyType[0], ns);
    return self[0];
  }

  private static Object make(PyType t, Object mu, Object sigma) {
    return Ops.call(t, new Object[] {mu, sigma}, null);
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }
}
