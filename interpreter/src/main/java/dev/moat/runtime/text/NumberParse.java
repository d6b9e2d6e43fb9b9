package dev.moat.runtime.text;

import dev.moat.runtime.Errors;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Python's {@code int(str, base)}, {@code float(str)} and {@code str(int)} with CPython 3.11's
 * syntax rules, error messages and integer string conversion length limit.
 */
public final class NumberParse {
  private NumberParse() {}

  /** CPython's default {@code sys.get_int_max_str_digits()}. */
  public static final int DEFAULT_MAX_STR_DIGITS = 4300;
  /** CPython's {@code _PY_LONG_MAX_STR_DIGITS_THRESHOLD}: the smallest allowed non-zero limit. */
  public static final int MAX_STR_DIGITS_THRESHOLD = 640;

  private static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

  /**
   * The current limit on decimal digits for int/str conversions
   * ({@code sys.get_int_max_str_digits()}).
   *
   * @return the limit; 0 means unlimited
   */
  public static int maxStrDigits() {
    return maxStrDigits;
  }

  /**
   * Sets the global limit ({@code sys.set_int_max_str_digits(n)}), used by every conversion in
   * this package that does not take an explicit limit.
   *
   * @param n 0 (unlimited) or a value >= 640
   * @throws dev.moat.runtime.PyException ValueError like CPython for other values
   */
  public static void setMaxStrDigits(int n) {
    if (n != 0 && n < MAX_STR_DIGITS_THRESHOLD) {
      throw Errors.valueError("maxdigits must be 0 or larger than " + MAX_STR_DIGITS_THRESHOLD);
    }
    maxStrDigits = n;
  }

  // ---------------------------------------------------------------------------------------
  // int(s, base)

  /**
   * Python's {@code int(s, base)} using the global digit limit.
   *
   * @param s the string
   * @param base 0 or 2..36
   * @return a Long, or a BigInteger when the value does not fit in a long
   * @throws dev.moat.runtime.PyException ValueError with CPython's message
   */
  public static Object parseInt(String s, int base) {
    return parseInt(s, base, maxStrDigits);
  }

