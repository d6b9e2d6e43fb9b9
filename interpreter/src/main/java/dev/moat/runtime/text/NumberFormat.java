package dev.moat.runtime.text;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The {@code __format__} implementations of int, float and str (CPython 3.11's
 * {@code Python/formatter_unicode.c}), plus {@code bin/oct/hex} and {@code round(float, n)}.
 * Python ints are {@link Long}, {@link BigInteger} or {@link Boolean}.
 */
public final class NumberFormat {
  private NumberFormat() {}

  /**
   * {@code format(value, spec)} for the built-in value types: Boolean, Long, BigInteger, Double
   * and String (type names "bool", "int", "int", "float", "str" in error messages).
   *
   * @param value the value
   * @param spec the format spec
   * @return the formatted string
   * @throws IllegalArgumentException for other Java types
   */
  public static String format(Object value, String spec) {
    if (value instanceof String) {
      return formatStr((String) value, FormatSpec.forStr(spec));
    }
    if (value instanceof Double) {
      return formatFloat((Double) value, FormatSpec.forFloat(spec));
    }
    if (value instanceof Boolean) {
      return formatInt(value, FormatSpec.forInt(spec, "bool"));
    }
    if (value instanceof Long || value instanceof BigInteger) {
      return formatInt(value, FormatSpec.forInt(spec));
    }
    throw new IllegalArgumentException("not a built-in value: " + value);
  }

  // ---------------------------------------------------------------------------------------
  // int

  /**
   * {@code int.__format__}: types {@code b c d o x X n}, none, and {@code e E f F g G %}
   * (converted to float). An empty spec gives {@code str(value)} ("True" for a bool).
   *
   * @param value a Long, BigInteger or Boolean
   * @param spec a spec from {@link FormatSpec#forInt} or {@link FormatSpec#parse(String)}
   * @return the formatted string
   * @throws dev.moat.runtime.PyException ValueError/OverflowError with CPython's messages
   */
  public static String formatInt(Object value, FormatSpec spec) {
    if (spec.isEmpty()) {
      if (value instanceof Boolean) {
        return (Boolean) value ? "True" : "False";
      }
      return NumberParse.intToDecimal(value);
    }
    spec = spec.resolve(value instanceof Boolean ? "bool" : "int", 'd', '>');
    switch (spec.type()) {
      case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return formatLongInternal(value, spec);
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return formatFloatInternal(intToDouble(value), spec);
      default:
        throw FormatSpec.unknownType(spec.type(), spec.typeName());
    }
  }

  /** {@code float(int)}: correctly rounded, OverflowError when too large. */
  static double intToDouble(Object value) {
    if (value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? 1.0 : 0.0;
    }
    double d = ((BigInteger) value).doubleValue();
    if (Double.isInfinite(d)) {
      throw Errors.overflowError("int too large to convert to float");
    }
    return d;
  }

  private static String formatLongInternal(Object value, FormatSpec spec) {
    if (spec.precision() != -1) {
      throw Errors.valueError("Precision not allowed in integer format specifier");
    }
    if (spec.noNegZero()) {
      throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
    }
    int type = spec.type();
    if (type == 'c') {
      if (spec.sign() != 0) {
        throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
      }
      if (spec.alternate()) {
        throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
      }
      long x = asCLong(value);
      if (x < 0 || x > 0x10FFFF) {
        throw Errors.overflowError("%c arg not in range(0x110000)");
      }
      // The character is a "remainder": copied, never grouped or zero-padded.
      return assemble(false, "", "", false, new String(Character.toChars((int) x)), 1, spec, 0);
    }
    int base;
    String prefix;
    switch (type) {
      case 'b':
        base = 2;
        prefix = "0b";
        break;
      case 'o':
        base = 8;
        prefix = "0o";
        break;
      case 'x':
        base = 16;
        prefix = "0x";
        break;
      case 'X':
        base = 16;
        prefix = "0X";
        break;
      default: // 'd', 'n'
        base = 10;
        prefix = "";
        break;
    }
    String digits = toBase(value, base, false);
    boolean negative = digits.charAt(0) == '-';
    if (negative) {
      digits = digits.substring(1);
    }
    if (type == 'X') {
      digits = digits.toUpperCase(java.util.Locale.ROOT);
    }
    int group = 0;
    if (type != 'n' && spec.grouping() != 0) {
      group = spec.grouping() == '_' && base != 10 ? 4 : 3;
    }
    return assemble(negative, spec.alternate() ? prefix : "", digits, false, "", 0, spec, group);
  }

