package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.MISSING;
import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.adjust;
import static dev.moat.runtime.MethodSupport.chargeLinear;
import static dev.moat.runtime.MethodSupport.def;
import static dev.moat.runtime.MethodSupport.ssize;
import static dev.moat.runtime.MethodSupport.typeName;

import dev.moat.ast.Ast.BinaryOp;

/**
 * The methods of {@code str}. Python indexes strings by code point while Java strings are
 * UTF-16, so positions cross the API as code point indices and are converted to char offsets
 * (the identity for the usual surrogate-free strings).
 */
final class StrMethods {
  private StrMethods() {}

  /** A string with its Python length, converting between code point indices and offsets. */
  static final class Text {
    final String s;
    final boolean bmp;
    final int len;

    Text(String s) {
      this.s = s;
      // telling code points from UTF-16 units scans the string
      Budget.chargeSteps(s.length() >> 8);
      this.bmp = Str.isBmp(s);
      this.len = bmp ? s.length() : s.codePointCount(0, s.length());
    }

    /** The char offset of code point index {@code i} (0..len). */
    int offset(long i) {
      return bmp ? (int) i : s.offsetByCodePoints(0, (int) i);
    }

    /** The code point index of char offset {@code off}. */
    long index(int off) {
      return bmp ? off : s.codePointCount(0, off);
    }
  }

