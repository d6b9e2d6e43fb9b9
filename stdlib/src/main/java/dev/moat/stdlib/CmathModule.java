package dev.moat.stdlib;

import dev.moat.runtime.ComplexMath;
import dev.moat.runtime.Errors;
import dev.moat.runtime.PyComplex;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Python's {@code cmath} module (CPython 3.11). Finite arguments use the formulas of Kahan's
 * "Branch cuts for complex elementary functions" with the scaling CPython applies near overflow
 * and underflow, so that branch cuts lie on the axes and signed zeros pick the side; arguments
 * with an infinite or NaN part take their results from tables sampled from CPython (see
 * {@code stdlib/tools/gen_cmath_special_values.py}). CPython's real functions come from the
 * platform libm (glibc, correctly rounded or nearly so); here they come from Math's intrinsics
 * or careful versions below, so a last-bit difference remains possible for some inputs.
 */
public final class CmathModule implements ModuleProvider {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double NAN = Double.NaN;
  private static final double LARGE = Double.MAX_VALUE / 4;
  private static final double SQRT_LARGE = Math.sqrt(LARGE);
  private static final double LOG_LARGE = Math.log(LARGE);
  private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
  private static final double LN2 = 0.6931471805599453;
  private static final double LN10 = 2.302585092994046;

  @Override
  public Set<String> moduleNames() {
    return Set.of("cmath");
  }

