package dev.moat.parse;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Decoding of string and bytes literal bodies with CPython 3.11's rules and error messages.
 * Decoding errors are thrown as {@link DecodeError} carrying CPython's message; the caller adds
 * the location.
 */
final class StringLiterals {
  private StringLiterals() {}

  /** A literal that cannot be decoded; {@link #getMessage()} is CPython's text. */
  static final class DecodeError extends Exception {
    private static final long serialVersionUID = 1L;

    DecodeError(String message) {
      super(message, null, false, false);
    }
  }

  /** Decodes the escapes of a non-raw str literal body (or f-string literal part). */
  static String decodeEscapes(String s) throws DecodeError {
    int n = s.length();
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    // position in CPython's intermediate buffer, where a non-ASCII character takes 10 bytes
    // ("\\U%08x") and a backslash before one (or at the end) takes 6 ("\\u005c")
    int pos = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '\\') {
        int cp = s.codePointAt(i);
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        pos += cp < 128 ? 1 : 10;
        continue;
      }
      int start = pos;
      if (i + 1 >= n || s.charAt(i + 1) >= 128) {
        out.append('\\');
        i++;
        pos += 6;
        continue;
      }
      char d = s.charAt(i + 1);
      i += 2;
      pos += 2;
      switch (d) {
        case '\n':
          break;
        case '\\':
        case '\'':
        case '"':
          out.append(d);
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 't':
          out.append('\t');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 'v':
          out.append('\u000b');
          break;
        case 'a':
          out.append('\u0007');
          break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          int v = d - '0';
          for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
            v = v * 8 + (s.charAt(i) - '0');
            i++;
            pos++;
          }
          out.appendCodePoint(v);
          break;
        }
        case 'x':
        case 'u':
        case 'U': {
          int count = d == 'x' ? 2 : d == 'u' ? 4 : 8;
          String message = d == 'x' ? "truncated \\xXX escape"
              : d == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
          long ch = 0;
          for (; count > 0; count--) {
            if (i >= n) {
              throw unicodeError(start, pos, message);
            }
            int digit = Character.digit(s.charAt(i), 16);
            if (s.charAt(i) >= 128 || digit < 0) {
              throw unicodeError(start, pos, message);
            }
            ch = ch * 16 + digit;
            i++;
            pos++;
          }
          if (ch > 0x10FFFF) {
            throw unicodeError(start, pos, "illegal Unicode character");
          }
          out.appendCodePoint((int) ch);
          break;
        }
        case 'N': {
          String message = "malformed \\N character escape";
          if (i >= n || s.charAt(i) != '{') {
            throw unicodeError(start, pos, message);
          }
          i++;
          pos++;
          int nameStart = i;
          while (i < n && s.charAt(i) != '}') {
            pos += s.charAt(i) < 128 ? 1 : Character.isHighSurrogate(s.charAt(i)) ? 0 : 10;
            i++;
          }
          if (i >= n || i == nameStart) {
            throw unicodeError(start, pos, message);
          }
          String name = s.substring(nameStart, i);
          i++;
          pos++;
          int cp = lookupName(name);
          if (cp < 0) {
            throw unicodeError(start, pos, "unknown Unicode character name");
          }
          out.appendCodePoint(cp);
          break;
        }
        default:
          out.append('\\').append(d);
          break;
      }
    }
    return out.toString();
  }

  private static DecodeError unicodeError(int start, int end, String reason) {
    return new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
        + start + "-" + (end - 1) + ": " + reason);
  }

  /** Decodes a bytes literal body (the caller has checked that it is ASCII). */
  static byte[] decodeBytes(String s, boolean raw) throws DecodeError {
    int n = s.length();
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    if (raw || s.indexOf('\\') < 0) {
      for (int i = 0; i < n; i++) {
        out.write(s.charAt(i));
      }
      return out.toByteArray();
    }
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= n) {
        out.write(c);
        i++;
        continue;
      }
      int start = i;
      char d = s.charAt(i + 1);
      i += 2;
      switch (d) {
        case '\n':
          break;
        case '\\':
        case '\'':
        case '"':
          out.write(d);
          break;
        case 'b':
          out.write('\b');
          break;
        case 'f':
          out.write('\f');
          break;
        case 't':
          out.write('\t');
          break;
        case 'n':
          out.write('\n');
          break;
        case 'r':
          out.write('\r');
          break;
        case 'v':
          out.write(0x0b);
          break;
        case 'a':
          out.write(0x07);
          break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          int v = d - '0';
          for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
            v = v * 8 + (s.charAt(i) - '0');
            i++;
          }
          out.write(v & 0xFF);
          break;
        }
        case 'x': {
          if (i + 1 < n) {
            int d1 = Character.digit(s.charAt(i), 16);
            int d2 = Character.digit(s.charAt(i + 1), 16);
            if (d1 >= 0 && d2 >= 0) {
              out.write(d1 * 16 + d2);
              i += 2;
              break;
            }
          }
          throw new DecodeError("(value error) invalid \\x escape at position " + start);
        }
        default:
          out.write('\\');
          out.write(d);
          break;
      }
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- \N{...}

  private static final Map<String, Integer> ALIASES = Map.ofEntries(
      Map.entry("NULL", 0x00), Map.entry("NUL", 0x00), Map.entry("BEL", 0x07),
      Map.entry("ALERT", 0x07),
      Map.entry("BACKSPACE", 0x08), Map.entry("BS", 0x08),
      Map.entry("CHARACTER TABULATION", 0x09), Map.entry("HORIZONTAL TABULATION", 0x09),
      Map.entry("TAB", 0x09), Map.entry("HT", 0x09), Map.entry("LINE FEED", 0x0A),
      Map.entry("NEW LINE", 0x0A), Map.entry("END OF LINE", 0x0A), Map.entry("LF", 0x0A),
      Map.entry("NL", 0x0A), Map.entry("EOL", 0x0A), Map.entry("LINE TABULATION", 0x0B),
      Map.entry("VERTICAL TABULATION", 0x0B), Map.entry("VT", 0x0B),
      Map.entry("FORM FEED", 0x0C), Map.entry("FF", 0x0C), Map.entry("CARRIAGE RETURN", 0x0D),
      Map.entry("CR", 0x0D), Map.entry("ESCAPE", 0x1B), Map.entry("ESC", 0x1B),
      Map.entry("DELETE", 0x7F), Map.entry("DEL", 0x7F), Map.entry("NO-BREAK SPACE", 0xA0),
      Map.entry("NBSP", 0xA0), Map.entry("SHY", 0xAD), Map.entry("ZWSP", 0x200B),
      Map.entry("ZWNJ", 0x200C), Map.entry("ZWJ", 0x200D), Map.entry("BYTE ORDER MARK", 0xFEFF),
      Map.entry("BOM", 0xFEFF), Map.entry("ZWNBSP", 0xFEFF));

  private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
      "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
  private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
      "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
  private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
      "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
      "P", "H"};

  /** The code point named {@code name} as Python's {@code \N{...}} accepts it, or -1. */
  static int lookupName(String name) {
    if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
        || Character.isWhitespace(name.charAt(name.length() - 1))) {
      return -1;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    Integer alias = ALIASES.get(upper);
    if (alias != null) {
      return alias;
    }
    int cp = algorithmic(upper, "CJK UNIFIED IDEOGRAPH-", "CJK_UNIFIED_IDEOGRAPHS");
    if (cp >= -1) {
      return cp;
    }
    cp = algorithmic(upper, "TANGUT IDEOGRAPH-", "TANGUT");
    if (cp >= -1) {
      return cp;
    }
    cp = algorithmic(upper, "KHITAN SMALL SCRIPT CHARACTER-", "KHITAN_SMALL_SCRIPT");
    if (cp >= -1) {
      return cp;
    }
    cp = algorithmic(upper, "NUSHU CHARACTER-", "NUSHU");
    if (cp >= -1) {
      return cp;
    }
    if (upper.startsWith("HANGUL SYLLABLE ")) {
      return hangul(upper.substring("HANGUL SYLLABLE ".length()));
    }
    try {
      cp = Character.codePointOf(upper);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    // Java's names of unnamed characters ("CJK UNIFIED IDEOGRAPHS 4E00", "HANGUL SYLLABLES AC00")
    // are not Python's
    String javaName = Character.getName(cp);
    if (javaName == null || !javaName.equals(upper) || Character.getType(cp) == Character.CONTROL) {
      return -1;
    }
    return cp;
  }

  /** -2 when the name does not have the prefix, -1 when it is not a valid name, else the cp. */
  private static int algorithmic(String name, String prefix, String block) {
    if (!name.startsWith(prefix)) {
      return -2;
    }
    String hex = name.substring(prefix.length());
    if (hex.length() < 4 || hex.length() > 5) {
      return -1;
    }
    int cp;
    try {
      cp = Integer.parseInt(hex, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
    Character.UnicodeBlock b;
    try {
      b = Character.UnicodeBlock.of(cp);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    if (b == null || !b.toString().startsWith(block) || !Character.isDefined(cp)
        || Character.getName(cp) != null && !Character.getName(cp).startsWith(block.replace('_', ' '))) {
      return -1;
    }
    return cp;
  }

  private static int hangul(String syllable) {
    for (int l = 0; l < JAMO_L.length; l++) {
      if (!syllable.startsWith(JAMO_L[l])) {
        continue;
      }
      for (int v = 0; v < JAMO_V.length; v++) {
        if (!syllable.startsWith(JAMO_V[v], JAMO_L[l].length())) {
          continue;
        }
        String rest = syllable.substring(JAMO_L[l].length() + JAMO_V[v].length());
        for (int t = 0; t < JAMO_T.length; t++) {
          if (rest.equals(JAMO_T[t])) {
            return 0xAC00 + (l * 21 + v) * 28 + t;
          }
        }
      }
    }
    return -1;
  }
}
