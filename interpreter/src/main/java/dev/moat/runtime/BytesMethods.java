package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.MISSING;
import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.adjust;
import static dev.moat.runtime.MethodSupport.argTypeName;
import static dev.moat.runtime.MethodSupport.chargeLinear;
import static dev.moat.runtime.MethodSupport.def;
import static dev.moat.runtime.MethodSupport.ssize;
import static dev.moat.runtime.MethodSupport.typeName;

import dev.moat.ast.Ast.BinaryOp;
import java.nio.charset.StandardCharsets;

/**
 * The methods of {@code bytes}. Byte strings are handled as Latin-1 Java strings (one char per
 * byte), which lets them share the searching code of str; character classes are ASCII's.
 */
final class BytesMethods {
  private BytesMethods() {}

  static void install() {
    PyType t = Types.BYTES;
    shared("decode", "self, encoding='utf-8', errors='strict'", a -> Codecs.decode(arr(a),
        strArg(a[1], "decode", "encoding"), strArg(a[2], "decode", "errors")));
    shared("hex", "self, sep=?, bytes_per_sep=1", a -> hex(arr(a), a[1], a[2]));
    MethodSupport.classMethod(t, "fromhex", "cls, string, /",
        a -> MethodSupport.forClass(a[0], Types.BYTES, fromhex(a[1])));
    MethodSupport.classMethod(Types.BYTEARRAY, "fromhex", "cls, string, /", a -> {
      PyByteArray r = new PyByteArray(fromhex(a[1]).array());
      return a[0] == Types.BYTEARRAY ? r : Ops.call(a[0], new Object[] {r}, null);
    });
    shared("count", "self, sub, start=None, end=None, /",
        a -> StrMethods.count(l1(a), subArg(a[1]), a[2], a[3]));
    shared("find", "self, sub, start=None, end=None, /",
        a -> StrMethods.find(l1(a), subArg(a[1]), a[2], a[3], false));
    shared("rfind", "self, sub, start=None, end=None, /",
        a -> StrMethods.find(l1(a), subArg(a[1]), a[2], a[3], true));
    shared("index", "self, sub, start=None, end=None, /", a -> index(l1(a), a, false));
    shared("rindex", "self, sub, start=None, end=None, /", a -> index(l1(a), a, true));
    shared("startswith", "self, prefix, start=None, end=None, /",
        a -> startsEnds(l1(a), a[1], a[2], a[3], false));
    shared("endswith", "self, suffix, start=None, end=None, /",
        a -> startsEnds(l1(a), a[1], a[2], a[3], true));
    shared("join", "self, iterable_of_bytes, /", a -> join(arr(a), a[1]));
    shared("split", "self, sep=None, maxsplit=-1", a -> split(l1(a), a[1], ssize(a[2]), false));
    shared("rsplit", "self, sep=None, maxsplit=-1", a -> split(l1(a), a[1], ssize(a[2]), true));
    shared("splitlines", "self, keepends=False", a -> splitlines(l1(a),
        StrMethods.keepends(a[1])));
    shared("strip", "self, bytes=None, /", a -> strip(l1(a), a[1], true, true));
    shared("lstrip", "self, bytes=None, /", a -> strip(l1(a), a[1], true, false));
    shared("rstrip", "self, bytes=None, /", a -> strip(l1(a), a[1], false, true));
    shared("partition", "self, sep, /", a -> partition(l1(a), a[1], false));
    shared("rpartition", "self, sep, /", a -> partition(l1(a), a[1], true));
    shared("replace", "self, old, new, count=-1, /", a -> replace(l1(a), bytesArg(a[1]),
        bytesArg(a[2]), ssize(a[3])));
    shared("removeprefix", "self, prefix, /", a -> {
      String s = l1(a);
      String p = bytesArg(a[1]);
      return s.startsWith(p) ? bytes(s.substring(p.length())) : a[0];
    });
    shared("removesuffix", "self, suffix, /", a -> {
      String s = l1(a);
      String p = bytesArg(a[1]);
      return !p.isEmpty() && s.endsWith(p) ? bytes(s.substring(0, s.length() - p.length()))
          : a[0];
    });
    shared("center", "self, width, fillchar=?, /", a -> pad(a, 'c', "center"));
    shared("ljust", "self, width, fillchar=?, /", a -> pad(a, 'l', "ljust"));
    shared("rjust", "self, width, fillchar=?, /", a -> pad(a, 'r', "rjust"));
    shared("zfill", "self, width, /", a -> zfill(l1(a), ssize(a[1]), a[0]));
    shared("expandtabs", "self, tabsize=8", a -> expandtabs(l1(a), ssize(a[1]), a[0]));
    shared("translate", "self, table, /, delete=?", a -> translate(arr(a), a[1], a[2]));
    MethodSupport.staticMethod(t, "maketrans", "frm, to, /", a -> maketrans(a[0], a[1]));
    MethodSupport.staticMethod(Types.BYTEARRAY, "maketrans", "frm, to, /",
        a -> maketrans(a[0], a[1]));
    shared("lower", "self", a -> mapCase(arr(a), 'l'));
    shared("upper", "self", a -> mapCase(arr(a), 'u'));
    shared("swapcase", "self", a -> mapCase(arr(a), 's'));
    shared("title", "self", a -> title(arr(a)));
    shared("capitalize", "self", a -> capitalize(arr(a)));
    shared("isalnum", "self", a -> all(arr(a), 'n'));
    shared("isalpha", "self", a -> all(arr(a), 'a'));
    shared("isdigit", "self", a -> all(arr(a), 'd'));
    shared("isspace", "self", a -> all(arr(a), 's'));
    shared("isascii", "self", a -> {
      for (byte b : arr(a)) {
        if (b < 0) {
          return false;
        }
      }
      return true;
    });
    shared("islower", "self", a -> isCase(arr(a), true));
    shared("isupper", "self", a -> isCase(arr(a), false));
    shared("istitle", "self", a -> isTitle(arr(a)));

    def(t, "__len__", "self", a -> (long) arr(a).length);
    def(t, "__getitem__", "self, key, /", a -> Ops.getItem(a[0], a[1]));
    def(t, "__contains__", "self, key, /", a -> {
      if (!Arith.isInt(a[1]) && !BytesLike.check(a[1])) {
        throw Errors.typeError("a bytes-like object is required, not '" + typeName(a[1])
            + "'");
      }
      if (Arith.isInt(a[1])) {
        byteValue(a[1]);
      }
      return Ops.contains(a[0], a[1]);
    });
    def(t, "__iter__", "self", a -> Ops.iter(a[0]));
    def(t, "__add__", "self, value, /", a -> {
      if (!BytesLike.check(a[1])) {
        throw Errors.typeError("can't concat " + typeName(a[1]) + " to bytes");
      }
      return Ops.binary(BinaryOp.ADD, a[0], a[1]);
    });
    def(t, "__mul__", "self, value, /", a -> Sequences.repeat(a[0],
        StrMethods.repeatCount(a[1])));
    def(t, "__rmul__", "self, value, /", a -> Sequences.repeat(a[0],
        StrMethods.repeatCount(a[1])));
    shared("__mod__", "self, value, /", a -> percent(arr(a), a[1]));
    def(t, "__rmod__", "self, value, /", a -> NI);
    MethodSupport.comparisons(t, BytesLike::check);
    def(t, "__hash__", "self", a -> Ops.hash(a[0]));
    def(t, "__str__", "self", a -> Ops.repr(a[0]));
    def(t, "__repr__", "self", a -> Ops.repr(a[0]));
    def(t, "__bytes__", "self", a -> a[0]);
  }

