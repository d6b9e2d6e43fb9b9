package dev.moat.stdlib;

import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Arith;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PySlice;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code array}: compact typed arrays of machine numbers (stored in a long[] or double[]),
 * with CPython's item sizes on 64-bit Linux, range checks and messages; bytes are
 * little-endian.
 */
public final class ArrayModule implements ModuleProvider {
  private static final Object NONE = PyNone.NONE;
  private static final Object NI = PySingleton.NOT_IMPLEMENTED;
  static final String TYPECODES = "bBuhHiIlLqQfd";
  private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Override
  public Set<String> moduleNames() {
    return Set.of("array");
  }

  /** An array instance. */
  static final class Arr extends PyInstance {
    final char code;
    long[] ints;
    double[] dbls;
    int size;
    long exports;

    Arr(PyType t, char code, int cap) {
      super(t);
      this.code = code;
      reserve(cap);
    }

    boolean isFloat() {
      return code == 'f' || code == 'd';
    }

    void reserve(int cap) {
      int have = isFloat() ? (dbls == null ? 0 : dbls.length) : (ints == null ? 0 : ints.length);
      if (have >= cap && (ints != null || dbls != null)) {
        return;
      }
      int n = Math.max(cap, Math.max(8, have + (have >> 1)));
      Budget.reserveMemory(8L * n);
      if (isFloat()) {
        dbls = dbls == null ? new double[n] : Arrays.copyOf(dbls, n);
      } else {
        ints = ints == null ? new long[n] : Arrays.copyOf(ints, n);
      }
    }

    Object get(int i) {
      if (isFloat()) {
        return dbls[i];
      }
      long v = ints[i];
      if (code == 'u') {
        return new String(Character.toChars((int) v));
      }
      if ((code == 'L' || code == 'Q') && v < 0) {
        return BigInteger.valueOf(v).add(U64);
      }
      return v;
    }

    void setRaw(int i, Object raw) {
      if (isFloat()) {
        dbls[i] = (Double) raw;
      } else {
        ints[i] = (Long) raw;
      }
    }

    Object raw(int i) {
      return isFloat() ? (Object) dbls[i] : (Object) ints[i];
    }

    void add(Object raw) {
      reserve(size + 1);
      setRaw(size++, raw);
    }

    void insert(int i, Object raw) {
      reserve(size + 1);
      if (isFloat()) {
        System.arraycopy(dbls, i, dbls, i + 1, size - i);
      } else {
        System.arraycopy(ints, i, ints, i + 1, size - i);
      }
      size++;
      setRaw(i, raw);
    }

    void delete(int i) {
      if (isFloat()) {
        System.arraycopy(dbls, i + 1, dbls, i, size - i - 1);
      } else {
        System.arraycopy(ints, i + 1, ints, i, size - i - 1);
      }
      size--;
    }
  }

  static int itemsize(char c) {
    switch (c) {
      case 'b':
      case 'B':
        return 1;
      case 'h':
      case 'H':
        return 2;
      case 'u':
      case 'i':
      case 'I':
      case 'f':
        return 4;
      default:
        return 8;
    }
  }

