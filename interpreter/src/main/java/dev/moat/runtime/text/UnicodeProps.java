package dev.moat.runtime.text;

/**
 * Unicode character properties exactly as CPython 3.11 sees them (Unicode 14.0), independent of
 * the JVM's own Unicode tables (Java 17 ships Unicode 13).
 */
public final class UnicodeProps {
  private UnicodeProps() {}

  /** Sorted, inclusive non-printable ranges: LO[i]..HI[i]. */
  private static final int[] LO;
  private static final int[] HI;
  /** One bit per BMP code point: set when non-printable (the hot path for repr). */
  private static final long[] BMP_NONPRINTABLE = new long[1024];

  static {
    String[] parts = UnicodeTables.NONPRINTABLE_RANGES.split(",");
    LO = new int[parts.length];
    HI = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int dash = parts[i].indexOf('-');
      LO[i] = Integer.parseInt(parts[i], 0, dash, 16);
      HI[i] = Integer.parseInt(parts[i], dash + 1, parts[i].length(), 16);
      for (int cp = LO[i]; cp <= HI[i] && cp < 0x10000; cp++) {
        BMP_NONPRINTABLE[cp >>> 6] |= 1L << cp;
      }
    }
  }

  /** The code points of {@code s} (a lone surrogate is its own code point); no stream overhead. */
  static int[] codePoints(String s) {
    int n = s.length();
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      out[k++] = cp;
      i += Character.charCount(cp);
    }
    return k == n ? out : java.util.Arrays.copyOf(out, k);
  }

  /**
   * CPython's {@code Py_UNICODE_ISPRINTABLE}: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp
   * and Zs other than the ASCII space.
   *
   * @param cp a code point (lone surrogates allowed)
   * @return whether {@code chr(cp).isprintable()} is true
   */
  public static boolean isPrintable(int cp) {
    if (cp < 0x10000) {
      return (BMP_NONPRINTABLE[cp >>> 6] & (1L << cp)) == 0;
    }
    if (cp > 0x10FFFF) {
      return false;
    }
    int lo = 0;
    int hi = LO.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < LO[mid]) {
        hi = mid - 1;
      } else if (cp > HI[mid]) {
        lo = mid + 1;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * CPython's {@code Py_UNICODE_TODECIMAL}: the value of a Unicode decimal digit (category Nd).
   *
   * @param cp a code point
   * @return 0..9, or -1 if {@code cp} is not a decimal digit
   */
  public static int decimalValue(int cp) {
    if (cp < 128) {
      return cp >= '0' && cp <= '9' ? cp - '0' : -1;
    }
    int[] z = UnicodeTables.DECIMAL_ZEROS;
    int lo = 0;
    int hi = z.length - 1;
    // find the last zero <= cp
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (z[mid] <= cp) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (hi < 0) {
      return -1;
    }
    int d = cp - z[hi];
    return d < 10 ? d : -1;
  }

  /**
   * CPython's {@code Py_UNICODE_ISSPACE} ({@code str.isspace()} for one character): bidirectional
   * class WS, B or S, or category Zs.
   *
   * @param cp a code point
   * @return whether the code point is whitespace
   */
  public static boolean isSpace(int cp) {
    if (cp < 128) {
      return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
    }
    switch (cp) {
      case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
      case 0x3000:
        return true;
      default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
  }
}