  /**
   * Python's {@code int(s, base)}: surrounding whitespace, a sign, underscores between digits
   * (and after a base prefix), {@code 0x/0o/0b} prefixes (required for base 0, optional when they
   * match the base), Unicode decimal digits.
   *
   * @param s the string
   * @param base 0 or 2..36
   * @param maxDigits the digit limit for non power-of-two bases (0 = unlimited)
   * @return a Long, or a BigInteger when the value does not fit in a long
   * @throws dev.moat.runtime.PyException ValueError with CPython's message
   */
  public static Object parseInt(String s, int base, int maxDigits) {
    if ((base != 0 && base < 2) || base > 36) {
      throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
    }
    byte[] b = toAscii(s);
    int n = b.length;
    int i = 0;
    while (i < n && isAsciiSpace(b[i])) {
      i++;
    }
    boolean negative = false;
    if (i < n && b[i] == '+') {
      i++;
    } else if (i < n && b[i] == '-') {
      negative = true;
      i++;
    }
    int realBase = base;
    boolean errorIfNonzero = false;
    if (realBase == 0) {
      int c1 = at(b, i + 1) | 0x20;
      if (at(b, i) != '0') {
        realBase = 10;
      } else if (c1 == 'x') {
        realBase = 16;
      } else if (c1 == 'o') {
        realBase = 8;
      } else if (c1 == 'b') {
        realBase = 2;
      } else {
        // "old" C-style octal literal, now invalid; it might still be zero though
        errorIfNonzero = true;
        realBase = 10;
      }
    }
    if (at(b, i) == '0') {
      int c1 = at(b, i + 1) | 0x20;
      if ((realBase == 16 && c1 == 'x') || (realBase == 8 && c1 == 'o')
          || (realBase == 2 && c1 == 'b')) {
        i += 2;
        if (at(b, i) == '_') { // one underscore allowed after the prefix
          i++;
        }
      }
    }
    if (at(b, i) == '_') {
      throw invalidLiteral(s, base);
    }
    int start = i;
    int digits = 0;
    int prev = 0;
    while (i < n && (digitValue(b[i]) < realBase || b[i] == '_')) {
      if (b[i] == '_') {
        if (prev == '_') {
          throw invalidLiteral(s, base);
        }
      } else {
        digits++;
      }
      prev = b[i];
      i++;
    }
    if (prev == '_') {
      throw invalidLiteral(s, base);
    }
    boolean pow2 = (realBase & (realBase - 1)) == 0;
    if (!pow2 && digits > MAX_STR_DIGITS_THRESHOLD && maxDigits > 0 && digits > maxDigits) {
      throw Errors.valueError("Exceeds the limit (" + maxDigits
          + " digits) for integer string conversion: value has " + digits
          + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    int end = i;
    if (digits == 0) {
      throw invalidLiteral(s, base);
    }
    while (i < n && isAsciiSpace(b[i])) {
      i++;
    }
    if (i != n) {
      throw invalidLiteral(s, base);
    }
    byte[] dv = new byte[digits];
    for (int j = start, k = 0; j < end; j++) {
      if (b[j] != '_') {
        dv[k++] = (byte) digitValue(b[j]);
      }
    }
    Object v = digitsToInt(dv, realBase);
    if (errorIfNonzero && !isZero(v)) {
      throw invalidLiteral(s, base);
    }
    return negative ? negate(v) : v;
  }

  private static boolean isZero(Object v) {
    return v instanceof Long && (Long) v == 0;
  }

  private static Object negate(Object v) {
    if (v instanceof Long) {
      return -(Long) v; // magnitudes from digitsToInt are >= 0, so no overflow
    }
    return normalize(((BigInteger) v).negate());
  }

  /** Long when the value fits, else the BigInteger itself. */
  static Object normalize(BigInteger v) {
    return v.bitLength() < 64 ? (Object) v.longValue() : v;
  }

  private static RuntimeException invalidLiteral(String s, int base) {
    return Errors.valueError("invalid literal for int() with base " + base + ": "
        + StrRepr.reprTruncated(s, 200));
  }

  private static int at(byte[] b, int i) {
    return i < b.length ? b[i] : 0;
  }

  private static boolean isAsciiSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** CPython's {@code _PyLong_DigitValue}: 0-35 for [0-9a-zA-Z], 37 otherwise. */
  private static int digitValue(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int l = c | 0x20;
    if (l >= 'a' && l <= 'z') {
      return l - 'a' + 10;
    }
    return 37;
  }

  /**
   * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: ASCII kept, Unicode spaces
   * become ' ', Unicode decimal digits become ASCII digits, anything else becomes '?' and ends
   * the string. NUL also becomes '?' because the C code would stop there and then reject.
   */
  private static byte[] toAscii(String s) {
    int n = s.length();
    byte[] out = new byte[n];
    int k = 0;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 127 && cp != 0) {
        out[k++] = (byte) cp;
      } else if (cp >= 127 && UnicodeProps.isSpace(cp)) {
        out[k++] = ' ';
      } else {
        int d = cp >= 127 ? UnicodeProps.decimalValue(cp) : -1;
        if (d < 0) {
          out[k++] = '?';
          break;
        }
        out[k++] = (byte) ('0' + d);
      }
    }
    return k == n ? out : java.util.Arrays.copyOf(out, k);
  }

  // ---------------------------------------------------------------------------------------
  // digit arrays -> integers

