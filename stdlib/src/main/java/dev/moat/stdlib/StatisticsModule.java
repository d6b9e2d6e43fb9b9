package dev.moat.stdlib;

import dev.moat.runtime.Arith;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code statistics}: averages and spread computed exactly on rationals (ints and the exact
 * values of floats), then converted once, as CPython does: mean, fmean, median (low/high),
 * mode, multimode, variance, pvariance, stdev, pstdev. The rest of the module is still to come.
 */
public final class StatisticsModule implements ModuleProvider {
  private static final MathContext MC = new MathContext(60);

  @Override
  public Set<String> moduleNames() {
    return Set.of("statistics");
  }

  /** An exact rational num/den with den > 0. */
  private record Q(BigInteger num, BigInteger den) {
    static Q of(BigInteger n, BigInteger d) {
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Q(n, d) : new Q(n.divide(g),
          d.divide(g));
    }

    Q add(Q o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Q sub(Q o) {
      return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Q mul(Q o) {
      return of(num.multiply(o.num), den.multiply(o.den));
    }

    Q div(long n) {
      return of(num, den.multiply(BigInteger.valueOf(n)));
    }

    double toDouble() {
      return new BigDecimal(num).divide(new BigDecimal(den), MC).doubleValue();
    }
  }

  /** The widest type seen: int (bools count as int) or float. */
  private static final class Data {
    final List<Q> values = new ArrayList<>();
    boolean anyFloat;
  }

  private static Q exact(Object x) {
    if (Arith.isInt(x)) {
      return new Q(Arith.big(Arith.asInt(x)), BigInteger.ONE);
    }
    if (x instanceof Double) {
      double d = (Double) x;
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw Errors.valueError("cannot convert " + Ops.repr(x) + " to an exact fraction");
      }
      BigDecimal b = new BigDecimal(d);
      return b.scale() <= 0 ? new Q(b.toBigIntegerExact(), BigInteger.ONE)
          : Q.of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
    }
    throw Errors.typeError("can't convert type '" + Types.typeName(x)
        + "' to numerator/denominator");
  }

  private static Data read(Object iterable) {
    Data d = new Data();
    for (Object x : Builtins.toArray(iterable)) {
      d.anyFloat |= x instanceof Double;
      d.values.add(exact(x));
    }
    return d;
  }

  private static Object convert(Q q, boolean anyFloat) {
    if (!anyFloat && q.den.equals(BigInteger.ONE)) {
      return Arith.norm(q.num);
    }
    return q.toDouble();
  }

  private static Q sum(List<Q> vs) {
    Q t = new Q(BigInteger.ZERO, BigInteger.ONE);
    for (Q q : vs) {
      t = t.add(q);
    }
    return t;
  }


  @Override
  public PyModule create(String name) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "statistics");
    PyType error = PyType.createClass("StatisticsError", new PyType[] {
        ExceptionTypes.VALUE_ERROR}, ns);
    return ModuleBuilder.named("statistics")
        .constant("StatisticsError", error)
        .function("mean", "data", a -> {
          Data d = read(a[0]);
          if (d.values.isEmpty()) {
            throw err(error, "mean requires at least one data point");
          }
          return convert(sum(d.values).div(d.values.size()), d.anyFloat);
        })
        .function("fmean", "data, weights=None", a -> {
          if (a[1] != PyNone.NONE) {
            throw Errors.notImplemented("fmean(weights=) is not available in Moat yet");
          }
          Object[] xs = Builtins.toArray(a[0]);
          if (xs.length == 0) {
            throw err(error, "fmean requires at least one data point");
          }
          Data d = read(new PyList(xs.clone(), xs.length));
          return sum(d.values).div(xs.length).toDouble();
        })
        .function("median", "data", a -> {
          List<Object> xs = sorted(a[0]);
          if (xs.isEmpty()) {
            throw err(error, "no median for empty data");
          }
          int n = xs.size();
          if (n % 2 == 1) {
            return xs.get(n / 2);
          }
          Object s = Ops.binary(dev.moat.ast.Ast.BinaryOp.ADD, xs.get(n / 2 - 1), xs.get(n / 2));
          return Ops.binary(dev.moat.ast.Ast.BinaryOp.DIV, s, 2L);
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
        .function("mode", "data", a -> {
          List<Object> modes = modes(a[0]);
          if (modes.isEmpty()) {
            throw err(error, "no mode for empty data");
          }
          return modes.get(0);
        })
        .function("multimode", "data", a -> PyList.copyOf(modes(a[0])))
        .function("variance", "data, xbar=None", a -> variance(a[0], a[1], true, error,
            "variance", false))
        .function("pvariance", "data, mu=None", a -> variance(a[0], a[1], false, error,
            "pvariance", false))
        .function("stdev", "data, xbar=None", a -> variance(a[0], a[1], true, error,
            "stdev", true))
        .function("pstdev", "data, mu=None", a -> variance(a[0], a[1], false, error,
            "pstdev", true))
        .build();
  }

  private static PyException err(PyType error, String msg) {
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

  /**
   * Exact (p)variance: the sum of squared deviations from the exact mean (or the given
   * center), divided exactly, converted once; with {@code root}, the correctly rounded square
   * root of that exact value.
   */
  private static Object variance(Object data, Object center, boolean sample, PyType error,
      String name, boolean root) {
    Data d = read(data);
    int n = d.values.size();
    if (sample ? n < 2 : n < 1) {
      throw err(error, name + " requires at least " + (sample ? "two data points"
          : "one data point"));
    }
    Q c;
    if (center == PyNone.NONE) {
      c = sum(d.values).div(n);
    } else {
      d.anyFloat |= center instanceof Double;
      c = exact(center);
    }
    Q ss = new Q(BigInteger.ZERO, BigInteger.ONE);
    for (Q x : d.values) {
      Q diff = x.sub(c);
      ss = ss.add(diff.mul(diff));
    }
    Q v = ss.div(sample ? n - 1 : n);
    if (root) {
      return new BigDecimal(v.num).divide(new BigDecimal(v.den), MC).sqrt(MC).doubleValue();
    }
    return convert(v, d.anyFloat);
  }
}