  /**
   * Defines a method of bytes and the same method of bytearray: both read their receiver
   * through {@link BytesLike}, and bytearray's turns the bytes results into bytearrays.
   */
  private static void shared(String name, String params, BuiltinFunction.Body body) {
    def(Types.BYTES, name, params, body);
    def(Types.BYTEARRAY, name, params, a -> toByteArrays(body.call(a)));
  }

  /** A bytes method's result as bytearray's method returns it (always a new bytearray). */
  private static Object toByteArrays(Object r) {
    if (r instanceof PyBytes) {
      return PyByteArray.copyOf(((PyBytes) r).array());
    }
    if (r instanceof PyByteArray) {
      return PyByteArray.copyOf(((PyByteArray) r).toByteArray());
    }
    if (r instanceof PyList) {
      PyList l = (PyList) r;
      for (int i = 0; i < l.size(); i++) {
        l.set(i, toByteArrays(l.get(i)));
      }
      return l;
    }
    if (r instanceof PyTuple) {
      Object[] items = ((PyTuple) r).array().clone();
      for (int i = 0; i < items.length; i++) {
        items[i] = toByteArrays(items[i]);
      }
      return PyTuple.of(items);
    }
    return r;
  }

  // ---------------------------------------------------------------- conversions

  private static byte[] arr(Object[] a) {
    return BytesLike.bytes(a[0]);
  }

