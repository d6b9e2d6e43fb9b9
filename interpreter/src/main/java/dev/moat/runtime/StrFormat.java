package dev.moat.runtime;

/**
 * {@code str.format} and {@code str.format_map}: CPython's replacement-field grammar
 * ({@code {name.attr[key]!conv:spec}}, nested fields in specs, automatic numbering) with its
 * error messages. Attribute lookups go through {@link Ops#getAttr}, so the sandbox's rules
 * apply to format strings too; each value is rendered by {@link Formatting#format}.
 */
final class StrFormat {
  private StrFormat() {}

  private static final int INIT = 0;
  private static final int AUTO = 1;
  private static final int MANUAL = 2;

  /** Automatic field numbering state, shared by a format string and its nested specs. */
  private static final class AutoNumber {
    int state = INIT;
    int next;
  }

  static String format(String fmt, PyTuple args, PyDict kwargs) {
    return build(fmt, 0, fmt.length(), args, kwargs, 2, new AutoNumber());
  }

  static String formatMap(String fmt, Object mapping) {
    return build(fmt, 0, fmt.length(), null, mapping, 2, new AutoNumber());
  }

  private static PyException valueError(String msg) {
    return Errors.valueError(msg);
  }

  private static String build(String s, int start, int end, PyTuple args, Object kwargs,
      int depth, AutoNumber auto) {
    if (depth <= 0) {
      throw valueError("Max string recursion exceeded");
    }
    MethodSupport.chargeLinear(end - start);
    StringBuilder out = new StringBuilder(end - start + 16);
    int pos = start;
    while (pos < end) {
      int litStart = pos;
      char c = 0;
      boolean markup = false;
      while (pos < end) {
        c = s.charAt(pos++);
        if (c == '{' || c == '}') {
          markup = true;
          break;
        }
      }
      boolean atEnd = pos >= end;
      int len = pos - litStart;
      if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
        throw valueError("Single '}' encountered in format string");
      }
      if (markup && atEnd && c == '{') {
        throw valueError("Single '{' encountered in format string");
      }
      if (markup) {
        if (s.charAt(pos) == c) {
          pos++;
          markup = false;
        } else {
          len--;
        }
      }
      out.append(s, litStart, litStart + len);
      if (!markup) {
        continue;
      }
      pos = field(s, pos, end, args, kwargs, depth, auto, out);
    }
    return out.toString();
  }

  /** Parses and renders one replacement field starting after its '{'; returns the new pos. */
  private static int field(String s, int pos, int end, PyTuple args, Object kwargs, int depth,
      AutoNumber auto, StringBuilder out) {
    int nameStart = pos;
    char c = 0;
    while (pos < end) {
      c = s.charAt(pos++);
      if (c == '{') {
        throw valueError("unexpected '{' in field name");
      }
      if (c == '[') {
        while (pos < end && s.charAt(pos) != ']') {
          pos++;
        }
        continue;
      }
      if (c == '}' || c == ':' || c == '!') {
        break;
      }
    }
    int nameEnd = pos - 1;
    int conversion = 0;
    int specStart = 0;
    int specEnd = 0;
    boolean expand = false;
    if (c == '!' || c == ':') {
      boolean specFollows = true;
      if (c == '!') {
        if (pos >= end) {
          throw valueError("end of string while looking for conversion specifier");
        }
        conversion = s.codePointAt(pos);
        pos += Character.charCount(conversion);
        if (pos < end) {
          char d = s.charAt(pos++);
          if (d == '}') {
            specFollows = false;
          } else if (d != ':') {
            throw valueError("expected ':' after conversion specifier");
          }
        }
      }
      if (specFollows) {
        specStart = pos;
        int count = 1;
        boolean closed = false;
        while (pos < end) {
          char d = s.charAt(pos++);
          if (d == '{') {
            expand = true;
            count++;
          } else if (d == '}') {
            count--;
            if (count == 0) {
              specEnd = pos - 1;
              closed = true;
              break;
            }
          }
        }
        if (!closed) {
          throw valueError("unmatched '{' in format spec");
        }
      }
    } else if (c != '}') {
      throw valueError("expected '}' before end of string");
    }

    Object obj = fieldObject(s, nameStart, nameEnd, args, kwargs, auto);
    if (conversion != 0) {
      switch (conversion) {
        case 'r':
          obj = Ops.repr(obj);
          break;
        case 's':
          obj = Ops.str(obj);
          break;
        case 'a':
          obj = Ops.ascii(obj);
          break;
        default:
          if (conversion > 32 && conversion < 127) {
            throw valueError("Unknown conversion specifier " + (char) conversion);
          }
          throw valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
      }
    }
    String spec = expand ? build(s, specStart, specEnd, args, kwargs, depth - 1, auto)
        : s.substring(specStart, specEnd);
    out.append(Formatting.format(obj, spec));
    return pos;
  }

  /** The field's leading integer, or -1 when it is not all decimal digits (or empty). */
  private static long integer(String s, int start, int end) {
    if (start >= end) {
      return -1;
    }
    long acc = 0;
    for (int i = start; i < end; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!UnicodeProps.isDecimal(cp)) {
        return -1;
      }
      int d = Character.digit(cp, 10);
      if (d < 0) {
        return -1;
      }
      if (acc > (Long.MAX_VALUE - d) / 10) {
        throw valueError("Too many decimal digits in format string");
      }
      acc = acc * 10 + d;
    }
    return acc;
  }

  private static Object fieldObject(String s, int start, int end, PyTuple args, Object kwargs,
      AutoNumber auto) {
    int i = start;
    while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
      i++;
    }
    long index = integer(s, start, i);
    boolean empty = i == start;
    boolean numeric = empty || index != -1;
    if (auto.state == INIT && numeric) {
      auto.state = empty ? AUTO : MANUAL;
    }
    if (numeric) {
      if (auto.state == MANUAL) {
        if (empty) {
          throw valueError("cannot switch from manual field specification to automatic field"
              + " numbering");
        }
      } else if (!empty) {
        throw valueError("cannot switch from automatic field numbering to manual field"
            + " specification");
      }
    }
    if (empty) {
      index = auto.next++;
    }
    Object obj;
    if (index == -1) {
      String key = s.substring(start, i);
      if (kwargs == null) {
        throw Errors.keyError(key);
      }
      obj = Ops.getItem(kwargs, key);
    } else {
      if (args == null) {
        throw valueError("Format string contains positional fields");
      }
      if (index >= args.size()) {
        throw Errors.indexError("Replacement index " + index
            + " out of range for positional args tuple");
      }
      obj = args.get((int) index);
    }
    while (i < end) {
      char c = s.charAt(i++);
      int nameStart = i;
      boolean attribute;
      if (c == '.') {
        attribute = true;
        while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
          i++;
        }
      } else if (c == '[') {
        attribute = false;
        while (i < end && s.charAt(i) != ']') {
          i++;
        }
        if (i >= end) {
          throw valueError("Missing ']' in format string");
        }
        i++;
      } else {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      int nameEnd = attribute ? i : i - 1;
      long idx = attribute ? -1 : integer(s, nameStart, nameEnd);
      if (nameStart == nameEnd) {
        throw valueError("Empty attribute in format string");
      }
      String name = s.substring(nameStart, nameEnd);
      if (attribute) {
        obj = Ops.getAttr(obj, name);
      } else if (idx == -1) {
        obj = Ops.getItem(obj, name);
      } else {
        obj = Ops.getItem(obj, idx);
      }
    }
    return obj;
  }
}
