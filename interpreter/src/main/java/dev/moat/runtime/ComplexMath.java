package dev.moat.runtime;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.text.FloatRepr;
import java.math.BigInteger;

/**
 * Complex arithmetic with CPython 3.11's results: the operand conversions of the binary
 * operators (an int or float operand becomes {@code complex(x, 0.0)}), Smith's division, the
 * integer-power and general-power algorithms, {@code abs}, comparisons, hashing, repr and
 * the string parser of {@code complex(str)}.
 */
public final class ComplexMath {
  private ComplexMath() {}

  static final Object NI = PySingleton.NOT_IMPLEMENTED;
  private static final PyComplex ONE = new PyComplex(1.0, 0.0);

  /** {@code v} as a complex when it is a complex, float, int or bool; else null. */
  public static PyComplex toComplexOrNull(Object v) {
    if (v instanceof PyComplex) {
      return (PyComplex) v;
    }
    if (v instanceof Double) {
      return new PyComplex((Double) v, 0.0);
    }
    if (Arith.isInt(v)) {
      return new PyComplex(Arith.toDouble(v), 0.0);
    }
    return null;
  }

  /**
   * {@code o} as a complex for functions that take one (CPython's PyComplex_AsCComplex): a
   * complex, the result of {@code __complex__}, else a real number ({@code __float__},
   * {@code __index__}) as {@code complex(x, 0.0)}; null when none applies.
   */
  public static PyComplex coerce(Object o) {
    Object special = ComplexMethods.complexSpecial(o);
    if (special != null) {
      return (PyComplex) special;
    }
    Object v = ValueSubclass.unwrap(o);
    if (v instanceof PyComplex) {
      return (PyComplex) v;
    }
    Double d = v instanceof String ? null : Ops.floatOrNull(o);
    return d == null ? null : new PyComplex(d, 0.0);
  }

  // ---------------------------------------------------------------- binary operators

  /** The built-in {@code a op b} where one side is complex; NotImplemented otherwise. */
  static Object binary(BinaryOp op, Object a, Object b) {
    switch (op) {
      case ADD:
      case SUB:
      case MULT:
      case DIV:
      case POW:
        break;
      default:
        return NI;
    }
    if (!isNumber(a) || !isNumber(b)) {
      return NI;
    }
    PyComplex x = toComplexOrNull(a);
    PyComplex y = toComplexOrNull(b);
    switch (op) {
      case ADD:
        return new PyComplex(x.real + y.real, x.imag + y.imag);
      case SUB:
        return new PyComplex(x.real - y.real, x.imag - y.imag);
      case MULT:
        return mul(x, y);
      case DIV:
        return div(x, y);
      default:
        return pow(x, y);
    }
  }

  private static boolean isNumber(Object o) {
    return o instanceof PyComplex || o instanceof Double || Arith.isInt(o);
  }

  public static PyComplex mul(PyComplex a, PyComplex b) {
    return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
  }

  /** Division scaled by the larger component of the divisor (Smith's method), as CPython. */
  public static PyComplex div(PyComplex a, PyComplex b) {
    PyComplex r = quotient(a, b);
    if (r == null) {
      throw Errors.zeroDivisionError("complex division by zero");
    }
    return r;
  }

  /** a / b, or null when b is zero. */
  private static PyComplex quotient(PyComplex a, PyComplex b) {
    double absRe = Math.abs(b.real);
    double absIm = Math.abs(b.imag);
    if (absRe >= absIm) {
      if (absRe == 0.0) {
        return null;
      }
      double ratio = b.imag / b.real;
      double denom = b.real + b.imag * ratio;
      return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
    }
    if (absIm >= absRe) {
      double ratio = b.real / b.imag;
      double denom = b.real * ratio + b.imag;
      return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
    }
    // a NaN component
    return new PyComplex(Double.NaN, Double.NaN);
  }