  /** A Python value as the stored form for typecode c (Long or Double), with checks. */
  static Object convert(char c, Object v) {
    if (c == 'f' || c == 'd') {
      double d;
      if (v instanceof Double) {
        d = (Double) v;
      } else {
        Double x = Ops.floatOrNull(v);
        if (x == null) {
          throw Errors.typeError("must be real number, not " + Types.typeName(v));
        }
        d = x;
      }
      return c == 'f' ? (double) (float) d : d;
    }
    if (c == 'u') {
      if (!(v instanceof String) || ((String) v).codePointCount(0, ((String) v).length()) != 1) {
        throw Errors.typeError("array item must be unicode character");
      }
      return (long) ((String) v).codePointAt(0);
    }
    Object i = Ops.indexOrNull(v);
    if (i == null) {
      throw Errors.typeError("'" + Types.typeName(v)
          + "' object cannot be interpreted as an integer");
    }
    BigInteger b = Arith.big(i);
    switch (c) {
      case 'q':
        if (b.bitLength() > 63) {
          throw Errors.overflowError("int too big to convert");
        }
        return b.longValue();
      case 'Q':
        if (b.signum() < 0) {
          throw Errors.overflowError("can't convert negative int to unsigned");
        }
        if (b.bitLength() > 64) {
          throw Errors.overflowError("int too big to convert");
        }
        return b.longValue();
      case 'L':
      case 'I':
        if (b.signum() < 0) {
          throw Errors.overflowError("can't convert negative value to unsigned int");
        }
        if (b.bitLength() > 64) {
          throw Errors.overflowError("Python int too large to convert to C unsigned long");
        }
        if (c == 'I' && b.bitLength() > 32) {
          throw Errors.overflowError("unsigned int is greater than maximum");
        }
        return b.longValue();
      default:
        break;
    }
    if (b.compareTo(LONG_MIN) < 0 || b.compareTo(LONG_MAX) > 0) {
      throw Errors.overflowError("Python int too large to convert to C long");
    }
    long x = b.longValue();
    String name;
    long lo;
    long hi;
    switch (c) {
      case 'b':
        name = "signed char";
        lo = -128;
        hi = 127;
        break;
      case 'B':
        name = "unsigned byte integer";
        lo = 0;
        hi = 255;
        break;
      case 'h':
        name = "signed short integer";
        lo = -32768;
        hi = 32767;
        break;
      case 'H':
        name = "unsigned short";
        lo = 0;
        hi = 65535;
        break;
      case 'i':
        name = "signed integer";
        lo = Integer.MIN_VALUE;
        hi = Integer.MAX_VALUE;
        break;
      default:
        return x;
    }
    if (x > hi) {
      throw Errors.overflowError(name + " is greater than maximum");
    }
    if (x < lo) {
      throw Errors.overflowError(name + " is less than minimum");
    }
    return x;
  }

  static PyType ARRAY;
  static final PyType ITER = PyIterator.newType("arrayiterator");

  private static Arr a(Object o) {
    return (Arr) o;
  }

  private static Arr newArr(char code, int cap) {
    return new Arr(ARRAY, code, cap);
  }

  private static void extendIterable(Arr arr, Object it) {
    if (it instanceof Arr) {
      Arr o = (Arr) it;
      if (o.code != arr.code) {
        throw Errors.typeError("can only extend with array of same kind");
      }
      int n = o.size;
      arr.reserve(arr.size + n);
      Budget.chargeSteps(n / 16 + 1);
      for (int i = 0; i < n; i++) {
        arr.setRaw(arr.size + i, o.raw(i));
      }
      arr.size += n;
      return;
    }
    PyIterator iter = Ops.iter(it);
    int n = 0;
    for (Object v = iter.next(); v != null; v = iter.next()) {
      arr.add(convert(arr.code, v));
      if ((++n & 63) == 0) {
        Budget.chargeSteps(64);
      }
    }
  }

  private static void fromBytes(Arr arr, byte[] b) {
    int sz = itemsize(arr.code);
    if (b.length % sz != 0) {
      throw Errors.valueError("bytes length not a multiple of item size");
    }
    int n = b.length / sz;
    arr.reserve(arr.size + n);
    Budget.chargeSteps(n / 16 + 1);
    for (int i = 0; i < n; i++) {
      long v = 0;
      for (int k = sz - 1; k >= 0; k--) {
        v = (v << 8) | (b[i * sz + k] & 0xff);
      }
      Object raw;
      switch (arr.code) {
        case 'b':
          raw = (long) (byte) v;
          break;
        case 'h':
          raw = (long) (short) v;
          break;
        case 'i':
          raw = (long) (int) v;
          break;
        case 'f':
          raw = (double) Float.intBitsToFloat((int) v);
          break;
        case 'd':
          raw = Double.longBitsToDouble(v);
          break;
        case 'u':
          if (v < 0 || v > 0x10FFFF) {
            throw Errors.valueError("character U+" + Long.toHexString(v)
                + " is not in range [U+0000; U+10ffff]");
          }
          raw = v;
          break;
        default:
          raw = v;
      }
      arr.setRaw(arr.size + i, raw);
    }
    arr.size += n;
  }

  private static byte[] toBytes(Arr arr) {
    int sz = itemsize(arr.code);
    Budget.reserveMemory((long) sz * arr.size + 16);
    Budget.chargeSteps(arr.size / 16 + 1);
    byte[] out = new byte[sz * arr.size];
    for (int i = 0; i < arr.size; i++) {
      long v;
      if (arr.code == 'f') {
        v = Float.floatToRawIntBits((float) arr.dbls[i]);
      } else if (arr.code == 'd') {
        v = Double.doubleToRawLongBits(arr.dbls[i]);
      } else {
        v = arr.ints[i];
      }
      for (int k = 0; k < sz; k++) {
        out[i * sz + k] = (byte) (v >>> (8 * k));
      }
    }
    return out;
  }

