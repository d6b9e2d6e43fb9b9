package dev.moat.runtime.text;

/** Placeholder until the exact implementation lands: CPython's str repr. */
public final class StrRepr {
  private StrRepr() {}

  public static String repr(String s) {
    char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == q || c == '\\') {
        sb.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.appendCodePoint(c);
      }
    }
    return sb.append(q).toString();
  }
}
