package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.def;
import static dev.moat.runtime.MethodSupport.getter;

import dev.moat.ast.Ast.BinaryOp;
import java.math.BigInteger;

/** The methods of {@code float}. */
final class FloatMethods {
  private FloatMethods() {}

  static void install() {
    PyType t = Types.FLOAT;
    def(t, "is_integer", "self", a -> {
      double d = dbl(a);
      return !Double.isInfinite(d) && d == Math.rint(d);
    });
    def(t, "hex", "self", a -> hex(dbl(a)));
    MethodSupport.classMethod(t, "fromhex", "cls, string, /",
        a -> MethodSupport.forClass(a[0], Types.FLOAT, fromhex(a[1])));
    def(t, "as_integer_ratio", "self", a -> integerRatio(dbl(a)));
    def(t, "conjugate", "self", a -> a[0]);
    getter(t, "real", v -> v);
    getter(t, "imag", v -> 0.0);

    def(t, "__int__", "self", a -> toInt(dbl(a)));
    def(t, "__trunc__", "self", a -> toInt(dbl(a)));
    def(t, "__floor__", "self", a -> toInt(Math.floor(dbl(a))));
    def(t, "__ceil__", "self", a -> toInt(Math.ceil(dbl(a))));
    def(t, "__round__", "self, ndigits=None, /", a -> Builtins.round(a[0], a[1]));
    def(t, "__float__", "self", a -> a[0]);
    def(t, "__bool__", "self", a -> dbl(a) != 0.0);
    def(t, "__abs__", "self", a -> Math.abs(dbl(a)));
    def(t, "__neg__", "self", a -> -dbl(a));
    def(t, "__pos__", "self", a -> a[0]);
    def(t, "__hash__", "self", a -> Ops.hash(a[0]));
    def(t, "__repr__", "self", a -> Ops.repr(a[0]));
    def(t, "__format__", "self, format_spec, /", a -> Formatting.format(a[0],
        StrMethods.formatSpec(a[1])));
    MethodSupport.comparisons(t, FloatMethods::isReal);
    IntMethods.arithmetic(t, FloatMethods::isReal);
    def(t, "__pow__", "self, value, mod=None, /", a -> pow(a[0], a[1], a[2]));
    def(t, "__rpow__", "self, value, mod=None, /", a -> pow(a[1], a[0], a[2]));
  }

  private static double dbl(Object[] a) {
    return (Double) a[0];
  }

  private static boolean isReal(Object o) {
    return o instanceof Double || Arith.isInt(o);
  }