  private static int index(Arr arr, Object key, String msg) {
    Object i = Ops.indexOrNull(key);
    if (i == null) {
      throw Errors.typeError("array indices must be integers");
    }
    long k = i instanceof Long ? (Long) i : Long.MAX_VALUE;
    if (k < 0) {
      k += arr.size;
    }
    if (k < 0 || k >= arr.size) {
      throw Errors.indexError(msg);
    }
    return (int) k;
  }

  private static boolean eqRaw(Arr arr, int i, Object v) {
    return Ops.eq(arr.get(i), v);
  }

  private static Object compare(Object[] x, CmpOp op) {
    if (!(x[1] instanceof Arr)) {
      return NI;
    }
    Arr p = a(x[0]);
    Arr q = a(x[1]);
    if ((op == CmpOp.EQ || op == CmpOp.NOTEQ) && p.size != q.size) {
      return op == CmpOp.NOTEQ;
    }
    int n = Math.min(p.size, q.size);
    Budget.chargeSteps(n / 16 + 1);
    for (int i = 0; i < n; i++) {
      Object u = p.get(i);
      Object v = q.get(i);
      if (!Ops.eq(u, v)) {
        if (op == CmpOp.EQ) {
          return false;
        }
        if (op == CmpOp.NOTEQ) {
          return true;
        }
        return Ops.compare(u, v, op);
      }
    }
    return Ops.compare((long) p.size, (long) q.size, op);
  }

