package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.text.NumberParse;

/**
 * The scanner behind {@code JSONDecoder} ({@code scan_once}): CPython 3.11's C scanner rewritten,
 * with its hooks ({@code object_hook}, {@code object_pairs_hook}, {@code parse_float},
 * {@code parse_int}, {@code parse_constant}), {@code strict} mode, error messages and code-point
 * positions. A value that cannot start at an index ends the scan with {@link Stop} (CPython's
 * {@code StopIteration(idx)}); malformed strings and containers raise {@code JSONDecodeError}.
 */
final class JsonScanner {
  /** CPython's StopIteration(idx): no JSON value starts at {@code pos}. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int pos;

    Stop(int pos) {
      super(null, null, false, false);
      this.pos = pos;
    }
  }

  private final PyType errType;
  private final boolean strict;
  /** Hooks; null where the default (dict, float, int, the constants) applies. */
  private final Object objectHook;
  private final Object pairsHook;
  private final Object parseFloat;
  private final Object parseInt;
  private final Object parseConstant;

  private String src;
  private int[] c;
  private int n;

  JsonScanner(PyType errType, boolean strict, Object objectHook, Object pairsHook,
      Object parseFloat, Object parseInt, Object parseConstant) {
    this.errType = errType;
    this.strict = strict;
    this.objectHook = objectHook;
    this.pairsHook = pairsHook;
    this.parseFloat = parseFloat;
    this.parseInt = parseInt;
    this.parseConstant = parseConstant;
  }

  /** Code points of {@code s} (the last document's are reused). */
  static int[] codePoints(String s) {
    Budget.reserveMemory(4L * s.length());
    Budget.chargeSteps(1 + (s.length() >> 8));
    return s.codePoints().toArray();
  }

  /** Scans one value starting at code point {@code idx}: {value, end}. */
  Object[] scanOnce(String s, int idx) {
    if (s != src) {
      src = s;
      c = codePoints(s);
      n = c.length;
    }
    int[] end = new int[1];
    Object v = value(idx, 0, end);
    return new Object[] {v, end[0]};
  }

  private PyException error(String msg, int pos) {
    Object e = Ops.call(errType, new Object[] {msg, src, (long) pos}, null);
    return new PyException((PyBaseException) e);
  }

  private boolean ws(int ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
  }

  private int skipWs(int i) {
    while (i < n && ws(c[i])) {
      i++;
    }
    return i;
  }