  /** {@code PyLong_AsLong}: OverflowError outside the C long range. */
  private static long asCLong(Object value) {
    if (value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? 1 : 0;
    }
    BigInteger b = (BigInteger) value;
    if (b.bitLength() > 63) {
      throw Errors.overflowError("Python int too large to convert to C long");
    }
    return b.longValue();
  }

  // ---------------------------------------------------------------------------------------
  // float

  /**
   * {@code float.__format__}: types {@code e E f F g G n %} and none (like 'g' with at least
   * one digit after the point, repr-like without precision); an empty spec gives repr.
   *
   * @param x the value
   * @param spec a spec from {@link FormatSpec#forFloat} or {@link FormatSpec#parse(String)}
   * @return the formatted string
   * @throws dev.moat.runtime.PyException ValueError with CPython's messages
   */
  public static String formatFloat(double x, FormatSpec spec) {
    if (spec.isEmpty()) {
      return FloatRepr.repr(x);
    }
    spec = spec.resolve("float", 0, '>');
    switch (spec.type()) {
      case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return formatFloatInternal(x, spec);
      default:
        throw FormatSpec.unknownType(spec.type(), spec.typeName());
    }
  }

  private static String formatFloatInternal(double val, FormatSpec spec) {
    if (spec.precision() > Integer.MAX_VALUE) {
      throw Errors.valueError("precision too big");
    }
    int precision = (int) spec.precision();
    int flags = 0;
    if (spec.alternate()) {
      flags |= FloatRepr.DTSF_ALT;
    }
    if (spec.noNegZero()) {
      flags |= FloatRepr.DTSF_NO_NEG_0;
    }
    int type = spec.type();
    int defaultPrecision = 6;
    if (type == 0) {
      // No type: like repr without precision, else like 'g' with at least one decimal.
      flags |= FloatRepr.DTSF_ADD_DOT_0;
      type = 'r';
      defaultPrecision = 0;
    }
    if (type == 'n') {
      type = 'g'; // C locale
    }
    boolean addPct = false;
    if (type == '%') {
      type = 'f';
      val *= 100;
      addPct = true;
    }
    if (precision < 0) {
      precision = defaultPrecision;
    } else if (type == 'r') {
      type = 'g';
    }
    String buf = FloatRepr.doubleToString(val, (char) type, precision, flags);
    if (addPct) {
      buf = buf.concat("%");
    }
    if (spec.sign() != '+' && spec.sign() != ' ' && spec.width() == -1 && spec.type() != 'n'
        && spec.grouping() == 0) {
      return buf; // fast path: nothing to pad, group or sign
    }
    boolean negative = buf.charAt(0) == '-';
    int index = negative ? 1 : 0;
    int pos = index;
    int n = buf.length();
    while (pos < n && buf.charAt(pos) >= '0' && buf.charAt(pos) <= '9') {
      pos++;
    }
    String digits = buf.substring(index, pos);
    boolean hasDecimal = pos < n && buf.charAt(pos) == '.';
    String remainder = buf.substring(hasDecimal ? pos + 1 : pos);
    int group = spec.type() != 'n' && spec.grouping() != 0 ? 3 : 0;
    return assemble(negative, "", digits, hasDecimal, remainder, remainder.length(), spec, group);
  }

  // ---------------------------------------------------------------------------------------
  // number layout (calc_number_widths + fill_number)

  /**
   * Lays out {@code <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>}.
   *
   * @param remainderLen the remainder's length in code points
   * @param group group size (0 = no grouping); the separator is the spec's grouping char
   */
  private static String assemble(boolean negative, String prefix, String digits, boolean hasDecimal,
                  String remainder, int remainderLen, FormatSpec spec, int group) {
    char signChar = 0;
    switch (spec.sign()) {
      case '+':
        signChar = negative ? '-' : '+';
        break;
      case ' ':
        signChar = negative ? '-' : ' ';
        break;
      default:
        if (negative) {
          signChar = '-';
        }
        break;
    }
    int nSign = signChar != 0 ? 1 : 0;
    long nonDigit = nSign + prefix.length() + (hasDecimal ? 1 : 0) + remainderLen;
    long width = spec.width();
    int fill = spec.fill();
    char align = spec.align();
    long minWidth = fill == '0' && align == '=' ? width - nonDigit : 0;
    String grouped = digits.isEmpty() ? "" : group(digits, minWidth, group, spec.grouping());
    long padding = width - (nonDigit + grouped.length());
    long lpad = 0;
    long spad = 0;
    long rpad = 0;
    if (padding > 0) {
      switch (align) {
        case '<':
          rpad = padding;
          break;
        case '^':
          lpad = padding / 2;
          rpad = padding - lpad;
          break;
        case '=':
          spad = padding;
          break;
        default:
          lpad = padding;
          break;
      }
    }
    StringBuilder sb = new StringBuilder(capacity(padding, nonDigit + grouped.length()));
    pad(sb, fill, lpad);
    if (nSign != 0) {
      sb.append(signChar);
    }
    sb.append(prefix);
    pad(sb, fill, spad);
    sb.append(grouped);
    if (hasDecimal) {
      sb.append('.');
    }
    sb.append(remainder);
    pad(sb, fill, rpad);
    return sb.toString();
  }

