package dev.moat.stdlib;


/**
 * Finds the first error in a JSON document exactly as CPython 3.11's scanner reports it (message
 * and code-point position). Used after Jackson rejects a document, so that the
 * {@code JSONDecodeError} carries CPython's message and position rather than Jackson's.
 */
final class JsonErrorLocator {
  /** A CPython decode error: message and position in code points. */
  record Found(String msg, int pos) {}

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Found found;

    Stop(String msg, int pos) {
      super(null, null, false, false);
      this.found = new Found(msg, pos);
    }
  }

  private final int[] c;
  private final int n;

  private JsonErrorLocator(int[] c) {
    this.c = c;
    this.n = c.length;
  }

  /** The first error in {@code s}, or null if CPython would accept it. */
  static Found locate(String s) {
    JsonErrorLocator l = new JsonErrorLocator(s.codePoints().toArray());
    try {
      int end = l.ws(l.value(l.ws(0), 0));
      if (end != l.n) {
        return new Found("Extra data", end);
      }
      return null;
    } catch (Stop e) {
      return e.found;
    }
  }

  private int ws(int i) {
    while (i < n && (c[i] == ' ' || c[i] == '\t' || c[i] == '\n' || c[i] == '\r')) {
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

  private int value(int i, int depth) {
    if (i >= n) {
      throw new Stop("Expecting value", i);
    }
    switch (c[i]) {
      case '"':
        return string(i + 1);
      case '{':
        JsonModule.checkDepth(depth + 1, "object");
        return object(i + 1, depth + 1);
      case '[':
        JsonModule.checkDepth(depth + 1, "array");
        return array(i + 1, depth + 1);
      case 'n':
        if (match(i, "null")) {
          return i + 4;
        }
        break;
      case 't':
        if (match(i, "true")) {
          return i + 4;
        }
        break;
      case 'f':
        if (match(i, "false")) {
          return i + 5;
        }
        break;
      case 'N':
        if (match(i, "NaN")) {
          return i + 3;
        }
        break;
      case 'I':
        if (match(i, "Infinity")) {
          return i + 8;
        }
        break;
      case '-':
        if (match(i, "-Infinity")) {
          return i + 9;
        }
        break;
      default:
        break;
    }
    return number(i);
  }

  private static boolean digit(int ch) {
    return ch >= '0' && ch <= '9';
  }

  private int number(int i) {
    int start = i;
    if (c[i] == '-') {
      i++;
      if (i >= n) {
        throw new Stop("Expecting value", start);
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
      throw new Stop("Expecting value", start);
    }
    if (i < n - 1 && c[i] == '.' && digit(c[i + 1])) {
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
      if (!digit(c[i - 1])) {
        i = e;
      }
    }
    return i;
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

  /** Scans a string body starting after the opening quote; returns the index after the close. */
  private int string(int i) {
    int begin = i - 1;
    while (true) {
      int ch;
      while (true) {
        if (i >= n) {
          throw new Stop("Unterminated string starting at", begin);
        }
        ch = c[i];
        if (ch == '"' || ch == '\\') {
          break;
        }
        if (ch <= 0x1f) {
          throw new Stop("Invalid control character at", i);
        }
        i++;
      }
      if (ch == '"') {
        return i + 1;
      }
      i++;
      if (i == n) {
        throw new Stop("Unterminated string starting at", begin);
      }
      ch = c[i];
      if (ch != 'u') {
        if ("\"\\/bfnrt".indexOf(ch) < 0) {
          throw new Stop("Invalid \\escape", i - 1);
        }
        i++;
        continue;
      }
      i++;
      int end = i + 4;
      if (end >= n) {
        throw new Stop("Invalid \\uXXXX escape", i - 1);
      }
      int v = 0;
      for (; i < end; i++) {
        int h = hex(c[i]);
        if (h < 0) {
          throw new Stop("Invalid \\uXXXX escape", end - 5);
        }
        v = (v << 4) | h;
      }
      if (v >= 0xd800 && v <= 0xdbff && end + 6 < n && c[end] == '\\' && c[end + 1] == 'u') {
        end += 6;
        for (int j = end - 4; j < end; j++) {
          if (hex(c[j]) < 0) {
            throw new Stop("Invalid \\uXXXX escape", end - 5);
          }
        }
      }
      i = end;
    }
  }

  private int object(int i, int depth) {
    i = ws(i);
    if (i >= n || c[i] != '}') {
      while (true) {
        if (i >= n || c[i] != '"') {
          throw new Stop("Expecting property name enclosed in double quotes", i);
        }
        i = ws(string(i + 1));
        if (i >= n || c[i] != ':') {
          throw new Stop("Expecting ':' delimiter", i);
        }
        i = ws(value(ws(i + 1), depth));
        if (i < n && c[i] == '}') {
          break;
        }
        if (i >= n || c[i] != ',') {
          throw new Stop("Expecting ',' delimiter", i);
        }
        i = ws(i + 1);
      }
    }
    return i + 1;
  }

  private int array(int i, int depth) {
    i = ws(i);
    if (i >= n || c[i] != ']') {
      while (true) {
        i = ws(value(i, depth));
        if (i < n && c[i] == ']') {
          break;
        }
        if (i >= n || c[i] != ',') {
          throw new Stop("Expecting ',' delimiter", i);
        }
        i = ws(i + 1);
      }
    }
    return i + 1;
  }
}
