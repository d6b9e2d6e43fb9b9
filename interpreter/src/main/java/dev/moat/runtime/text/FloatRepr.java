package dev.moat.runtime.text;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;

/**
 * CPython's float-to-string conversions: {@code repr(float)} and a port of
 * {@code PyOS_double_to_string} (the engine behind {@code format()}, {@code %}-formatting and
 * {@code complex.__repr__}). All digits are correctly rounded from the exact binary value.
 */
public final class FloatRepr {
  private FloatRepr() {}

  /** Flag: always add a sign ({@code Py_DTSF_SIGN}). */
  public static final int DTSF_SIGN = 0x01;
  /** Flag: add ".0" to integral results in non-exponent form ({@code Py_DTSF_ADD_DOT_0}). */
  public static final int DTSF_ADD_DOT_0 = 0x02;
  /** Flag: alternate form: keep the point and trailing zeros ({@code Py_DTSF_ALT}). */
  public static final int DTSF_ALT = 0x04;
  /** Flag: turn a negative zero result into a positive one ({@code Py_DTSF_NO_NEG_0}). */
  public static final int DTSF_NO_NEG_0 = 0x08;

  private static final String[] SMALL_INTS = new String[1024];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = i + ".0";
    }
  }

  /**
   * {@code repr(x)} (equal to {@code str(x)}): the shortest string that round-trips, in
   * positional form when the decimal exponent is in [-4, 16), else exponent form.
   *
   * @param x the value
   * @return e.g. {@code "1.0"}, {@code "0.1"}, {@code "1e+16"}, {@code "-inf"}, {@code "nan"}
   */
  public static String repr(double x) {
    // Fast path: small integral values are by far the most common repr'd floats.
    if (x >= 0 && x < SMALL_INTS.length) {
      int i = (int) x;
      if (i == x && (i != 0 || Double.doubleToRawLongBits(x) == 0)) {
        return SMALL_INTS[i];
      }
    } else if (x > -1e15 && x < 1e15) {
      long l = (long) x;
      if (l == x && l != 0) {
        return Long.toString(l).concat(".0");
      }
    }
    return doubleToString(x, 'r', 0, DTSF_ADD_DOT_0);
  }

  /**
   * Port of CPython's {@code PyOS_double_to_string(val, format_code, precision, flags, NULL)}.
   *
   * @param val the value
   * @param formatCode one of {@code e E f F g G r} ('r': shortest repr digits, precision 0)
   * @param precision digits after the point (e, f) or significant digits (g; 0 means 1)
   * @param flags a combination of the {@code DTSF_*} flags
   * @return the formatted string, e.g. {@code "1.500000e+00"}; "inf"/"nan" (upper case for E F G)
   */
  public static String doubleToString(double val, char formatCode, int precision, int flags) {
    // Upper-case codes only change the case of "e", "inf" and "nan".
    boolean upper = formatCode == 'E' || formatCode == 'F' || formatCode == 'G';
    char code = upper ? (char) (formatCode + ('a' - 'A')) : formatCode;
    switch (code) {
      case 'e':
        if (precision == Integer.MAX_VALUE) {
          throw Errors.memoryError(""); // CPython: PyErr_NoMemory()
        }
        precision++; // digits after the point -> significant digits
        break;
      case 'f':
        break;
      case 'g':
        if (precision == 0) {
          precision = 1; // precision 0 makes no sense for 'g'
        }
        break;
      case 'r':
        if (precision != 0) {
          throw new IllegalArgumentException("precision must be 0 for 'r'");
        }
        break;
      default:
        throw new IllegalArgumentException("bad format code " + formatCode);
    }
    return formatShort(val, code, precision, flags, upper);
  }

  /** Port of CPython's {@code format_float_short}. */
  private static String formatShort(double d, char code, int precision, int flags, boolean upper) {
    boolean alwaysAddSign = (flags & DTSF_SIGN) != 0;
    boolean addDot0 = (flags & DTSF_ADD_DOT_0) != 0;
    boolean alt = (flags & DTSF_ALT) != 0;
    boolean noNegZero = (flags & DTSF_NO_NEG_0) != 0;
    boolean negative = (Double.doubleToRawLongBits(d) < 0);
    if (Double.isNaN(d)) {
      // the sign of a nan is ignored
      String s = upper ? "NAN" : "nan";
      return alwaysAddSign ? "+" + s : s;
    }
    if (Double.isInfinite(d)) {
      String s = upper ? "INF" : "inf";
      return negative ? "-" + s : alwaysAddSign ? "+" + s : s;
    }
    double a = Math.abs(d);
    Dtoa dt;
    switch (code) {
      case 'r':
        dt = Dtoa.shortest(a);
        break;
      case 'f':
        dt = Dtoa.mode3(a, precision);
        break;
      default: // 'e', 'g': mode 2
        dt = Dtoa.mode2(a, precision);
        break;
    }
    String digits = dt.digits;
    int digitsLen = digits.length();
    int decpt = dt.decpt;
    if (noNegZero && negative && (digitsLen == 0 || (digitsLen == 1 && digits.charAt(0) == '0'))) {
      negative = false;
    }

    // The output is a slice vdigits[vdigitsStart:vdigitsEnd] of the digits padded with zeros
    // on both sides, plus a decimal point and maybe an exponent (see pystrtod.c).
    long vdigitsEnd = digitsLen; // long: decpt + a huge precision must not wrap
    boolean useExp = false;
    int exp = 0;
    switch (code) {
      case 'e':
        useExp = true;
        vdigitsEnd = precision;
        break;
      case 'f':
        vdigitsEnd = (long) decpt + precision;
        break;
      case 'g':
        if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
          useExp = true;
        }
        if (alt) {
          vdigitsEnd = precision;
        }
        break;
      default: // 'r': exponent form from 1e16 on
        if (decpt <= -4 || decpt > 16) {
          useExp = true;
        }
        break;
    }
    if (useExp) {
      exp = decpt - 1;
      decpt = 1;
    }
    int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
    if (!useExp && addDot0) {
      vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
    } else {
      vdigitsEnd = Math.max(vdigitsEnd, decpt);
    }

    long size = 8L + vdigitsEnd - vdigitsStart;
    Budget.reserveMemory(size * 2);
    if (size > Integer.MAX_VALUE - 16) {
      // CPython raises MemoryError; a Java string cannot be this long.
      throw Errors.memoryError(""); // CPython: PyErr_NoMemory()
    }
    StringBuilder sb = new StringBuilder((int) size);
    if (negative) {
      sb.append('-');
    } else if (alwaysAddSign) {
      sb.append('+');
    }
    if (decpt <= 0) {
      zeros(sb, decpt - vdigitsStart);
      sb.append('.');
      zeros(sb, -decpt);
    } else {
      zeros(sb, -vdigitsStart);
    }
    if (0 < decpt && decpt <= digitsLen) {
      sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
    } else {
      sb.append(digits);
    }
    if (digitsLen < decpt) {
      zeros(sb, decpt - digitsLen);
      sb.append('.');
      zeros(sb, vdigitsEnd - decpt);
    } else {
      zeros(sb, vdigitsEnd - digitsLen);
    }
    if (sb.charAt(sb.length() - 1) == '.' && !alt) {
      sb.setLength(sb.length() - 1);
    }
    if (useExp) {
      sb.append(upper ? 'E' : 'e');
      if (exp < 0) {
        sb.append('-');
        exp = -exp;
      } else {
        sb.append('+');
      }
      if (exp < 10) {
        sb.append('0');
      }
      sb.append(exp);
    }
    return sb.toString();
  }

  private static void zeros(StringBuilder sb, long n) {
    for (long i = 0; i < n; i++) {
      sb.append('0');
    }
  }
}
