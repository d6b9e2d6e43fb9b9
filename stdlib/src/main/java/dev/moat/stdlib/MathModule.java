package dev.moat.stdlib;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.runtime.Arith;
import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * Python's {@code math} module (CPython 3.11). Floating-point functions use
 * {@link StrictMath} (fdlibm) where Java has them, so results are the same on every JVM; CPython
 * uses the platform libm, which may differ in the last bit for a few functions and inputs.
 */
public final class MathModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("math");
  }

  @Override
  public PyModule create(String name) {
    ModuleBuilder b = ModuleBuilder.named("math");
    b.constant("pi", Math.PI).constant("e", Math.E).constant("tau", 2 * Math.PI)
        .constant("inf", Double.POSITIVE_INFINITY).constant("nan", Double.NaN);

    f1(b, "acos", StrictMath::acos, false);
    f1(b, "acosh", MathModule::acosh, false);
    f1(b, "asin", StrictMath::asin, false);
    f1(b, "asinh", MathModule::asinh, false);
    f1(b, "atan", StrictMath::atan, false);
    f1(b, "atanh", MathModule::atanh, false);
    f1(b, "cbrt", StrictMath::cbrt, false);
    f1(b, "cos", StrictMath::cos, false);
    f1(b, "cosh", StrictMath::cosh, true);
    f1(b, "exp", StrictMath::exp, true);
    f1(b, "exp2", x -> StrictMath.pow(2.0, x), true);
    f1(b, "expm1", StrictMath::expm1, true);
    f1(b, "fabs", Math::abs, false);
    f1(b, "log1p", StrictMath::log1p, false);
    f1(b, "sin", StrictMath::sin, false);
    f1(b, "sinh", StrictMath::sinh, true);
    f1(b, "sqrt", StrictMath::sqrt, false);
    f1(b, "tan", StrictMath::tan, false);
    f1(b, "tanh", StrictMath::tanh, false);
    f1(b, "erf", MathModule::erf, false);
    f1(b, "erfc", MathModule::erfc, false);
    b.function("gamma", "x, /", a -> gamma(dbl(a[0])));
    b.function("lgamma", "x, /", a -> lgamma(dbl(a[0])));

    b.function("degrees", "x, /", a -> dbl(a[0]) * (180.0 / Math.PI));
    b.function("radians", "x, /", a -> dbl(a[0]) * (Math.PI / 180.0));
    b.function("copysign", "x, y, /", a -> Math.copySign(dbl(a[0]), dbl(a[1])));
    b.function("atan2", "y, x, /", a -> {
      double y = dbl(a[0]);
      double x = dbl(a[1]);
      return StrictMath.atan2(y, x);
    });
    b.function("fmod", "x, y, /", a -> fmod(dbl(a[0]), dbl(a[1])));
    b.function("remainder", "x, y, /", a -> remainder(dbl(a[0]), dbl(a[1])));
    b.function("pow", "x, y, /", a -> pow(dbl(a[0]), dbl(a[1])));
    b.function("nextafter", "x, y, /", a -> Math.nextAfter(dbl(a[0]), dbl(a[1])));
    b.function("ulp", "x, /", a -> {
      double x = dbl(a[0]);
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        return Math.abs(x);
      }
      return Math.ulp(x);
    });
    b.function("isfinite", "x, /", a -> Double.isFinite(dbl(a[0])));
    b.function("isinf", "x, /", a -> Double.isInfinite(dbl(a[0])));
    b.function("isnan", "x, /", a -> Double.isNaN(dbl(a[0])));
    b.function("isclose", "a, b, *, rel_tol=?, abs_tol=?", a -> isclose(
        dbl(a[0]), dbl(a[1]), a[2] == Signature.MISSING ? 1e-09 : dbl(a[2]),
        a[3] == Signature.MISSING ? 0.0 : dbl(a[3])));
    b.function("frexp", "x, /", a -> {
      double x = dbl(a[0]);
      int[] e = new int[1];
      double m = frexp(x, e);
      return PyTuple.of(m, (long) e[0]);
    });
    b.function("ldexp", "x, i, /", a -> ldexp(dbl(a[0]), a[1]));
    b.function("modf", "x, /", a -> modf(dbl(a[0])));
    b.function("floor", "x, /", a -> roundToInt(a[0], "__floor__", true));
    b.function("ceil", "x, /", a -> roundToInt(a[0], "__ceil__", false));
    b.function("trunc", "x, /", a -> trunc(a[0]));
    b.function("log", "x, base=?, /", a -> {
      double num = logHelper(a[0], StrictMath::log);
      if (a[1] == Signature.MISSING) {
        return num;
      }
      double den = logHelper(a[1], StrictMath::log);
      if (den == 0.0) {
        throw Errors.zeroDivisionError("float division by zero");
      }
      return num / den;
    });
    b.function("log10", "x, /", a -> logHelper(a[0], StrictMath::log10));
    b.function("log2", "x, /", a -> logHelper(a[0], MathModule::log2));
    b.function("hypot", "*coordinates", a -> {
      PyTuple t = (PyTuple) a[0];
      double[] v = new double[t.size()];
      double max = 0.0;
      boolean nan = false;
      for (int i = 0; i < v.length; i++) {
        double x = Math.abs(dbl(t.get(i)));
        v[i] = x;
        nan |= Double.isNaN(x);
        if (x > max) {
          max = x;
        }
      }
      return vectorNorm(v.length, v, max, nan);
    });
    b.function("dist", "p, q, /", a -> dist(a[0], a[1]));
    b.function("fsum", "seq, /", a -> fsum(a[0]));
    b.function("prod", "iterable, /, *, start=1", a -> {
      Object acc = a[1];
      PyIterator it = Ops.iter(a[0]);
      for (Object x = it.next(); x != null; x = it.next()) {
        Budget.chargeSteps(1);
        acc = Ops.binary(BinaryOp.MULT, acc, x);
      }
      return acc;
    });

    b.function("gcd", "*integers", a -> gcdAll((PyTuple) a[0]));
    b.function("lcm", "*integers", a -> lcmAll((PyTuple) a[0]));
    b.function("isqrt", "n, /", a -> isqrt(index(a[0])));
    b.function("factorial", "n, /", a -> factorial(index(a[0])));
    b.function("comb", "n, k, /", a -> comb(index(a[0]), index(a[1])));
    b.function("perm", "n, k=None, /", a -> {
      if (a[1] == PyNone.NONE) {
        return factorial(index(a[0]));
      }
      return perm(index(a[0]), index(a[1]));
    });
    return b.build();
  }

  // ---------------------------------------------------------------- argument conversion

  /** A float argument: float, int, or an object with __float__/__index__. */
  static double dbl(Object o) {
    if (o instanceof Double) {
      return (Double) o;
    }
    Double d = Ops.floatOrNull(o);
    if (d == null) {
      throw Errors.typeError("must be real number, not " + Types.typeName(o));
    }
    return d;
  }

  /** An integer argument (int, bool, or __index__), as Long or BigInteger. */
  static Object index(Object o) {
    Object i = Ops.indexOrNull(o);
    if (i == null) {
      throw Errors.typeError("'" + Types.typeName(o) + "' object cannot be interpreted as an "
          + "integer");
    }
    return i;
  }

  static RuntimeException domain() {
    return Errors.valueError("math domain error");
  }

  static RuntimeException range() {
    return Errors.overflowError("math range error");
  }

  // ---------------------------------------------------------------- float functions

  private static void f1(ModuleBuilder b, String name, DoubleUnaryOperator fn,
      boolean canOverflow) {
    b.function(name, "x, /", a -> {
      double x = dbl(a[0]);
      double r = fn.applyAsDouble(x);
      if (Double.isNaN(r) && !Double.isNaN(x)) {
        throw domain();
      }
      if (Double.isInfinite(r) && Double.isFinite(x)) {
        throw canOverflow ? range() : domain();
      }
      return r;
    });
  }

  static double acosh(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x < 1.0) {
      return Double.NaN;
    }
    if (x >= 268435456.0) {
      return Double.isInfinite(x) ? x : StrictMath.log(x) + LN2;
    }
    if (x == 1.0) {
      return 0.0;
    }
    if (x > 2.0) {
      return StrictMath.log(2.0 * x - 1.0 / (x + StrictMath.sqrt(x * x - 1.0)));
    }
    double t = x - 1.0;
    return StrictMath.log1p(t + StrictMath.sqrt(2.0 * t + t * t));
  }

  private static final double LN2 = 6.93147180559945286227e-01;

  static double asinh(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double ax = Math.abs(x);
    if (ax < 0x1p-28) {
      return x;
    }
    double w;
    if (ax > 268435456.0) {
      w = StrictMath.log(ax) + LN2;
    } else if (ax > 2.0) {
      w = StrictMath.log(2.0 * ax + 1.0 / (StrictMath.sqrt(x * x + 1.0) + ax));
    } else {
      double t = x * x;
      w = StrictMath.log1p(ax + t / (1.0 + StrictMath.sqrt(1.0 + t)));
    }
    return Math.copySign(w, x);
  }

  static double atanh(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    if (ax > 1.0) {
      return Double.NaN;
    }
    if (ax == 1.0) {
      return Math.copySign(Double.POSITIVE_INFINITY, x);
    }
    if (ax < 0x1p-28) {
      return x;
    }
    double t;
    if (ax < 0.5) {
      t = ax + ax;
      t = 0.5 * StrictMath.log1p(t + t * ax / (1.0 - ax));
    } else {
      t = 0.5 * StrictMath.log1p((ax + ax) / (1.0 - ax));
    }
    return Math.copySign(t, x);
  }

  static double log2(double x) {
    if (x > 0.0 && Double.isFinite(x)) {
      int[] e = new int[1];
      double m = frexp(x, e);
      if (m == 0.5) {
        return e[0] - 1;
      }
      int ex = e[0];
      if (m < 0.7071067811865476) {
        m *= 2.0;
        ex -= 1;
      }
      return ex + StrictMath.log1p(m - 1.0) / LN2;
    }
    return StrictMath.log(x) / LN2;
  }

  static double fmod(double x, double y) {
    if (Double.isInfinite(y) && Double.isFinite(x)) {
      return x;
    }
    double r = x % y;
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw domain();
    }
    return r;
  }

  static double remainder(double x, double y) {
    double r;
    if (Double.isNaN(x)) {
      r = x;
    } else if (Double.isNaN(y)) {
      r = y;
    } else if (Double.isInfinite(x)) {
      r = Double.NaN;
    } else if (Double.isInfinite(y)) {
      r = x;
    } else if (y == 0.0) {
      r = Double.NaN;
    } else {
      r = Math.IEEEremainder(x, y);
    }
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw domain();
    }
    return r;
  }

  static double pow(double x, double y) {
    double r;
    boolean err = false;
    boolean overflow = false;
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isNaN(x)) {
        r = y == 0.0 ? 1.0 : x;
      } else if (Double.isNaN(y)) {
        r = x == 1.0 ? 1.0 : y;
      } else if (Double.isInfinite(x)) {
        boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
        if (y > 0.0) {
          r = oddY ? x : Math.abs(x);
        } else if (y == 0.0) {
          r = 1.0;
        } else {
          r = oddY ? Math.copySign(0.0, x) : 0.0;
        }
      } else {
        if (Math.abs(x) == 1.0) {
          r = 1.0;
        } else if (y > 0.0 && Math.abs(x) > 1.0) {
          r = y;
        } else if (y < 0.0 && Math.abs(x) < 1.0) {
          r = -y;
        } else {
          r = 0.0;
        }
      }
    } else {
      r = StrictMath.pow(x, y);
      if (Double.isNaN(r)) {
        err = true;
      } else if (Double.isInfinite(r)) {
        err = true;
        overflow = x != 0.0;
      }
    }
    if (err) {
      throw overflow ? range() : domain();
    }
    return r;
  }

  static boolean isclose(double a, double b, double relTol, double absTol) {
    if (relTol < 0.0 || absTol < 0.0) {
      throw Errors.valueError("tolerances must be non-negative");
    }
    if (a == b) {
      return true;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return false;
    }
    double diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  }

  /** C's frexp: returns m in [0.5, 1) (or x itself for 0/inf/nan) and sets e[0]. */
  static double frexp(double x, int[] e) {
    if (x == 0.0 || !Double.isFinite(x)) {
      e[0] = 0;
      return x;
    }
    int adj = 0;
    if (Math.getExponent(x) < Double.MIN_EXPONENT) {
      x *= 0x1p54;
      adj = -54;
    }
    int ex = Math.getExponent(x) + 1;
    e[0] = ex + adj;
    return Math.scalb(x, -ex);
  }

  static double ldexp(double x, Object i) {
    if (!Arith.isInt(i)) {
      throw Errors.typeError("Expected an int as second argument to ldexp.");
    }
    long exp;
    if (i instanceof BigInteger) {
      exp = ((BigInteger) i).signum() > 0 ? 100000 : -100000;
    } else {
      exp = (Long) Arith.asInt(i);
      exp = Math.max(-100000, Math.min(100000, exp));
    }
    if (x == 0.0 || !Double.isFinite(x)) {
      return x;
    }
    double r = Math.scalb(x, (int) exp);
    if (Double.isInfinite(r)) {
      throw range();
    }
    return r;
  }

  static PyTuple modf(double x) {
    if (Double.isInfinite(x)) {
      return PyTuple.of(Math.copySign(0.0, x), x);
    }
    if (Double.isNaN(x)) {
      return PyTuple.of(x, x);
    }
    double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
    return PyTuple.of(Math.copySign(x - ip, x), ip);
  }

  // ---------------------------------------------------------------- to-int rounding

  static Object doubleToInt(double d) {
    if (Double.isNaN(d)) {
      throw Errors.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw Errors.overflowError("cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 0x1p62) {
      return (long) d;
    }
    return Arith.norm(new BigDecimal(d).toBigInteger());
  }

  static Object roundToInt(Object x, String special, boolean floor) {
    if (x instanceof Double) {
      double d = (Double) x;
      return doubleToInt(floor ? Math.floor(d) : Math.ceil(d));
    }
    if (Arith.isInt(x)) {
      return Arith.asInt(x);
    }
    Object m = Types.typeOf(x).lookup(special);
    if (m != null) {
      return Ops.callMethod(m, x);
    }
    double d = dbl(x);
    return doubleToInt(floor ? Math.floor(d) : Math.ceil(d));
  }

  static Object trunc(Object x) {
    if (x instanceof Double) {
      return doubleToInt((Double) x);
    }
    if (Arith.isInt(x)) {
      return Arith.asInt(x);
    }
    Object m = Types.typeOf(x).lookup("__trunc__");
    if (m == null) {
      throw Errors.typeError("type " + Types.typeName(x) + " doesn't define __trunc__ method");
    }
    return Ops.callMethod(m, x);
  }

  // ---------------------------------------------------------------- logarithms

  static double logHelper(Object arg, DoubleUnaryOperator fn) {
    if (Arith.isInt(arg)) {
      BigInteger b = Arith.big(arg);
      if (b.signum() <= 0) {
        throw domain();
      }
      if (b.bitLength() <= 1000) {
        return logOf(b.doubleValue(), fn);
      }
      // frexp-like decomposition: arg = m * 2**e with m correctly rounded in [0.5, 1)
      int shift = b.bitLength() - 1000;
      BigInteger top = b.shiftRight(shift);
      if (b.getLowestSetBit() < shift) {
        top = top.setBit(0);
      }
      int[] e = new int[1];
      double m = frexp(top.doubleValue(), e);
      double ex = (double) e[0] + shift;
      return fn.applyAsDouble(m) + fn.applyAsDouble(2.0) * ex;
    }
    return logOf(dbl(arg), fn);
  }

  private static double logOf(double x, DoubleUnaryOperator fn) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x <= 0.0) {
      throw domain();
    }
    if (Double.isInfinite(x)) {
      return x;
    }
    return fn.applyAsDouble(x);
  }

  // ---------------------------------------------------------------- gamma, erf

  private static final double LANCZOS_G = 6.024680040776729583740234375;
  private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
  private static final double[] LANCZOS_NUM = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408
  };
  private static final double[] LANCZOS_DEN = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0
  };
  private static final double LOG_PI = 1.144729885849400174143427351353058711647;

  private static double lanczosSum(double x) {
    double num = 0.0;
    double den = 0.0;
    if (x < 5.0) {
      for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
        num = num * x + LANCZOS_NUM[i];
        den = den * x + LANCZOS_DEN[i];
      }
    } else {
      for (int i = 0; i < LANCZOS_NUM.length; i++) {
        num = num / x + LANCZOS_NUM[i];
        den = den / x + LANCZOS_DEN[i];
      }
    }
    return num / den;
  }

  /** sin(pi * x), accurate near integers. */
  private static double sinpi(double x) {
    double y = Math.abs(x) % 2.0;
    long n = Math.round(2.0 * y);
    double r;
    switch ((int) n) {
      case 0:
        r = StrictMath.sin(Math.PI * y);
        break;
      case 1:
        r = StrictMath.cos(Math.PI * (y - 0.5));
        break;
      case 2:
        r = StrictMath.sin(Math.PI * (1.0 - y));
        break;
      case 3:
        r = -StrictMath.cos(Math.PI * (y - 1.5));
        break;
      default:
        r = StrictMath.sin(Math.PI * (y - 2.0));
        break;
    }
    return Math.copySign(1.0, x) * r;
  }

  static double gamma(double x) {
    if (!Double.isFinite(x)) {
      if (Double.isNaN(x) || x > 0.0) {
        return x;
      }
      throw domain();
    }
    if (x == 0.0) {
      throw domain();
    }
    if (x == Math.floor(x)) {
      if (x < 0.0) {
        throw domain();
      }
      if (x <= 23) {
        double r = 1.0;
        for (int i = 2; i < (int) x; i++) {
          r *= i;
        }
        return r;
      }
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      double r = 1.0 / x;
      if (Double.isInfinite(r)) {
        throw range();
      }
      return r;
    }
    if (absx > 200.0) {
      if (x < 0.0) {
        return 0.0 / sinpi(x);
      }
      throw range();
    }
    double y = absx + LANCZOS_G_MINUS_HALF;
    double z;
    if (absx > LANCZOS_G_MINUS_HALF) {
      double q = y - absx;
      z = q - LANCZOS_G_MINUS_HALF;
    } else {
      double q = y - LANCZOS_G_MINUS_HALF;
      z = q - absx;
    }
    z = z * LANCZOS_G / y;
    double r;
    if (x < 0.0) {
      r = -Math.PI / sinpi(absx) / absx * StrictMath.exp(y) / lanczosSum(absx);
      r -= z * r;
      if (absx < 140.0) {
        r /= StrictMath.pow(y, absx - 0.5);
      } else {
        double sp = StrictMath.pow(y, absx / 2.0 - 0.25);
        r /= sp;
        r /= sp;
      }
    } else {
      r = lanczosSum(absx) / StrictMath.exp(y);
      r += z * r;
      if (absx < 140.0) {
        r *= StrictMath.pow(y, absx - 0.5);
      } else {
        double sp = StrictMath.pow(y, absx / 2.0 - 0.25);
        r *= sp;
        r *= sp;
      }
    }
    if (Double.isInfinite(r)) {
      throw range();
    }
    return r;
  }

  static double lgamma(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
    }
    if (x == Math.floor(x) && x <= 2.0) {
      if (x <= 0.0) {
        throw domain();
      }
      return 0.0;
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      return -StrictMath.log(absx);
    }
    double r = StrictMath.log(lanczosSum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (StrictMath.log(absx + LANCZOS_G - 0.5) - 1);
    if (x < 0.0) {
      r = LOG_PI - StrictMath.log(Math.abs(sinpi(absx))) - StrictMath.log(absx) - r;
    }
    if (Double.isInfinite(r)) {
      throw range();
    }
    return r;
  }

  private static final double SQRT_PI = 1.772453850905516027298167483341145182798;

  /** erf by power series, for |x| < 1.5. */
  private static double erfSeries(double x) {
    double x2 = x * x;
    double acc = 0.0;
    double fk = 25 + 0.5;
    for (int i = 0; i < 25; i++) {
      acc = 2.0 + x2 * acc / fk;
      fk -= 1.0;
    }
    return acc * x * StrictMath.exp(-x2) / SQRT_PI;
  }

  /** erfc by continued fraction, for x >= 1.5. */
  private static double erfcContfrac(double x) {
    if (x >= 30.0) {
      return 0.0;
    }
    double x2 = x * x;
    double a = 0.0;
    double da = 0.5;
    double p = 1.0;
    double pLast = 0.0;
    double q = da + x2;
    double qLast = 1.0;
    for (int i = 0; i < 50; i++) {
      a += da;
      da += 2.0;
      double b = da + x2;
      double t = p;
      p = b * p - a * pLast;
      pLast = t;
      t = q;
      q = b * q - a * qLast;
      qLast = t;
    }
    return p / q * x * StrictMath.exp(-x2) / SQRT_PI;
  }

  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    if (ax < 1.5) {
      return erfSeries(x);
    }
    double cf = erfcContfrac(ax);
    return x > 0.0 ? 1.0 - cf : cf - 1.0;
  }

  static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    if (ax < 1.5) {
      return 1.0 - erfSeries(x);
    }
    double cf = erfcContfrac(ax);
    return x > 0.0 ? cf : 2.0 - cf;
  }

  // ---------------------------------------------------------------- hypot, dist, fsum

  private static double[] split(double x) {
    double t = x * 134217729.0;
    double hi = t - (t - x);
    return new double[] {hi, x - hi};
  }

  /** Exact product as (hi, lo) by Dekker's algorithm. */
  private static double[] mul(double x, double y) {
    double[] xx = split(x);
    double[] yy = split(y);
    double p = xx[0] * yy[0];
    double q = xx[0] * yy[1] + xx[1] * yy[0];
    double z = p + q;
    double zz = p - z + q + xx[1] * yy[1];
    return new double[] {z, zz};
  }

  static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
    if (Double.isInfinite(max)) {
      return max;
    }
    if (foundNan) {
      return Double.NaN;
    }
    if (max == 0.0 || n <= 1) {
      return max;
    }
    Budget.chargeSteps(n);
    int[] me = new int[1];
    frexp(max, me);
    if (me[0] < -1023) {
      for (int i = 0; i < n; i++) {
        vec[i] /= Double.MIN_NORMAL;
      }
      return Double.MIN_NORMAL * vectorNorm(n, vec, max / Double.MIN_NORMAL, foundNan);
    }
    double scale = Math.scalb(1.0, -me[0]);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    for (int i = 0; i < n; i++) {
      double x = vec[i] * scale;
      double[] pr = mul(x, x);
      double hi = csum + pr[0];
      double lo = pr[0] - (hi - csum);
      csum = hi;
      frac1 += pr[1];
      frac2 += lo;
    }
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
    double[] pr = mul(-h, h);
    double hi = csum + pr[0];
    double lo = pr[0] - (hi - csum);
    csum = hi;
    frac1 += pr[1];
    frac2 += lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
  }

  private static List<Object> toList(Object o) {
    List<Object> out = new ArrayList<>();
    PyIterator it = Ops.iter(o);
    for (Object x = it.next(); x != null; x = it.next()) {
      Budget.chargeSteps(1);
      out.add(x);
    }
    return out;
  }

  static double dist(Object p, Object q) {
    List<Object> ps = toList(p);
    List<Object> qs = toList(q);
    if (ps.size() != qs.size()) {
      throw Errors.valueError("both points must have the same number of dimensions");
    }
    int n = ps.size();
    double[] diffs = new double[n];
    double max = 0.0;
    boolean nan = false;
    for (int i = 0; i < n; i++) {
      double px = dbl(ps.get(i));
      double qx = dbl(qs.get(i));
      double x = Math.abs(px - qx);
      diffs[i] = x;
      nan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    return vectorNorm(n, diffs, max, nan);
  }

  static double fsum(Object seq) {
    PyIterator it = Ops.iter(seq);
    double[] p = new double[32];
    int n = 0;
    double specialSum = 0.0;
    double infSum = 0.0;
    for (Object item = it.next(); item != null; item = it.next()) {
      double x = dbl(item);
      Budget.chargeSteps(1 + n / 8);
      double xsave = x;
      int i = 0;
      for (int j = 0; j < n; j++) {
        double y = p[j];
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
          p[i++] = lo;
        }
        x = hi;
      }
      n = i;
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          if (Double.isFinite(xsave)) {
            throw Errors.overflowError("intermediate overflow in fsum");
          }
          if (Double.isInfinite(xsave)) {
            infSum += xsave;
          }
          specialSum += xsave;
          n = 0;
        } else {
          if (n == p.length) {
            Budget.reserveMemory(8L * n);
            p = java.util.Arrays.copyOf(p, n * 2);
          }
          p[n++] = x;
        }
      }
    }
    if (specialSum != 0.0) {
      if (Double.isNaN(infSum)) {
        throw Errors.valueError("-inf + inf in fsum");
      }
      return specialSum;
    }
    double hi = 0.0;
    if (n > 0) {
      hi = p[--n];
      double lo = 0.0;
      while (n > 0) {
        double x = hi;
        double y = p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
          break;
        }
      }
      if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) {
          hi = x;
        }
      }
    }
    return hi;
  }

  // ---------------------------------------------------------------- integer functions

  private static void chargeBig(BigInteger a) {
    long words = (a.bitLength() >> 6) + 1;
    Budget.chargeSteps(1 + words / 16);
  }

  static Object gcdAll(PyTuple args) {
    if (args.size() == 1) {
      Object v = index(args.get(0));
      return Arith.norm(Arith.big(v).abs());
    }
    BigInteger g = BigInteger.ZERO;
    for (Object o : args) {
      BigInteger x = Arith.big(index(o));
      chargeBig(x);
      if (!g.equals(BigInteger.ONE)) {
        g = g.gcd(x);
      }
    }
    return Arith.norm(g);
  }

  static Object lcmAll(PyTuple args) {
    BigInteger l = BigInteger.ONE;
    for (Object o : args) {
      BigInteger x = Arith.big(index(o));
      chargeBig(x);
      chargeBig(l);
      if (l.signum() == 0) {
        continue;
      }
      if (x.signum() == 0) {
        l = BigInteger.ZERO;
        continue;
      }
      Budget.reserveMemory((l.bitLength() + x.bitLength()) / 8 + 16);
      l = l.divide(l.gcd(x)).multiply(x).abs();
    }
    return Arith.norm(l);
  }

  static Object isqrt(Object n) {
    BigInteger b = Arith.big(n);
    if (b.signum() < 0) {
      throw Errors.valueError("isqrt() argument must be nonnegative");
    }
    if (n instanceof Long) {
      long v = (Long) n;
      long r = (long) Math.sqrt((double) v);
      while (r * r > v) {
        r--;
      }
      while ((r + 1) * (r + 1) <= v && (r + 1) * (r + 1) > 0) {
        r++;
      }
      return r;
    }
    long words = (b.bitLength() >> 6) + 1;
    Budget.chargeSteps(words * words / 64 + words);
    return Arith.norm(b.sqrt());
  }

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  static Object factorial(Object n) {
    if (n instanceof BigInteger) {
      if (((BigInteger) n).signum() < 0) {
        throw Errors.valueError("factorial() not defined for negative values");
      }
      throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
    }
    long v = (Long) n;
    if (v < 0) {
      throw Errors.valueError("factorial() not defined for negative values");
    }
    if (v <= 20) {
      long r = 1;
      for (long i = 2; i <= v; i++) {
        r *= i;
      }
      return r;
    }
    return Arith.norm(rangeProduct(1, v));
  }

  /** Charges and reserves for a product of the integers lo..hi, then computes it. */
  private static BigInteger rangeProduct(long lo, long hi) {
    long count = hi - lo + 1;
    double bits = 0;
    // estimate log2 of the product: sum of log2(i) ~ integral
    bits = log2Factorial(hi) - log2Factorial(lo - 1);
    long bytes = (long) (bits / 8) + 16;
    Budget.reserveMemory(bytes * 2);
    long words = bytes / 8 + 1;
    Budget.chargeSteps(count + words * (long) (Math.log(words + 1) + 1));
    return product(lo, hi);
  }

  private static double log2Factorial(long n) {
    if (n < 2) {
      return 0;
    }
    double x = n;
    // Stirling: ln n! ~ n ln n - n + 0.5 ln(2 pi n)
    double ln = x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1.0 / (12 * x);
    return ln / Math.log(2);
  }

  /** Product of lo..hi by binary splitting (hi >= lo - 1). */
  private static BigInteger product(long lo, long hi) {
    if (hi < lo) {
      return BigInteger.ONE;
    }
    if (hi - lo < 16) {
      BigInteger r = BigInteger.valueOf(lo);
      long acc = 1;
      for (long i = lo + 1; i <= hi; i++) {
        if (acc > Long.MAX_VALUE / i || acc > (1L << 31)) {
          r = r.multiply(BigInteger.valueOf(acc));
          acc = 1;
        }
        acc *= i;
      }
      return r.multiply(BigInteger.valueOf(acc));
    }
    long mid = lo + (hi - lo) / 2;
    return product(lo, mid).multiply(product(mid + 1, hi));
  }

  /** Product of the k big integers n-k+1 .. n (n may be big). */
  private static BigInteger bigRangeProduct(BigInteger lo, long count) {
    if (count <= 0) {
      return BigInteger.ONE;
    }
    if (count == 1) {
      return lo;
    }
    long half = count / 2;
    return bigRangeProduct(lo, half).multiply(bigRangeProduct(lo.add(BigInteger.valueOf(half)),
        count - half));
  }

  private static void checkNK(BigInteger n, BigInteger k) {
    if (n.signum() < 0) {
      throw Errors.valueError("n must be a non-negative integer");
    }
    if (k.signum() < 0) {
      throw Errors.valueError("k must be a non-negative integer");
    }
  }

  private static void budgetFor(BigInteger n, long k) {
    double bits = (double) k * Math.max(1, n.bitLength());
    long bytes = (long) (bits / 8) + 16;
    Budget.reserveMemory(bytes * 2);
    long words = bytes / 8 + 1;
    Budget.chargeSteps(k + words * (long) (Math.log(words + 1) + 1));
  }

  static Object perm(Object nObj, Object kObj) {
    BigInteger n = Arith.big(nObj);
    BigInteger k = Arith.big(kObj);
    checkNK(n, k);
    if (k.compareTo(n) > 0) {
      return 0L;
    }
    if (k.compareTo(LONG_MAX) > 0) {
      throw Errors.overflowError("k must not exceed " + Long.MAX_VALUE);
    }
    long kk = k.longValue();
    if (kk == 0) {
      return 1L;
    }
    budgetFor(n, kk);
    BigInteger lo = n.subtract(k).add(BigInteger.ONE);
    if (n.bitLength() < 63) {
      return Arith.norm(product(lo.longValue(), n.longValue()));
    }
    return Arith.norm(bigRangeProduct(lo, kk));
  }

  static Object comb(Object nObj, Object kObj) {
    BigInteger n = Arith.big(nObj);
    BigInteger k = Arith.big(kObj);
    checkNK(n, k);
    BigInteger nk = n.subtract(k);
    if (nk.signum() < 0) {
      return 0L;
    }
    if (nk.compareTo(k) < 0) {
      k = nk;
    }
    if (k.compareTo(LONG_MAX) > 0) {
      throw Errors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
    }
    long kk = k.longValue();
    if (kk == 0) {
      return 1L;
    }
    if (kk == 1) {
      return Arith.norm(n);
    }
    budgetFor(n, kk);
    BigInteger lo = n.subtract(k).add(BigInteger.ONE);
    BigInteger num = n.bitLength() < 63 ? product(lo.longValue(), n.longValue())
        : bigRangeProduct(lo, kk);
    return Arith.norm(num.divide(product(1, kk)));
  }
}