  /**
   * Port of {@code _PyUnicode_InsertThousandsGrouping}: groups {@code digits} from the right and
   * left-pads with '0' digits (and separators) up to {@code minWidth}.
   */
  private static String group(String digits, long minWidth, int groupSize, char sep) {
    minWidth = Math.max(0, minWidth);
    int sepLen = groupSize > 0 ? 1 : 0;
    StringBuilder rev = new StringBuilder(capacity(minWidth, digits.length() * 4L / 3 + 2));
    int remaining = digits.length();
    int pos = remaining; // end of the not yet copied digits
    boolean useSep = false;
    boolean broken = false;
    if (groupSize > 0) {
      while (true) {
        long len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
        long nZeros = Math.max(0, len - remaining);
        int nChars = (int) Math.max(0, Math.min(remaining, len));
        if (useSep) {
          rev.append(sep);
        }
        for (int k = 0; k < nChars; k++) {
          rev.append(digits.charAt(--pos));
        }
        pad(rev, '0', nZeros);
        useSep = true;
        remaining -= nChars;
        minWidth -= len;
        if (remaining <= 0 && minWidth <= 0) {
          broken = true;
          break;
        }
        minWidth -= sepLen;
      }
    }
    if (!broken) {
      long len = Math.max(Math.max(remaining, minWidth), 1);
      long nZeros = Math.max(0, len - remaining);
      int nChars = (int) Math.max(0, Math.min(remaining, len));
      if (useSep) {
        rev.append(sep);
      }
      for (int k = 0; k < nChars; k++) {
        rev.append(digits.charAt(--pos));
      }
      pad(rev, '0', nZeros);
    }
    return rev.reverse().toString();
  }

  private static int capacity(long a, long b) {
    long c = Math.max(a, 0) + b;
    Budget.reserveMemory(c > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : c * 2);
    if (c > Integer.MAX_VALUE - 16) {
      // CPython raises MemoryError here; a Java string cannot be this long either.
      throw Errors.memoryError(""); // CPython: PyErr_NoMemory()
    }
    return (int) c;
  }