  /** The bytes as a Latin-1 string: one char per byte. */
  static String l1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static String l1(Object[] a) {
    return l1(arr(a));
  }

  static PyBytes bytes(String latin1) {
    return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A bytes-like argument as a Latin-1 string. */
  private static String bytesArg(Object o) {
    return l1(BytesLike.bytes(o));
  }

  private static String strArg(Object o, String fn, String param) {
    if (!(o instanceof String)) {
      throw Errors.typeError(fn + "() argument '" + param + "' must be str, not "
          + argTypeName(o));
    }
    return (String) o;
  }

  private static int byteValue(Object o) {
    Object v = Ops.indexOrNull(o);
    if (!(v instanceof Long) || (Long) v < 0 || (Long) v > 255) {
      throw Errors.valueError("byte must be in range(0, 256)");
    }
    return (int) (long) (Long) v;
  }

  /** The sub-sequence argument of find/count/index: bytes or an int in range(256). */
  private static String subArg(Object o) {
    if (BytesLike.check(o)) {
      return l1(BytesLike.bytes(o));
    }
    if (Ops.indexOrNull(o) != null) {
      return String.valueOf((char) byteValue(o));
    }
    throw Errors.typeError("argument should be integer or bytes-like object, not '"
        + typeName(o) + "'");
  }

  // ---------------------------------------------------------------- searching

  private static long index(String s, Object[] a, boolean reverse) {
    long i = StrMethods.find(s, subArg(a[1]), a[2], a[3], reverse);
    if (i < 0) {
      throw Errors.valueError("subsection not found");
    }
    return i;
  }

  private static boolean startsEnds(String s, Object prefix, Object start, Object end,
      boolean suffix) {
    String name = suffix ? "endswith" : "startswith";
    if (prefix instanceof PyTuple) {
      for (Object p : ((PyTuple) prefix).array()) {
        if (tailMatch(s, bytesArg(p), start, end, suffix)) {
          return true;
        }
      }
      return false;
    }
    if (!BytesLike.check(prefix)) {
      throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not "
          + typeName(prefix));
    }
    return tailMatch(s, bytesArg(prefix), start, end, suffix);
  }

  private static boolean tailMatch(String s, String sub, Object startArg, Object endArg,
      boolean suffix) {
    long[] r = adjust(startArg, endArg, s.length());
    long end = r[1] - sub.length();
    if (end < r[0]) {
      return false;
    }
    return s.startsWith(sub, (int) (suffix ? end : r[0]));
  }

  // ---------------------------------------------------------------- splitting and joining