  private static Object pow(Object base, Object exp, Object mod) {
    if (!isReal(base) || !isReal(exp)) {
      return NI;
    }
    if (mod != NONE) {
      throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are"
          + " integers");
    }
    return Arith.binary(BinaryOp.POW, base, exp);
  }

  /** int(x) for a float, with CPython's errors for NaN and infinities. */
  static Object toInt(double d) {
    if (Double.isNaN(d)) {
      throw Errors.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw Errors.overflowError("cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 0x1p63) {
      return (long) d;
    }
    return Arith.norm(new java.math.BigDecimal(d).toBigInteger());
  }

  private static PyTuple integerRatio(double d) {
    if (Double.isInfinite(d)) {
      throw Errors.overflowError("cannot convert Infinity to integer ratio");
    }
    if (Double.isNaN(d)) {
      throw Errors.valueError("cannot convert NaN to integer ratio");
    }
    if (d == 0) {
      return PyTuple.of(0L, 1L);
    }
    long bits = Double.doubleToRawLongBits(d);
    int exp = (int) ((bits >> 52) & 0x7ff);
    long mant = bits & ((1L << 52) - 1);
    if (exp == 0) {
      exp = 1;
    } else {
      mant |= 1L << 52;
    }
    exp -= 1075;
    int tz = Long.numberOfTrailingZeros(mant);
    mant >>= tz;
    exp += tz;
    BigInteger num = BigInteger.valueOf(d < 0 ? -mant : mant);
    BigInteger den = BigInteger.ONE;
    if (exp > 0) {
      num = num.shiftLeft(exp);
    } else {
      den = den.shiftLeft(-exp);
    }
    return PyTuple.of(Arith.norm(num), Arith.norm(den));
  }

  // ---------------------------------------------------------------- hex

  static String hex(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Ops.repr(d);
    }
    if (d == 0) {
      return (Double.doubleToRawLongBits(d) < 0 ? "-" : "") + "0x0.0p+0";
    }
    long bits = Double.doubleToRawLongBits(d);
    int exp = (int) ((bits >> 52) & 0x7ff);
    long mant = bits & ((1L << 52) - 1);
    StringBuilder sb = new StringBuilder(24);
    if (d < 0) {
      sb.append('-');
    }
    sb.append(exp == 0 ? "0x0." : "0x1.");
    String digits = Long.toHexString(mant);
    for (int i = digits.length(); i < 13; i++) {
      sb.append('0');
    }
    sb.append(digits).append('p');
    int e = exp == 0 ? -1022 : exp - 1023;
    sb.append(e < 0 ? '-' : '+').append(Math.abs(e));
    return sb.toString();
  }

  private static PyException invalidHex() {
    return Errors.valueError("invalid hexadecimal floating-point string");
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  static double fromhex(Object arg) {
    if (!(arg instanceof String)) {
      throw Errors.typeError("bad argument type for built-in operation");
    }
    String s = (String) arg;
    MethodSupport.chargeLinear(s.length());
    int i = 0;
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    while (n > i && isSpace(s.charAt(n - 1))) {
      n--;
    }
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    String rest = s.substring(i, n).toLowerCase(java.util.Locale.ROOT);
    if (rest.equals("inf") || rest.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (rest.equals("nan")) {
      return Double.NaN;
    }
    if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
      i += 2;
    }
    StringBuilder digits = new StringBuilder();
    int intStart = i;
    while (i < n && hexDigit(s.charAt(i)) >= 0) {
      digits.append(s.charAt(i++));
    }
    int intDigits = i - intStart;
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      int fracStart = i;
      while (i < n && hexDigit(s.charAt(i)) >= 0) {
        digits.append(s.charAt(i++));
      }
      fracDigits = i - fracStart;
    }
    if (intDigits + fracDigits == 0) {
      throw invalidHex();
    }
    long exp = 0;
    if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
      i++;
      boolean expNeg = false;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        expNeg = s.charAt(i) == '-';
        i++;
      }
      int expStart = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (exp < 1_000_000_000L) {
          exp = exp * 10 + (s.charAt(i) - '0');
        }
        i++;
      }
      if (i == expStart) {
        throw invalidHex();
      }
      if (expNeg) {
        exp = -exp;
      }
    }
    if (i != n) {
      throw invalidHex();
    }
    BigInteger m = new BigInteger(digits.toString(), 16);
    double v = scale(m, exp - 4L * fracDigits);
    return negative ? -v : v;
  }

  private static int hexDigit(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }

  /** m * 2**e rounded half-even to a double, with CPython's OverflowError. */
  private static double scale(BigInteger m, long e) {
    if (m.signum() == 0) {
      return 0.0;
    }
    long top = m.bitLength() - 1 + e;
    if (top > 1024) {
      throw Errors.overflowError("hexadecimal value too large to represent as a float");
    }
    if (top < -1080) {
      return 0.0;
    }
    long lsb = Math.max(top - 52, -1074);
    long shift = lsb - e;
    long q;
    if (shift <= 0) {
      q = m.shiftLeft((int) -shift).longValueExact();
    } else {
      BigInteger[] qr = m.divideAndRemainder(BigInteger.ONE.shiftLeft((int) shift));
      q = qr[0].longValueExact();
      int c = qr[1].shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft((int) shift));
      if (c > 0 || (c == 0 && (q & 1) == 1)) {
        q++;
      }
    }
    double r = Math.scalb((double) q, (int) lsb);
    if (Double.isInfinite(r)) {
      throw Errors.overflowError("hexadecimal value too large to represent as a float");
    }
    return r;
  }
}