  /** Digits (most significant first, values < base) to a non-negative Long or BigInteger. */
  static Object digitsToInt(byte[] d, int base) {
    int n = d.length;
    if (n <= maxLongDigits(base)) {
      long v = 0;
      for (byte x : d) {
        v = v * base + x;
      }
      return v;
    }
    if ((base & (base - 1)) == 0) {
      return normalize(pow2DigitsToBig(d, Integer.numberOfTrailingZeros(base)));
    }
    return normalize(divideAndConquer(d, 0, n, base, maxLongDigits(base), new HashMap<>()));
  }

  /** MAX_LONG_DIGITS[b]: a number of base-b digits that always fits in a non-negative long. */
  private static final int[] MAX_LONG_DIGITS = new int[37];

  static {
    for (int base = 2; base <= 36; base++) {
      int k = 0;
      long limit = Long.MAX_VALUE / base;
      for (long p = 1; p <= limit; p *= base) {
        k++;
      }
      MAX_LONG_DIGITS[base] = k; // base**k - 1 <= Long.MAX_VALUE
    }
  }

  private static int maxLongDigits(int base) {
    return MAX_LONG_DIGITS[base];
  }

  /** Linear-time conversion for bases 2, 4, 8, 16, 32: pack the bits directly. */
  private static BigInteger pow2DigitsToBig(byte[] d, int shift) {
    int n = d.length;
    long totalBits = (long) n * shift;
    byte[] mag = new byte[(int) ((totalBits + 7) / 8)];
    int bi = mag.length - 1;
    long acc = 0;
    int accBits = 0;
    for (int j = n - 1; j >= 0; j--) {
      acc |= (long) d[j] << accBits;
      accBits += shift;
      while (accBits >= 8) {
        mag[bi--] = (byte) acc;
        acc >>>= 8;
        accBits -= 8;
      }
    }
    if (accBits > 0) {
      mag[bi] = (byte) acc;
    }
    return new BigInteger(1, mag);
  }

  /** Subquadratic conversion: value(hi) * base**len(lo) + value(lo), powers memoized. */
  private static BigInteger divideAndConquer(byte[] d, int from, int to, int base, int leaf,
                        Map<Integer, BigInteger> pows) {
    int n = to - from;
    if (n <= leaf) {
      long v = 0;
      for (int j = from; j < to; j++) {
        v = v * base + d[j];
      }
      return BigInteger.valueOf(v);
    }
    int loLen = n / 2;
    BigInteger hi = divideAndConquer(d, from, to - loLen, base, leaf, pows);
    BigInteger lo = divideAndConquer(d, to - loLen, to, base, leaf, pows);
    BigInteger p = pows.computeIfAbsent(loLen, k -> BigInteger.valueOf(base).pow(k));
    return hi.multiply(p).add(lo);
  }

  // ---------------------------------------------------------------------------------------
  // str(int)

  /**
   * {@code str(v)} for an int, honouring the global digit limit.
   *
   * @param v the value
   * @return its decimal representation
   * @throws dev.moat.runtime.PyException ValueError when it has more digits than the limit
   */
  public static String intToDecimal(BigInteger v) {
    return intToDecimal(v, maxStrDigits);
  }

  /**
   * {@code str(v)} for an int given as Long, BigInteger or Boolean (formatted as 1/0), honouring
   * the global digit limit.
   *
   * @param v the value
   * @return its decimal representation
   */
  public static String intToDecimal(Object v) {
    if (v instanceof Long) {
      return Long.toString((Long) v);
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? "1" : "0";
    }
    return intToDecimal((BigInteger) v, maxStrDigits);
  }

  /**
   * {@code str(v)} with an explicit digit limit.
   *
   * @param v the value
   * @param maxDigits the limit (0 = unlimited)
   * @return its decimal representation
   * @throws dev.moat.runtime.PyException ValueError when it has more digits than the limit
   */
  public static String intToDecimal(BigInteger v, int maxDigits) {
    int bits = v.bitLength();
    if (maxDigits > 0 && bits > 2 * MAX_STR_DIGITS_THRESHOLD) {
      // Cheap lower bound on the digit count first, so huge values fail fast.
      long lower = (long) Math.floor((bits - 1) * 0.30102999566398114) + 1;
      if (lower > maxDigits) {
        throw strLimit(maxDigits);
      }
      String s = v.toString();
      if (s.length() - (v.signum() < 0 ? 1 : 0) > maxDigits) {
        throw strLimit(maxDigits);
      }
      return s;
    }
    return v.toString();
  }