  @Override
  public PyModule create(String name) {
    ModuleBuilder b = ModuleBuilder.named("cmath");
    b.constant("pi", Math.PI).constant("e", Math.E).constant("tau", 2 * Math.PI)
        .constant("inf", INF).constant("nan", NAN)
        .constant("infj", new PyComplex(0.0, INF)).constant("nanj", new PyComplex(0.0, NAN));
    f1(b, "sqrt", CmathModule::sqrt);
    f1(b, "exp", CmathModule::exp);
    f1(b, "log10", z -> {
      PyComplex r = log(z);
      return new PyComplex(r.real / LN10, r.imag / LN10);
    });
    f1(b, "acos", CmathModule::acos);
    f1(b, "acosh", CmathModule::acosh);
    f1(b, "asin", CmathModule::asin);
    f1(b, "asinh", CmathModule::asinh);
    f1(b, "atan", CmathModule::atan);
    f1(b, "atanh", CmathModule::atanh);
    f1(b, "cos", z -> cosh(new PyComplex(-z.imag, z.real)));
    f1(b, "cosh", CmathModule::cosh);
    f1(b, "sin", z -> rotateBack(sinh(new PyComplex(-z.imag, z.real))));
    f1(b, "sinh", CmathModule::sinh);
    f1(b, "tan", z -> rotateBack(tanh(new PyComplex(-z.imag, z.real))));
    f1(b, "tanh", CmathModule::tanh);
    b.function("log", "x, base=?, /", a -> {
      PyComplex r = log(arg(a[0]));
      if (a[1] != Signature.MISSING) {
        PyComplex base = log(arg(a[1]));
        if (base.real == 0.0 && base.imag == 0.0) {
          throw domain();
        }
        r = ComplexMath.div(r, base);
      }
      return r;
    });
    oneArgument(b, "phase", o -> {
      PyComplex z = arg(o);
      double phi = atan2(z);
      if (phi == 0.0 && z.imag != 0.0 && Double.isFinite(z.real)) {
        throw range(); // the C library reports atan2's underflow to zero
      }
      return phi;
    });
    oneArgument(b, "polar", o -> {
      PyComplex z = arg(o);
      double phi = atan2(z);
      return PyTuple.of(abs(z), phi);
    });
    b.function("rect", "r, phi, /", a -> rect(MathModule.dbl(a[0]), MathModule.dbl(a[1])));
    oneArgument(b, "isfinite", o -> {
      PyComplex z = arg(o);
      return Double.isFinite(z.real) && Double.isFinite(z.imag);
    });
    oneArgument(b, "isinf", o -> {
      PyComplex z = arg(o);
      return Double.isInfinite(z.real) || Double.isInfinite(z.imag);
    });
    oneArgument(b, "isnan", o -> {
      PyComplex z = arg(o);
      return Double.isNaN(z.real) || Double.isNaN(z.imag);
    });
    // a, b, *, rel_tol, abs_tol with the messages of CPython's argument parser
    b.function("isclose", "a=?, b=?, *extra, rel_tol=?, abs_tol=?", a -> {
      int extra = ((PyTuple) a[2]).size();
      if (extra > 0) {
        throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + (2 + extra)
            + " given)");
      }
      if (a[0] == Signature.MISSING || a[1] == Signature.MISSING) {
        throw Errors.typeError(a[0] == Signature.MISSING
            ? "isclose() missing required argument 'a' (pos 1)"
            : "isclose() missing required argument 'b' (pos 2)");
      }
      return isclose(arg(a[0]), arg(a[1]),
          a[3] == Signature.MISSING ? 1e-09 : MathModule.dbl(a[3]),
          a[4] == Signature.MISSING ? 0.0 : MathModule.dbl(a[4]));
    });
    return b.build();
  }

  private static void f1(ModuleBuilder b, String name, UnaryOperator<PyComplex> f) {
    oneArgument(b, name, z -> f.apply(arg(z)));
  }

  /** A function of one positional argument, with CPython's messages for other calls. */
  private static void oneArgument(ModuleBuilder b, String name,
      java.util.function.Function<Object, Object> f) {
    b.function(name, "*args, **kwargs", a -> {
      PyTuple args = (PyTuple) a[0];
      if (((dev.moat.runtime.PyDict) a[1]).size() > 0) {
        throw Errors.typeError("cmath." + name + "() takes no keyword arguments");
      }
      if (args.size() != 1) {
        throw Errors.typeError("cmath." + name + "() takes exactly one argument ("
            + args.size() + " given)");
      }
      return f.apply(args.get(0));
    });
  }

  /** A complex argument: complex, {@code __complex__}, else a real number. */
  static PyComplex arg(Object o) {
    PyComplex z = ComplexMath.coerce(o);
    if (z == null) {
      throw Errors.typeError("must be real number, not " + Types.typeName(o));
    }
    return z;
  }

  private static RuntimeException domain() {
    return Errors.valueError("math domain error");
  }

  private static RuntimeException range() {
    return Errors.overflowError("math range error");
  }

  private static PyComplex rotateBack(PyComplex s) {
    return new PyComplex(s.imag, -s.real);
  }

  // ---------------------------------------------------------------- special values

  private static boolean finite(PyComplex z) {
    return Double.isFinite(z.real) && Double.isFinite(z.imag);
  }

  /** The operand class of a table: -inf, negative, -0, +0, positive, +inf, nan. */
  private static int cls(double x) {
    if (Double.isNaN(x)) {
      return 6;
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? 5 : 0;
    }
    if (x == 0.0) {
      return Double.doubleToRawLongBits(x) < 0 ? 2 : 3;
    }
    return x > 0 ? 4 : 1;
  }

  /** A table cell: its value, or null when CPython computes it from the operand. */
  private static PyComplex special(PyComplex[][] table, double x, double y) {
    PyComplex r = table[cls(x)][cls(y)];
    if (r == DOMAIN) {
      throw domain();
    }
    return r;
  }

  private static final PyComplex DOMAIN = new PyComplex(NAN, NAN);

  private static PyComplex[][] parse(String text) {
    String[] rows = text.split(" / ");
    PyComplex[][] t = new PyComplex[7][7];
    for (int i = 0; i < 7; i++) {
      String[] cells = rows[i].trim().split(" ");
      for (int j = 0; j < 7; j++) {
        String c = cells[j];
        if (c.equals("V")) {
          t[i][j] = DOMAIN;
        } else if (!c.equals(".") && !c.equals("*")) {
          String[] parts = c.split(",");
          t[i][j] = new PyComplex(token(parts[0]), token(parts[1]));
        }
      }
    }
    return t;
  }

  private static double token(String s) {
    boolean neg = s.startsWith("-");
    String m = neg ? s.substring(1) : s;
    double v;
    switch (m) {
      case "n":
        return NAN;
      case "i":
        v = INF;
        break;
      case "p":
        v = Math.PI;
        break;
      case "p2":
        v = Math.PI / 2;
        break;
      case "p4":
        v = Math.PI / 4;
        break;
      case "p34":
        v = 3 * Math.PI / 4;
        break;
      default:
        v = Double.parseDouble(m);
        break;
    }
    return neg ? -v : v;
  }

  // Sampled from CPython 3.11 by stdlib/tools/gen_cmath_special_values.py: rows are the real
  // part's class, columns the imaginary part's (-inf, negative, -0, +0, positive, +inf, nan);
  // "V" raises ValueError, "." is finite, "*" is computed from the operand.
  private static final String ACOS =
      "p34,i p,i p,i p,-i p,-i p34,-i n,i "
      + "/ p2,i . . . . p2,-i n,n "
      + "/ p2,i . . . . p2,-i p2,n "
      + "/ p2,i . . . . p2,-i p2,n "
      + "/ p2,i . . . . p2,-i n,n "
      + "/ p4,i 0,i 0,i 0,-i 0,-i p4,-i n,i "
      + "/ n,i n,n n,n n,n n,n n,-i n,n";
  private static final String ACOSH =
      "i,-p34 i,-p i,-p i,p i,p i,p34 i,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n "
      + "/ i,n n,n n,n n,n n,n i,n n,n";
  private static final String ASINH =
      "-i,-p4 -i,-0 -i,-0 -i,0 -i,0 -i,p4 -i,n "
      + "/ -i,-p2 . . . . -i,p2 n,n "
      + "/ -i,-p2 . . . . -i,p2 n,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n "
      + "/ i,n n,n n,-0 n,0 n,n i,n n,n";
  private static final String ATANH =
      "-0,-p2 -0,-p2 -0,-p2 -0,p2 -0,p2 -0,p2 -0,n "
      + "/ -0,-p2 . . . . -0,p2 n,n "
      + "/ -0,-p2 . . . . -0,p2 -0,n "
      + "/ 0,-p2 . . . . 0,p2 0,n "
      + "/ 0,-p2 . . . . 0,p2 n,n "
      + "/ 0,-p2 0,-p2 0,-p2 0,p2 0,p2 0,p2 0,n "
      + "/ 0,-p2 n,n n,n n,n n,n 0,p2 n,n";
  private static final String COSH =
      "V * i,0 i,-0 * V i,n "
      + "/ V . . . . V n,n "
      + "/ V . . . . V n,0 "
      + "/ V . . . . V n,0 "
      + "/ V . . . . V n,n "
      + "/ V * i,-0 i,0 * V i,n "
      + "/ n,n n,n n,0 n,0 n,n n,n n,n";
  private static final String EXP =
      "0,0 * 0,-0 0,0 * 0,0 0,0 "
      + "/ V . . . . V n,n "
      + "/ V . . . . V n,n "
      + "/ V . . . . V n,n "
      + "/ V . . . . V n,n "
      + "/ V * i,-0 i,0 * V i,n "
      + "/ n,n n,n n,-0 n,0 n,n n,n n,n";
  private static final String LOG =
      "i,-p34 i,-p i,-p i,p i,p i,p34 i,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p2 . . . . i,p2 n,n "
      + "/ i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n "
      + "/ i,n n,n n,n n,n n,n i,n n,n";
  private static final String SINH =
      "V * -i,-0 -i,0 * V i,n "
      + "/ V . . . . V n,n "
      + "/ V . . . . V 0,n "
      + "/ V . . . . V 0,n "
      + "/ V . . . . V n,n "
      + "/ V * i,-0 i,0 * V i,n "
      + "/ n,n n,n n,-0 n,0 n,n n,n n,n";
  private static final String SQRT =
      "i,-i 0,-i 0,-i 0,i 0,i i,i n,i "
      + "/ i,-i . . . . i,i n,n "
      + "/ i,-i . . . . i,i n,n "
      + "/ i,-i . . . . i,i n,n "
      + "/ i,-i . . . . i,i n,n "
      + "/ i,-i i,-0 i,-0 i,0 i,0 i,i i,n "
      + "/ i,-i n,n n,n n,n n,n i,i n,n";
  private static final String TANH =
      "-1.0,0 * -1.0,-0 -1.0,0 * -1.0,0 -1.0,0 "
      + "/ V . . . . V n,n "
      + "/ V . . . . V n,n "
      + "/ V . . . . V n,n "
      + "/ V . . . . V n,n "
      + "/ 1.0,0 * 1.0,-0 1.0,0 * 1.0,0 1.0,0 "
      + "/ n,n n,n n,-0 n,0 n,n n,n n,n";
  private static final String RECT =
      "V * -i,0 -i,-0 * V i,n "
      + "/ V . . . . V n,n "
      + "/ 0,0 . . . . 0,0 0,0 "
      + "/ 0,0 . . . . 0,0 0,0 "
      + "/ V . . . . V n,n "
      + "/ V * i,-0 i,0 * V i,n "
      + "/ n,n n,n n,0 n,0 n,n n,n n,n";

  private static final PyComplex[][] ACOS_T = parse(ACOS);
  private static final PyComplex[][] ACOSH_T = parse(ACOSH);
  private static final PyComplex[][] ASINH_T = parse(ASINH);
  private static final PyComplex[][] ATANH_T = parse(ATANH);
  private static final PyComplex[][] COSH_T = parse(COSH);
  private static final PyComplex[][] EXP_T = parse(EXP);
  private static final PyComplex[][] LOG_T = parse(LOG);
  private static final PyComplex[][] SINH_T = parse(SINH);
  private static final PyComplex[][] SQRT_T = parse(SQRT);
  private static final PyComplex[][] TANH_T = parse(TANH);
  private static final PyComplex[][] RECT_T = parse(RECT);

  // ---------------------------------------------------------------- the functions

  static PyComplex sqrt(PyComplex z) {
    if (!finite(z)) {
      return special(SQRT_T, z.real, z.imag);
    }
    if (z.real == 0.0 && z.imag == 0.0) {
      return new PyComplex(0.0, z.imag);
    }
    double ax = Math.abs(z.real);
    double ay = Math.abs(z.imag);
    double s;
    if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
      // hypot(ax, ay) would be subnormal: scale up by 2**53, then down by 2**27
      ax = Math.scalb(ax, 53);
      s = Math.scalb(Math.sqrt(ax + ComplexMath.hypot(ax, Math.scalb(ay, 53))), -27);
    } else {
      ax /= 8.0;
      s = 2.0 * Math.sqrt(ax + ComplexMath.hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.real >= 0.0) {
      return new PyComplex(s, Math.copySign(d, z.imag));
    }
    return new PyComplex(d, Math.copySign(s, z.imag));
  }

  static PyComplex exp(PyComplex z) {
    if (!finite(z)) {
      if (Double.isInfinite(z.real) && Double.isFinite(z.imag) && z.imag != 0.0) {
        double c = Math.cos(z.imag);
        double s = Math.sin(z.imag);
        return z.real > 0 ? new PyComplex(Math.copySign(INF, c), Math.copySign(INF, s))
            : new PyComplex(Math.copySign(0.0, c), Math.copySign(0.0, s));
      }
      return special(EXP_T, z.real, z.imag);
    }
    double re;
    double im;
    if (z.real > LOG_LARGE) {
      double l = Math.exp(z.real - 1.0);
      re = l * Math.cos(z.imag) * Math.E;
      im = l * Math.sin(z.imag) * Math.E;
    } else {
      double l = Math.exp(z.real);
      re = l * Math.cos(z.imag);
      im = l * Math.sin(z.imag);
    }
    return checkRange(re, im);
  }

  private static PyComplex checkRange(double re, double im) {
    if (Double.isInfinite(re) || Double.isInfinite(im)) {
      throw range();
    }
    return new PyComplex(re, im);
  }

  static PyComplex log(PyComplex z) {
    if (!finite(z)) {
      return special(LOG_T, z.real, z.imag);
    }
    double ax = Math.abs(z.real);
    double ay = Math.abs(z.imag);
    double re;
    if (ax > LARGE || ay > LARGE) {
      re = Math.log(ComplexMath.hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
      if (ax > 0.0 || ay > 0.0) {
        // hypot(ax, ay) would be subnormal: scale by 2**53
        re = Math.log(ComplexMath.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
      } else {
        throw domain(); // log(0)
      }
    } else {
      double h = ComplexMath.hypot(ax, ay);
      if (0.71 <= h && h <= 1.73) {
        double am = Math.max(ax, ay);
        double an = Math.min(ax, ay);
        re = Math.log1p((am - 1) * (am + 1) + an * an) / 2.0;
      } else {
        re = Math.log(h);
      }
    }
    return new PyComplex(re, atan2(z.imag, z.real));
  }

  static PyComplex acos(PyComplex z) {
    if (!finite(z)) {
      return special(ACOS_T, z.real, z.imag);
    }
    if (Math.abs(z.real) > LARGE || Math.abs(z.imag) > LARGE) {
      double re = atan2(Math.abs(z.imag), z.real);
      double l = Math.log(ComplexMath.hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0;
      double im = z.real < 0.0 ? -Math.copySign(l, z.imag) : Math.copySign(l, -z.imag);
      return new PyComplex(re, im);
    }
    PyComplex s1 = sqrt(new PyComplex(1.0 - z.real, -z.imag));
    PyComplex s2 = sqrt(new PyComplex(1.0 + z.real, z.imag));
    return new PyComplex(2.0 * atan2(s1.real, s2.real),
        asinh(s2.real * s1.imag - s2.imag * s1.real));
  }

  static PyComplex acosh(PyComplex z) {
    if (!finite(z)) {
      return special(ACOSH_T, z.real, z.imag);
    }
    if (Math.abs(z.real) > LARGE || Math.abs(z.imag) > LARGE) {
      return new PyComplex(Math.log(ComplexMath.hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0,
          atan2(z.imag, z.real));
    }
    PyComplex s1 = sqrt(new PyComplex(z.real - 1.0, z.imag));
    PyComplex s2 = sqrt(new PyComplex(z.real + 1.0, z.imag));
    return new PyComplex(asinh(s1.real * s2.real + s1.imag * s2.imag),
        2.0 * atan2(s1.imag, s2.real));
  }

  static PyComplex asin(PyComplex z) {
    return rotateBack(asinh(new PyComplex(-z.imag, z.real)));
  }

  static PyComplex asinh(PyComplex z) {
    if (!finite(z)) {
      return special(ASINH_T, z.real, z.imag);
    }
    if (Math.abs(z.real) > LARGE || Math.abs(z.imag) > LARGE) {
      double l = Math.log(ComplexMath.hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0;
      double re = z.imag >= 0.0 ? Math.copySign(l, z.real) : -Math.copySign(l, -z.real);
      return new PyComplex(re, atan2(z.imag, Math.abs(z.real)));
    }
    PyComplex s1 = sqrt(new PyComplex(1.0 + z.imag, -z.real));
    PyComplex s2 = sqrt(new PyComplex(1.0 - z.imag, z.real));
    return new PyComplex(asinh(s1.real * s2.imag - s2.real * s1.imag),
        atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag));
  }

  static PyComplex atan(PyComplex z) {
    return rotateBack(atanh(new PyComplex(-z.imag, z.real)));
  }

  static PyComplex atanh(PyComplex z) {
    if (!finite(z)) {
      return special(ATANH_T, z.real, z.imag);
    }
    if (z.real < 0.0) {
      // atanh(z) = -atanh(-z)
      PyComplex r = atanh(new PyComplex(-z.real, -z.imag));
      return new PyComplex(-r.real, -r.imag);
    }
    double ay = Math.abs(z.imag);
    if (z.real > SQRT_LARGE || ay > SQRT_LARGE) {
      // |z| large: atanh(z) ~ 1/z +/- i*pi/2
      double h = ComplexMath.hypot(z.real / 2.0, z.imag / 2.0);
      return new PyComplex(z.real / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -z.imag));
    }
    if (z.real == 1.0 && ay < SQRT_DBL_MIN) {
      if (ay == 0.0) {
        throw domain();
      }
      return new PyComplex(-Math.log(Math.sqrt(ay) / Math.sqrt(
          ComplexMath.hypot(ay, 2.0))), Math.copySign(atan2(2.0, -ay) / 2, z.imag));
    }
    double re = Math.log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0;
    double im = -atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0;
    return new PyComplex(re, im);
  }

  static PyComplex cosh(PyComplex z) {
    if (!finite(z)) {
      if (Double.isInfinite(z.real) && Double.isFinite(z.imag) && z.imag != 0.0) {
        double c = Math.copySign(INF, Math.cos(z.imag));
        double s = Math.copySign(INF, Math.sin(z.imag));
        return new PyComplex(c, z.real > 0 ? s : -s);
      }
      return special(COSH_T, z.real, z.imag);
    }
    double re;
    double im;
    if (Math.abs(z.real) > LOG_LARGE) {
      double x1 = z.real - Math.copySign(1.0, z.real);
      re = Math.cos(z.imag) * cosh(x1) * Math.E;
      im = Math.sin(z.imag) * sinh(x1) * Math.E;
    } else {
      re = Math.cos(z.imag) * cosh(z.real);
      im = Math.sin(z.imag) * sinh(z.real);
    }
    return checkRange(re, im);
  }

  static PyComplex sinh(PyComplex z) {
    if (!finite(z)) {
      if (Double.isInfinite(z.real) && Double.isFinite(z.imag) && z.imag != 0.0) {
        double c = Math.copySign(INF, Math.cos(z.imag));
        double s = Math.copySign(INF, Math.sin(z.imag));
        return new PyComplex(z.real > 0 ? c : -c, s);
      }
      return special(SINH_T, z.real, z.imag);
    }
    double re;
    double im;
    if (Math.abs(z.real) > LOG_LARGE) {
      double x1 = z.real - Math.copySign(1.0, z.real);
      re = Math.cos(z.imag) * sinh(x1) * Math.E;
      im = Math.sin(z.imag) * cosh(x1) * Math.E;
    } else {
      re = Math.cos(z.imag) * sinh(z.real);
      im = Math.sin(z.imag) * cosh(z.real);
    }
    return checkRange(re, im);
  }

  static PyComplex tanh(PyComplex z) {
    if (!finite(z)) {
      if (Double.isInfinite(z.real) && Double.isFinite(z.imag) && z.imag != 0.0) {
        double im = Math.copySign(0.0, 2.0 * Math.sin(z.imag) * Math.cos(z.imag));
        return new PyComplex(z.real > 0 ? 1.0 : -1.0, im);
      }
      return special(TANH_T, z.real, z.imag);
    }
    if (Math.abs(z.real) > LOG_LARGE) {
      return new PyComplex(Math.copySign(1.0, z.real), 4.0 * Math.sin(z.imag)
          * Math.cos(z.imag) * Math.exp(-2.0 * Math.abs(z.real)));
    }
    // tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2),
    // with 1-tanh(x)^2 computed as 1/cosh(x)^2
    double tx = StrictMath.tanh(z.real);
    double ty = Math.tan(z.imag);
    double cx = 1.0 / cosh(z.real);
    double txty = tx * ty;
    double denom = 1.0 + txty * txty;
    return new PyComplex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
  }

  static PyComplex rect(double r, double phi) {
    if (!Double.isFinite(r) || !Double.isFinite(phi)) {
      if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
        double c = Math.copySign(INF, Math.cos(phi));
        double s = Math.copySign(INF, Math.sin(phi));
        return r > 0 ? new PyComplex(c, s) : new PyComplex(-c, -s);
      }
      return special(RECT_T, r, phi);
    }
    if (phi == 0.0) {
      return new PyComplex(r, r * phi);
    }
    return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
  }

  // ---------------------------------------------------------------- real functions
  // Math's intrinsics for exp, log, sin, cos and tan come closest to glibc; atan2 and hypot
  // (ComplexMath), cosh, sinh and asinh are computed more carefully than fdlibm (StrictMath).

  /** fdlibm's cosh algorithm over Math.exp. */
  static double cosh(double x) {
    double ax = Math.abs(x);
    if (Double.isNaN(x)) {
      return x;
    }
    if (ax < 0.5 * LN2) {
      double t = Math.expm1(ax);
      double w = 1 + t;
      if (ax < 0x1p-55) {
        return w;
      }
      return 1 + (t * t) / (w + w);
    }
    if (ax < 22) {
      double t = Math.exp(ax);
      return 0.5 * t + 0.5 / t;
    }
    if (ax < 709.782712893384) {
      return 0.5 * Math.exp(ax);
    }
    double w = Math.exp(0.5 * ax);
    double t = 0.5 * w;
    return t * w;
  }

  /** fdlibm's sinh algorithm over Math.exp. */
  static double sinh(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double h = Math.copySign(0.5, x);
    double ax = Math.abs(x);
    if (ax < 22) {
      if (ax < 0x1p-28) {
        return x;
      }
      double t = Math.expm1(ax);
      if (ax < 1) {
        return h * (2.0 * t - t * t / (t + 1.0));
      }
      return h * (t + t / (t + 1.0));
    }
    if (ax < 709.782712893384) {
      return h * Math.exp(ax);
    }
    double w = Math.exp(0.5 * ax);
    double t = h * w;
    return t * w;
  }

  /** fdlibm's asinh algorithm over Math.log. */
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
      w = Math.log(ax) + LN2;
    } else if (ax > 2.0) {
      w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
    } else {
      double t = x * x;
      w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
    }
    return Math.copySign(w, x);
  }

  private static double atan2(double y, double x) {
    return ComplexMath.atan2(y, x);
  }

  /** The argument of z, with C99's results for infinities and NaNs. */
  static double atan2(PyComplex z) {
    if (Double.isNaN(z.real) || Double.isNaN(z.imag)) {
      return NAN;
    }
    return atan2(z.imag, z.real);
  }

  /** |z| for polar(): infinite when a part is, else hypot with "math range error". */
  private static double abs(PyComplex z) {
    if (Double.isInfinite(z.real) || Double.isInfinite(z.imag)) {
      return INF;
    }
    if (Double.isNaN(z.real) || Double.isNaN(z.imag)) {
      return NAN;
    }
    double r = ComplexMath.hypot(z.real, z.imag);
    if (Double.isInfinite(r)) {
      throw range();
    }
    return r;
  }

  static boolean isclose(PyComplex a, PyComplex b, double relTol, double absTol) {
    if (relTol < 0.0 || absTol < 0.0) {
      throw Errors.valueError("tolerances must be non-negative");
    }
    if (a.real == b.real && a.imag == b.imag) {
      return true;
    }
    if (Double.isInfinite(a.real) || Double.isInfinite(a.imag) || Double.isInfinite(b.real)
        || Double.isInfinite(b.imag)) {
      return false;
    }
    double diff = ComplexMath.hypot(a.real - b.real, a.imag - b.imag);
    return diff <= relTol * ComplexMath.hypot(b.real, b.imag)
        || diff <= relTol * ComplexMath.hypot(a.real, a.imag) || diff <= absTol;
  }
}