  /** ASCII whitespace as bytes methods define it. */
  static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static PyList split(String s, Object sepArg, long maxsplit, boolean reverse) {
    if (maxsplit < 0) {
      maxsplit = Long.MAX_VALUE;
    }
    PyList out = new PyList();
    int n = s.length();
    chargeLinear(n);
    if (sepArg == NONE) {
      if (!reverse) {
        int i = 0;
        while (maxsplit-- > 0) {
          while (i < n && isSpace(s.charAt(i))) {
            i++;
          }
          if (i == n) {
            break;
          }
          int j = i;
          while (i < n && !isSpace(s.charAt(i))) {
            i++;
          }
          out.append(bytes(s.substring(j, i)));
        }
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        if (i < n) {
          out.append(bytes(s.substring(i)));
        }
        return out;
      }
      int i = n - 1;
      while (maxsplit-- > 0) {
        while (i >= 0 && isSpace(s.charAt(i))) {
          i--;
        }
        if (i < 0) {
          break;
        }
        int j = i;
        while (i >= 0 && !isSpace(s.charAt(i))) {
          i--;
        }
        out.append(bytes(s.substring(i + 1, j + 1)));
      }
      while (i >= 0 && isSpace(s.charAt(i))) {
        i--;
      }
      if (i >= 0) {
        out.append(bytes(s.substring(0, i + 1)));
      }
      java.util.Collections.reverse(out);
      return out;
    }
    String sep = bytesArg(sepArg);
    if (sep.isEmpty()) {
      throw Errors.valueError("empty separator");
    }
    if (!reverse) {
      int i = 0;
      while (maxsplit-- > 0) {
        int k = StrMethods.indexOf(s, sep, i, n);
        if (k < 0) {
          break;
        }
        out.append(bytes(s.substring(i, k)));
        i = k + sep.length();
      }
      out.append(bytes(s.substring(i)));
      return out;
    }
    int j = n;
    while (maxsplit-- > 0) {
      int k = StrMethods.lastIndexOf(s, sep, 0, j);
      if (k < 0) {
        break;
      }
      out.append(bytes(s.substring(k + sep.length(), j)));
      j = k;
    }
    out.append(bytes(s.substring(0, j)));
    java.util.Collections.reverse(out);
    return out;
  }

  private static PyList splitlines(String s, boolean keepends) {
    PyList out = new PyList();
    int n = s.length();
    chargeLinear(n);
    int i = 0;
    int j = 0;
    while (i < n) {
      while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
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
      out.append(bytes(s.substring(j, eol)));
      j = i;
    }
    return out;
  }

  private static PyTuple partition(String s, Object sepArg, boolean reverse) {
    String sep = bytesArg(sepArg);
    if (sep.isEmpty()) {
      throw Errors.valueError("empty separator");
    }
    int k = reverse ? StrMethods.lastIndexOf(s, sep, 0, s.length())
        : StrMethods.indexOf(s, sep, 0, s.length());
    PyBytes whole = bytes(s);
    if (k < 0) {
      return reverse ? PyTuple.of(PyBytes.EMPTY, PyBytes.EMPTY, whole)
          : PyTuple.of(whole, PyBytes.EMPTY, PyBytes.EMPTY);
    }
    return PyTuple.of(bytes(s.substring(0, k)), bytes(sep), bytes(s.substring(k + sep.length())));
  }