  /** {@code a ** b} with CPython's errors. */
  public static PyComplex pow(PyComplex a, PyComplex b) {
    PyComplex r;
    if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
      r = intPow(a, (int) b.real);
    } else {
      r = generalPow(a, b);
    }
    if (r == null) {
      throw Errors.zeroDivisionError("0.0 to a negative or complex power");
    }
    if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
      throw Errors.overflowError("complex exponentiation");
    }
    return r;
  }

  /** a ** n by repeated squaring; null for zero to a negative power. */
  private static PyComplex intPow(PyComplex a, int n) {
    if (n > 0) {
      return unsignedPow(a, n);
    }
    return quotient(ONE, unsignedPow(a, -n));
  }

  private static PyComplex unsignedPow(PyComplex a, int n) {
    PyComplex r = ONE;
    PyComplex p = a;
    for (int bit = 1; bit > 0 && n >= bit; bit <<= 1) {
      if ((n & bit) != 0) {
        r = mul(r, p);
      }
      p = mul(p, p);
    }
    return r;
  }

  /** a ** b through polar form; null for zero to a negative or complex power. */
  private static PyComplex generalPow(PyComplex a, PyComplex b) {
    if (b.real == 0.0 && b.imag == 0.0) {
      return ONE;
    }
    if (a.real == 0.0 && a.imag == 0.0) {
      if (b.imag != 0.0 || b.real < 0.0) {
        return null;
      }
      return new PyComplex(0.0, 0.0);
    }
    double modulus = hypot(a.real, a.imag);
    double len = Math.pow(modulus, b.real);
    double angle = atan2(a.imag, a.real);
    double phase = angle * b.real;
    if (b.imag != 0.0) {
      len /= Math.exp(angle * b.imag);
      phase += b.imag * Math.log(modulus);
    }
    return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
  }

  // ---------------------------------------------------------------- real helpers

  /**
   * hypot(x, y) as glibc computes it (CPython's complex abs and cmath use the platform's):
   * Borges' corrected algorithm ("An improved algorithm for hypot(a, b)", 2019), the square root
   * of the sum of squares followed by one correction step, with scaling for huge and tiny
   * operands. Java's own hypot differs in the last bit for about one input in six.
   */
  public static double hypot(double x, double y) {
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (Double.isInfinite(ax) || Double.isInfinite(ay)) {
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isNaN(ax) || Double.isNaN(ay)) {
      return Double.NaN;
    }
    if (ax < ay) {
      double t = ax;
      ax = ay;
      ay = t;
    }
    if (ay <= ax * 0x1p-54) {
      return ax + ay;
    }
    if (ax > 0x1p511) {
      return hypotKernel(ax * 0x1p-600, ay * 0x1p-600) * 0x1p600;
    }
    if (ay < 0x1p-511) {
      return hypotKernel(ax * 0x1p600, ay * 0x1p600) * 0x1p-600;
    }
    return hypotKernel(ax, ay);
  }

  /** The corrected square root for ax >= ay > 0 in a safe range. */
  private static double hypotKernel(double ax, double ay) {
    double h = Math.sqrt(ax * ax + ay * ay);
    double t1;
    double t2;
    // t1 + t2 is h*h - ax*ax - ay*ay, arranged to be computed with little rounding
    if (h <= 2.0 * ay) {
      double delta = h - ay;
      t1 = ax * (2.0 * delta - ax);
      t2 = (delta - 2.0 * (ax - ay)) * delta;
    } else {
      double delta = h - ax;
      t1 = 2.0 * delta * (ax - 2.0 * ay);
      t2 = (4.0 * delta - ay) * ay + delta * delta;
    }
    return h - (t1 + t2) / (2.0 * h);
  }

  /** atan(k/64) for k = 0..64 as double-double pairs, computed on first use with BigDecimal. */
  private static final class AtanTable {
    static final double[] HI = new double[65];
    static final double[] LO = new double[65];

    static {
      java.math.MathContext mc = new java.math.MathContext(40);
      java.math.BigDecimal one = java.math.BigDecimal.ONE;
      for (int k = 0; k <= 64; k++) {
        java.math.BigDecimal x = new java.math.BigDecimal(k / 64.0);
        // two halvings of the angle: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2)))
        for (int i = 0; i < 2; i++) {
          x = x.divide(one.add(one.add(x.multiply(x, mc)).sqrt(mc)), mc);
        }
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        java.math.BigDecimal p = x;
        java.math.BigDecimal x2 = x.multiply(x, mc);
        for (int n = 0; n < 30; n++) {
          java.math.BigDecimal term = p.divide(java.math.BigDecimal.valueOf(2 * n + 1), mc);
          sum = n % 2 == 0 ? sum.add(term, mc) : sum.subtract(term, mc);
          p = p.multiply(x2, mc);
        }
        sum = sum.multiply(java.math.BigDecimal.valueOf(4));
        HI[k] = sum.doubleValue();
        LO[k] = sum.subtract(new java.math.BigDecimal(HI[k]), mc).doubleValue();
      }
    }
  }

  /**
   * atan2(y, x) in double-double arithmetic: atan(t) = atan(c) + atan((t - c) / (1 + tc)) for
   * the nearest c = k/64, a short series for the second term, then the quadrant.
   */
  public static double atan2(double y, double x) {
    if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)
        || x == 0 || y == 0) {
      return StrictMath.atan2(y, x); // exact results
    }
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    boolean swap = ay > ax;
    double num = swap ? ax : ay;
    double den = swap ? ay : ax;
    double th = num / den;
    // the low part of the quotient, unless it is lost below the subnormal range anyway
    double tl = th < 0x1p-960 ? 0.0 : Math.fma(-th, den, num) / den;
    int k = (int) Math.rint(th * 64);
    double c = k / 64.0;
    double nh = th - c;
    double dh = 1 + th * c;
    double dl = Math.fma(th, c, -(th * c)) + ((1 - dh) + th * c) + tl * c;
    double uh = nh / dh;
    double ul = (Math.fma(-uh, dh, nh) + tl - uh * dl) / dh;
    double u2 = uh * uh;
    double tail = uh * u2 * (-1.0 / 3 + u2 * (1.0 / 5 + u2 * (-1.0 / 7 + u2 * (1.0 / 9
        + u2 * (-1.0 / 11 + u2 * (1.0 / 13 + u2 * (-1.0 / 15 + u2 / 17)))))));
    double[] a = ddAdd(AtanTable.HI[k], AtanTable.LO[k], uh, ul + tail);
    if (swap) {
      a = ddAdd(Math.PI / 2, 6.123233995736766e-17, -a[0], -a[1]);
    }
    if (x < 0) {
      a = ddAdd(Math.PI, 1.2246467991473532e-16, -a[0], -a[1]);
    }
    double r = a[0] + a[1];
    return y < 0 ? -r : r;
  }

  private static double[] ddAdd(double ah, double al, double bh, double bl) {
    double s = ah + bh;
    double bb = s - ah;
    double e = (ah - (s - bb)) + (bh - bb) + al + bl;
    double hi = s + e;
    return new double[] {hi, e - (hi - s)};
  }

  // ---------------------------------------------------------------- unary, abs, truth

  public static double abs(PyComplex z) {
    if (Double.isInfinite(z.real) || Double.isInfinite(z.imag)) {
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isNaN(z.real) || Double.isNaN(z.imag)) {
      return Double.NaN;
    }
    double r = hypot(z.real, z.imag);
    if (Double.isInfinite(r)) {
      throw Errors.overflowError("absolute value too large");
    }
    return r;
  }

  // ---------------------------------------------------------------- comparison

  /** {@code z == other} / {@code !=}; NotImplemented for ordering or non-numbers. */
  static Object compare(PyComplex z, Object other, CmpOp op) {
    if (op != CmpOp.EQ && op != CmpOp.NOTEQ) {
      return NI;
    }
    boolean eq;
    if (other instanceof PyComplex) {
      PyComplex w = (PyComplex) other;
      eq = z.real == w.real && z.imag == w.imag;
    } else if (other instanceof Double) {
      eq = z.imag == 0.0 && z.real == (Double) other;
    } else if (Arith.isInt(other)) {
      if (z.imag != 0.0) {
        eq = false;
      } else {
        Integer c = Arith.compareNumbers(z.real, other);
        eq = c != null && c == 0;
      }
    } else {
      return NI;
    }
    return op == CmpOp.EQ ? eq : !eq;
  }

  // ---------------------------------------------------------------- hash

  private static final long IMAG_MULTIPLIER = 1000003L;

  public static long hash(PyComplex z) {
    long h = Ops.hashDouble(z.real, z) + IMAG_MULTIPLIER * Ops.hashDouble(z.imag, z);
    return h == -1 ? -2 : h;
  }

  // ---------------------------------------------------------------- repr

  public static String repr(PyComplex z) {
    return repr(z.real, z.imag);
  }

  /** CPython's complex repr: {@code 2j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}. */
  public static String repr(double re, double im) {
    if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
      return FloatRepr.doubleToString(im, 'r', 0, 0) + "j";
    }
    return "(" + FloatRepr.doubleToString(re, 'r', 0, 0)
        + FloatRepr.doubleToString(im, 'r', 0, FloatRepr.DTSF_SIGN) + "j)";
  }

  // ---------------------------------------------------------------- parsing

  /** {@code complex(s)} for a str, with CPython's rules and messages. */
  public static PyComplex parse(String text) {
    MethodSupport.chargeLinear(text.length());
    if (text.length() > 4096) {
      Budget.reserveMemory(4L * text.length()); // the working copies below
    }
    String s = asciiForm(text);
    if (s.indexOf('_') >= 0) {
      String stripped = stripUnderscores(s);
      if (stripped == null) {
        throw Errors.valueError("could not convert string to complex: " + Ops.repr(text));
      }
      s = stripped;
    }
    PyComplex z = parseAscii(s);
    if (z == null) {
      throw Errors.valueError("complex() arg is a malformed string");
    }
    return z;
  }

  /** Unicode white space as ' ', Unicode decimal digits as ASCII digits, anything else non-ASCII as '?'. */
  private static String asciiForm(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp >= 0x80 && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      }
      if (sb != null) {
        if (cp < 0x80) {
          sb.append((char) cp);
        } else if (dev.moat.runtime.text.UnicodeProps.isSpace(cp)) {
          sb.append(' ');
        } else {
          int d = dev.moat.runtime.text.UnicodeProps.decimalValue(cp);
          sb.append(d >= 0 ? (char) ('0' + d) : '?');
        }
      }
      i += n;
    }
    return sb == null ? s : sb.toString();
  }

  /** Removes underscores that sit between two digits; null when any other underscore is seen. */
  private static String stripUnderscores(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        if (i == 0 || i + 1 >= s.length() || !isDigit(s.charAt(i - 1))
            || !isDigit(s.charAt(i + 1))) {
          return null;
        }
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The parser proper over an ASCII string; null when malformed. */
  private static PyComplex parseAscii(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    boolean bracket = false;
    if (i < n && s.charAt(i) == '(') {
      bracket = true;
      i++;
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
    }
    double x = 0.0;
    double y = 0.0;
    int end = floatPrefix(s, i);
    if (end != i) {
      double z = toDouble(s, i, end);
      i = end;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        x = z;
        end = floatPrefix(s, i);
        if (end != i) {
          y = toDouble(s, i, end);
          i = end;
        } else {
          y = s.charAt(i) == '+' ? 1.0 : -1.0;
          i++;
        }
        if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
          return null;
        }
        i++;
      } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
        i++;
        y = z;
      } else {
        x = z;
      }
    } else {
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        y = s.charAt(i) == '+' ? 1.0 : -1.0;
        i++;
      } else {
        y = 1.0;
      }
      if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
        return null;
      }
      i++;
    }
    while (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    if (bracket) {
      if (!(i < n && s.charAt(i) == ')')) {
        return null;
      }
      i++;
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
    }
    return i == n ? new PyComplex(x, y) : null;
  }

  /**
   * The end of the longest float literal starting at {@code i} ({@code [sign] digits [. digits]
   * [e [sign] digits]}, {@code inf}, {@code infinity}, {@code nan}), or {@code i} if none.
   */
  private static int floatPrefix(String s, int i) {
    int n = s.length();
    int p = i;
    if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
      p++;
    }
    if (startsWithIgnoreCase(s, p, "infinity")) {
      return p + 8;
    }
    if (startsWithIgnoreCase(s, p, "inf") || startsWithIgnoreCase(s, p, "nan")) {
      return p + 3;
    }
    int digits = 0;
    while (p < n && isDigit(s.charAt(p))) {
      p++;
      digits++;
    }
    if (p < n && s.charAt(p) == '.') {
      p++;
      while (p < n && isDigit(s.charAt(p))) {
        p++;
        digits++;
      }
    }
    if (digits == 0) {
      return i;
    }
    if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
      int q = p + 1;
      if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
        q++;
      }
      int start = q;
      while (q < n && isDigit(s.charAt(q))) {
        q++;
      }
      if (q > start) {
        p = q;
      }
    }
    return p;
  }

  private static boolean startsWithIgnoreCase(String s, int i, String word) {
    return s.regionMatches(true, i, word, 0, word.length());
  }

  private static double toDouble(String s, int from, int to) {
    String t = s.substring(from, to);
    int p = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
    char c = p < t.length() ? Character.toLowerCase(t.charAt(p)) : '0';
    boolean negative = t.startsWith("-");
    if (c == 'i') {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (c == 'n') {
      return Double.NaN;
    }
    return Double.parseDouble(t);
  }

  // ---------------------------------------------------------------- conversions

  /** An int or float operand as a double for the constructor (CPython's PyNumber_Float). */
  static double toDouble(Object o) {
    if (o instanceof Double) {
      return (Double) o;
    }
    if (o instanceof Long || o instanceof Boolean || o instanceof BigInteger) {
      return Arith.toDouble(o);
    }
    return (Double) Builtins.floatNew(o);
  }
}