  private static RuntimeException strLimit(int maxDigits) {
    return Errors.valueError("Exceeds the limit (" + maxDigits
        + " digits) for integer string conversion; "
        + "use sys.set_int_max_str_digits() to increase the limit");
  }

  // ---------------------------------------------------------------------------------------
  // float(s)

  private static final double NEG_NAN = Double.longBitsToDouble(0xFFF8000000000000L);

  /**
   * Python's {@code float(s)}: whitespace, sign, {@code inf}/{@code infinity}/{@code nan} in any
   * case, underscores between digits, decimal and exponent forms; overflow gives inf.
   *
   * @param s the string
   * @return the correctly rounded double
   * @throws dev.moat.runtime.PyException ValueError {@code could not convert string to float: ...}
   */
  public static double parseFloat(String s) {
    byte[] b = toAscii(s);
    int n = b.length;
    // Underscores: only between digits (CPython checks this before stripping whitespace).
    boolean hasUnderscore = false;
    for (byte c : b) {
      if (c == '_') {
        hasUnderscore = true;
        break;
      }
    }
    if (hasUnderscore) {
      int prev = 0;
      int k = 0;
      for (int i = 0; i < n; i++) {
        int c = b[i];
        if (c == '_') {
          if (!(prev >= '0' && prev <= '9')) {
            throw cannotConvert(s);
          }
        } else {
          if (prev == '_' && !(c >= '0' && c <= '9')) {
            throw cannotConvert(s);
          }
          b[k++] = (byte) c;
        }
        prev = c;
      }
      if (prev == '_') {
        throw cannotConvert(s);
      }
      n = k;
    }
    int i = 0;
    while (i < n && isAsciiSpace(b[i])) {
      i++;
    }
    while (n > i && isAsciiSpace(b[n - 1])) {
      n--;
    }
    if (i == n) {
      throw cannotConvert(s);
    }
    int start = i;
    boolean negative = false;
    if (b[i] == '+' || b[i] == '-') {
      negative = b[i] == '-';
      i++;
    }
    int mantStart = i;
    int digits = 0;
    while (i < n && b[i] >= '0' && b[i] <= '9') {
      i++;
      digits++;
    }
    if (i < n && b[i] == '.') {
      i++;
      while (i < n && b[i] >= '0' && b[i] <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return parseInfOrNan(b, mantStart, n, negative, s);
    }
    if (i < n && (b[i] == 'e' || b[i] == 'E')) {
      int j = i + 1;
      if (j < n && (b[j] == '+' || b[j] == '-')) {
        j++;
      }
      int expDigits = 0;
      while (j < n && b[j] >= '0' && b[j] <= '9') {
        j++;
        expDigits++;
      }
      if (expDigits > 0) {
        i = j;
      }
    }
    if (i != n) {
      throw cannotConvert(s);
    }
    // The syntax is now a subset of Java's; Double.parseDouble rounds correctly.
    return Double.parseDouble(
        new String(b, start, n - start, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  private static double parseInfOrNan(byte[] b, int i, int n, boolean negative, String s) {
    int len = n - i;
    if (len == 3 && matches(b, i, "inf") || len == 8 && matches(b, i, "infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (len == 3 && matches(b, i, "nan")) {
      return negative ? NEG_NAN : Double.NaN;
    }
    throw cannotConvert(s);
  }

  private static boolean matches(byte[] b, int i, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if ((b[i + k] | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static RuntimeException cannotConvert(String s) {
    return Errors.valueError("could not convert string to float: " + StrRepr.repr(s));
  }
}