  static void install() {
    PyType t = Types.STR;
    def(t, "capitalize", "self", a -> capitalize(str(a)));
    def(t, "casefold", "self", a -> casefold(str(a)));
    def(t, "center", "self, width, fillchar=' ', /", a -> pad(str(a), a[1], a[2], 'c'));
    def(t, "ljust", "self, width, fillchar=' ', /", a -> pad(str(a), a[1], a[2], 'l'));
    def(t, "rjust", "self, width, fillchar=' ', /", a -> pad(str(a), a[1], a[2], 'r'));
    def(t, "zfill", "self, width, /", a -> zfill(str(a), ssize(a[1])));
    def(t, "count", "self, sub, start=None, end=None, /", a -> count(str(a), sub(a[1]), a[2],
        a[3]));
    def(t, "encode", "self, encoding='utf-8', errors='strict'", a -> Codecs.encode(str(a),
        argStr(a[1], "encode", "encoding"), argStr(a[2], "encode", "errors")));
    def(t, "startswith", "self, prefix, start=None, end=None, /",
        a -> startsEnds(str(a), a[1], a[2], a[3], false));
    def(t, "endswith", "self, suffix, start=None, end=None, /",
        a -> startsEnds(str(a), a[1], a[2], a[3], true));
    def(t, "expandtabs", "self, tabsize=8", a -> expandtabs(str(a), ssize(a[1])));
    def(t, "find", "self, sub, start=None, end=None, /",
        a -> find(str(a), sub(a[1]), a[2], a[3], false));
    def(t, "rfind", "self, sub, start=None, end=None, /",
        a -> find(str(a), sub(a[1]), a[2], a[3], true));
    def(t, "index", "self, sub, start=None, end=None, /",
        a -> index(str(a), sub(a[1]), a[2], a[3], false));
    def(t, "rindex", "self, sub, start=None, end=None, /",
        a -> index(str(a), sub(a[1]), a[2], a[3], true));
    def(t, "format", "self, *args, **kwargs", a -> StrFormat.format(str(a), (PyTuple) a[1],
        (PyDict) a[2]));
    def(t, "format_map", "self, mapping, /", a -> StrFormat.formatMap(str(a), a[1]));
    def(t, "isalnum", "self", a -> all(str(a), UnicodeProps::isAlnum));
    def(t, "isalpha", "self", a -> all(str(a), UnicodeProps::isAlpha));
    def(t, "isascii", "self", a -> isAscii(str(a)));
    def(t, "isdecimal", "self", a -> all(str(a), UnicodeProps::isDecimal));
    def(t, "isdigit", "self", a -> all(str(a), UnicodeProps::isDigit));
    def(t, "isnumeric", "self", a -> all(str(a), UnicodeProps::isNumeric));
    def(t, "isspace", "self", a -> all(str(a), UnicodeProps::isSpace));
    def(t, "isprintable", "self", a -> str(a).isEmpty() || all(str(a),
        UnicodeProps::isPrintable));
    def(t, "isidentifier", "self", a -> isIdentifier(str(a)));
    def(t, "islower", "self", a -> isLower(str(a)));
    def(t, "isupper", "self", a -> isUpper(str(a)));
    def(t, "istitle", "self", a -> isTitle(str(a)));
    def(t, "join", "self, iterable, /", a -> join(str(a), a[1]));
    def(t, "lower", "self", a -> lower(str(a)));
    def(t, "upper", "self", a -> upper(str(a)));
    def(t, "swapcase", "self", a -> swapcase(str(a)));
    def(t, "title", "self", a -> title(str(a)));
    def(t, "strip", "self, chars=None, /", a -> strip(str(a), a[1], true, true, "strip"));
    def(t, "lstrip", "self, chars=None, /", a -> strip(str(a), a[1], true, false, "lstrip"));
    def(t, "rstrip", "self, chars=None, /", a -> strip(str(a), a[1], false, true, "rstrip"));
    def(t, "partition", "self, sep, /", a -> partition(str(a), sub(a[1]), false));
    def(t, "rpartition", "self, sep, /", a -> partition(str(a), sub(a[1]), true));
    def(t, "removeprefix", "self, prefix, /", a -> {
      String s = str(a);
      String p = argStr1(a[1], "removeprefix");
      return s.startsWith(p) && boundaryAt(s, p.length()) ? s.substring(p.length()) : s;
    });
    def(t, "removesuffix", "self, suffix, /", a -> {
      String s = str(a);
      String p = argStr1(a[1], "removesuffix");
      int cut = s.length() - p.length();
      return !p.isEmpty() && s.endsWith(p) && boundaryAt(s, cut) ? s.substring(0, cut) : s;
    });
    def(t, "replace", "self, old, new, count=-1, /", a -> replace(str(a),
        argStrN(a[1], "replace", 1), argStrN(a[2], "replace", 2), ssize(a[3])));
    def(t, "split", "self, sep=None, maxsplit=-1", a -> split(str(a), a[1], ssize(a[2])));
    def(t, "rsplit", "self, sep=None, maxsplit=-1", a -> rsplit(str(a), a[1], ssize(a[2])));
    def(t, "splitlines", "self, keepends=False", a -> splitlines(str(a), keepends(a[1])));
    def(t, "translate", "self, table, /", a -> translate(str(a), a[1]));
    MethodSupport.staticMethod(t, "maketrans", "x, y=?, z=?, /", a -> maketrans(a[0], a[1],
        a[2]));

    def(t, "__len__", "self", a -> (long) Str.length(str(a)));
    def(t, "__getitem__", "self, key, /", a -> Ops.getItem(a[0], a[1]));
    def(t, "__contains__", "self, key, /", a -> Ops.contains(a[0], a[1]));
    def(t, "__iter__", "self", a -> Ops.iter(a[0]));
    def(t, "__add__", "self, value, /", a -> {
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("can only concatenate str (not \"" + typeName(a[1])
            + "\") to str");
      }
      return Ops.binary(BinaryOp.ADD, a[0], a[1]);
    });
    def(t, "__mul__", "self, value, /", a -> Str.repeat(str(a), repeatCount(a[1])));
    def(t, "__rmul__", "self, value, /", a -> Str.repeat(str(a), repeatCount(a[1])));
    def(t, "__mod__", "self, value, /", a -> Formatting.percent(str(a), a[1]));
    def(t, "__rmod__", "self, value, /", a -> a[1] instanceof String
        ? Formatting.percent((String) a[1], a[0]) : NI);
    MethodSupport.comparisons(t, o -> o instanceof String);
    def(t, "__hash__", "self", a -> Ops.hash(a[0]));
    def(t, "__str__", "self", a -> a[0]);
    def(t, "__repr__", "self", a -> Ops.repr(a[0]));
    def(t, "__format__", "self, format_spec, /", a -> Formatting.format(a[0],
        formatSpec(a[1])));
  }

  // ---------------------------------------------------------------- argument helpers

  private static String str(Object[] a) {
    return (String) a[0];
  }

  /** The argument of find/count/partition...: "must be str, not int". */
  private static String sub(Object o) {
    if (!(o instanceof String)) {
      throw Errors.typeError("must be str, not " + typeName(o));
    }
    return (String) o;
  }

  private static String argStr(Object o, String fn, String param) {
    if (!(o instanceof String)) {
      throw Errors.typeError(fn + "() argument '" + param + "' must be str, not "
          + MethodSupport.argTypeName(o));
    }
    return (String) o;
  }

  private static String argStr1(Object o, String fn) {
    if (!(o instanceof String)) {
      throw Errors.typeError(fn + "() argument must be str, not " + MethodSupport.argTypeName(o));
    }
    return (String) o;
  }

  private static String argStrN(Object o, String fn, int n) {
    if (!(o instanceof String)) {
      throw Errors.typeError(fn + "() argument " + n + " must be str, not "
          + MethodSupport.argTypeName(o));
    }
    return (String) o;
  }

  static String formatSpec(Object o) {
    if (!(o instanceof String)) {
      throw Errors.typeError("__format__() argument must be str, not "
          + MethodSupport.argTypeName(o));
    }
    return (String) o;
  }

  /** The keepends flag: an int or bool (CPython rejects other types). */
  static boolean keepends(Object o) {
    if (o instanceof Boolean) {
      return (Boolean) o;
    }
    return MethodSupport.cInt(o) != 0;
  }

  /** The count of {@code seq * n}: any index-like value, negative meaning 0. */
  static long repeatCount(Object n) {
    Object i = Ops.indexOrNull(n);
    if (i == null) {
      throw MethodSupport.notAnInteger(n);
    }
    if (i instanceof java.math.BigInteger) {
      if (((java.math.BigInteger) i).signum() < 0) {
        return 0;
      }
      throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
    }
    return Math.max(0, (Long) i);
  }

  // ---------------------------------------------------------------- searching

  /** True if char offset {@code off} does not split a surrogate pair. */
  static boolean boundaryAt(String s, int off) {
    return off <= 0 || off >= s.length() || !Character.isHighSurrogate(s.charAt(off - 1))
        || !Character.isLowSurrogate(s.charAt(off));
  }

  private static boolean needsBoundaryCheck(String sub) {
    return !sub.isEmpty() && (Character.isLowSurrogate(sub.charAt(0))
        || Character.isHighSurrogate(sub.charAt(sub.length() - 1)));
  }

  /** First char offset in [from, to - sub.length()] where {@code sub} occurs, or -1. */
  static int indexOf(String s, String sub, int from, int to) {
    if (to - from < sub.length()) {
      return -1;
    }
    boolean check = needsBoundaryCheck(sub);
    String hay = s;
    int base = 0;
    if (to < s.length() && (long) (to - from) * 4 < s.length()) {
      // a small window of a big string: search a copy of the window only
      hay = s.substring(from, to);
      base = from;
    }
    int limit = to - base;
    int i = from - base;
    while (true) {
      int k = hay.indexOf(sub, i);
      if (k < 0 || k + sub.length() > limit) {
        chargeLinear(to - from);
        return -1;
      }
      if (!check || (boundaryAt(s, k + base) && boundaryAt(s, k + base + sub.length()))) {
        // charged for what was scanned, so splitting a big string stays linear
        chargeLinear(k + base - from + sub.length());
        return k + base;
      }
      i = k + 1;
    }
  }

  /** Last char offset in [from, to - sub.length()] where {@code sub} occurs, or -1. */
  static int lastIndexOf(String s, String sub, int from, int to) {
    if (to - from < sub.length()) {
      return -1;
    }
    boolean check = needsBoundaryCheck(sub);
    String hay = s;
    int base = 0;
    if (from > 0 && (long) (to - from) * 4 < s.length()) {
      hay = s.substring(from, to);
      base = from;
    }
    int i = to - base - sub.length();
    while (true) {
      int k = hay.lastIndexOf(sub, i);
      if (k < 0 || k + base < from) {
        chargeLinear(to - from);
        return -1;
      }
      if (!check || (boundaryAt(s, k + base) && boundaryAt(s, k + base + sub.length()))) {
        chargeLinear(to - (k + base));
        return k + base;
      }
      i = k - 1;
    }
  }

  static long find(String s, String sub, Object start, Object end, boolean reverse) {
    Text t = new Text(s);
    long[] r = adjust(start, end, t.len);
    if (r[1] - r[0] < Str.length(sub)) {
      return -1;
    }
    int from = t.offset(r[0]);
    int to = t.offset(r[1]);
    int k = reverse ? lastIndexOf(s, sub, from, to) : indexOf(s, sub, from, to);
    return k < 0 ? -1 : t.index(k);
  }

  private static long index(String s, String sub, Object start, Object end, boolean reverse) {
    long i = find(s, sub, start, end, reverse);
    if (i < 0) {
      throw Errors.valueError("substring not found");
    }
    return i;
  }

  static long count(String s, String sub, Object start, Object end) {
    Text t = new Text(s);
    long[] r = adjust(start, end, t.len);
    int subLen = Str.length(sub);
    if (r[1] - r[0] < subLen) {
      return 0;
    }
    if (subLen == 0) {
      return r[1] - r[0] + 1;
    }
    int from = t.offset(r[0]);
    int to = t.offset(r[1]);
    long n = 0;
    while (true) {
      int k = indexOf(s, sub, from, to);
      if (k < 0) {
        return n;
      }
      n++;
      from = k + sub.length();
    }
  }

  private static boolean startsEnds(String s, Object prefix, Object start, Object end,
      boolean suffix) {
    String name = suffix ? "endswith" : "startswith";
    if (prefix instanceof PyTuple) {
      Text t = new Text(s);
      for (Object p : ((PyTuple) prefix).array()) {
        if (!(p instanceof String)) {
          throw Errors.typeError("tuple for " + name + " must only contain str, not "
              + typeName(p));
        }
        if (tailMatch(t, (String) p, start, end, suffix)) {
          return true;
        }
      }
      return false;
    }
    if (!(prefix instanceof String)) {
      throw Errors.typeError(name + " first arg must be str or a tuple of str, not "
          + typeName(prefix));
    }
    return tailMatch(new Text(s), (String) prefix, start, end, suffix);
  }

  private static boolean tailMatch(Text t, String sub, Object startArg, Object endArg,
      boolean suffix) {
    long[] r = adjust(startArg, endArg, t.len);
    long subLen = Str.length(sub);
    long end = r[1] - subLen;
    if (end < r[0]) {
      return false;
    }
    if (subLen == 0) {
      return true;
    }
    int off = t.offset(suffix ? end : r[0]);
    return t.s.startsWith(sub, off) && boundaryAt(t.s, off)
        && boundaryAt(t.s, off + sub.length());
  }

  // ---------------------------------------------------------------- splitting

  private static PyList split(String s, Object sepArg, long maxsplit) {
    if (maxsplit < 0) {
      maxsplit = Long.MAX_VALUE;
    }
    PyList out = new PyList();
    int n = s.length();
    chargeLinear(n);
    if (sepArg == NONE) {
      int i = 0;
      while (maxsplit-- > 0) {
        while (i < n && UnicodeProps.isSpace(s.charAt(i))) {
          i++;
        }
        if (i == n) {
          break;
        }
        int j = i;
        i++;
        while (i < n && !UnicodeProps.isSpace(s.charAt(i))) {
          i++;
        }
        out.append(s.substring(j, i));
      }
      if (i < n) {
        while (i < n && UnicodeProps.isSpace(s.charAt(i))) {
          i++;
        }
        if (i != n) {
          out.append(s.substring(i));
        }
      }
      return out;
    }
    String sep = sepOrNone(sepArg);
    int i = 0;
    while (maxsplit-- > 0) {
      int k = indexOf(s, sep, i, n);
      if (k < 0) {
        break;
      }
      out.append(s.substring(i, k));
      i = k + sep.length();
    }
    out.append(s.substring(i));
    return out;
  }

  private static String sepOrNone(Object sepArg) {
    if (!(sepArg instanceof String)) {
      throw Errors.typeError("must be str or None, not " + typeName(sepArg));
    }
    String sep = (String) sepArg;
    if (sep.isEmpty()) {
      throw Errors.valueError("empty separator");
    }
    return sep;
  }

  private static PyList rsplit(String s, Object sepArg, long maxsplit) {
    if (maxsplit < 0) {
      maxsplit = Long.MAX_VALUE;
    }
    PyList out = new PyList();
    int n = s.length();
    chargeLinear(n);
    if (sepArg == NONE) {
      int i = n - 1;
      while (maxsplit-- > 0) {
        while (i >= 0 && UnicodeProps.isSpace(s.charAt(i))) {
          i--;
        }
        if (i < 0) {
          break;
        }
        int j = i;
        i--;
        while (i >= 0 && !UnicodeProps.isSpace(s.charAt(i))) {
          i--;
        }
        out.append(s.substring(i + 1, j + 1));
      }
      if (i >= 0) {
        while (i >= 0 && UnicodeProps.isSpace(s.charAt(i))) {
          i--;
        }
        if (i >= 0) {
          out.append(s.substring(0, i + 1));
        }
      }
    } else {
      String sep = sepOrNone(sepArg);
      int j = n;
      while (maxsplit-- > 0) {
        int k = lastIndexOf(s, sep, 0, j);
        if (k < 0) {
          break;
        }
        out.append(s.substring(k + sep.length(), j));
        j = k;
      }
      out.append(s.substring(0, j));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  static boolean isLineBreak(char c) {
    switch (c) {
      case '\n':
      case '\r':
      case 0x0b:
      case 0x0c:
      case 0x1c:
      case 0x1d:
      case 0x1e:
      case 0x85:
      case 0x2028:
      case 0x2029:
        return true;
      default:
        return false;
    }
  }

  private static PyList splitlines(String s, boolean keepends) {
    PyList out = new PyList();
    int n = s.length();
    chargeLinear(n);
    int i = 0;
    int j = 0;
    while (i < n) {
      while (i < n && !isLineBreak(s.charAt(i))) {
        i++;
      }
      int eol = i;
      if (i < n) {
        if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
          i += 2;
        } else {
          i++;
        }
        if (keepends) {
          eol = i;
        }
      }
      out.append(s.substring(j, eol));
      j = i;
    }
    return out;
  }

  private static PyTuple partition(String s, String sep, boolean reverse) {
    if (sep.isEmpty()) {
      throw Errors.valueError("empty separator");
    }
    int k = reverse ? lastIndexOf(s, sep, 0, s.length()) : indexOf(s, sep, 0, s.length());
    if (k < 0) {
      return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
    }
    return PyTuple.of(s.substring(0, k), sep, s.substring(k + sep.length()));
  }

  // ---------------------------------------------------------------- building

  private static String join(String sep, Object iterable) {
    PyIterator it;
    try {
      it = Ops.iter(iterable);
    } catch (PyException e) {
      if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
        throw Errors.typeError("can only join an iterable");
      }
      throw e;
    }
    PyList items = new PyList();
    long total = 0;
    int i = 0;
    for (Object v = it.next(); v != null; v = it.next(), i++) {
      v = ValueSubclass.unwrapStr(v);
      if (!(v instanceof String)) {
        throw Errors.typeError("sequence item " + i + ": expected str instance, "
            + typeName(v) + " found");
      }
      total += ((String) v).length() + (i > 0 ? sep.length() : 0);
      items.append(v);
      if ((i & 63) == 63) {
        Budget.chargeSteps(64);
      }
    }
    if (i == 1) {
      return (String) items.get(0);
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw Errors.overflowError("join() result is too long for a Python string");
    }
    Budget.reserveMemory(total * 2);
    chargeLinear(total);
    StringBuilder sb = new StringBuilder((int) total);
    for (int k = 0; k < i; k++) {
      if (k > 0) {
        sb.append(sep);
      }
      sb.append((String) items.get(k));
    }
    return sb.toString();
  }

  private static String strip(String s, Object chars, boolean left, boolean right, String name) {
    int i = 0;
    int j = s.length();
    chargeLinear(j);
    if (chars == NONE) {
      if (left) {
        while (i < j && UnicodeProps.isSpace(s.charAt(i))) {
          i++;
        }
      }
      if (right) {
        while (j > i && UnicodeProps.isSpace(s.charAt(j - 1))) {
          j--;
        }
      }
    } else {
      if (!(chars instanceof String)) {
        throw Errors.typeError(name + " arg must be None or str");
      }
      String set = (String) chars;
      if (left) {
        while (i < j) {
          int cp = s.codePointAt(i);
          if (set.indexOf(cp) < 0) {
            break;
          }
          i += Character.charCount(cp);
        }
      }
      if (right) {
        while (j > i) {
          int cp = s.codePointBefore(j);
          if (set.indexOf(cp) < 0) {
            break;
          }
          j -= Character.charCount(cp);
        }
      }
    }
    return s.substring(i, j);
  }

  private static String replace(String s, String old, String rep, long maxcount) {
    if (maxcount < 0) {
      maxcount = Long.MAX_VALUE;
    }
    if (maxcount == 0 || s.length() < old.length()) {
      return s;
    }
    chargeLinear(s.length());
    if (old.isEmpty()) {
      Text t = new Text(s);
      long n = Math.min(maxcount, (long) t.len + 1);
      long total = s.length() + n * rep.length();
      reserveChars(total);
      StringBuilder sb = new StringBuilder((int) total);
      int off = 0;
      for (long k = 0; k < n; k++) {
        sb.append(rep);
        if (off < s.length()) {
          int next = s.offsetByCodePoints(off, 1);
          sb.append(s, off, next);
          off = next;
        }
      }
      sb.append(s, off, s.length());
      return sb.toString();
    }
    // first pass: count occurrences, so the result size is known before allocating it
    long n = 0;
    int from = 0;
    while (n < maxcount) {
      int k = indexOf(s, old, from, s.length());
      if (k < 0) {
        break;
      }
      n++;
      from = k + old.length();
    }
    if (n == 0) {
      return s;
    }
    long total = s.length() + n * (rep.length() - old.length());
    reserveChars(total);
    StringBuilder sb = new StringBuilder((int) total);
    from = 0;
    for (long c = 0; c < n; c++) {
      int k = indexOf(s, old, from, s.length());
      sb.append(s, from, k).append(rep);
      from = k + old.length();
    }
    sb.append(s, from, s.length());
    return sb.toString();
  }

  /** Checks the memory budget for a new string of {@code chars} UTF-16 units. */
  static void reserveChars(long chars) {
    if (chars > 1024) {
      Budget.reserveMemory(chars > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : chars * 2);
      if (chars > Integer.MAX_VALUE - 8) {
        throw Errors.memoryError("");
      }
      chargeLinear(chars);
    }
  }

  private static String expandtabs(String s, long tabsize) {
    if (s.indexOf('\t') < 0) {
      return s;
    }
    // first pass: the result's size
    long size = 0;
    long col = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        if (tabsize > 0) {
          long incr = tabsize - (col % tabsize);
          if (incr > Integer.MAX_VALUE || size > Integer.MAX_VALUE) {
            size = Long.MAX_VALUE;
            break;
          }
          col += incr;
          size += incr;
        }
      } else {
        size++;
        if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) {
          col++;
        }
        if (c == '\n' || c == '\r') {
          col = 0;
        }
      }
    }
    reserveChars(size);
    StringBuilder sb = new StringBuilder((int) size);
    col = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        if (tabsize > 0) {
          long incr = tabsize - (col % tabsize);
          col += incr;
          for (long k = 0; k < incr; k++) {
            sb.append(' ');
          }
        }
      } else {
        sb.append(c);
        if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) {
          col++;
        }
        if (c == '\n' || c == '\r') {
          col = 0;
        }
      }
    }
    return sb.toString();
  }

  private static int fillChar(Object f) {
    if (!(f instanceof String)) {
      throw Errors.typeError("The fill character must be a unicode character, not "
          + typeName(f));
    }
    String s = (String) f;
    if (Str.length(s) != 1) {
      throw Errors.typeError("The fill character must be exactly one character long");
    }
    return s.codePointAt(0);
  }

  private static String pad(String s, Object widthArg, Object fillArg, char how) {
    long width = ssize(widthArg);
    int fill = fillChar(fillArg);
    int len = Str.length(s);
    if (len >= width) {
      return s;
    }
    long marg = width - len;
    long left;
    if (how == 'l') {
      left = 0;
    } else if (how == 'r') {
      left = marg;
    } else {
      left = marg / 2 + (marg & width & 1);
    }
    return pad(s, left, marg - left, fill);
  }

  static String pad(String s, long left, long right, int fill) {
    int unit = Character.charCount(fill);
    long padding = left + right;
    reserveChars(padding > (Long.MAX_VALUE - s.length()) / unit ? Long.MAX_VALUE
        : s.length() + padding * unit);
    StringBuilder sb = new StringBuilder((int) (s.length() + (left + right) * unit));
    for (long i = 0; i < left; i++) {
      sb.appendCodePoint(fill);
    }
    sb.append(s);
    for (long i = 0; i < right; i++) {
      sb.appendCodePoint(fill);
    }
    return sb.toString();
  }

  private static String zfill(String s, long width) {
    int len = Str.length(s);
    if (len >= width) {
      return s;
    }
    long fill = width - len;
    String u = pad(s, fill, 0, '0');
    char c = fill < u.length() ? u.charAt((int) fill) : 0;
    if (c == '+' || c == '-') {
      return c + u.substring(1, (int) fill) + '0' + u.substring((int) fill + 1);
    }
    return u;
  }

  // ---------------------------------------------------------------- translation

  private static String translate(String s, Object table) {
    StringBuilder sb = new StringBuilder(s.length());
    chargeLinear(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      Object v;
      try {
        v = Ops.getItem(table, (long) cp);
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.LOOKUP_ERROR)) {
          sb.appendCodePoint(cp);
          continue;
        }
        throw e;
      }
      if (v == NONE) {
        continue;
      }
      if (v instanceof String) {
        sb.append((String) v);
        if (sb.length() > 1 << 20) {
          Budget.reserveMemory((long) sb.length() * 2);
        }
      } else if (v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger) {
        Object iv = Arith.asInt(v);
        if (!(iv instanceof Long) || (Long) iv < 0 || (Long) iv > 0x10ffff) {
          throw Errors.valueError("character mapping must be in range(0x110000)");
        }
        sb.appendCodePoint((int) (long) (Long) iv);
      } else {
        throw Errors.typeError("character mapping must return integer, None or str");
      }
    }
    return sb.toString();
  }

  private static PyDict maketrans(Object x, Object y, Object z) {
    PyDict out = new PyDict();
    if (y == MISSING) {
      if (!(x instanceof PyDict)) {
        throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
      }
      for (PyDict.Entry e : ((PyDict) x).entries()) {
        Object k = e.key;
        if (k instanceof String) {
          String ks = (String) k;
          if (Str.length(ks) != 1) {
            throw Errors.valueError("string keys in translate table must be of length 1");
          }
          out.put((long) ks.codePointAt(0), e.value);
        } else if (Arith.isInt(k)) {
          out.put(k, e.value);
        } else {
          throw Errors.typeError("keys in translate table must be strings or integers");
        }
      }
      return out;
    }
    if (!(y instanceof String)) {
      throw Errors.typeError("maketrans() argument 2 must be str, not "
          + MethodSupport.argTypeName(y));
    }
    if (z != MISSING && !(z instanceof String)) {
      throw Errors.typeError("maketrans() argument 3 must be str, not "
          + MethodSupport.argTypeName(z));
    }
    if (!(x instanceof String)) {
      throw Errors.typeError("first maketrans argument must be a string if there is a second"
          + " argument");
    }
    int[] xs = Str.codePoints((String) x);
    int[] ys = Str.codePoints((String) y);
    if (xs.length != ys.length) {
      throw Errors.valueError("the first two maketrans arguments must have equal length");
    }
    for (int i = 0; i < xs.length; i++) {
      out.put((long) xs[i], (long) ys[i]);
    }
    if (z != MISSING) {
      for (int c : Str.codePoints((String) z)) {
        out.put((long) c, NONE);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- case

  private static boolean isAsciiOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static String lower(String s) {
    chargeLinear(s.length());
    if (isAsciiOnly(s)) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
    int[] cps = Str.codePoints(s);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < cps.length; i++) {
      UnicodeProps.appendLower(sb, cps, i);
    }
    return sb.toString();
  }

  static String upper(String s) {
    chargeLinear(s.length());
    if (isAsciiOnly(s)) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      UnicodeProps.appendUpper(sb, cp);
    }
    return sb.toString();
  }

  private static String casefold(String s) {
    chargeLinear(s.length());
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      UnicodeProps.appendFold(sb, cp);
    }
    return sb.toString();
  }

  private static String swapcase(String s) {
    chargeLinear(s.length());
    int[] cps = Str.codePoints(s);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (UnicodeProps.isUpper(c)) {
        UnicodeProps.appendLower(sb, cps, i);
      } else if (UnicodeProps.isLower(c)) {
        UnicodeProps.appendUpper(sb, c);
      } else {
        sb.appendCodePoint(c);
      }
    }
    return sb.toString();
  }

  private static String title(String s) {
    chargeLinear(s.length());
    int[] cps = Str.codePoints(s);
    StringBuilder sb = new StringBuilder(s.length());
    boolean previousCased = false;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (previousCased) {
        UnicodeProps.appendLower(sb, cps, i);
      } else {
        UnicodeProps.appendTitle(sb, c);
      }
      previousCased = UnicodeProps.isCased(c);
    }
    return sb.toString();
  }

  private static String capitalize(String s) {
    chargeLinear(s.length());
    int[] cps = Str.codePoints(s);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < cps.length; i++) {
      if (i == 0) {
        UnicodeProps.appendTitle(sb, cps[0]);
      } else {
        UnicodeProps.appendLower(sb, cps, i);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- predicates

  private static boolean all(String s, java.util.function.IntPredicate p) {
    if (s.isEmpty()) {
      return false;
    }
    chargeLinear(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!p.test(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isAscii(String s) {
    chargeLinear(s.length());
    return isAsciiOnly(s);
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int first = s.codePointAt(0);
    if (first != '_' && !UnicodeProps.isXidStart(first)) {
      return false;
    }
    for (int i = Character.charCount(first); i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!UnicodeProps.isXidContinue(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isLower(String s) {
    chargeLinear(s.length());
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
        return false;
      }
      if (!cased && UnicodeProps.isLower(c)) {
        cased = true;
      }
    }
    return cased;
  }

  private static boolean isUpper(String s) {
    chargeLinear(s.length());
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (UnicodeProps.isLower(c) || UnicodeProps.isTitle(c)) {
        return false;
      }
      if (!cased && UnicodeProps.isUpper(c)) {
        cased = true;
      }
    }
    return cased;
  }

  private static boolean isTitle(String s) {
    chargeLinear(s.length());
    boolean cased = false;
    boolean previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (UnicodeProps.isLower(c)) {
        if (!previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  }
}
