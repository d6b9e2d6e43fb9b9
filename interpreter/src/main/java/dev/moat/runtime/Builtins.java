package dev.moat.runtime;

import static dev.moat.runtime.BuiltinFunction.of;

import dev.moat.runtime.Descriptors.ClassMethod;
import dev.moat.runtime.Descriptors.GetSet;
import dev.moat.runtime.Descriptors.Property;
import dev.moat.runtime.Descriptors.StaticMethod;
import dev.moat.runtime.text.NumberFormat;
import dev.moat.runtime.text.NumberParse;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtins namespace ({@code len}, {@code print}, {@code int}...) and the methods of
 * {@code object} and {@code BaseException}. The default namespace is built once and shared;
 * each interpreter gets its own copy so scripts cannot affect one another.
 */
public final class Builtins {
  private Builtins() {}

  static final Object NONE = PyNone.NONE;

  public static final BuiltinFunction OBJECT_INIT =
      new BuiltinFunction("__init__", "self, *args, **kwargs", Types.OBJECT, null, a -> NONE);
  public static final BuiltinFunction OBJECT_NEW =
      new BuiltinFunction("__new__", "cls, *args, **kwargs", null, null, a -> {
        if (!(a[0] instanceof PyType)) {
          throw Errors.typeError("object.__new__(X): X is not a type object ("
              + Types.typeName(a[0]) + ")");
        }
        PyType t = (PyType) a[0];
        if (t.isBuiltin()) {
          throw Errors.typeError("object.__new__(" + t.name() + ") is not safe, use "
              + t.name() + ".__new__()");
        }
        t.checkNotAbstract();
        return t.newInstance();
      });

  private static final Map<String, Object> DEFAULTS = new LinkedHashMap<>();

  /** A fresh builtins namespace for one interpreter. */
  public static Map<String, Object> newNamespace() {
    return new java.util.HashMap<>(DEFAULTS);
  }

  /** The shared default namespace (read-only). */
  public static Map<String, Object> defaults() {
    return Collections.unmodifiableMap(DEFAULTS);
  }

  private static void def(BuiltinFunction f) {
    DEFAULTS.put(f.name(), f);
  }

  // ---------------------------------------------------------------- helpers

  /** All items of an iterable, charging one step per item. */
  public static Object[] toArray(Object iterable) {
    if (iterable instanceof PyList) {
      return ((PyList) iterable).toArray();
    }
    if (iterable instanceof PyTuple) {
      return ((PyTuple) iterable).items;
    }
    PyList l = new PyList();
    extendList(l, iterable);
    return l.toArray();
  }

  /** Appends every item of an iterable. */
  public static void extendList(PyList l, Object iterable) {
    if (iterable instanceof PyTuple) {
      Object[] a = ((PyTuple) iterable).items;
      l.appendAll(a, a.length);
      return;
    }
    if (iterable instanceof PyList) {
      PyList o = (PyList) iterable;
      l.appendAll(o.toArray(), o.size);
      return;
    }
    PyIterator it = Ops.iter(iterable);
    InterpreterState st = InterpreterState.current();
    // while it fills, the list may be known only to our caller's Java stack
    int mark = st == null ? 0 : st.pin(l);
    try {
      int n = 0;
      for (Object v = it.next(); v != null; v = it.next()) {
        l.append(v);
        if ((++n & 63) == 0) {
          Budget.chargeSteps(64);
        }
      }
    } finally {
      if (st != null) {
        st.unpin(mark);
      }
    }
  }