  private static PyBytes join(byte[] sep, Object iterable) {
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
      if (!BytesLike.check(v)) {
        throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
            + typeName(v) + " found");
      }
      total += BytesLike.length(v) + (i > 0 ? sep.length : 0);
      items.append(v instanceof PyByteArray ? new PyBytes(BytesLike.bytes(v)) : v);
      if ((i & 63) == 63) {
        Budget.chargeSteps(64);
      }
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw Errors.overflowError("join() result is too long");
    }
    Budget.reserveMemory(total);
    chargeLinear(total);
    byte[] out = new byte[(int) total];
    int pos = 0;
    for (int k = 0; k < i; k++) {
      if (k > 0) {
        System.arraycopy(sep, 0, out, pos, sep.length);
        pos += sep.length;
      }
      byte[] b = ((PyBytes) items.get(k)).array();
      System.arraycopy(b, 0, out, pos, b.length);
      pos += b.length;
    }
    return new PyBytes(out);
  }

  private static PyBytes strip(String s, Object chars, boolean left, boolean right) {
    int i = 0;
    int j = s.length();
    String set = chars == NONE ? null : bytesArg(chars);
    if (left) {
      while (i < j && (set == null ? isSpace(s.charAt(i)) : set.indexOf(s.charAt(i)) >= 0)) {
        i++;
      }
    }
    if (right) {
      while (j > i && (set == null ? isSpace(s.charAt(j - 1))
          : set.indexOf(s.charAt(j - 1)) >= 0)) {
        j--;
      }
    }
    return bytes(s.substring(i, j));
  }

  private static PyBytes replace(String s, String old, String rep, long maxcount) {
    if (maxcount < 0) {
      maxcount = Long.MAX_VALUE;
    }
    if (maxcount == 0 || s.length() < old.length()) {
      return bytes(s);
    }
    chargeLinear(s.length());
    StringBuilder sb;
    if (old.isEmpty()) {
      long n = Math.min(maxcount, (long) s.length() + 1);
      reserve(s.length() + n * rep.length());
      sb = new StringBuilder();
      int i = 0;
      for (long k = 0; k < n; k++) {
        sb.append(rep);
        if (i < s.length()) {
          sb.append(s.charAt(i++));
        }
      }
      sb.append(s, i, s.length());
      return bytes(sb.toString());
    }
    long n = 0;
    int from = 0;
    while (n < maxcount) {
      int k = StrMethods.indexOf(s, old, from, s.length());
      if (k < 0) {
        break;
      }
      n++;
      from = k + old.length();
    }
    reserve(s.length() + n * (rep.length() - old.length()));
    sb = new StringBuilder();
    from = 0;
    for (long c = 0; c < n; c++) {
      int k = StrMethods.indexOf(s, old, from, s.length());
      sb.append(s, from, k).append(rep);
      from = k + old.length();
    }
    sb.append(s, from, s.length());
    return bytes(sb.toString());
  }

  private static void reserve(long n) {
    if (n > 4096) {
      Budget.reserveMemory(n * 3);
      if (n > Integer.MAX_VALUE - 8) {
        throw Errors.memoryError("");
      }
      chargeLinear(n);
    }
  }

  // ---------------------------------------------------------------- padding

  private static Object pad(Object[] a, char how, String name) {
    String s = l1(a);
    long width = ssize(a[1]);
    char fill = ' ';
    if (a[2] != MISSING) {
      if (!BytesLike.check(a[2]) || BytesLike.length(a[2]) != 1) {
        throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not "
            + argTypeName(a[2]));
      }
      fill = (char) (BytesLike.bytes(a[2])[0] & 0xff);
    }
    if (s.length() >= width) {
      return a[0];
    }
    long marg = width - s.length();
    long left = how == 'l' ? 0 : how == 'r' ? marg : marg / 2 + (marg & width & 1);
    reserve(width);
    return bytes(StrMethods.pad(s, left, marg - left, fill));
  }

  private static Object zfill(String s, long width, Object self) {
    if (s.length() >= width) {
      return self;
    }
    long fill = width - s.length();
    reserve(width);
    String u = StrMethods.pad(s, fill, 0, '0');
    char c = fill < u.length() ? u.charAt((int) fill) : 0;
    if (c == '+' || c == '-') {
      u = c + u.substring(1, (int) fill) + '0' + u.substring((int) fill + 1);
    }
    return bytes(u);
  }

  private static Object expandtabs(String s, long tabsize, Object self) {
    if (s.indexOf('\t') < 0) {
      return self;
    }
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
        col = c == '\n' || c == '\r' ? 0 : col + 1;
      }
    }
    reserve(size);
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
        col = c == '\n' || c == '\r' ? 0 : col + 1;
      }
    }
    return bytes(sb.toString());
  }

  // ---------------------------------------------------------------- case and classes

  private static boolean isLowerAscii(int c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpperAscii(int c) {
    return c >= 'A' && c <= 'Z';
  }

  private static PyBytes mapCase(byte[] b, char how) {
    chargeLinear(b.length);
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xff;
      if ((how == 'l' || how == 's') && isUpperAscii(c)) {
        c += 32;
      } else if ((how == 'u' || how == 's') && isLowerAscii(c)) {
        c -= 32;
      }
      out[i] = (byte) c;
    }
    return new PyBytes(out);
  }

  private static PyBytes title(byte[] b) {
    chargeLinear(b.length);
    byte[] out = new byte[b.length];
    boolean previousCased = false;
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xff;
      if (isLowerAscii(c)) {
        if (!previousCased) {
          c -= 32;
        }
        previousCased = true;
      } else if (isUpperAscii(c)) {
        if (previousCased) {
          c += 32;
        }
        previousCased = true;
      } else {
        previousCased = false;
      }
      out[i] = (byte) c;
    }
    return new PyBytes(out);
  }

  private static PyBytes capitalize(byte[] b) {
    chargeLinear(b.length);
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xff;
      if (i == 0 && isLowerAscii(c)) {
        c -= 32;
      } else if (i > 0 && isUpperAscii(c)) {
        c += 32;
      }
      out[i] = (byte) c;
    }
    return new PyBytes(out);
  }

  private static boolean all(byte[] b, char what) {
    if (b.length == 0) {
      return false;
    }
    for (byte x : b) {
      int c = x & 0xff;
      boolean alpha = isLowerAscii(c) || isUpperAscii(c);
      boolean digit = c >= '0' && c <= '9';
      boolean ok;
      switch (what) {
        case 'a':
          ok = alpha;
          break;
        case 'd':
          ok = digit;
          break;
        case 'n':
          ok = alpha || digit;
          break;
        default:
          ok = isSpace(c);
          break;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCase(byte[] b, boolean lower) {
    boolean cased = false;
    for (byte x : b) {
      int c = x & 0xff;
      if (lower ? isUpperAscii(c) : isLowerAscii(c)) {
        return false;
      }
      if (lower ? isLowerAscii(c) : isUpperAscii(c)) {
        cased = true;
      }
    }
    return cased;
  }

  private static boolean isTitle(byte[] b) {
    boolean cased = false;
    boolean previousCased = false;
    for (byte x : b) {
      int c = x & 0xff;
      if (isUpperAscii(c)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (isLowerAscii(c)) {
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

  // ---------------------------------------------------------------- translation

  private static PyBytes translate(byte[] b, Object table, Object delete) {
    byte[] map = null;
    if (table != NONE) {
      map = BytesLike.bytes(table);
      if (map.length != 256) {
        throw Errors.valueError("translation table must be 256 characters long");
      }
    }
    boolean[] del = new boolean[256];
    if (delete != MISSING) {
      for (byte x : BytesLike.bytes(delete)) {
        del[x & 0xff] = true;
      }
    }
    chargeLinear(b.length);
    byte[] out = new byte[b.length];
    int n = 0;
    for (byte x : b) {
      int c = x & 0xff;
      if (!del[c]) {
        out[n++] = map == null ? x : map[c];
      }
    }
    return new PyBytes(n == out.length ? out : java.util.Arrays.copyOf(out, n));
  }

  private static PyBytes maketrans(Object frm, Object to) {
    String f = bytesArg(frm);
    String t = bytesArg(to);
    if (f.length() != t.length()) {
      throw Errors.valueError("maketrans arguments must have same length");
    }
    byte[] out = new byte[256];
    for (int i = 0; i < 256; i++) {
      out[i] = (byte) i;
    }
    for (int i = 0; i < f.length(); i++) {
      out[f.charAt(i)] = (byte) t.charAt(i);
    }
    return new PyBytes(out);
  }

  // ---------------------------------------------------------------- hex

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static String hex(byte[] b, Object sepArg, Object perSepArg) {
    long perSep = ssize(perSepArg);
    char sep = 0;
    if (sepArg != MISSING) {
      String s;
      if (sepArg instanceof String) {
        s = (String) sepArg;
      } else if (sepArg instanceof PyBytes) {
        s = l1(((PyBytes) sepArg).array());
      } else if (sepArg instanceof PyByteArray) {
        throw Errors.typeError("sep must be str or bytes.");
      } else {
        throw Errors.typeError("object of type '" + typeName(sepArg) + "' has no len()");
      }
      if (Str.length(s) != 1) {
        throw Errors.valueError("sep must be length 1.");
      }
      sep = s.charAt(0);
      if (sep > 0x7f) {
        throw Errors.valueError("sep must be ASCII.");
      }
    }
    reserve((long) b.length * 3);
    chargeLinear(b.length);
    StringBuilder sb = new StringBuilder(b.length * 3);
    long group = Math.abs(perSep);
    for (int i = 0; i < b.length; i++) {
      if (sep != 0 && group > 0 && i > 0) {
        // groups are counted from the right for a positive bytes_per_sep, else from the left
        long pos = perSep > 0 ? b.length - i : i;
        if (pos % group == 0) {
          sb.append(sep);
        }
      }
      sb.append(HEX[(b[i] >> 4) & 15]).append(HEX[b[i] & 15]);
    }
    return sb.toString();
  }

  private static PyBytes fromhex(Object arg) {
    if (!(arg instanceof String)) {
      throw Errors.typeError("fromhex() argument must be str, not " + typeName(arg));
    }
    String s = (String) arg;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
    int i = 0;
    int n = s.length();
    chargeLinear(n);
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        i++;
        continue;
      }
      int hi = Character.digit(c, 16);
      if (c > 0x7f || hi < 0) {
        throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position "
            + i);
      }
      int lo = i + 1 < n && s.charAt(i + 1) <= 0x7f ? Character.digit(s.charAt(i + 1), 16) : -1;
      if (lo < 0) {
        throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position "
            + (i + 1));
      }
      out.write(hi * 16 + lo);
      i += 2;
    }
    return new PyBytes(out.toByteArray());
  }

  // ---------------------------------------------------------------- bytes % args

  static PyBytes percent(byte[] fmt, Object args) {
    Object[] items;
    Object dict = null;
    if (args instanceof PyTuple) {
      items = ((PyTuple) args).array();
    } else {
      items = new Object[] {args};
      if (!(args instanceof PyBytes) && !(args instanceof String)
          && (args instanceof PyDict || Types.typeOf(args).lookup("__getitem__") != null)) {
        dict = args;
      }
    }
    boolean single = !(args instanceof PyTuple);
    int argIndex = 0;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(fmt.length + 16);
    int i = 0;
    int n = fmt.length;
    chargeLinear(n);
    while (i < n) {
      int c = fmt[i] & 0xff;
      if (c != '%') {
        out.write(c);
        i++;
        continue;
      }
      int specStart = i;
      i++;
      if (i >= n) {
        throw Errors.valueError("incomplete format");
      }
      Object value = null;
      boolean haveValue = false;
      if (fmt[i] == '(') {
        if (dict == null) {
          throw Errors.typeError("format requires a mapping");
        }
        int depth = 1;
        int keyStart = ++i;
        while (i < n && depth > 0) {
          if (fmt[i] == '(') {
            depth++;
          } else if (fmt[i] == ')') {
            depth--;
          }
          i++;
        }
        if (depth > 0) {
          throw Errors.valueError("incomplete format key");
        }
        byte[] key = java.util.Arrays.copyOfRange(fmt, keyStart, i - 1);
        value = Ops.getItem(dict, new PyBytes(key));
        haveValue = true;
      }
      StringBuilder flags = new StringBuilder();
      while (i < n && "-+ #0".indexOf(fmt[i]) >= 0) {
        flags.append((char) fmt[i++]);
      }
      String width = "";
      if (i < n && fmt[i] == '*') {
        i++;
        if (argIndex >= items.length || (single && dict != null)) {
          throw Errors.typeError("not enough arguments for format string");
        }
        Object w = items[argIndex++];
        if (!Arith.isInt(w)) {
          throw Errors.typeError("* wants int");
        }
        width = String.valueOf(MethodSupport.cInt(w));
      } else {
        int ws = i;
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
          i++;
        }
        width = new String(fmt, ws, i - ws, StandardCharsets.ISO_8859_1);
        if (width.length() > 18) {
          throw Errors.valueError("width too big");
        }
      }
      String prec = null;
      if (i < n && fmt[i] == '.') {
        i++;
        if (i < n && fmt[i] == '*') {
          i++;
          if (argIndex >= items.length) {
            throw Errors.typeError("not enough arguments for format string");
          }
          Object p = items[argIndex++];
          if (!Arith.isInt(p)) {
            throw Errors.typeError("* wants int");
          }
          prec = String.valueOf(MethodSupport.cInt(p));
        } else {
          int ps = i;
          while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
            i++;
          }
          prec = new String(fmt, ps, i - ps, StandardCharsets.ISO_8859_1);
          if (prec.length() > 18) {
            throw Errors.valueError("prec too big");
          }
        }
      }
      while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
        i++;
      }
      if (i >= n) {
        throw Errors.valueError("incomplete format");
      }
      int conv = fmt[i++] & 0xff;
      if (conv == '%' && i - specStart == 2) {
        out.write('%');
        continue;
      }
      if (!haveValue) {
        if (dict != null && single) {
          value = args;
        } else {
          if (argIndex >= items.length) {
            throw Errors.typeError("not enough arguments for format string");
          }
          value = items[argIndex++];
        }
      }
      byte[] piece;
      switch (conv) {
        case 's':
        case 'b':
          piece = bytesOf(value);
          piece = padBytes(piece, flags.toString(), width, prec);
          break;
        case 'r':
        case 'a':
          piece = Ops.ascii(value).getBytes(StandardCharsets.ISO_8859_1);
          piece = padBytes(piece, flags.toString(), width, prec);
          break;
        case 'c':
          piece = new byte[] {charByte(value)};
          piece = padBytes(piece, flags.toString(), width, null);
          break;
        case '%':
          piece = new byte[] {'%'};
          break;
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
          String spec = "%" + flags + width + (prec == null ? "" : "." + prec) + (char) conv;
          piece = Formatting.percent(spec, PyTuple.of(value))
              .getBytes(StandardCharsets.ISO_8859_1);
          break;
        }
        default:
          throw Errors.valueError("unsupported format character '" + (char) conv + "' (0x"
              + Integer.toHexString(conv) + ") at index " + (i - 1));
      }
      if (out.size() + (long) piece.length > 1 << 20) {
        Budget.reserveMemory(out.size() + (long) piece.length);
      }
      out.write(piece, 0, piece.length);
    }
    if (dict == null && argIndex < items.length) {
      throw Errors.typeError("not all arguments converted during bytes formatting");
    }
    return new PyBytes(out.toByteArray());
  }

  private static byte[] bytesOf(Object v) {
    if (BytesLike.check(v)) {
      return BytesLike.bytes(v);
    }
    Object m = v instanceof PyInstance ? Types.typeOf(v).lookup("__bytes__") : null;
    if (m != null) {
      Object r = Ops.callMethod(m, v);
      if (!(r instanceof PyBytes)) {
        throw Errors.typeError("__bytes__ returned non-bytes (type " + typeName(r) + ")");
      }
      return ((PyBytes) r).array();
    }
    throw Errors.typeError("%b requires a bytes-like object, or an object that implements"
        + " __bytes__, not '" + typeName(v) + "'");
  }

  private static byte charByte(Object v) {
    if (BytesLike.check(v) && BytesLike.length(v) == 1) {
      return BytesLike.bytes(v)[0];
    }
    if (Arith.isInt(v)) {
      Object i = Arith.asInt(v);
      if (!(i instanceof Long) || (Long) i < 0 || (Long) i > 255) {
        throw Errors.overflowError("%c arg not in range(256)");
      }
      return (byte) (long) (Long) i;
    }
    throw Errors.typeError("%c requires an integer in range(256) or a single byte");
  }

  private static byte[] padBytes(byte[] piece, String flags, String width, String prec) {
    if (prec != null) {
      long p = prec.isEmpty() ? 0 : Long.parseLong(prec);
      if (p < piece.length) {
        piece = java.util.Arrays.copyOf(piece, (int) p);
      }
    }
    long w = width.isEmpty() ? 0 : Long.parseLong(width);
    boolean left = flags.indexOf('-') >= 0;
    if (w < 0) {
      left = true;
      w = -w;
    }
    if (w <= piece.length) {
      return piece;
    }
    reserve(w);
    byte[] out = new byte[(int) w];
    java.util.Arrays.fill(out, (byte) ' ');
    System.arraycopy(piece, 0, out, left ? 0 : (int) w - piece.length, piece.length);
    return out;
  }
}