  private static void pad(StringBuilder sb, int cp, long n) {
    if (n <= 0) {
      return;
    }
    long total = n > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 2 : sb.length() + n * Character.charCount(cp);
    Budget.reserveMemory(total * 2);
    Budget.chargeSteps(n >> 6);
    if (total > Integer.MAX_VALUE - 16) {
      throw Errors.memoryError(""); // CPython: PyErr_NoMemory()
    }
    if (cp < 0x10000) {
      char c = (char) cp;
      for (long i = 0; i < n; i++) {
        sb.append(c);
      }
    } else {
      for (long i = 0; i < n; i++) {
        sb.appendCodePoint(cp);
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // complex

  /**
   * {@code complex.__format__} for a non-empty spec: types {@code e E f F g G n} and none (like
   * {@code str()} but with the spec's precision, sign and grouping), applied to both parts; the
   * width pads the whole {@code (re+imj)}; zero padding and '=' alignment are errors.
   *
   * @param re the real part
   * @param im the imaginary part
   * @param text the format spec
   * @return the formatted string
   * @throws dev.moat.runtime.PyException ValueError with CPython's messages
   */
  public static String formatComplex(double re, double im, String text) {
    FormatSpec spec = FormatSpec.parse(text, "complex", 0, '>');
    int type = spec.type();
    switch (type) {
      case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
      default:
        throw FormatSpec.unknownType(type, "complex");
    }
    if (spec.fill() == '0') {
      throw Errors.valueError("Zero padding is not allowed in complex format specifier");
    }
    if (spec.align() == '=') {
      throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
    }
    if (spec.precision() > Integer.MAX_VALUE) {
      throw Errors.valueError("precision too big");
    }
    int precision = (int) spec.precision();
    int flags = 0;
    if (spec.alternate()) {
      flags |= FloatRepr.DTSF_ALT;
    }
    if (spec.noNegZero()) {
      flags |= FloatRepr.DTSF_NO_NEG_0;
    }
    boolean skipReal = false;
    boolean parens = false;
    int defaultPrecision = 6;
    if (type == 0) {
      type = 'r';
      defaultPrecision = 0;
      if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
        skipReal = true;
      } else {
        parens = true;
      }
    }
    if (type == 'n') {
      type = 'g';
    }
    if (precision < 0) {
      precision = defaultPrecision;
    } else if (type == 'r') {
      type = 'g';
    }
    int group = spec.type() != 'n' && spec.grouping() != 0 ? 3 : 0;
    StringBuilder body = new StringBuilder();
    if (parens) {
      body.append('(');
    }
    if (!skipReal) {
      complexPart(body, FloatRepr.doubleToString(re, (char) type, precision, flags),
          spec.sign(), group, spec.grouping());
    }
    complexPart(body, FloatRepr.doubleToString(im, (char) type, precision, flags),
        skipReal ? spec.sign() : '+', group, spec.grouping());
    body.append('j');
    if (parens) {
      body.append(')');
    }
    long padding = spec.width() - body.length();
    if (padding <= 0) {
      return body.toString();
    }
    long lpad = spec.align() == '<' ? 0 : spec.align() == '^' ? padding / 2 : padding;
    StringBuilder sb = new StringBuilder(capacity(padding, body.length()));
    pad(sb, spec.fill(), lpad);
    sb.append(body);
    pad(sb, spec.fill(), padding - lpad);
    return sb.toString();
  }

  /** One part of a formatted complex: its sign as {@code sign} asks, then grouped digits. */
  private static void complexPart(StringBuilder out, String buf, char sign, int group,
      char sep) {
    boolean negative = buf.charAt(0) == '-';
    if (negative) {
      out.append('-');
    } else if (sign == '+' || sign == ' ') {
      out.append(sign);
    }
    int start = negative ? 1 : 0;
    int pos = start;
    while (pos < buf.length() && buf.charAt(pos) >= '0' && buf.charAt(pos) <= '9') {
      pos++;
    }
    if (group > 0 && pos > start) {
      out.append(group(buf.substring(start, pos), 0, group, sep));
      out.append(buf, pos, buf.length());
    } else {
      out.append(buf, start, buf.length());
    }
  }

  // ---------------------------------------------------------------------------------------
  // str

  /**
   * {@code str.__format__}: fill, alignment, width and precision (truncation) counted in code
   * points; sign, 'z', '#', '=' and grouping are errors.
   *
   * @param s the string
   * @param spec a spec from {@link FormatSpec#forStr} or {@link FormatSpec#parse(String)}
   * @return the formatted string
   * @throws dev.moat.runtime.PyException ValueError with CPython's messages
   */
  public static String formatStr(String s, FormatSpec spec) {
    if (spec.isEmpty()) {
      return s;
    }
    spec = spec.resolve("str", 's', '<');
    if (spec.type() != 's') {
      throw FormatSpec.unknownType(spec.type(), spec.typeName());
    }
    if (spec.sign() != 0) {
      throw Errors.valueError(spec.sign() == ' ' ? "Space not allowed in string format specifier"
          : "Sign not allowed in string format specifier");
    }
    if (spec.noNegZero()) {
      throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec.alternate()) {
      throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
    }
    if (spec.align() == '=') {
      throw Errors.valueError("'=' alignment not allowed in string format specifier");
    }
    long width = spec.width();
    long precision = spec.precision();
    int len = s.length();
    if ((width == -1 || width <= len) && (precision == -1 || precision >= len)) {
      // Cheap check in UTF-16 units first; re-checked below with code points.
      int cps = s.codePointCount(0, len);
      if ((width == -1 || width <= cps) && (precision == -1 || precision >= cps)) {
        return s;
      }
    }
    int cpLen = s.codePointCount(0, len);
    String body = s;
    if (precision >= 0 && cpLen >= precision) {
      body = s.substring(0, s.offsetByCodePoints(0, (int) precision));
      cpLen = (int) precision;
    }
    long total = width >= 0 && width > cpLen ? width : cpLen;
    long lpad;
    if (spec.align() == '>') {
      lpad = total - cpLen;
    } else if (spec.align() == '^') {
      lpad = (total - cpLen) / 2;
    } else {
      lpad = 0;
    }
    long rpad = total - cpLen - lpad;
    StringBuilder sb = new StringBuilder(capacity(total - cpLen, body.length()));
    pad(sb, spec.fill(), lpad);
    sb.append(body);
    pad(sb, spec.fill(), rpad);
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------
  // bin / oct / hex

  private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  /**
   * {@code bin/oct/hex} (with prefix) or the bare digits, e.g. {@code -0b101}, {@code 0x0};
   * linear time for huge values. Base 10 honours the int/str digit limit.
   *
   * @param value a Long, BigInteger or Boolean
   * @param base 2, 8, 10 or 16
   * @param prefix whether to add {@code 0b/0o/0x} (ignored for base 10)
   * @return the digits with a leading '-' for negative values
   */
  public static String toBase(Object value, int base, boolean prefix) {
    String pre = "";
    if (prefix) {
      switch (base) {
        case 2:
          pre = "0b";
          break;
        case 8:
          pre = "0o";
          break;
        case 16:
          pre = "0x";
          break;
        case 10:
          break;
        default:
          throw new IllegalArgumentException("base " + base);
      }
    }
    if (base != 2 && base != 8 && base != 10 && base != 16) {
      throw new IllegalArgumentException("base " + base);
    }
    if (value instanceof Boolean) {
      value = (Boolean) value ? 1L : 0L;
    }
    if (value instanceof Long) {
      long v = (Long) value;
      if (v >= 0) {
        return pre.isEmpty() ? Long.toString(v, base) : pre.concat(Long.toString(v, base));
      }
      String s = Long.toString(v, base); // handles Long.MIN_VALUE
      return pre.isEmpty() ? s : "-" + pre + s.substring(1);
    }
    BigInteger b = (BigInteger) value;
    if (base == 10) {
      return NumberParse.intToDecimal(b);
    }
    int shift = base == 2 ? 1 : base == 8 ? 3 : 4;
    BigInteger mag = b.abs();
    int bits = mag.bitLength();
    int n = Math.max(1, (bits + shift - 1) / shift);
    byte[] bytes = mag.toByteArray(); // big-endian, maybe with a leading zero byte
    int signLen = b.signum() < 0 ? 1 : 0;
    char[] out = new char[signLen + pre.length() + n];
    if (signLen != 0) {
      out[0] = '-';
    }
    pre.getChars(0, pre.length(), out, signLen);
    int mask = base - 1;
    int last = bytes.length - 1;
    for (int i = 0; i < n; i++) {
      int bitPos = i * shift;
      int idx = last - (bitPos >>> 3);
      int word = (bytes[idx] & 0xFF) | (idx > 0 ? (bytes[idx - 1] & 0xFF) << 8 : 0);
      out[out.length - 1 - i] = DIGITS[(word >>> (bitPos & 7)) & mask];
    }
    return new String(out);
  }

  // ---------------------------------------------------------------------------------------
  // round

  /**
   * {@code round(x, ndigits)} for a float: correctly rounded (half-even on the exact value).
   * Callers clamp huge {@code ndigits} to the int range (the result is the same).
   *
   * @param x the value
   * @param ndigits digits after the point (may be negative)
   * @return the rounded value (same sign as x, also for zero results)
   * @throws dev.moat.runtime.PyException OverflowError "rounded value too large to represent"
   */
  public static double round(double x, int ndigits) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    if (ndigits > 323) {
      return x; // NDIGITS_MAX: x always rounds to itself
    }
    if (ndigits < -308) {
      return 0.0 * x; // NDIGITS_MIN: +-0.0
    }
    if (x == 0) {
      return x;
    }
    Dtoa d = Dtoa.mode3(Math.abs(x), ndigits);
    if (d.digits.isEmpty()) {
      return Math.copySign(0.0, x);
    }
    BigDecimal v = new BigDecimal(new BigInteger(d.digits), d.digits.length() - d.decpt);
    double r = v.doubleValue();
    if (Double.isInfinite(r)) {
      throw Errors.overflowError("rounded value too large to represent");
    }
    return Math.copySign(r, x);
  }
}