  /** dict.update(other) semantics for a mapping or an iterable of pairs. */
  public static void dictUpdate(PyDict d, Object other) {
    if (other instanceof PyDict) {
      d.putAll((PyDict) other);
      return;
    }
    Object keys = Types.typeOf(other).lookup("keys");
    if (keys != null && !(other instanceof PyList) && !(other instanceof PyTuple)) {
      PyIterator it = Ops.iter(Ops.callMethod(keys, other));
      for (Object k = it.next(); k != null; k = it.next()) {
        d.put(k, Ops.getItem(other, k));
      }
      return;
    }
    PyIterator it = Ops.iter(other);
    int i = 0;
    for (Object item = it.next(); item != null; item = it.next(), i++) {
      Object[] pair;
      try {
        pair = toArray(item);
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
          throw Errors.typeError("cannot convert dictionary update sequence element #" + i
              + " to a sequence");
        }
        throw e;
      }
      if (pair.length != 2) {
        throw Errors.valueError("dictionary update sequence element #" + i + " has length "
            + pair.length + "; 2 is required");
      }
      d.put(pair[0], pair[1]);
    }
  }

  private static PyType typeArg(Object o, String fn) {
    if (!(o instanceof PyType)) {
      throw Errors.typeError(fn);
    }
    return (PyType) o;
  }

  /** isinstance(o, classinfo) with tuples. */
  public static boolean isInstance(Object o, Object cls) {
    if (cls instanceof PyType) {
      Object hook = Ops.metaclassHook((PyType) cls, "__instancecheck__");
      if (hook != null && Types.typeOf(o) != cls) {
        return Ops.truth(Ops.callMethod(hook, cls, o));
      }
      if (((PyType) cls).acceptsInstance(o)) {
        return true;
      }
      // as CPython, an instance whose class overrides __class__ (mocks with a spec) is asked
      if (o instanceof PyInstance && ((PyInstance) o).type().lookup("__class__")
          != Types.OBJECT.dict().get("__class__")) {
        Object c = Ops.getAttrOrNull(o, "__class__");
        return c instanceof PyType && c != Types.typeOf(o)
            && ((PyType) cls).acceptsSubclass((PyType) c);
      }
      return false;
    }
    if (cls instanceof PyUnionType) {
      return ((PyUnionType) cls).acceptsInstance(o);
    }
    if (cls instanceof PyTuple) {
      for (Object c : ((PyTuple) cls).items) {
        if (isInstance(o, c)) {
          return true;
        }
      }
      return false;
    }
    throw Errors.typeError(
        "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }

  static boolean isSubclass(Object c, Object cls) {
    PyType t = typeArg(c, "issubclass() arg 1 must be a class");
    if (cls instanceof PyType) {
      Object hook = Ops.metaclassHook((PyType) cls, "__subclasscheck__");
      if (hook != null) {
        return Ops.truth(Ops.callMethod(hook, cls, t));
      }
      return ((PyType) cls).acceptsSubclass(t);
    }
    if (cls instanceof PyUnionType) {
      return ((PyUnionType) cls).acceptsSubclass(t);
    }
    if (cls instanceof PyTuple) {
      for (Object x : ((PyTuple) cls).items) {
        if (isSubclass(t, x)) {
          return true;
        }
      }
      return false;
    }
    throw Errors.typeError(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }

  private static Object minMax(Object[] a, boolean isMax) {
    PyTuple args = (PyTuple) a[0];
    Object key = a[1];
    Object dflt = a[2];
    String name = isMax ? "max" : "min";
    PyIterator it;
    if (args.size() == 1) {
      it = Ops.iter(args.get(0));
    } else if (args.size() == 0) {
      throw Errors.typeError(name + " expected at least 1 argument, got 0");
    } else {
      if (dflt != Signature.MISSING) {
        throw Errors.typeError("Cannot specify a default for " + name
            + "() with multiple positional arguments");
      }
      it = Ops.iter(args);
    }
    Object best = null;
    Object bestKey = null;
    int n = 0;
    for (Object v = it.next(); v != null; v = it.next()) {
      if ((++n & 255) == 0) {
        Budget.chargeSteps(256);
      }
      Object k = key == NONE ? v : Ops.call(key, new Object[] {v}, null);
      // CPython asks item > best for max and item < best for min (visible in error messages)
      if (best == null || Ops.truth(Ops.compare(k, bestKey,
          isMax ? dev.moat.ast.Ast.CmpOp.GT : dev.moat.ast.Ast.CmpOp.LT))) {
        best = v;
        bestKey = k;
      }
    }
    if (best == null) {
      if (dflt != Signature.MISSING) {
        return dflt;
      }
      throw Errors.valueError(name + "() arg is an empty sequence");
    }
    return best;
  }

  static Object sum(Object iterable, Object start) {
    if (start instanceof String) {
      throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (start instanceof PyBytes) {
      throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (start instanceof PyByteArray) {
      throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    PyIterator it = Ops.iter(iterable);
    Object acc = start;
    int n = 0;
    long lacc = 0;
    boolean longMode = acc instanceof Long;
    if (longMode) {
      lacc = (Long) acc;
    }
    for (Object v = it.next(); v != null; v = it.next()) {
      if ((++n & 255) == 0) {
        Budget.chargeSteps(256);
      }
      if (longMode && v instanceof Long) {
        long x = (Long) v;
        long r = lacc + x;
        if (((lacc ^ r) & (x ^ r)) >= 0) {
          lacc = r;
          continue;
        }
      }
      if (longMode) {
        acc = lacc;
        longMode = false;
      }
      acc = Ops.binary(dev.moat.ast.Ast.BinaryOp.ADD, acc, v);
      if (acc instanceof Long) {
        longMode = true;
        lacc = (Long) acc;
      }
    }
    return longMode ? (Object) lacc : acc;
  }

  /** sorted()/list.sort(): a stable merge sort with optional key, budget-charged. */
  public static void sort(PyList list, Object key, boolean reverse) {
    int n = list.size;
    Object[] items = list.toArray();
    // Clear the list while keys are computed and items compared, as CPython does, so that a
    // key or __lt__ that mutates the list is detected.
    list.clear();
    Object[] sorted = null;
    try {
      Object[] keys;
      Object[] values = null;
      if (key == NONE) {
        keys = items.clone();
      } else {
        keys = new Object[n];
        values = items.clone();
        for (int i = 0; i < n; i++) {
          keys[i] = Ops.call(key, new Object[] {items[i]}, null);
        }
      }
      Budget.chargeSteps((long) n * (32 - Integer.numberOfLeadingZeros(n + 1)));
      ListSort.sort(keys, values, n, reverse);
      sorted = values == null ? keys : values;
    } finally {
      // On an exception (Python or budget) the original items come back and the exception
      // propagates unchanged: a ValueError thrown here must never replace it.
      boolean modified = list.size != 0;
      list.clear();
      Object[] result = sorted == null ? items : sorted;
      list.appendAll(result, n);
      if (sorted != null && modified) {
        throw Errors.valueError("list modified during sort");
      }
    }
  }

  static Object round(Object x, Object ndigits) {
    if (x instanceof Double) {
      double d = (Double) x;
      if (ndigits == NONE) {
        if (Double.isNaN(d)) {
          throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
          throw Errors.overflowError("cannot convert float infinity to integer");
        }
        double r = Math.rint(d);
        return Math.abs(r) < 0x1p63 ? (Object) (long) r
            : Arith.norm(new java.math.BigDecimal(r).toBigInteger());
      }
      long nd = Ops.asIndex(ndigits, "'" + Types.typeName(ndigits)
          + "' object cannot be interpreted as an integer");
      if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
        return d;
      }
      if (nd > 330) {
        return d;
      }
      if (nd < -330) {
        return 0.0 * d;
      }
      java.math.BigDecimal bd = new java.math.BigDecimal(d).setScale((int) nd,
          java.math.RoundingMode.HALF_EVEN);
      double r = bd.doubleValue();
      if (r == 0) {
        r = Math.copySign(0.0, d);
      }
      return r;
    }
    if (Arith.isInt(x)) {
      if (ndigits == NONE) {
        return Arith.asInt(x);
      }
      long nd = Ops.asIndex(ndigits, "'" + Types.typeName(ndigits)
          + "' object cannot be interpreted as an integer");
      if (nd >= 0) {
        return Arith.asInt(x);
      }
      BigInteger v = Arith.big(x);
      if (-nd > 4400) {
        return 0L;
      }
      BigInteger p = BigInteger.TEN.pow((int) -nd);
      java.math.BigDecimal q = new java.math.BigDecimal(v).divide(new java.math.BigDecimal(p))
          .setScale(0, java.math.RoundingMode.HALF_EVEN);
      return Arith.norm(q.toBigInteger().multiply(p));
    }
    Object m = Types.typeOf(x).lookup("__round__");
    if (m == null) {
      throw Errors.typeError("type " + Types.typeName(x) + " doesn't define __round__ method");
    }
    return ndigits == NONE ? Ops.callMethod(m, x) : Ops.callMethod(m, x, ndigits);
  }

  private static Object divmod(Object a, Object b) {
    if (Arith.isInt(a) && Arith.isInt(b)) {
      return PyTuple.of(Ops.binary(dev.moat.ast.Ast.BinaryOp.FLOORDIV, a, b),
          Ops.binary(dev.moat.ast.Ast.BinaryOp.MOD, a, b));
    }
    Double x = a instanceof Double || Arith.isInt(a) ? Arith.numberAsDouble(a) : null;
    Double y = b instanceof Double || Arith.isInt(b) ? Arith.numberAsDouble(b) : null;
    if (x != null && y != null) {
      if (y == 0) {
        throw Errors.zeroDivisionError("float divmod()");
      }
      double[] r = Arith.floatDivmod(x, y);
      return PyTuple.of(r[0], r[1]);
    }
    Object m = Types.typeOf(a).lookup("__divmod__");
    if (m != null) {
      Object r = Ops.callMethod(m, a, b);
      if (r != Ops.NI) {
        return r;
      }
    }
    m = Types.typeOf(b).lookup("__rdivmod__");
    if (m != null && Types.typeOf(a) != Types.typeOf(b)) {
      Object r = Ops.callMethod(m, b, a);
      if (r != Ops.NI) {
        return r;
      }
    }
    throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Types.typeName(a)
        + "' and '" + Types.typeName(b) + "'");
  }

  static String chr(Object i) {
    long v = Ops.asIndex(i, "'" + Types.typeName(i) + "' object cannot be interpreted as an"
        + " integer");
    if (v < 0 || v > 0x10ffff) {
      throw Errors.valueError("chr() arg not in range(0x110000)");
    }
    return new String(Character.toChars((int) v));
  }

  static long ord(Object c) {
    if (c instanceof String) {
      String s = (String) c;
      int n = Str.length(s);
      if (n != 1) {
        throw Errors.typeError("ord() expected a character, but string of length " + n
            + " found");
      }
      return s.codePointAt(0);
    }
    if (BytesLike.check(c)) {
      byte[] b = BytesLike.bytes(c);
      if (b.length != 1) {
        throw Errors.typeError("ord() expected a character, but string of length " + b.length
            + " found");
      }
      return b[0] & 0xff;
    }
    throw Errors.typeError("ord() expected string of length 1, but " + Types.typeName(c)
        + " found");
  }

  // ---------------------------------------------------------------- constructors

  static Object intNew(Object x, Object base) {
    x = plainString(x);
    if (x == Signature.MISSING) {
      if (base != Signature.MISSING) {
        throw Errors.typeError("int() missing string argument");
      }
      return 0L;
    }
    if (base != Signature.MISSING) {
      long b = Ops.asIndex(base, "'" + Types.typeName(base)
          + "' object cannot be interpreted as an integer");
      if (!(x instanceof String)) {
        if (BytesLike.check(x)) {
          return intFromBytes(BytesLike.bytes(x), (int) b);
        }
        throw Errors.typeError("int() can't convert non-string with explicit base");
      }
      if (b != 0 && (b < 2 || b > 36)) {
        throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
      }
      return NumberParse.parseInt((String) x, (int) b);
    }
    if (x instanceof Long || x instanceof BigInteger) {
      return x;
    }
    if (x instanceof Boolean) {
      return ((Boolean) x) ? 1L : 0L;
    }
    if (x instanceof Double) {
      double d = (Double) x;
      if (Double.isNaN(d)) {
        throw Errors.valueError("cannot convert float NaN to integer");
      }
      if (Double.isInfinite(d)) {
        throw Errors.overflowError("cannot convert float infinity to integer");
      }
      if (Math.abs(d) < 0x1p63) {
        return (long) d;
      }
      return Arith.norm(new java.math.BigDecimal(d).toBigInteger());
    }
    if (x instanceof String) {
      return NumberParse.parseInt((String) x, 10);
    }
    if (BytesLike.check(x)) {
      return intFromBytes(BytesLike.bytes(x), 10);
    }
    PyType t = Types.typeOf(x);
    for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
      Object f = t.lookup(m);
      if (f != null) {
        Object r = Ops.callMethod(f, x);
        if (!Arith.isInt(r)) {
          throw Errors.typeError(m + " returned non-int (type " + Types.typeName(r) + ")");
        }
        return Arith.asInt(r);
      }
    }
    throw Errors.typeError("int() argument must be a string, a bytes-like object or a real"
        + " number, not '" + t.name() + "'");
  }

  /** int() of a bytes-like value: its error shows the bytes, as CPython's does. */
  private static Object intFromBytes(byte[] b, int base) {
    try {
      if (!isAscii(b)) {
        // non-ASCII bytes are never digits or spaces (as Latin-1 chars some would be)
        throw Errors.valueError("invalid literal");
      }
      return NumberParse.parseInt(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1),
          base);
    } catch (PyException e) {
      if (e.isInstance(ExceptionTypes.VALUE_ERROR)
          && Ops.str(e.exception()).startsWith("invalid literal")) {
        throw Errors.valueError("invalid literal for int() with base " + base + ": "
            + new PyBytes(b).repr());
      }
      throw e;
    }
  }

  private static boolean isAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }

  static Object floatNew(Object x) {
    x = plainString(x);
    if (x == Signature.MISSING) {
      return 0.0;
    }
    if (x instanceof Double) {
      return x;
    }
    if (x instanceof String) {
      return NumberParse.parseFloat((String) x);
    }
    if (BytesLike.check(x)) {
      byte[] b = BytesLike.bytes(x);
      try {
        if (!isAscii(b)) {
          // non-ASCII bytes are never digits or spaces (as Latin-1 chars some would be)
          throw Errors.valueError("could not convert");
        }
        return NumberParse.parseFloat(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.VALUE_ERROR)) {
          throw Errors.valueError("could not convert string to float: " + Ops.repr(x));
        }
        throw e;
      }
    }
    Double d = Ops.floatOrNull(x);
    if (d != null) {
      return d;
    }
    throw Errors.typeError("float() argument must be a string or a real number, not '"
        + Types.typeName(x) + "'");
  }

  static Object strNew(Object x, Object encoding, Object errors) {
    if (x == Signature.MISSING) {
      return "";
    }
    if (encoding != Signature.MISSING || errors != Signature.MISSING) {
      String enc = encoding == Signature.MISSING ? "utf-8"
          : Codecs.strArg(encoding, "str", "encoding");
      String err = errors == Signature.MISSING ? "strict"
          : Codecs.strArg(errors, "str", "errors");
      if (!BytesLike.check(x)) {
        throw Errors.typeError("decoding to str: need a bytes-like object, "
            + Types.typeName(x) + " found");
      }
      return Codecs.decode(BytesLike.bytes(x), enc, err);
    }
    return Ops.str(x);
  }

  /**
   * Defines a built-in type's {@code __new__(cls, *args, **kwargs)}: the type's own
   * constructor makes the value from the arguments (so errors read as for {@code int(...)}),
   * then {@code wrap} turns it into an instance of the subclass {@code cls}.
   */
  private static void defineNew(PyType t,
      java.util.function.BiFunction<PyType, Object, Object> wrap) {
    t.define("__new__", new StaticMethod(new BuiltinFunction("__new__", "cls, *args, **kwargs",
        null, null, a -> {
          PyType cls = newTarget(t, a[0]);
          return wrap.apply(cls, spreadCall((PyTuple) a[1], (PyDict) a[2], t::call));
        })));
  }

  /** Something called with positional values followed by keyword values and their names. */
  private interface SpreadTarget {
    Object call(Object[] args, String[] kwnames);
  }

  /** Calls {@code target} with the {@code *args, **kwargs} a signature collected. */
  private static Object spreadCall(PyTuple args, PyDict kw, SpreadTarget target) {
    Object[] all = Arrays.copyOf(args.items, args.size() + kw.size());
    String[] names = kw.size() == 0 ? null : new String[kw.size()];
    int i = 0;
    for (PyDict.Entry e : kw.entries()) {
      names[i] = (String) e.key;
      all[args.size() + i++] = e.value;
    }
    return target.call(all, names);
  }

  /** The {@code cls} argument of {@code t.__new__}, checked to be t or a script subclass. */
  private static PyType newTarget(PyType t, Object cls) {
    if (!(cls instanceof PyType)) {
      throw Errors.typeError(t.name() + ".__new__(X): X is not a type object ("
          + Types.typeName(cls) + ")");
    }
    PyType c = (PyType) cls;
    if (!c.isSubtypeOf(t)) {
      throw Errors.typeError(t.name() + ".__new__(" + c.name() + "): " + c.name()
          + " is not a subtype of " + t.name());
    }
    if (c.isBuiltin() && c != t) {
      throw Errors.typeError(t.name() + ".__new__(" + c.name() + ") is not safe, use "
          + c.name() + ".__new__()");
    }
    return c;
  }

  /** The value of a str subclass's instance (int() and float() parse it), else {@code x}. */
  private static Object plainString(Object x) {
    return x instanceof ValueSubclass && ((ValueSubclass) x).value() instanceof String
        ? ((ValueSubclass) x).value() : x;
  }

  /** The int, float or str {@code v} as an instance of {@code cls}. */
  private static Object valueOf(PyType cls, Object v) {
    return cls.isBuiltin() ? v : new ValueSubclass(cls, ValueSubclass.unwrap(v));
  }

  static PyDict dictNew(Object[] a) {
    PyTuple args = (PyTuple) a[0];
    PyDict kw = (PyDict) a[1];
    if (args.size() > 1) {
      throw Errors.typeError("dict expected at most 1 argument, got " + args.size());
    }
    PyDict d = new PyDict();
    if (args.size() == 1) {
      dictUpdate(d, args.get(0));
    }
    d.putAll(kw);
    return d;
  }

  static PySet setNew(Object iterable, boolean frozen) {
    PySet s = new PySet(frozen);
    if (iterable == Signature.MISSING) {
      return s;
    }
    if (iterable instanceof PySet) {
      return ((PySet) iterable).copy(frozen);
    }
    PyIterator it = Ops.iter(iterable);
    int n = 0;
    for (Object v = it.next(); v != null; v = it.next()) {
      s.add(v);
      if ((++n & 63) == 0) {
        Budget.chargeSteps(64);
      }
    }
    return s;
  }

  static PyObject rangeNew(PyTuple args) {
    int n = args.size();
    if (n == 0) {
      throw Errors.typeError("range expected at least 1 argument, got 0");
    }
    if (n > 3) {
      throw Errors.typeError("range expected at most 3 arguments, got " + n);
    }
    Object[] vals = new Object[n];
    for (int i = 0; i < n; i++) {
      Object o = args.get(i);
      Object idx = Ops.indexOrNull(o);
      if (idx == null) {
        throw Errors.typeError("'" + Types.typeName(o)
            + "' object cannot be interpreted as an integer");
      }
      vals[i] = idx;
    }
    if (n == 1) {
      return PyBigRange.of(0L, vals[0], 1L);
    }
    return PyBigRange.of(vals[0], vals[1], n == 3 ? vals[2] : 1L);
  }

  static Object typeNew(Object[] a) {
    PyTuple args = (PyTuple) a[0];
    PyDict kw = (PyDict) a[1];
    if (args.size() == 1 && kw.size() == 0) {
      return Types.typeOf(args.get(0));
    }
    if (args.size() == 3 && args.get(1) instanceof PyTuple) {
      // as CPython: the bases' most derived metaclass makes the class when it is not type
      PyType[] bases = new PyType[((PyTuple) args.get(1)).size()];
      for (int i = 0; i < bases.length; i++) {
        bases[i] = typeArg(((PyTuple) args.get(1)).get(i), "bases must be types");
      }
      PyType winner = ClassCalls.winningMetaclass(Types.TYPE, bases);
      if (winner != Types.TYPE) {
        return spreadCall(args, kw, (all, names) -> Ops.call(winner, all, names));
      }
    }
    return typeNew(Types.TYPE, args, kw);
  }

  /** {@code type.__new__(meta, name, bases, ns, **kw)}, checking the arguments as CPython. */
  private static Object typeNew(PyType meta, PyTuple args, PyDict kw) {
    if (args.size() != 3) {
      throw Errors.typeError("type() takes 1 or 3 arguments");
    }
    if (!(ValueSubclass.unwrapStr(args.get(0)) instanceof String)) {
      throw Errors.typeError("type.__new__() argument 1 must be str, not "
          + Types.typeName(args.get(0)));
    }
    if (!(args.get(1) instanceof PyTuple)) {
      throw Errors.typeError("type.__new__() argument 2 must be tuple, not "
          + Types.typeName(args.get(1)));
    }
    if (!(args.get(2) instanceof PyDict)) {
      throw Errors.typeError("type.__new__() argument 3 must be dict, not "
          + Types.typeName(args.get(2)));
    }
    PyTuple basesT = (PyTuple) args.get(1);
    PyType[] bases = new PyType[basesT.size()];
    for (int i = 0; i < bases.length; i++) {
      bases[i] = typeArg(basesT.get(i), "bases must be types");
    }
    Object[] kwValues = null;
    String[] kwNames = null;
    if (kw != null && kw.size() > 0) {
      kwValues = new Object[kw.size()];
      kwNames = new String[kw.size()];
      int i = 0;
      for (PyDict.Entry e : kw.entries()) {
        kwNames[i] = (String) e.key;
        kwValues[i++] = e.value;
      }
    }
    return ClassCalls.newClass(meta, (String) ValueSubclass.unwrapStr(args.get(0)), bases,
        ((PyDict) args.get(2)).copy(), kwValues, kwNames);
  }

  // ---------------------------------------------------------------- the namespace

  static {
    Types.OBJECT.define("__init__", OBJECT_INIT);
    Types.OBJECT.define("__new__", new StaticMethod(OBJECT_NEW));
    Types.OBJECT.define("__repr__", new BuiltinFunction("__repr__", "self", Types.OBJECT, null,
        a -> a[0] instanceof PyBaseException ? Ops.exceptionRepr((PyBaseException) a[0])
            : a[0] instanceof PyInstance ? Ops.defaultRepr(a[0]) : Ops.repr(a[0])));
    Types.OBJECT.define("__str__", new BuiltinFunction("__str__", "self", Types.OBJECT, null,
        a -> a[0] instanceof PyBaseException ? Ops.exceptionStr((PyBaseException) a[0])
            : Ops.repr(a[0])));
    Types.OBJECT.define("__eq__", new BuiltinFunction("__eq__", "self, other", Types.OBJECT,
        null, a -> a[0] == a[1] ? Boolean.TRUE : Ops.NI));
    Types.OBJECT.define("__ne__", new BuiltinFunction("__ne__", "self, other", Types.OBJECT,
        null, a -> {
          Object r = Ops.compare(a[0], a[1], dev.moat.ast.Ast.CmpOp.EQ);
          return r == Ops.NI ? r : (Object) !Ops.truth(r);
        }));
    Types.OBJECT.define("__hash__", new BuiltinFunction("__hash__", "self", Types.OBJECT, null,
        a -> (long) (System.identityHashCode(a[0]) >>> 4)));
    Types.OBJECT.define("__setattr__", new BuiltinFunction("__setattr__", "self, name, value",
        Types.OBJECT, null, a -> {
          Ops.genericSetAttr(a[0], attrName(a[1]), a[2]);
          return NONE;
        }));
    Types.OBJECT.define("__getattribute__", new BuiltinFunction("__getattribute__",
        "self, name", Types.OBJECT, null, a -> Ops.objectGetAttribute(a[0], attrName(a[1]))));
    Types.OBJECT.define("__delattr__", new BuiltinFunction("__delattr__", "self, name",
        Types.OBJECT, null, a -> {
          Ops.genericDelAttr(a[0], attrName(a[1]));
          return NONE;
        }));
    Types.OBJECT.define("__format__", new BuiltinFunction("__format__", "self, spec",
        Types.OBJECT, null, a -> Formatting.format(a[0], StrMethods.formatSpec(a[1]))));
    Types.OBJECT.define("__init_subclass__", new ClassMethod(of("__init_subclass__",
        "cls, **kwargs", a -> {
          if (((PyDict) a[1]).size() > 0) {
            throw Errors.typeError(((PyType) a[0]).name()
                + ".__init_subclass__() takes no keyword arguments");
          }
          return NONE;
        })));
    Types.OBJECT.define("__class__", new GetSet("__class__", Types::typeOf, null));
    Types.OBJECT.define("__doc__", NONE);
    Types.OBJECT.define("__dict__", new GetSet("__dict__", o -> {
      if (o instanceof PyInstance) {
        return ((PyInstance) o).dict();
      }
      if (o instanceof BuiltinSubclass) {
        return ((BuiltinSubclass) o).attributes();
      }
      throw Errors.attributeError("'" + Types.typeName(o) + "' object has no attribute"
          + " '__dict__'");
    }, null));
    Types.TYPE.define("__name__", new GetSet("__name__", t -> ((PyType) t).name(), null));
    Types.TYPE.define("__qualname__", new GetSet("__qualname__", t -> ((PyType) t).qualname(),
        (t, v) -> ((PyType) t).setQualname(Ops.str(v))));
    Types.TYPE.define("__mro__", new GetSet("__mro__", t -> PyTuple.of((Object[])
        ((PyType) t).mro().clone()), null));
    Types.TYPE.define("__bases__", new GetSet("__bases__", t -> PyTuple.of((Object[])
        ((PyType) t).bases().clone()), null));
    Types.TYPE.define("__base__", new GetSet("__base__", t -> {
      PyType[] b = ((PyType) t).bases();
      return b.length == 0 ? NONE : b[0];
    }, null));
    Types.TYPE.define("__module__", new GetSet("__module__", t -> {
      Object m = ((PyType) t).dict().get("__module__");
      return m != null ? m : "builtins";
    }, null));
    Types.TYPE.define("__dict__", new GetSet("__dict__", t -> {
      PyDict d = new PyDict();
      for (Map.Entry<String, Object> e : ((PyType) t).dict().entrySet()) {
        d.put(e.getKey(), e.getValue());
      }
      return d;
    }, null));
    Types.TYPE.define("mro", new BuiltinFunction("mro", "self", Types.TYPE, null,
        a -> PyList.of((Object[]) ((PyType) a[0]).mro().clone())));
    Types.TYPE.setConstructor(of("type", "*args, **kwargs", Builtins::typeNew));
    // what metaclasses reach through super(): type.__new__, type.__init__, type.__call__
    Types.TYPE.define("__new__", new StaticMethod(new BuiltinFunction("__new__",
        "metatype, *args, **kwargs", null, null, a -> {
          PyType meta = typeArg(a[0], "type.__new__(X): X is not a type object ("
              + Types.typeName(a[0]) + ")");
          if (!meta.isSubtypeOf(Types.TYPE)) {
            throw Errors.typeError("type.__new__(" + meta.name() + "): " + meta.name()
                + " is not a subtype of type");
          }
          PyTuple args = (PyTuple) a[1];
          if (meta == Types.TYPE && args.size() == 1 && ((PyDict) a[2]).size() == 0) {
            return Types.typeOf(args.get(0));
          }
          return typeNew(meta, args, (PyDict) a[2]);
        })));
    Types.TYPE.define("__init__", new BuiltinFunction("__init__", "cls, *args, **kwargs",
        Types.TYPE, null, a -> NONE));
    Types.TYPE.define("__call__", new BuiltinFunction("__call__", "cls, *args, **kwargs",
        Types.TYPE, null, a -> {
          return spreadCall((PyTuple) a[1], (PyDict) a[2], ((PyType) a[0])::construct);
        }));

    PyType be = ExceptionTypes.BASE_EXCEPTION;
    be.define("__init__", new BuiltinFunction("__init__", "self, *args", be, null, a -> {
      ((PyBaseException) a[0]).setArgs((PyTuple) a[1]);
      return NONE;
    }));
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]): the parts as attributes
    PyType os = ExceptionTypes.OS_ERROR;
    for (String attr : new String[] {"errno", "strerror", "filename", "filename2"}) {
      os.define(attr, NONE);
    }
    os.define("__init__", new BuiltinFunction("__init__", "self, *args", os, null, a -> {
      PyBaseException e = (PyBaseException) a[0];
      PyTuple args = (PyTuple) a[1];
      int n = args.size();
      e.setArgs(args);
      if (n >= 2 && n <= 5) {
        e.dict().put("errno", args.get(0));
        e.dict().put("strerror", args.get(1));
        if (n >= 3) {
          e.dict().put("filename", args.get(2));
          e.setArgs(PyTuple.of(args.get(0), args.get(1))); // as CPython: args keep two
        }
        if (n == 5) {
          e.dict().put("filename2", args.get(4));
        }
      }
      return NONE;
    }));
    be.define("args", new GetSet("args", e -> ((PyBaseException) e).args(),
        (e, v) -> ((PyBaseException) e).setArgs(PyTuple.copyOf(Arrays.asList(toArray(v))))));
    be.define("__cause__", new GetSet("__cause__", e -> ((PyBaseException) e).cause,
        (e, v) -> {
          if (v != NONE && !(v instanceof PyBaseException)) {
            throw Errors.typeError("exception cause must be None or derive from BaseException");
          }
          ((PyBaseException) e).cause = v;
          ((PyBaseException) e).suppressContext = true;
        }));
    be.define("__context__", new GetSet("__context__", e -> ((PyBaseException) e).context,
        (e, v) -> ((PyBaseException) e).context = v));
    be.define("__suppress_context__", new GetSet("__suppress_context__",
        e -> ((PyBaseException) e).suppressContext,
        (e, v) -> ((PyBaseException) e).suppressContext = Ops.truth(v)));
    be.define("__traceback__", new GetSet("__traceback__", e -> NONE, (e, v) -> { }));
    be.define("with_traceback", new BuiltinFunction("with_traceback", "self, tb", be, null,
        a -> a[0]));
    be.define("add_note", new BuiltinFunction("add_note", "self, note, /", be, null, a -> {
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("note must be a str, not '" + Types.typeName(a[1]) + "'");
      }
      PyDict d = ((PyBaseException) a[0]).dict();
      Object notes = d.getStr("__notes__");
      if (notes == null) {
        notes = new PyList();
        d.put("__notes__", notes);
      } else if (!(notes instanceof PyList)) {
        throw Errors.typeError("Cannot add note: __notes__ is not a list");
      }
      ((PyList) notes).append(a[1]);
      return NONE;
    }));
    ExceptionTypes.STOP_ITERATION.define("value", new GetSet("value", e -> {
      PyTuple args = ((PyBaseException) e).args();
      return args.size() > 0 ? args.get(0) : NONE;
    }, null));
    ExceptionTypes.SYSTEM_EXIT.define("code", new GetSet("code", e -> {
      PyTuple args = ((PyBaseException) e).args();
      return args.size() == 0 ? NONE : args.size() == 1 ? args.get(0) : args;
    }, null));
    for (PyType t : new PyType[] {ExceptionTypes.NAME_ERROR, ExceptionTypes.ATTRIBUTE_ERROR}) {
      t.define("name", new GetSet("name", e -> {
        Object n = ((PyBaseException) e).name;
        return n == null ? NONE : n;
      }, (e, v) -> ((PyBaseException) e).name = v));
    }
    ExceptionTypes.ATTRIBUTE_ERROR.define("obj", new GetSet("obj", e -> {
      Object o = ((PyBaseException) e).obj;
      return o == null ? NONE : o;
    }, (e, v) -> ((PyBaseException) e).obj = v));
    ExceptionTypes.NAME_ERROR.define("__init__", new BuiltinFunction("__init__",
        "self, *args, name=None", ExceptionTypes.NAME_ERROR, null, a -> {
          PyBaseException e = (PyBaseException) a[0];
          e.setArgs((PyTuple) a[1]);
          e.name = a[2];
          return NONE;
        }));
    ExceptionTypes.ATTRIBUTE_ERROR.define("__init__", new BuiltinFunction("__init__",
        "self, *args, name=None, obj=None", ExceptionTypes.ATTRIBUTE_ERROR, null, a -> {
          PyBaseException e = (PyBaseException) a[0];
          e.setArgs((PyTuple) a[1]);
          e.name = a[2];
          e.obj = a[3];
          return NONE;
        }));

    for (Map.Entry<String, PyType> e : ExceptionTypes.all().entrySet()) {
      DEFAULTS.put(e.getKey(), e.getValue());
    }
    DEFAULTS.put("EnvironmentError", ExceptionTypes.OS_ERROR);
    DEFAULTS.put("IOError", ExceptionTypes.OS_ERROR);
    DEFAULTS.put("None", NONE);
    DEFAULTS.put("True", Boolean.TRUE);
    DEFAULTS.put("False", Boolean.FALSE);
    DEFAULTS.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
    DEFAULTS.put("Ellipsis", PySingleton.ELLIPSIS);
    DEFAULTS.put("__debug__", Boolean.TRUE);

    Types.INT.setConstructor(of("int", "x=?, /, base=?", a -> intNew(a[0], a[1])));
    Types.BOOL.setConstructor(of("bool", "x=False, /", a -> Ops.truth(a[0])));
    Types.FLOAT.setConstructor(of("float", "x=?, /", a -> floatNew(a[0])));
    Types.COMPLEX.setConstructor(of("complex", "*args, **kwargs",
        a -> ComplexMethods.construct((PyTuple) a[0], (PyDict) a[1])));
    Types.STR.setConstructor(of("str", "object=?, encoding=?, errors=?",
        a -> strNew(a[0], a[1], a[2])));
    Types.LIST.setConstructor(of("list", "iterable=?, /", a -> {
      PyList l = new PyList();
      if (a[0] != Signature.MISSING) {
        extendList(l, a[0]);
      }
      return l;
    }));
    defineNew(Types.TUPLE, (cls, v) -> cls == Types.TUPLE ? v
        : new PyTuple.Sub(cls, ((PyTuple) v).items.clone()));
    defineNew(Types.INT, Builtins::valueOf);
    defineNew(Types.FLOAT, Builtins::valueOf);
    defineNew(Types.COMPLEX, Builtins::valueOf);
    defineNew(Types.STR, Builtins::valueOf);
    defineNew(Types.BYTES, (cls, v) -> cls == Types.BYTES ? v
        : new PyBytes.Sub(cls, ((PyBytes) v).bytes));
    defineNew(Types.FROZENSET, (cls, v) -> {
      if (cls == Types.FROZENSET) {
        return v;
      }
      PySet sub = new PySet.Sub(cls);
      sub.addAllFrom((PySet) v);
      return sub;
    });
    // set's contents come from __init__, as in CPython
    Types.SET.define("__new__", new StaticMethod(new BuiltinFunction("__new__",
        "cls, *args, **kwargs", null, null, a -> {
          PyType cls = newTarget(Types.SET, a[0]);
          return cls == Types.SET ? new PySet(false) : new PySet.Sub(cls);
        })));
    Types.SET.define("__init__", new BuiltinFunction("__init__", "self, iterable=?, /",
        Types.SET, null, a -> {
          PySet self = (PySet) a[0];
          self.clear();
          if (a[1] != Signature.MISSING) {
            self.addAllFrom(setNew(a[1], false));
          }
          return NONE;
        }));
    Types.TUPLE.setConstructor(of("tuple", "iterable=?, /", a -> {
      if (a[0] == Signature.MISSING) {
        return PyTuple.EMPTY;
      }
      if (a[0] instanceof PyTuple && Types.typeOf(a[0]) == Types.TUPLE) {
        return a[0];
      }
      return PyTuple.of(toArray(a[0]).clone());
    }));
    Types.DICT.setConstructor(of("dict", "*args, **kwargs", Builtins::dictNew));
    Types.SET.setConstructor(of("set", "iterable=?, /", a -> setNew(a[0], false)));
    Types.FROZENSET.setConstructor(of("frozenset", "iterable=?, /", a -> setNew(a[0], true)));
    Types.RANGE.setConstructor(of("range", "*args", a -> rangeNew((PyTuple) a[0])));
    Types.SLICE.setConstructor(of("slice", "*args", a -> {
      PyTuple t = (PyTuple) a[0];
      switch (t.size()) {
        case 1:
          return new PySlice(NONE, t.get(0), NONE);
        case 2:
          return new PySlice(t.get(0), t.get(1), NONE);
        case 3:
          return new PySlice(t.get(0), t.get(1), t.get(2));
        default:
          throw Errors.typeError("slice expected at least 1 argument, got " + t.size());
      }
    }));
    Types.SLICE.define("indices", new BuiltinFunction("indices", "self, length, /", Types.SLICE,
        null, a -> {
          Object n = Ops.indexOrNull(a[1]);
          if (n == null) {
            throw Errors.typeError("'" + Types.typeName(a[1])
                + "' object cannot be interpreted as an integer");
          }
          if (n instanceof Long ? (Long) n < 0 : ((java.math.BigInteger) n).signum() < 0) {
            throw Errors.valueError("length should not be negative");
          }
          int len = n instanceof Long && (Long) n <= Integer.MAX_VALUE
              ? (int) (long) (Long) n : Integer.MAX_VALUE;
          PySlice.Bounds bd = ((PySlice) a[0]).resolve(len);
          return PyTuple.of((long) bd.start(), (long) bd.stop(), (long) bd.step());
        }));
    Types.OBJECT.setConstructor(of("object", "*args, **kwargs", a -> {
      if (((PyTuple) a[0]).size() > 0 || ((PyDict) a[1]).size() > 0) {
        throw Errors.typeError("object() takes no arguments");
      }
      return new PyInstance(Types.OBJECT);
    }));
    Types.PROPERTY.setConstructor(of("property", "fget=None, fset=None, fdel=None, doc=None",
        a -> new Property(a[0], a[1], a[2], a[3])));
    Types.STATICMETHOD.setConstructor(of("staticmethod", "function, /",
        a -> new StaticMethod(a[0])));
    Types.CLASSMETHOD.setConstructor(of("classmethod", "function, /",
        a -> new ClassMethod(a[0])));
    Types.BYTES.setConstructor(of("bytes", "source=?, encoding=?, errors=?",
        a -> Codecs.bytesNew(a[0], a[1], a[2])));
    Types.BYTEARRAY.setConstructor(of("bytearray", "*args, **kwargs", a -> {
      PyByteArray b = new PyByteArray();
      ByteArrayMethods.init(b, (PyTuple) a[0], (PyDict) a[1]);
      return b;
    }));
    Types.PROPERTY.define("getter", new BuiltinFunction("getter", "self, f", Types.PROPERTY,
        null, a -> {
          Property p = (Property) a[0];
          return new Property(a[1], p.fset, p.fdel, p.doc);
        }));
    Types.PROPERTY.define("setter", new BuiltinFunction("setter", "self, f", Types.PROPERTY,
        null, a -> {
          Property p = (Property) a[0];
          return new Property(p.fget, a[1], p.fdel, p.doc);
        }));
    Types.PROPERTY.define("deleter", new BuiltinFunction("deleter", "self, f", Types.PROPERTY,
        null, a -> {
          Property p = (Property) a[0];
          return new Property(p.fget, p.fset, a[1], p.doc);
        }));
    Types.PROPERTY.define("fget", new GetSet("fget", p -> ((Property) p).fget, null));
    Types.PROPERTY.define("fset", new GetSet("fset", p -> ((Property) p).fset, null));
    Types.PROPERTY.define("fdel", new GetSet("fdel", p -> ((Property) p).fdel, null));
    Types.STATICMETHOD.define("__func__", new GetSet("__func__",
        s -> ((StaticMethod) s).function, null));
    Types.CLASSMETHOD.define("__func__", new GetSet("__func__",
        s -> ((ClassMethod) s).function, null));
    // the descriptor protocol made visible: f.__get__(obj) is the bound method, as in CPython
    Types.FUNCTION.define("__get__", new BuiltinFunction("__get__", "self, *args",
        Types.FUNCTION, null, a -> {
          Object[] g = descriptorGetArgs((PyTuple) a[1]);
          return g[0] == NONE ? a[0] : new BoundMethod(g[0], a[0]);
        }));
    Types.STATICMETHOD.define("__get__", new BuiltinFunction("__get__", "self, *args",
        Types.STATICMETHOD, null, a -> {
          descriptorGetArgs((PyTuple) a[1]);
          return ((StaticMethod) a[0]).function;
        }));
    Types.CLASSMETHOD.define("__get__", new BuiltinFunction("__get__", "self, *args",
        Types.CLASSMETHOD, null, a -> {
          Object[] g = descriptorGetArgs((PyTuple) a[1]);
          Object owner = g[1] != NONE ? g[1] : Types.typeOf(g[0]);
          return new BoundMethod(owner, ((ClassMethod) a[0]).function);
        }));
    Types.FUNCTION.define("__name__", new GetSet("__name__", f -> ((PyFunction) f).name,
        (f, v) -> ((PyFunction) f).name = Ops.str(v)));
    Types.FUNCTION.define("__qualname__", new GetSet("__qualname__",
        f -> ((PyFunction) f).qualname, (f, v) -> ((PyFunction) f).qualname = Ops.str(v)));
    Types.FUNCTION.define("__doc__", new GetSet("__doc__", f -> ((PyFunction) f).doc,
        (f, v) -> ((PyFunction) f).doc = v));
    Types.FUNCTION.define("__module__", new GetSet("__module__", f -> {
      Object m = ((PyFunction) f).dict().getStr("__module__");
      return m != null ? m : ((PyFunction) f).moduleName;
    }, (f, v) -> ((PyFunction) f).dict().put("__module__", v)));
    Types.FUNCTION.define("__defaults__", new GetSet("__defaults__", f ->
        ((PyFunction) f).code.signature().positionalDefaults(((PyFunction) f).slotDefaults),
        null));
    Types.FUNCTION.define("__kwdefaults__", new GetSet("__kwdefaults__", f ->
        ((PyFunction) f).code.signature().keywordDefaults(((PyFunction) f).slotDefaults),
        null));
    Types.FUNCTION.define("__dict__", new GetSet("__dict__", f -> ((PyFunction) f).dict(),
        null));
    Types.FUNCTION.define("__annotations__", new GetSet("__annotations__", f -> {
      PyDict d = ((PyFunction) f).dict();
      Object ann = d.getStr("__annotations__");
      if (ann == null) {
        ann = new PyDict();
        d.put("__annotations__", ann);
      }
      return ann;
    }, (f, v) -> ((PyFunction) f).dict().put("__annotations__", v)));
    Types.METHOD.define("__self__", new GetSet("__self__", m -> ((BoundMethod) m).self, null));
    Types.METHOD.define("__func__", new GetSet("__func__", m -> ((BoundMethod) m).function,
        null));
    Types.METHOD.define("__doc__", new GetSet("__doc__", m -> {
      Object doc = Ops.getAttrOrNull(((BoundMethod) m).function, "__doc__");
      return doc == null ? PyNone.NONE : doc;
    }, null));
    Types.BUILTIN_FUNCTION.define("__name__", new GetSet("__name__", f ->
        f instanceof BuiltinFunction ? ((BuiltinFunction) f).name()
            : ((BoundMethod) f).callableName(), null));
    Types.BUILTIN_FUNCTION.define("__self__", new GetSet("__self__", f -> {
      if (f instanceof BoundMethod && !(((BoundMethod) f).self instanceof PyModule)) {
        return ((BoundMethod) f).self; // [].append.__self__ is the list
      }
      // plain built-ins do not expose a module object (the sandbox keeps that hidden)
      throw Ops.attributeError(f, "__self__");
    }, null));

    for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT,
        Types.COMPLEX,
        Types.STR, Types.BYTES, Types.BYTEARRAY, Types.LIST, Types.TUPLE, Types.DICT, Types.SET,
        Types.FROZENSET,
        Types.RANGE, Types.SLICE, Types.PROPERTY, Types.STATICMETHOD, Types.CLASSMETHOD}) {
      DEFAULTS.put(t.name(), t);
    }
    DEFAULTS.put("super", Types.SUPER);
    new PySuper(Types.OBJECT, NONE, Types.OBJECT).type();

    def(of("len", "obj, /", a -> Ops.lenLong(a[0])));
    def(of("repr", "obj, /", a -> Ops.repr(a[0])));
    def(of("ascii", "obj, /", a -> Ops.ascii(a[0])));
    def(of("isinstance", "obj, class_or_tuple, /", a -> isInstance(a[0], a[1])));
    def(of("issubclass", "cls, class_or_tuple, /", a -> isSubclass(a[0], a[1])));
    def(of("abs", "x, /", a -> Ops.abs(a[0])));
    def(of("hash", "obj, /", a -> Ops.hash(a[0])));
    def(of("id", "obj, /", a -> (long) System.identityHashCode(a[0])));
    def(of("callable", "obj, /", a -> Ops.isCallable(a[0])));
    def(of("min", "*args, key=None, default=?", a -> minMax(a, false)));
    def(of("max", "*args, key=None, default=?", a -> minMax(a, true)));
    def(of("sum", "iterable, /, start=0", a -> sum(a[0], a[1])));
    def(of("sorted", "*iterable, key=None, reverse=False", a -> {
      PyTuple pos = (PyTuple) a[0];
      if (pos.size() != 1) {
        throw Errors.typeError("sorted expected 1 argument, got " + pos.size());
      }
      PyList l = new PyList();
      extendList(l, pos.get(0));
      sort(l, a[1], Ops.truth(a[2]));
      return l;
    }));
    def(of("any", "iterable, /", a -> {
      PyIterator it = Ops.iter(a[0]);
      for (Object v = it.next(); v != null; v = it.next()) {
        Budget.chargeSteps(1);
        if (Ops.truth(v)) {
          return true;
        }
      }
      return false;
    }));
    def(of("all", "iterable, /", a -> {
      PyIterator it = Ops.iter(a[0]);
      for (Object v = it.next(); v != null; v = it.next()) {
        Budget.chargeSteps(1);
        if (!Ops.truth(v)) {
          return false;
        }
      }
      return true;
    }));
    def(of("getattr", "obj, name, default=?, /", a -> {
      String n = attrName(a[1]);
      if (a[2] == Signature.MISSING) {
        return Ops.getAttr(a[0], n);
      }
      try {
        Object v = Ops.getAttrOrNull(a[0], n);
        return v == null ? a[2] : v;
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
          return a[2];
        }
        throw e;
      }
    }));
    def(of("setattr", "obj, name, value, /", a -> {
      Ops.setAttr(a[0], attrName(a[1]), a[2]);
      return NONE;
    }));
    def(of("delattr", "obj, name, /", a -> {
      Ops.delAttr(a[0], attrName(a[1]));
      return NONE;
    }));
    def(of("hasattr", "obj, name, /", a -> {
      try {
        return Ops.getAttrOrNull(a[0], attrName(a[1])) != null;
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
          return false;
        }
        throw e;
      }
    }));
    def(of("ord", "c, /", a -> ord(a[0])));
    def(of("dir", "object, /", a -> {
      Object own = a[0] instanceof PyInstance ? ((PyInstance) a[0]).type().lookup("__dir__")
          : null;
      if (Ops.isOverride(own)) { // a class's own __dir__, sorted
        PyList l = new PyList();
        extendList(l, Ops.callMethod(own, a[0]));
        sort(l, NONE, false);
        return l;
      }
      return dir(a[0]);
    }));
    def(of("vars", "object, /", a -> vars(a[0])));
    def(of("chr", "i, /", a -> chr(a[0])));
    def(of("divmod", "x, y, /", a -> divmod(a[0], a[1])));
    def(of("pow", "base, exp, mod=None", a -> {
      if (a[2] != NONE) {
        if ((a[0] instanceof PyComplex && ComplexMath.toComplexOrNull(a[1]) != null)
            || (Arith.isInt(a[0]) && a[1] instanceof PyComplex)) {
          throw Errors.valueError("complex modulo");
        }
        if (!Arith.isInt(a[0]) || !Arith.isInt(a[1]) || !Arith.isInt(a[2])) {
          throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are"
              + " integers");
        }
        return Arith.modPow(a[0], a[1], a[2]);
      }
      return Ops.binary(dev.moat.ast.Ast.BinaryOp.POW, a[0], a[1]);
    }));
    def(of("round", "number, ndigits=None", a -> round(a[0], a[1])));
    def(of("format", "value, format_spec='', /", a -> {
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("format() argument 2 must be str, not " + Types.typeName(a[1]));
      }
      return Formatting.format(a[0], (String) a[1]);
    }));
    def(of("bin", "number, /", a -> NumberFormat.toBase(index(a[0]), 2, true)));
    def(of("oct", "number, /", a -> NumberFormat.toBase(index(a[0]), 8, true)));
    def(of("hex", "number, /", a -> NumberFormat.toBase(index(a[0]), 16, true)));
    def(of("iter", "object, sentinel=?, /", a -> {
      if (a[1] == Signature.MISSING) {
        // a script object's own iterator is returned as is (iter(it) is it), as in CPython
        if (a[0] instanceof PyInstance) {
          Object m = Types.typeOf(a[0]).lookup("__iter__");
          if (m != null && m != NONE) {
            Object it = Ops.callMethod(m, a[0]);
            if (Types.typeOf(it).lookup("__next__") == null) {
              throw Errors.typeError("iter() returned non-iterator of type '"
                  + Types.typeName(it) + "'");
            }
            return it;
          }
        }
        return Ops.iter(a[0]);
      }
      Object f = a[0];
      Object sentinel = a[1];
      if (!Ops.isCallable(f)) {
        throw Errors.typeError("iter(v, w): v must be callable");
      }
      return new PyIterator(PyIterator.CALLABLE_ITERATOR) {
        boolean done;

        @Override
        public Object next() {
          if (done) {
            return null;
          }
          Object v = Ops.call(f, new Object[0], null);
          if (Ops.eq(v, sentinel)) {
            done = true;
            return null;
          }
          return v;
        }
      };
    }));
    def(of("next", "iterator, default=?, /", a -> {
      Object it = a[0];
      Object v;
      if (it instanceof PyIterator) {
        v = ((PyIterator) it).next();
      } else {
        Object m = Types.typeOf(it).lookup("__next__");
        if (m == null) {
          throw Errors.typeError("'" + Types.typeName(it) + "' object is not an iterator");
        }
        if (a[1] == Signature.MISSING) {
          return Ops.callMethod(m, it);
        }
        try {
          return Ops.callMethod(m, it);
        } catch (PyException e) {
          if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
            return a[1];
          }
          throw e;
        }
      }
      if (v == null) {
        if (a[1] != Signature.MISSING) {
          return a[1];
        }
        throw Errors.stopIteration(((PyIterator) it).stopValue());
      }
      return v;
    }));
    Lazy.install(DEFAULTS);
    TypeMethods.installAll();
  }

  /** The (instance, owner) of a {@code __get__(instance, owner=None)} call, checked as CPython. */
  private static Object[] descriptorGetArgs(PyTuple args) {
    int n = args.size();
    if (n == 0) {
      throw Errors.typeError(" expected at least 1 argument, got 0");
    }
    if (n > 2) {
      throw Errors.typeError(" expected at most 2 arguments, got " + n);
    }
    Object inst = args.get(0);
    Object owner = n > 1 ? args.get(1) : NONE;
    if (inst == NONE && owner == NONE) {
      throw Errors.typeError("__get__(None, None) is invalid");
    }
    return new Object[] {inst, owner};
  }

  /**
   * {@code dir(obj)} without a class's own {@code __dir__}: the sorted names of its attributes
   * (instance, class and bases).
   */
  static PyList dir(Object o) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    if (o instanceof PyModule) {
      names.addAll(((PyModule) o).namespace.names());
    } else {
      PyDict d = Ops.instanceDict(o);
      if (d != null) {
        for (Object k : d.keyList()) {
          if (k instanceof String) {
            names.add((String) k);
          }
        }
      }
      PyType t = o instanceof PyType ? (PyType) o : Types.typeOf(o);
      for (PyType m : t.mro()) {
        names.addAll(m.dict().keySet());
      }
      if (o instanceof PyInstance) {
        names.add("__dict__");
      }
    }
    PyList out = new PyList();
    for (String n : names) {
      out.append(n);
    }
    return out;
  }

  /** {@code vars(obj)}: the object's attribute dict. */
  static Object vars(Object o) {
    if (o instanceof PyModule) {
      PyDict d = new PyDict();
      PyModule m = (PyModule) o;
      for (String n : m.namespace.names()) {
        d.put(n, m.namespace.get(n));
      }
      return d;
    }
    if (o instanceof PyType) {
      return Ops.getAttr(o, "__dict__");
    }
    if (o instanceof PyInstance) {
      return ((PyInstance) o).dict();
    }
    if (o instanceof PyFunction) {
      return ((PyFunction) o).dict();
    }
    throw Errors.typeError("vars() argument must have __dict__ attribute");
  }

  private static Object index(Object o) {
    Object i = Ops.indexOrNull(o);
    if (i == null) {
      throw Errors.typeError("'" + Types.typeName(o)
          + "' object cannot be interpreted as an integer");
    }
    return i;
  }

  static String attrName(Object n) {
    n = ValueSubclass.unwrapStr(n);
    if (!(n instanceof String)) {
      throw Errors.typeError("attribute name must be string, not '" + Types.typeName(n) + "'");
    }
    return (String) n;
  }

  /** All names, for tests and documentation. */
  public static List<String> names() {
    return new ArrayList<>(DEFAULTS.keySet());
  }
}