  private static String repr(Arr arr) {
    StringBuilder sb = new StringBuilder("array('").append(arr.code).append('\'');
    if (arr.size == 0) {
      return sb.append(')').toString();
    }
    Budget.chargeSteps(arr.size / 16 + 1);
    if (arr.code == 'u') {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < arr.size; i++) {
        s.appendCodePoint((int) arr.ints[i]);
      }
      return sb.append(", ").append(Ops.repr(s.toString())).append(')').toString();
    }
    sb.append(", [");
    for (int i = 0; i < arr.size; i++) {
      sb.append(i == 0 ? "" : ", ").append(Ops.repr(arr.get(i)));
    }
    return sb.append("])").toString();
  }

  private static Arr copyRange(Arr src, int start, int step, int count) {
    Arr r = newArr(src.code, count);
    for (int i = 0; i < count; i++) {
      r.setRaw(i, src.raw(start + i * step));
    }
    r.size = count;
    return r;
  }

  private static Arr snapshot(Arr src) {
    return copyRange(src, 0, 1, src.size);
  }

  private static Object repeat(Arr arr, Object n, boolean inPlace) {
    Object i = Ops.indexOrNull(n);
    if (i == null) {
      if (n instanceof PyInstance) {
        return NI;
      }
      throw Errors.typeError("can't multiply sequence by non-int of type '"
          + Types.typeName(n) + "'");
    }
    long k = i instanceof Long ? Math.max(0, (Long) i) : Long.MAX_VALUE;
    long total = k * arr.size;
    if (arr.size > 0 && (k > Integer.MAX_VALUE || total > Integer.MAX_VALUE - 16)) {
      throw Errors.memoryError("");
    }
    Arr src = snapshot(arr);
    Arr r = inPlace ? arr : newArr(arr.code, (int) total);
    r.size = 0;
    r.reserve((int) total);
    Budget.chargeSteps(total / 16 + 1);
    for (long t = 0; t < k && src.size > 0; t++) {
      for (int j = 0; j < src.size; j++) {
        r.setRaw(r.size++, src.raw(j));
      }
    }
    return r;
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static Object make(PyType cls, Object tc, Object init) {
    if (!(tc instanceof String) || ((String) tc).length() != 1) {
      throw Errors.typeError("array() argument 1 must be a unicode character, not "
          + Types.typeName(tc));
    }
    char code = ((String) tc).charAt(0);
    if (TYPECODES.indexOf(code) < 0) {
      throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    Arr arr = new Arr(cls, code, 0);
    if (init == Signature.MISSING) {
      return arr;
    }
    if (init instanceof String) {
      if (code != 'u') {
        throw Errors.typeError("cannot use a str to initialize an array with typecode '"
            + code + "'");
      }
      String s = (String) init;
      Budget.chargeSteps(s.length() / 16 + 1);
      s.codePoints().forEach(cp -> arr.add((long) cp));
      return arr;
    }
    if (init instanceof PyBytes) {
      fromBytes(arr, ((PyBytes) init).array());
      return arr;
    }
    if (init instanceof Arr && ((Arr) init).code == 'u' && code != 'u') {
      throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '"
          + code + "'");
    }
    if (init instanceof Arr && ((Arr) init).code != code) {
      Arr o = (Arr) init;
      for (int i = 0; i < o.size; i++) {
        arr.add(convert(code, o.get(i)));
      }
      return arr;
    }
    extendIterable(arr, init);
    return arr;
  }

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "array");
    ns.put("__new__", new Descriptors.StaticMethod(fn("array", "cls, typecode, initializer=?, /",
        a -> make((PyType) a[0], a[1], a[2]))));
    ns.put("typecode", new Descriptors.GetSet("typecode", o -> String.valueOf(a(o).code),
        null));
    ns.put("itemsize", new Descriptors.GetSet("itemsize", o -> (long) itemsize(a(o).code),
        null));
    ns.put("append", fn("append", "self, v, /", x -> {
      a(x[0]).add(convert(a(x[0]).code, x[1]));
      return NONE;
    }));
    ns.put("extend", fn("extend", "self, bb, /", x -> {
      Arr arr = a(x[0]);
      extendIterable(arr, x[1] == arr ? snapshot(arr) : x[1]);
      return NONE;
    }));
    ns.put("insert", fn("insert", "self, i, v, /", x -> {
      Arr arr = a(x[0]);
      long i = Ops.asIndex(x[1], "'" + Types.typeName(x[1])
          + "' object cannot be interpreted as an integer");
      Object raw = convert(arr.code, x[2]);
      if (i < 0) {
        i = Math.max(0, i + arr.size);
      }
      arr.insert((int) Math.min(i, arr.size), raw);
      Budget.chargeSteps(arr.size / 64 + 1);
      return NONE;
    }));
    ns.put("pop", fn("pop", "self, i=-1, /", x -> {
      Arr arr = a(x[0]);
      if (arr.size == 0) {
        throw Errors.indexError("pop from empty array");
      }
      int i = index(arr, x[1], "pop index out of range");
      Object v = arr.get(i);
      arr.delete(i);
      return v;
    }));
    ns.put("remove", fn("remove", "self, v, /", x -> {
      Arr arr = a(x[0]);
      for (int i = 0; i < arr.size; i++) {
        if (eqRaw(arr, i, x[1])) {
          arr.delete(i);
          return NONE;
        }
      }
      throw Errors.valueError("array.remove(x): x not in array");
    }));
    ns.put("index", fn("index", "self, v, start=0, stop=?, /", x -> {
      Arr arr = a(x[0]);
      long start = Ops.asIndex(x[2], "'" + Types.typeName(x[2])
          + "' object cannot be interpreted as an integer");
      long stop = x[3] == Signature.MISSING ? arr.size : Ops.asIndex(x[3],
          "an integer is required");
      if (start < 0) {
        start = Math.max(0, start + arr.size);
      }
      if (stop < 0) {
        stop = Math.max(0, stop + arr.size);
      }
      for (long i = start; i < Math.min(stop, arr.size); i++) {
        if (eqRaw(arr, (int) i, x[1])) {
          return i;
        }
      }
      throw Errors.valueError("array.index(x): x not in array");
    }));
    ns.put("count", fn("count", "self, v, /", x -> {
      Arr arr = a(x[0]);
      long n = 0;
      Budget.chargeSteps(arr.size / 16 + 1);
      for (int i = 0; i < arr.size; i++) {
        if (eqRaw(arr, i, x[1])) {
          n++;
        }
      }
      return n;
    }));
    ns.put("reverse", fn("reverse", "self", x -> {
      Arr arr = a(x[0]);
      for (int i = 0, j = arr.size - 1; i < j; i++, j--) {
        Object t = arr.raw(i);
        arr.setRaw(i, arr.raw(j));
        arr.setRaw(j, t);
      }
      return NONE;
    }));
    ns.put("byteswap", fn("byteswap", "self", x -> {
      Arr arr = a(x[0]);
      byte[] b = toBytes(arr);
      int sz = itemsize(arr.code);
      for (int i = 0; i < arr.size; i++) {
        for (int k = 0, l = sz - 1; k < l; k++, l--) {
          byte t = b[i * sz + k];
          b[i * sz + k] = b[i * sz + l];
          b[i * sz + l] = t;
        }
      }
      arr.size = 0;
      fromBytes(arr, b);
      return NONE;
    }));
    ns.put("tobytes", fn("tobytes", "self", x -> new PyBytes(toBytes(a(x[0])))));
    ns.put("frombytes", fn("frombytes", "self, buffer, /", x -> {
      if (!(x[1] instanceof PyBytes)) {
        throw Errors.typeError("a bytes-like object is required, not '"
            + Types.typeName(x[1]) + "'");
      }
      fromBytes(a(x[0]), ((PyBytes) x[1]).array());
      return NONE;
    }));
    ns.put("tolist", fn("tolist", "self", x -> {
      Arr arr = a(x[0]);
      Budget.reserveMemory(8L * arr.size);
      PyList l = new PyList();
      for (int i = 0; i < arr.size; i++) {
        l.add(arr.get(i));
      }
      return l;
    }));
    ns.put("fromlist", fn("fromlist", "self, list, /", x -> {
      if (!(x[1] instanceof PyList)) {
        throw Errors.typeError("arg must be list");
      }
      Arr arr = a(x[0]);
      int before = arr.size;
      try {
        extendIterable(arr, x[1]);
      } catch (RuntimeException e) {
        arr.size = before;
        throw e;
      }
      return NONE;
    }));
    ns.put("tounicode", fn("tounicode", "self", x -> {
      Arr arr = a(x[0]);
      if (arr.code != 'u') {
        throw Errors.valueError("tounicode() may only be called on unicode type arrays");
      }
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < arr.size; i++) {
        s.appendCodePoint((int) arr.ints[i]);
      }
      return s.toString();
    }));
    ns.put("fromunicode", fn("fromunicode", "self, ustr, /", x -> {
      Arr arr = a(x[0]);
      if (!(x[1] instanceof String)) {
        throw Errors.typeError("fromunicode() argument must be str, not "
            + Types.typeName(x[1]));
      }
      if (arr.code != 'u') {
        throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
      }
      ((String) x[1]).codePoints().forEach(cp -> arr.add((long) cp));
      return NONE;
    }));
    ns.put("__len__", fn("__len__", "self", x -> (long) a(x[0]).size));
    ns.put("__iter__", fn("__iter__", "self", x -> {
      Arr arr = a(x[0]);
      return new PyIterator(ITER) {
        private int i;

        @Override
        public Object next() {
          return i < arr.size ? arr.get(i++) : null;
        }
      };
    }));
    ns.put("__reversed__", fn("__reversed__", "self", x -> {
      Arr arr = snapshot(a(x[0]));
      return new PyIterator(ITER) {
        private int i = arr.size - 1;

        @Override
        public Object next() {
          return i >= 0 ? arr.get(i--) : null;
        }
      };
    }));
    ns.put("__contains__", fn("__contains__", "self, v, /", x -> {
      Arr arr = a(x[0]);
      for (int i = 0; i < arr.size; i++) {
        if (eqRaw(arr, i, x[1])) {
          return true;
        }
      }
      return false;
    }));
    ns.put("__getitem__", fn("__getitem__", "self, index, /", x -> {
      Arr arr = a(x[0]);
      if (x[1] instanceof PySlice) {
        PySlice.Bounds b = ((PySlice) x[1]).resolve(arr.size);
        long[] s = {b.start(), b.stop(), b.step(), b.length()};
        return copyRange(arr, (int) s[0], (int) s[2], (int) s[3]);
      }
      return arr.get(index(arr, x[1], "array index out of range"));
    }));
    ns.put("__setitem__", fn("__setitem__", "self, index, value, /", x -> {
      Arr arr = a(x[0]);
      if (x[1] instanceof PySlice) {
        if (!(x[2] instanceof Arr)) {
          throw Errors.typeError("can only assign array (not \"" + Types.typeName(x[2])
              + "\") to array slice");
        }
        Arr v = snapshot((Arr) x[2]);
        if (v.code != arr.code) {
          throw Errors.typeError("bad argument type for built-in operation");
        }
        PySlice.Bounds b = ((PySlice) x[1]).resolve(arr.size);
        long[] s = {b.start(), b.stop(), b.step(), b.length()};
        int start = (int) s[0];
        int step = (int) s[2];
        int len = (int) s[3];
        if (step == 1) {
          int stop = start + len;
          Arr r = newArr(arr.code, arr.size - len + v.size);
          for (int i = 0; i < start; i++) {
            r.setRaw(r.size++, arr.raw(i));
          }
          for (int i = 0; i < v.size; i++) {
            r.setRaw(r.size++, v.raw(i));
          }
          for (int i = stop; i < arr.size; i++) {
            r.setRaw(r.size++, arr.raw(i));
          }
          arr.ints = r.ints;
          arr.dbls = r.dbls;
          arr.size = r.size;
          return NONE;
        }
        if (v.size != len) {
          throw Errors.valueError("attempt to assign array of size " + v.size
              + " to extended slice of size " + len);
        }
        for (int i = 0; i < len; i++) {
          arr.setRaw(start + i * step, v.raw(i));
        }
        return NONE;
      }
      int i = index(arr, x[1], "array assignment index out of range");
      arr.setRaw(i, convert(arr.code, x[2]));
      return NONE;
    }));
    ns.put("__delitem__", fn("__delitem__", "self, index, /", x -> {
      Arr arr = a(x[0]);
      if (x[1] instanceof PySlice) {
        PySlice.Bounds b = ((PySlice) x[1]).resolve(arr.size);
        long[] s = {b.start(), b.stop(), b.step(), b.length()};
        boolean[] del = new boolean[arr.size];
        for (long i = 0; i < s[3]; i++) {
          del[(int) (s[0] + i * s[2])] = true;
        }
        Arr r = newArr(arr.code, arr.size);
        for (int i = 0; i < arr.size; i++) {
          if (!del[i]) {
            r.setRaw(r.size++, arr.raw(i));
          }
        }
        arr.ints = r.ints;
        arr.dbls = r.dbls;
        arr.size = r.size;
        return NONE;
      }
      arr.delete(index(arr, x[1], "array assignment index out of range"));
      return NONE;
    }));
    ns.put("__add__", fn("__add__", "self, other, /", x -> {
      if (!(x[1] instanceof Arr)) {
        throw Errors.typeError("can only append array (not \"" + Types.typeName(x[1])
            + "\") to array");
      }
      if (((Arr) x[1]).code != a(x[0]).code) {
        throw Errors.typeError("bad argument type for built-in operation");
      }
      Arr r = snapshot(a(x[0]));
      extendIterable(r, x[1]);
      return r;
    }));
    ns.put("__iadd__", fn("__iadd__", "self, other, /", x -> {
      if (!(x[1] instanceof Arr)) {
        throw Errors.typeError("can only extend array with array (not \""
            + Types.typeName(x[1]) + "\")");
      }
      if (((Arr) x[1]).code != a(x[0]).code) {
        throw Errors.typeError("can only extend with array of same kind");
      }
      extendIterable(a(x[0]), x[1] == x[0] ? snapshot(a(x[0])) : x[1]);
      return x[0];
    }));
    ns.put("__mul__", fn("__mul__", "self, n, /", x -> repeat(a(x[0]), x[1], false)));
    ns.put("__rmul__", fn("__rmul__", "self, n, /", x -> repeat(a(x[0]), x[1], false)));
    ns.put("__imul__", fn("__imul__", "self, n, /", x -> repeat(a(x[0]), x[1], true)));
    ns.put("__eq__", fn("__eq__", "self, other, /", x -> compare(x, CmpOp.EQ)));
    ns.put("__ne__", fn("__ne__", "self, other, /", x -> compare(x, CmpOp.NOTEQ)));
    ns.put("__lt__", fn("__lt__", "self, other, /", x -> compare(x, CmpOp.LT)));
    ns.put("__le__", fn("__le__", "self, other, /", x -> compare(x, CmpOp.LTE)));
    ns.put("__gt__", fn("__gt__", "self, other, /", x -> compare(x, CmpOp.GT)));
    ns.put("__ge__", fn("__ge__", "self, other, /", x -> compare(x, CmpOp.GTE)));
    ns.put("__hash__", NONE);
    ns.put("__repr__", fn("__repr__", "self", x -> repr(a(x[0]))));
    ns.put("__copy__", fn("__copy__", "self", x -> snapshot(a(x[0]))));
    ns.put("__deepcopy__", fn("__deepcopy__", "self, memo, /", x -> snapshot(a(x[0]))));
    ARRAY = PyType.createClass("array", new PyType[0], ns);
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("array")
        .constant("array", ARRAY)
        .constant("ArrayType", ARRAY)
        .constant("typecodes", TYPECODES)
        .build();
  }

  static {
    LibClasses.share(ARRAY, ITER);
  }
}
