package dev.moat.runtime.text;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * printf-style {@code str % args}, a port of CPython 3.11's {@code PyUnicode_Format}: flags
 * {@code #0- +}, width and precision (also {@code *}), conversions {@code d i o u x X e E f F g G
 * c r s a %}, {@code %(name)s} with a mapping, and CPython's error messages.
 */
public final class PercentFormat {
  private static final int F_LJUST = 1;
  private static final int F_SIGN = 2;
  private static final int F_BLANK = 4;
  private static final int F_ALT = 8;
  private static final int F_ZERO = 16;

  private final int[] fmt;
  private final ValueOps ops;
  private final StringBuilder out;
  private int fmtpos;
  private int fmtcnt;
  private Object args;
  private List<Object> items;
  private int arglen;
  private int argidx;
  private final Object dict;

  // the current conversion
  private int ch;
  private int flags;
  private long width;
  private int prec;
  private boolean sign;

  private PercentFormat(String format, Object args, ValueOps ops) {
    this.fmt = UnicodeProps.codePoints(format);
    this.ops = ops;
    this.out = new StringBuilder(format.length() + 16);
    this.args = args;
    boolean tuple = ops.isTuple(args);
    if (tuple) {
      items = ops.tupleItems(args);
      arglen = items.size();
      argidx = 0;
    } else {
      arglen = -1;
      argidx = -2;
    }
    this.dict = !tuple && !(args instanceof String) && ops.isMapping(args) ? args : null;
  }

  /**
   * {@code fmt % args}.
   *
   * @param fmt the format string
   * @param args a tuple (per {@link ValueOps#isTuple}), a mapping or a single value
   * @param ops callbacks for conversions of arbitrary objects
   * @return the formatted string
   * @throws dev.moat.runtime.PyException TypeError/ValueError/OverflowError like CPython
   */
  public static String format(String fmt, Object args, ValueOps ops) {
    return new PercentFormat(fmt, args, ops).run();
  }

  /** Reads the format at {@code i}; past the end reads NUL like the C code. */
  private int read(int i) {
    return i < fmt.length ? fmt[i] : 0;
  }

  private String run() {
    fmtcnt = fmt.length;
    fmtpos = 0;
    while (--fmtcnt >= 0) {
      if (read(fmtpos) != '%') {
        int nonfmtpos = fmtpos++;
        while (fmtcnt >= 0 && read(fmtpos) != '%') {
          fmtpos++;
          fmtcnt--;
        }
        if (fmtcnt < 0) {
          fmtpos--;
        }
        for (int i = nonfmtpos; i < fmtpos; i++) {
          out.appendCodePoint(fmt[i]);
        }
      } else {
        fmtpos++;
        formatArg();
      }
    }
    if (argidx < arglen && dict == null) {
      throw Errors.typeError("not all arguments converted during string formatting");
    }
    return out.toString();
  }

  private Object nextArg() {
    if (argidx < arglen) {
      int i = argidx++;
      return arglen < 0 ? args : items.get(i);
    }
    throw Errors.typeError("not enough arguments for format string");
  }

  private void formatArg() {
    ch = read(fmtpos);
    if (ch == '%') {
      fmtpos++;
      fmtcnt--;
      out.append('%');
      return;
    }
    flags = 0;
    width = -1;
    prec = -1;
    sign = false;
    parseArg();
    String str = formatValue();
    output(str);
    if (dict != null && argidx < arglen) {
      throw Errors.typeError("not all arguments converted during string formatting");
    }
  }

