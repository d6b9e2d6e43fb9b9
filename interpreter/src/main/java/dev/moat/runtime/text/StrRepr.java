package dev.moat.runtime.text;

/**
 * CPython's {@code repr()} and {@code ascii()} of a {@code str}. Java strings are UTF-16; a valid
 * surrogate pair is one Python code point, a lone surrogate is itself a code point (as in a Python
 * string made with {@code surrogateescape}).
 */
public final class StrRepr {
  private StrRepr() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * {@code repr(s)} with CPython 3.11's rules: single quotes unless the string contains a single
   * quote and no double quote; backslash escapes for backslash, the quote, tab, newline and
   * carriage return; {@code \xhh} for other non-printable code points below 0x100, a backslash
   * followed by {@code uhhhh} or {@code Uhhhhhhhh} for higher non-printable ones.
   *
   * @param s the string
   * @return its Python repr
   */
  public static String repr(String s) {
    return quote(s, false);
  }

  /**
   * {@code ascii(s)}: like {@link #repr(String)} but every non-ASCII code point is escaped.
   *
   * @param s the string
   * @return its Python ascii() form
   */
  public static String ascii(String s) {
    return quote(s, true);
  }

  /**
   * {@code repr(s)} cut to at most {@code maxCodePoints} code points, as CPython's
   * {@code %.200R} does in error messages (the closing quote may be lost).
   *
   * @param s the string
   * @param maxCodePoints the maximum number of code points to keep
   * @return the (possibly truncated) repr
   */
  public static String reprTruncated(String s, int maxCodePoints) {
    String r = repr(s);
    if (r.length() <= maxCodePoints) {
      return r;
    }
    int n = r.codePointCount(0, r.length());
    if (n <= maxCodePoints) {
      return r;
    }
    return r.substring(0, r.offsetByCodePoints(0, maxCodePoints));
  }

  private static String quote(String s, boolean asciiOnly) {
    int n = s.length();
    boolean hasSingle = false;
    boolean hasDouble = false;
    boolean simple = true; // only printable ASCII without backslash
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '\\') {
        simple = false;
      } else if (c == '\'') {
        hasSingle = true;
      } else if (c == '"') {
        hasDouble = true;
      }
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    if (simple && !(hasSingle && hasDouble)) {
      // Fast path: nothing to escape (the chosen quote never occurs in s).
      return new StringBuilder(n + 2).append(q).append(s).append(q).toString();
    }
    StringBuilder sb = new StringBuilder(n + 16);
    sb.append(q);
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == q || cp == '\\') {
        sb.append('\\').append((char) cp);
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp < 0x20 || cp == 0x7F) {
        hex(sb, 'x', cp, 2);
      } else if (cp < 0x7F) {
        sb.append((char) cp);
      } else if (!asciiOnly && UnicodeProps.isPrintable(cp)) {
        sb.appendCodePoint(cp);
      } else if (cp <= 0xFF) {
        hex(sb, 'x', cp, 2);
      } else if (cp <= 0xFFFF) {
        hex(sb, 'u', cp, 4);
      } else {
        hex(sb, 'U', cp, 8);
      }
    }
    return sb.append(q).toString();
  }

  private static void hex(StringBuilder sb, char kind, int cp, int digits) {
    sb.append('\\').append(kind);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(HEX[(cp >>> shift) & 0xF]);
    }
  }
}