  private boolean match(int i, String lit) {
    if (i + lit.length() > n) {
      return false;
    }
    for (int k = 0; k < lit.length(); k++) {
      if (c[i + k] != lit.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private Object constant(String name) {
    if (parseConstant != null) {
      return Ops.call(parseConstant, new Object[] {name}, null);
    }
    return name.equals("NaN") ? Double.NaN
        : name.equals("Infinity") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }

  private Object value(int i, int depth, int[] end) {
    Budget.chargeSteps(1);
    if (i >= n) {
      throw new Stop(i);
    }
    switch (c[i]) {
      case '"':
        return string(i + 1, end);
      case '{':
        JsonModule.checkDepth(depth + 1, "object");
        return object(i + 1, depth + 1, end);
      case '[':
        JsonModule.checkDepth(depth + 1, "array");
        return array(i + 1, depth + 1, end);
      case 'n':
        if (match(i, "null")) {
          end[0] = i + 4;
          return PyNone.NONE;
        }
        break;
      case 't':
        if (match(i, "true")) {
          end[0] = i + 4;
          return Boolean.TRUE;
        }
        break;
      case 'f':
        if (match(i, "false")) {
          end[0] = i + 5;
          return Boolean.FALSE;
        }
        break;
      case 'N':
        if (match(i, "NaN")) {
          end[0] = i + 3;
          return constant("NaN");
        }
        break;
      case 'I':
        if (match(i, "Infinity")) {
          end[0] = i + 8;
          return constant("Infinity");
        }
        break;
      case '-':
        if (match(i, "-Infinity")) {
          end[0] = i + 9;
          return constant("-Infinity");
        }
        break;
      default:
        break;
    }
    return number(i, end);
  }

  private static boolean digit(int ch) {
    return ch >= '0' && ch <= '9';
  }

  private Object number(int i, int[] end) {
    int start = i;
    if (c[i] == '-') {
      i++;
      if (i >= n) {
        throw new Stop(start);
      }
    }
    if (c[i] >= '1' && c[i] <= '9') {
      i++;
      while (i < n && digit(c[i])) {
        i++;
      }
    } else if (c[i] == '0') {
      i++;
    } else {
      throw new Stop(start);
    }
    boolean isFloat = false;
    if (i < n - 1 && c[i] == '.' && digit(c[i + 1])) {
      isFloat = true;
      i += 2;
      while (i < n && digit(c[i])) {
        i++;
      }
    }
    if (i < n - 1 && (c[i] == 'e' || c[i] == 'E')) {
      int e = i;
      i++;
      if (i < n - 1 && (c[i] == '-' || c[i] == '+')) {
        i++;
      }
      while (i < n && digit(c[i])) {
        i++;
      }
      if (digit(c[i - 1])) {
        isFloat = true;
      } else {
        i = e;
      }
    }
    end[0] = i;
    String text = new String(c, start, i - start);
    Budget.chargeSteps(text.length() >> 6);
    if (isFloat) {
      return parseFloat != null ? Ops.call(parseFloat, new Object[] {text}, null)
          : (Object) Double.parseDouble(text);
    }
    return parseInt != null ? Ops.call(parseInt, new Object[] {text}, null)
        : NumberParse.parseInt(text, 10);
  }

  private static int hex(int ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= 'a' && ch <= 'f') {
      return ch - 'a' + 10;
    }
    if (ch >= 'A' && ch <= 'F') {
      return ch - 'A' + 10;
    }
    return -1;
  }

  /** A string body starting after the opening quote (CPython's scanstring). */
  private String string(int i, int[] endOut) {
    int begin = i - 1;
    StringBuilder sb = new StringBuilder();
    while (true) {
      int next = i;
      int ch = 0;
      for (; next < n; next++) {
        ch = c[next];
        if (ch == '"' || ch == '\\') {
          break;
        }
        if (ch <= 0x1f && strict) {
          throw error("Invalid control character at", next);
        }
      }
      if (next >= n) {
        throw error("Unterminated string starting at", begin);
      }
      for (int k = i; k < next; k++) {
        sb.appendCodePoint(c[k]);
      }
      Budget.chargeSteps((next - i) >> 6);
      next++;
      if (ch == '"') {
        endOut[0] = next;
        return sb.toString();
      }
      if (next == n) {
        throw error("Unterminated string starting at", begin);
      }
      ch = c[next];
      int end;
      if (ch != 'u') {
        end = next + 1;
        switch (ch) {
          case '"':
          case '\\':
          case '/':
            break;
          case 'b':
            ch = '\b';
            break;
          case 'f':
            ch = '\f';
            break;
          case 'n':
            ch = '\n';
            break;
          case 'r':
            ch = '\r';
            break;
          case 't':
            ch = '\t';
            break;
          default:
            throw error("Invalid \\escape", end - 2);
        }
      } else {
        next++;
        end = next + 4;
        if (end >= n) {
          throw error("Invalid \\uXXXX escape", next - 1);
        }
        ch = 0;
        for (; next < end; next++) {
          int h = hex(c[next]);
          if (h < 0) {
            throw error("Invalid \\uXXXX escape", end - 5);
          }
          ch = (ch << 4) | h;
        }
        if (ch >= 0xd800 && ch <= 0xdbff && end + 6 < n && c[next++] == '\\'
            && c[next++] == 'u') {
          int c2 = 0;
          end += 6;
          for (; next < end; next++) {
            int h = hex(c[next]);
            if (h < 0) {
              throw error("Invalid \\uXXXX escape", end - 5);
            }
            c2 = (c2 << 4) | h;
          }
          if (c2 >= 0xdc00 && c2 <= 0xdfff) {
            ch = Character.toCodePoint((char) ch, (char) c2);
          } else {
            end -= 6;
          }
        }
      }
      if (ch >= 0xd800 && ch <= 0xdfff) {
        sb.append((char) ch);
      } else {
        sb.appendCodePoint(ch);
      }
      i = end;
    }
  }

  private Object object(int i, int depth, int[] end) {
    PyList pairs = pairsHook != null ? new PyList() : null;
    PyDict dict = pairs == null ? new PyDict() : null;
    i = skipWs(i);
    if (i >= n || c[i] != '}') {
      while (true) {
        if (i >= n || c[i] != '"') {
          throw error("Expecting property name enclosed in double quotes", i);
        }
        String key = string(i + 1, end);
        i = skipWs(end[0]);
        if (i >= n || c[i] != ':') {
          throw error("Expecting ':' delimiter", i);
        }
        i = skipWs(i + 1);
        Object v = value(i, depth, end);
        if (pairs != null) {
          pairs.append(PyTuple.of(key, v));
        } else {
          dict.put(key, v);
        }
        i = skipWs(end[0]);
        if (i < n && c[i] == '}') {
          break;
        }
        if (i >= n || c[i] != ',') {
          throw error("Expecting ',' delimiter", i);
        }
        i = skipWs(i + 1);
      }
    }
    end[0] = i + 1;
    if (pairs != null) {
      return Ops.call(pairsHook, new Object[] {pairs}, null);
    }
    if (objectHook != null) {
      return Ops.call(objectHook, new Object[] {dict}, null);
    }
    return dict;
  }

  private Object array(int i, int depth, int[] end) {
    PyList list = new PyList();
    i = skipWs(i);
    if (i >= n || c[i] != ']') {
      while (true) {
        list.append(value(i, depth, end));
        i = skipWs(end[0]);
        if (i < n && c[i] == ']') {
          break;
        }
        if (i >= n || c[i] != ',') {
          throw error("Expecting ',' delimiter", i);
        }
        i = skipWs(i + 1);
      }
    }
    end[0] = i + 1;
    return list;
  }
}