  /** Port of {@code unicode_format_arg_parse}. */
  private void parseArg() {
    if (read(fmtpos) == '(') {
      if (dict == null) {
        throw Errors.typeError("format requires a mapping");
      }
      ++fmtpos;
      --fmtcnt;
      int keystart = fmtpos;
      int pcount = 1;
      while (pcount > 0 && --fmtcnt >= 0) {
        ch = read(fmtpos);
        if (ch == ')') {
          --pcount;
        } else if (ch == '(') {
          ++pcount;
        }
        fmtpos++;
      }
      int keylen = fmtpos - keystart - 1;
      if (fmtcnt < 0 || pcount > 0) {
        throw Errors.valueError("incomplete format key");
      }
      String key = new String(fmt, keystart, keylen);
      args = ops.getItem(dict, key);
      arglen = -1;
      argidx = -2;
    }
    flagLoop:
    while (--fmtcnt >= 0) {
      ch = read(fmtpos);
      fmtpos++;
      switch (ch) {
        case '-':
          flags |= F_LJUST;
          continue;
        case '+':
          flags |= F_SIGN;
          continue;
        case ' ':
          flags |= F_BLANK;
          continue;
        case '#':
          flags |= F_ALT;
          continue;
        case '0':
          flags |= F_ZERO;
          continue;
        default:
          break flagLoop;
      }
    }
    if (ch == '*') {
      Object v = nextArg();
      if (!isInt(v)) {
        throw Errors.typeError("* wants int");
      }
      width = asSsize(v);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (--fmtcnt >= 0) {
        ch = read(fmtpos);
        fmtpos++;
      }
    } else if (ch >= '0' && ch <= '9') {
      width = ch - '0';
      while (--fmtcnt >= 0) {
        ch = read(fmtpos);
        fmtpos++;
        if (ch < '0' || ch > '9') {
          break;
        }
        if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
          throw Errors.valueError("width too big");
        }
        width = width * 10 + (ch - '0');
      }
    }
    if (ch == '.') {
      prec = 0;
      if (--fmtcnt >= 0) {
        ch = read(fmtpos);
        fmtpos++;
      }
      if (ch == '*') {
        Object v = nextArg();
        if (!isInt(v)) {
          throw Errors.typeError("* wants int");
        }
        prec = asCInt(v);
        if (prec < 0) {
          prec = 0;
        }
        if (--fmtcnt >= 0) {
          ch = read(fmtpos);
          fmtpos++;
        }
      } else if (ch >= '0' && ch <= '9') {
        prec = ch - '0';
        while (--fmtcnt >= 0) {
          ch = read(fmtpos);
          fmtpos++;
          if (ch < '0' || ch > '9') {
            break;
          }
          if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
            throw Errors.valueError("precision too big");
          }
          prec = prec * 10 + (ch - '0');
        }
      }
    }
    // Ignore "h", "l" and "L" length modifiers (e.g. "%hi", "%ls").
    if (fmtcnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
      if (--fmtcnt >= 0) {
        ch = read(fmtpos);
        fmtpos++;
      }
    }
    if (fmtcnt < 0) {
      throw Errors.valueError("incomplete format");
    }
  }

  private static boolean isInt(Object v) {
    return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
  }

  private static long asSsize(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    if (v instanceof Long) {
      return (Long) v;
    }
    throw Errors.overflowError("Python int too large to convert to C ssize_t");
  }

  private static int asCInt(Object v) {
    long l;
    if (v instanceof Boolean) {
      l = (Boolean) v ? 1 : 0;
    } else if (v instanceof Long) {
      l = (Long) v;
    } else {
      l = Long.MAX_VALUE;
    }
    if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
      throw Errors.overflowError("Python int too large to convert to C int");
    }
    return (int) l;
  }

  /** Port of {@code unicode_format_arg_format}; returns the converted text. */
  private String formatValue() {
    Object v = nextArg();
    switch (ch) {
      case 's':
        return v instanceof String ? (String) v : str(v);
      case 'r':
        return v instanceof String ? StrRepr.repr((String) v) : ops.repr(v);
      case 'a':
        return v instanceof String ? StrRepr.ascii((String) v) : ops.ascii(v);
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        sign = true;
        return formatLong(v);
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        sign = true;
        return formatFloat(v);
      case 'c':
        return new String(Character.toChars(formatChar(v)));
      default:
        throw Errors.valueError(String.format(Locale.ROOT,
            "unsupported format character '%c' (0x%x) at index %d",
            (31 <= ch && ch <= 126) ? (char) ch : '?', ch, fmtpos - 1));
    }
  }

  private String str(Object v) {
    if (v instanceof Long || v instanceof BigInteger) {
      return NumberParse.intToDecimal(v);
    }
    if (v instanceof Double) {
      return FloatRepr.repr((Double) v);
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? "True" : "False";
    }
    return ops.str(v);
  }

  /** Port of {@code mainformatlong} + {@code _PyUnicode_FormatLong}. */
  private String formatLong(Object v) {
    Object iobj;
    if (isInt(v)) {
      iobj = v;
    } else if (ch == 'o' || ch == 'x' || ch == 'X') {
      iobj = v instanceof Double || v instanceof String ? null : ops.toIndexOrNull(v);
      if (iobj == null) {
        throw Errors.typeError(
            "%" + (char) ch + " format: an integer is required, not " + typeName(v));
      }
    } else {
      if (v instanceof Double) {
        iobj = truncate((Double) v);
      } else if (v instanceof String) {
        iobj = null;
      } else {
        iobj = ops.toIntOrNull(v);
      }
      if (iobj == null) {
        throw Errors.typeError(
            "%" + (char) ch + " format: a real number is required, not " + typeName(v));
      }
    }
    if (prec > Integer.MAX_VALUE - 3) {
      throw Errors.overflowError("precision too large");
    }
    boolean alt = (flags & F_ALT) != 0;
    int base = ch == 'o' ? 8 : (ch == 'x' || ch == 'X') ? 16 : 10;
    String s = NumberFormat.toBase(iobj, base, alt && base != 10);
    int signLen = s.charAt(0) == '-' ? 1 : 0;
    int nonDigits = signLen + (alt && base != 10 ? 2 : 0);
    int numDigits = s.length() - nonDigits;
    if (prec > numDigits) {
      StringBuilder sb = new StringBuilder(nonDigits + prec);
      sb.append(s, 0, nonDigits);
      for (int i = numDigits; i < prec; i++) {
        sb.append('0');
      }
      sb.append(s, nonDigits, s.length());
      s = sb.toString();
    }
    if (ch == 'X') {
      s = s.toUpperCase(Locale.ROOT);
    }
    return s;
  }

  private String typeName(Object v) {
    if (v instanceof String) {
      return "str";
    }
    if (v instanceof Double) {
      return "float";
    }
    return ops.typeName(v);
  }

  /**
   * {@code int(x)} for a float: truncation toward zero.
   *
   * @param d the value
   * @return a Long or BigInteger
   * @throws dev.moat.runtime.PyException OverflowError for infinities, ValueError for nan
   */
  static Object truncate(double d) {
    if (Double.isNaN(d)) {
      throw Errors.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw Errors.overflowError("cannot convert float infinity to integer");
    }
    if (d > -9.2e18 && d < 9.2e18) {
      return (long) d;
    }
    return NumberParse.normalize(new BigDecimal(d).toBigInteger());
  }

  /** Port of {@code formatfloat}. */
  private String formatFloat(Object v) {
    double x;
    if (v instanceof Double) {
      x = (Double) v;
    } else if (isInt(v)) {
      x = NumberFormat.intToDouble(v);
    } else {
      Double d = v instanceof String ? null : ops.toFloatOrNull(v);
      if (d == null) {
        throw Errors.typeError("must be real number, not " + typeName(v));
      }
      x = d;
    }
    int p = prec < 0 ? 6 : prec;
    return FloatRepr.doubleToString(x, (char) ch, p, (flags & F_ALT) != 0 ? FloatRepr.DTSF_ALT : 0);
  }

  /** Port of {@code formatchar}. */
  private int formatChar(Object v) {
    if (v instanceof String) {
      String s = (String) v;
      if (!s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
        return s.codePointAt(0);
      }
      throw Errors.typeError("%c requires int or char");
    }
    Object i = isInt(v) ? v : v instanceof Double ? null : ops.toIndexOrNull(v);
    if (i == null) {
      throw Errors.typeError("%c requires int or char");
    }
    long x;
    if (i instanceof Boolean) {
      x = (Boolean) i ? 1 : 0;
    } else if (i instanceof Long) {
      x = (Long) i;
    } else {
      x = -1; // overflow of a C long counts as out of range
    }
    if (x < 0 || x > 0x10FFFF) {
      throw Errors.overflowError("%c arg not in range(0x110000)");
    }
    return (int) x;
  }

  /** Port of {@code unicode_format_arg_output}: sign, prefix, padding and truncation. */
  private void output(String str) {
    int fill = ' ';
    if (sign && (flags & F_ZERO) != 0) {
      fill = '0';
    }
    int len = str.codePointCount(0, str.length());
    if ((width == -1 || width <= len) && (prec == -1 || prec >= len)
        && (flags & (F_SIGN | F_BLANK)) == 0) {
      out.append(str);
      return;
    }
    if (ch == 's' || ch == 'r' || ch == 'a') {
      if (prec >= 0 && len > prec) {
        len = prec;
      }
    }
    int pindex = 0; // in code points
    int signchar = 0;
    if (sign) {
      int c = str.codePointAt(0);
      if (c == '-' || c == '+') {
        signchar = c;
        len--;
        pindex++;
      } else if ((flags & F_SIGN) != 0) {
        signchar = '+';
      } else if ((flags & F_BLANK) != 0) {
        signchar = ' ';
      } else {
        sign = false;
      }
    }
    if (width < len) {
      width = len;
    }
    if (sign) {
      if (fill != ' ') {
        out.appendCodePoint(signchar);
      }
      if (width > len) {
        width--;
      }
    }
    boolean altPrefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
    if (altPrefix) {
      if (fill != ' ') {
        out.append('0').append((char) ch);
        pindex += 2;
      }
      width -= 2;
      if (width < 0) {
        width = 0;
      }
      len -= 2;
    }
    if (width > len && (flags & F_LJUST) == 0) {
      repeat(fill, width - len);
      width = len;
    }
    if (fill == ' ') {
      if (sign) {
        out.appendCodePoint(signchar);
      }
      if (altPrefix) {
        out.append('0').append((char) ch);
        pindex += 2;
      }
    }
    if (len > 0) {
      int from = str.offsetByCodePoints(0, pindex);
      int to = str.offsetByCodePoints(from, len);
      out.append(str, from, to);
    }
    if (width > len) {
      repeat(' ', width - len);
    }
  }

  private void repeat(int cp, long n) {
    long total = n > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 2 : out.length() + n;
    Budget.reserveMemory(total * 2);
    Budget.chargeSteps(n >> 6);
    if (total > Integer.MAX_VALUE - 16) {
      throw Errors.memoryError(""); // CPython: PyErr_NoMemory()
    }
    for (long i = 0; i < n; i++) {
      out.appendCodePoint(cp);
    }
  }
}
