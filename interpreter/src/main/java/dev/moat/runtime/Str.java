package dev.moat.runtime;

/**
 * Python {@code str} semantics over Java strings: Python counts code points where Java counts
 * UTF-16 units, so indexing and lengths go through here. Strings without surrogates (nearly
 * all) take the direct path.
 */
public final class Str {
  private Str() {}

  /** True if the string has no surrogate pairs (every char is one code point). */
  public static boolean isBmp(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Python's len(s). */
  public static int length(String s) {
    return isBmp(s) ? s.length() : s.codePointCount(0, s.length());
  }

  /** The code point at Python index {@code i} (already in range), as a string. */
  public static String charAt(String s, int i) {
    if (isBmp(s)) {
      return String.valueOf(s.charAt(i));
    }
    int off = s.offsetByCodePoints(0, i);
    return new String(Character.toChars(s.codePointAt(off)));
  }

  /** Code points of {@code s} (for code that walks a string by Python index). */
  public static int[] codePoints(String s) {
    return s.codePoints().toArray();
  }

  /** Python slice of a string. */
  public static String slice(String s, PySlice.Bounds b) {
    if (b.length() == 0) {
      return "";
    }
    if (isBmp(s)) {
      if (b.step() == 1) {
        return s.substring(b.start(), b.start() + b.length());
      }
      char[] out = new char[b.length()];
      for (int i = 0, j = b.start(); i < out.length; i++, j += b.step()) {
        out[i] = s.charAt(j);
      }
      return new String(out);
    }
    int[] cps = codePoints(s);
    StringBuilder sb = new StringBuilder(b.length());
    for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
      sb.appendCodePoint(cps[j]);
    }
    return sb.toString();
  }

  /** Compares by code point, as Python does (Java's compareTo compares UTF-16 units). */
  public static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
          return Integer.compare(a.codePointAt(i), b.codePointAt(i));
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  /** {@code s * n} with the memory budget checked first. */
  public static String repeat(String s, long n) {
    if (n <= 0 || s.isEmpty()) {
      return "";
    }
    if (n > Long.MAX_VALUE / 2 / s.length()) {
      // CPython: the size overflows Py_ssize_t (a plain multiply here used to wrap to 0)
      throw Errors.overflowError("repeated string is too long");
    }
    long total = (long) s.length() * n;
    Budget.reserveMemory(total * 2);
    if (total > Integer.MAX_VALUE - 8) {
      throw Errors.overflowError("repeated string is too long");
    }
    Budget.chargeSteps(total >> 6);
    return s.repeat((int) n);
  }
}
