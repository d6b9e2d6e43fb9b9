package dev.moat.runtime;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Descriptors.ClassMethod;
import dev.moat.runtime.Descriptors.GetSet;
import dev.moat.runtime.Descriptors.Property;
import dev.moat.runtime.Descriptors.StaticMethod;
import dev.moat.runtime.text.FloatRepr;
import dev.moat.runtime.text.NumberParse;
import dev.moat.runtime.text.StrRepr;
import java.math.BigInteger;
import java.util.IdentityHashMap;

/**
 * The Python object protocol over every value representation: truth, comparison, hashing,
 * arithmetic dispatch (built-in fast paths, then dunder methods with reflection and
 * NotImplemented), repr/str, attributes, items, iteration and calls.
 */
public final class Ops {
  private Ops() {}

  static final Object NI = PySingleton.NOT_IMPLEMENTED;
  public static final Object NONE = PyNone.NONE;

  /**
   * True for a method a class defines for itself: a script function, or a Java function of a
   * library class (which has no owner type), as opposed to a built-in type's own method.
   */
  public static boolean isOverride(Object m) {
    return m != null && (!(m instanceof BuiltinFunction) || ((BuiltinFunction) m).owner() == null);
  }

  /**
   * For instances of script classes derived from built-in containers: the method {@code name}
   * when the script class (not the built-in) defines it, else null.
   */
  static Object userMethod(Object o, String name) {
    if (o instanceof BuiltinSubclass) {
      // the first class along the MRO that defines it decides: a script class, or the built-in
      for (PyType t : ((PyObject) o).type().mro()) {
        Object m = t.dict().get(name);
        if (m != null) {
          return t.isBuiltin() ? null : m;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- truth

  public static boolean truth(Object o) {
    if (o instanceof Boolean) {
      return (Boolean) o;
    }
    if (o instanceof BuiltinSubclass) {
      Object m = userMethod(o, "__bool__");
      if (m == null) {
        m = userMethod(o, "__len__");
        if (m != null) {
          return lenResult(callMethod(m, o)) != 0;
        }
      } else {
        return truth(callMethod(m, o));
      }
      if (o instanceof ValueSubclass) {
        return truth(((ValueSubclass) o).value());
      }
    }
    if (o == NONE) {
      return false;
    }
    if (o instanceof Long) {
      return (Long) o != 0;
    }
    if (o instanceof String) {
      return !((String) o).isEmpty();
    }
    if (o instanceof PyList) {
      return ((PyList) o).size != 0;
    }
    if (o instanceof Double) {
      return (Double) o != 0.0;
    }
    if (o instanceof PyTuple) {
      return ((PyTuple) o).items.length != 0;
    }
    if (o instanceof PyDict) {
      return !((PyDict) o).isEmpty();
    }
    if (o instanceof PySet) {
      return ((PySet) o).size() != 0;
    }
    if (o instanceof BigInteger) {
      return true;
    }
    if (o instanceof PyRange) {
      return ((PyRange) o).length != 0;
    }
    if (o instanceof PyBigRange) {
      return ((PyBigRange) o).length.signum() != 0;
    }
    if (o instanceof PyComplex) {
      return ((PyComplex) o).real != 0.0 || ((PyComplex) o).imag != 0.0;
    }
    if (o instanceof PyBytes) {
      return ((PyBytes) o).bytes.length != 0;
    }
    if (o instanceof PyByteArray) {
      return ((PyByteArray) o).size != 0;
    }
    if (o instanceof PyInstance) {
      PyType t = ((PyInstance) o).type();
      Object m = t.lookup("__bool__");
      if (m != null && (!(m instanceof BuiltinFunction)
          || ((BuiltinFunction) m).owner() == null)) {
        Object r = callMethod(m, o);
        if (!(r instanceof Boolean)) {
          throw Errors.typeError("__bool__ should return bool, returned " + Types.typeName(r));
        }
        return (Boolean) r;
      }
      m = t.lookup("__len__");
      if (m != null && (!(m instanceof BuiltinFunction)
          || ((BuiltinFunction) m).owner() == null)) {
        return lenResult(callMethod(m, o)) != 0;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- calls

  /** Calls any callable value. */
  public static Object call(Object f, Object[] args, String[] kwnames) {
    if (f instanceof PyCallable) {
      return ((PyCallable) f).call(args, kwnames);
    }
    Object m = Types.typeOf(f).lookup("__call__");
    if (m != null) {
      Object[] full = new Object[args.length + 1];
      full[0] = f;
      System.arraycopy(args, 0, full, 1, args.length);
      return call(m, full, kwnames);
    }
    throw Errors.typeError("'" + Types.typeName(f) + "' object is not callable");
  }

  /** Calls a function found on a type with {@code self} and positional arguments. */
  public static Object callMethod(Object function, Object self, Object... args) {
    Object[] full = new Object[args.length + 1];
    full[0] = self;
    System.arraycopy(args, 0, full, 1, args.length);
    if (function instanceof PyFunction || function instanceof BuiltinFunction) {
      return ((PyCallable) function).call(full, null);
    }
    return call(bindDescriptor(function, self, Types.typeOf(self)), args, null);
  }

  /** Looks up a special method on the type of {@code o} and calls it, or returns null. */
  public static Object callSpecial(Object o, String name, Object... args) {
    Object m = Types.typeOf(o).lookup(name);
    if (m == null) {
      return null;
    }
    return callMethod(m, o, args);
  }

  public static boolean isCallable(Object o) {
    if (o instanceof PyCallable) {
      return true;
    }
    return Types.typeOf(o).lookup("__call__") != null;
  }

  // ---------------------------------------------------------------- comparison

  /** Equality as containers use it: identity first, then {@code ==}. */
  public static boolean eq(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof String && b instanceof String) {
      return a.equals(b);
    }
    if (a instanceof Long && b instanceof Long) {
      return ((Long) a).longValue() == ((Long) b).longValue();
    }
    return truth(compare(a, b, CmpOp.EQ));
  }

  /** The rich comparison {@code a op b} for the six ordering/equality operators. */
  public static Object compare(Object a, Object b, CmpOp op) {
    if ((a instanceof BuiltinSubclass && userMethod(a, dunder(op)) != null)
        || (b instanceof BuiltinSubclass && userMethod(b, dunder(reflected(op))) != null)) {
      return userCompare(a, b, op);
    }
    Object r = nativeCompare(a, b, op);
    if (r != NI) {
      return r;
    }
    return userCompare(a, b, op);
  }

  private static boolean isNumber(Object o) {
    return o instanceof Long || o instanceof Double || o instanceof Boolean
        || o instanceof BigInteger;
  }

  /** Whether a three-way comparison result {@code c} satisfies {@code op}. */
  public static boolean cmpHolds(int c, CmpOp op) {
    return (Boolean) cmpResult(c, op);
  }

  private static Object cmpResult(int c, CmpOp op) {
    switch (op) {
      case EQ:
        return c == 0;
      case NOTEQ:
        return c != 0;
      case LT:
        return c < 0;
      case LTE:
        return c <= 0;
      case GT:
        return c > 0;
      case GTE:
        return c >= 0;
      default:
        throw new IllegalStateException();
    }
  }

  /** Built-in comparison, or NotImplemented when the built-in types do not define it. */
  public static Object nativeCompare(Object a, Object b, CmpOp op) {
    if (a instanceof ValueSubclass || b instanceof ValueSubclass) {
      return nativeCompare(ValueSubclass.unwrap(a), ValueSubclass.unwrap(b), op);
    }
    if (isNumber(a) && isNumber(b)) {
      Integer c = Arith.compareNumbers(a, b);
      if (c == null) {
        return op == CmpOp.NOTEQ;
      }
      return cmpResult(c, op);
    }
    if (a instanceof String && b instanceof String) {
      if (op == CmpOp.EQ) {
        return a.equals(b);
      }
      if (op == CmpOp.NOTEQ) {
        return !a.equals(b);
      }
      return cmpResult(Str.compare((String) a, (String) b), op);
    }
    if (a instanceof PyList && b instanceof PyList) {
      PyList x = (PyList) a;
      PyList y = (PyList) b;
      return sequenceCompare(x.items, x.size, y.items, y.size, op);
    }
    if (a instanceof PyTuple && b instanceof PyTuple) {
      Object[] x = ((PyTuple) a).items;
      Object[] y = ((PyTuple) b).items;
      return sequenceCompare(x, x.length, y, y.length, op);
    }
    if (a instanceof PyDict && b instanceof PyDict) {
      if (op == CmpOp.EQ) {
        return a.equals(b);
      }
      if (op == CmpOp.NOTEQ) {
        return !a.equals(b);
      }
      return NI;
    }
    if (a instanceof PySet && b instanceof PySet) {
      PySet x = (PySet) a;
      PySet y = (PySet) b;
      switch (op) {
        case EQ:
          return x.size() == y.size() && SetOps.isSubset(x, y);
        case NOTEQ:
          return !(x.size() == y.size() && SetOps.isSubset(x, y));
        case LTE:
          return SetOps.isSubset(x, y);
        case LT:
          return x.size() < y.size() && SetOps.isSubset(x, y);
        case GTE:
          return SetOps.isSubset(y, x);
        case GT:
          return y.size() < x.size() && SetOps.isSubset(y, x);
        default:
          return NI;
      }
    }
    if (a instanceof PyBytes && b instanceof PyBytes) {
      int c = java.util.Arrays.compareUnsigned(((PyBytes) a).bytes, ((PyBytes) b).bytes);
      return cmpResult(c, op);
    }
    if ((a instanceof PyByteArray || b instanceof PyByteArray) && BytesLike.check(a)
        && BytesLike.check(b)) {
      byte[] x = a instanceof PyBytes ? ((PyBytes) a).bytes : ((PyByteArray) a).buf;
      int nx = BytesLike.length(a);
      byte[] y = b instanceof PyBytes ? ((PyBytes) b).bytes : ((PyByteArray) b).buf;
      int ny = BytesLike.length(b);
      if ((op == CmpOp.EQ || op == CmpOp.NOTEQ) && nx != ny) {
        return op == CmpOp.NOTEQ;
      }
      return cmpResult(java.util.Arrays.compareUnsigned(x, 0, nx, y, 0, ny), op);
    }
    if (a instanceof PyRange && b instanceof PyRange
        && (op == CmpOp.EQ || op == CmpOp.NOTEQ)) {
      return a.equals(b) == (op == CmpOp.EQ);
    }
    if (a instanceof PyComplex) {
      return ComplexMath.compare((PyComplex) a, b, op);
    }
    if (b instanceof PyComplex) {
      return ComplexMath.compare((PyComplex) b, a, reflected(op));
    }
    if (a instanceof PyInstance || b instanceof PyInstance) {
      return NI;
    }
    if (a instanceof DictView || b instanceof DictView) {
      Object r = DictViewMethods.nativeCompare(a, b, op);
      if (r != NI) {
        return r;
      }
    }
    if (op == CmpOp.EQ || op == CmpOp.NOTEQ) {
      boolean same = a == b || ((a instanceof PySlice || a instanceof BoundMethod
          || a instanceof PyGenericAlias || a instanceof PyUnionType) && a.equals(b));
      return op == CmpOp.EQ ? same : !same;
    }
    return NI;
  }

  private static Object sequenceCompare(Object[] x, int nx, Object[] y, int ny, CmpOp op) {
    if ((op == CmpOp.EQ || op == CmpOp.NOTEQ) && nx != ny) {
      return op == CmpOp.NOTEQ;
    }
    // nested containers recurse: count the depth as CPython does (RecursionError, not a
    // Java stack overflow)
    InterpreterState st = InterpreterState.current();
    if (st != null) {
      st.enterCall(" in comparison");
    }
    try {
      return sequenceCompareItems(x, nx, y, ny, op);
    } finally {
      if (st != null) {
        st.exitCall();
      }
    }
  }

  private static Object sequenceCompareItems(Object[] x, int nx, Object[] y, int ny,
      CmpOp op) {
    int i = 0;
    while (i < nx && i < ny && eq(x[i], y[i])) {
      i++;
    }
    if (i >= nx || i >= ny) {
      return cmpResult(Integer.compare(nx, ny), op);
    }
    if (op == CmpOp.EQ) {
      return false;
    }
    if (op == CmpOp.NOTEQ) {
      return true;
    }
    return compare(x[i], y[i], op);
  }

  private static CmpOp reflected(CmpOp op) {
    switch (op) {
      case LT:
        return CmpOp.GT;
      case LTE:
        return CmpOp.GTE;
      case GT:
        return CmpOp.LT;
      case GTE:
        return CmpOp.LTE;
      default:
        return op;
    }
  }

  private static String dunder(CmpOp op) {
    switch (op) {
      case EQ:
        return "__eq__";
      case NOTEQ:
        return "__ne__";
      case LT:
        return "__lt__";
      case LTE:
        return "__le__";
      case GT:
        return "__gt__";
      case GTE:
        return "__ge__";
      default:
        throw new IllegalStateException();
    }
  }

  /** One side's comparison method (user dunder, or the built-in meaning), or NotImplemented. */
  private static Object trySide(Object self, Object other, CmpOp op) {
    if (self instanceof BuiltinSubclass) {
      Object m = userMethod(self, dunder(op));
      if (m != null) {
        return callMethod(m, self, other);
      }
    }
    if (self instanceof PyInstance) {
      Object m = ((PyInstance) self).type().lookup(dunder(op));
      if (m != null && (!(m instanceof BuiltinFunction)
          || ((BuiltinFunction) m).owner() == null)) {
        return callMethod(m, self, other);
      }
      if (op == CmpOp.NOTEQ) {
        Object eqm = ((PyInstance) self).type().lookup("__eq__");
        if (eqm != null && (!(eqm instanceof BuiltinFunction)
            || ((BuiltinFunction) eqm).owner() == null)) {
          Object r = callMethod(eqm, self, other);
          return r == NI ? NI : (Object) !truth(r);
        }
      }
      if (op == CmpOp.EQ || op == CmpOp.NOTEQ) {
        return self == other ? (Object) (op == CmpOp.EQ) : NI;
      }
      return NI;
    }
    if (other instanceof PyInstance) {
      return NI;
    }
    return nativeCompare(self, other, op);
  }

  private static Object userCompare(Object a, Object b, CmpOp op) {
    PyType ta = Types.typeOf(a);
    PyType tb = Types.typeOf(b);
    boolean reflectFirst = ta != tb && tb.isSubtypeOf(ta)
        && tb.lookup(dunder(reflected(op))) != ta.lookup(dunder(reflected(op)));
    if (reflectFirst) {
      Object r = trySide(b, a, reflected(op));
      if (r != NI) {
        return r;
      }
    }
    Object r = trySide(a, b, op);
    if (r != NI) {
      return r;
    }
    if (!reflectFirst) {
      r = trySide(b, a, reflected(op));
      if (r != NI) {
        return r;
      }
    }
    if (op == CmpOp.EQ) {
      return a == b;
    }
    if (op == CmpOp.NOTEQ) {
      return a != b;
    }
    throw Errors.typeError("'" + op.symbol + "' not supported between instances of '"
        + ta.typeName() + "' and '" + tb.typeName() + "'");
  }

  /** {@code a < b} as a Java boolean (sorting, min, max). */
  public static boolean lessThan(Object a, Object b) {
    if (a instanceof Long && b instanceof Long) {
      return (Long) a < (Long) b;
    }
    if (a instanceof String && b instanceof String) {
      return Str.compare((String) a, (String) b) < 0;
    }
    return truth(compare(a, b, CmpOp.LT));
  }

  /** Called by {@link PyInstance#equals} for dict/set keys. */
  static boolean userEquals(PyObject a, Object b) {
    return truth(compare(a, b, CmpOp.EQ));
  }

  /** Called by {@link PyInstance#hashCode} for dict keys. */
  static int userHash(PyObject a) {
    long h = hash(a);
    return (int) (h ^ (h >>> 32));
  }

  // ---------------------------------------------------------------- hashing

  private static final long MODULUS = (1L << 61) - 1;
  private static final long SIP_K0;
  private static final long SIP_K1;

  static {
    java.security.SecureRandom r = new java.security.SecureRandom();
    SIP_K0 = r.nextLong();
    SIP_K1 = r.nextLong();
  }

  /**
   * SipHash-1-3 (as CPython's str hash) with a per-JVM random key over the string's UTF-16
   * code units, four per 64-bit word. Mixing String.hashCode instead kept all of its
   * collisions ("Aa" vs "BB"), so sets of colliding strings went quadratic.
   */
  static long hashString(String s) {
    long v0 = SIP_K0 ^ 0x736f6d6570736575L;
    long v1 = SIP_K1 ^ 0x646f72616e646f6dL;
    long v2 = SIP_K0 ^ 0x6c7967656e657261L;
    long v3 = SIP_K1 ^ 0x7465646279746573L;
    int n = s.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long m = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48;
      v3 ^= m;
      // one SipRound
      v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
      v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
      v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
      v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
      v0 ^= m;
    }
    long last = ((long) n * 2) << 56;
    for (int k = 0; i < n; i++, k += 16) {
      last |= (long) s.charAt(i) << k;
    }
    v3 ^= last;
    v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
    v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
    v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
    v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    v0 ^= last;
    v2 ^= 0xff;
    for (int r = 0; r < 3; r++) {
      v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
      v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
      v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
      v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
    }
    return v0 ^ v1 ^ v2 ^ v3;
  }

  /** Python's {@code hash()}: equal values hash equal across int, float and bool. */
  public static long hash(Object o) {
    if (o instanceof String) {
      String str = (String) o;
      if (str.isEmpty()) {
        return 0; // as CPython
      }
      long h = hashString(str);
      return h == -1 ? -2 : h;
    }
    if (o instanceof Long) {
      return hashLong((Long) o);
    }
    if (o instanceof Boolean) {
      return ((Boolean) o) ? 1 : 0;
    }
    if (o instanceof Double) {
      return hashDouble((Double) o, o);
    }
    if (o instanceof BigInteger) {
      BigInteger b = (BigInteger) o;
      long r = b.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
      if (b.signum() < 0) {
        r = -r;
      }
      return r == -1 ? -2 : r;
    }
    if (o instanceof PyTuple) {
      return hashTuple(((PyTuple) o).items);
    }
    if (o == NONE || o instanceof PyType || o instanceof PySingleton
        || o instanceof PyFunction || o instanceof BuiltinFunction || o instanceof PyModule) {
      return System.identityHashCode(o) >>> 4;
    }
    if (o instanceof PyInstance) {
      PyInstance inst = (PyInstance) o;
      Object m = inst.type().lookup("__hash__");
      if (m == NONE) {
        throw Errors.typeError("unhashable type: '" + inst.type().name() + "'");
      }
      if (isOverride(m)) {
        return userHashResult(callMethod(m, o));
      }
      return System.identityHashCode(o) >>> 4;
    }
    if (o instanceof ValueSubclass) {
      PyType t = ((ValueSubclass) o).type();
      Object m = t.lookup("__hash__");
      if (m == NONE) {
        throw Errors.typeError("unhashable type: '" + t.name() + "'");
      }
      return isOverride(m) ? userHashResult(callMethod(m, o))
          : hash(((ValueSubclass) o).value());
    }
    if (o instanceof PySet) {
      if (!((PySet) o).isFrozen()) {
        throw Errors.typeError("unhashable type: 'set'");
      }
      return hashFrozenSet((PySet) o);
    }
    if (o instanceof PyList || o instanceof PyDict || o instanceof PyByteArray
        || DictViewMethods.isSetLike(o)) {
      throw Errors.typeError("unhashable type: '" + Types.typeName(o) + "'");
    }
    if (o instanceof PyBytes || o instanceof PyRange || o instanceof BoundMethod
        || o instanceof PyGenericAlias || o instanceof PyUnionType) {
      return o.hashCode();
    }
    if (o instanceof PySlice) {
      throw Errors.typeError("unhashable type: 'slice'");
    }
    if (o instanceof PyComplex) {
      return ComplexMath.hash((PyComplex) o);
    }
    return System.identityHashCode(o) >>> 4;
  }

  /** The hash a {@code __hash__} method's result {@code r} stands for. */
  private static long userHashResult(Object r) {
    if (!Arith.isInt(r)) {
      throw Errors.typeError("__hash__ method should return an integer");
    }
    if (r instanceof Long || r instanceof Boolean) {
      // as CPython: a result that fits a machine word is the hash itself (-1 is reserved)
      long h = r instanceof Long ? (Long) r : ((Boolean) r ? 1 : 0);
      return h == -1 ? -2 : h;
    }
    return hash(ValueSubclass.unwrap(r));
  }

  static long hashLong(long v) {
    long r;
    if (v >= 0) {
      r = v % MODULUS;
    } else if (v == Long.MIN_VALUE) {
      r = -(Long.remainderUnsigned(v, MODULUS));
    } else {
      r = -((-v) % MODULUS);
    }
    return r == -1 ? -2 : r;
  }

  /** CPython's _Py_HashDouble. {@code identity} is used for NaN. */
  static long hashDouble(double v, Object identity) {
    if (Double.isNaN(v)) {
      return System.identityHashCode(identity) >>> 4;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? 314159 : -314159;
    }
    if (v == Math.rint(v) && Math.abs(v) < 0x1p63) {
      return hashLong((long) v);
    }
    int[] e = new int[1];
    double m = frexp(v, e);
    int exp = e[0];
    long sign = 1;
    if (m < 0) {
      sign = -1;
      m = -m;
    }
    long x = 0;
    while (m != 0) {
      x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
      m *= 268435456.0;
      exp -= 28;
      long y = (long) m;
      m -= y;
      x += y;
      if (Long.compareUnsigned(x, MODULUS) >= 0) {
        x -= MODULUS;
      }
    }
    exp = exp >= 0 ? exp % 61 : 61 - 1 - ((-1 - exp) % 61);
    x = ((x << exp) & MODULUS) | (x >>> (61 - exp));
    x = x * sign;
    if (x == -1) {
      x = -2;
    }
    return x;
  }

  private static double frexp(double v, int[] exp) {
    if (v == 0) {
      exp[0] = 0;
      return v;
    }
    int e = Math.getExponent(v);
    if (e == Double.MIN_EXPONENT - 1) {
      v *= 0x1p54;
      e = Math.getExponent(v) - 54;
      exp[0] = e + 1;
      return v / Math.scalb(1.0, Math.getExponent(v) + 1);
    }
    exp[0] = e + 1;
    return Math.scalb(v, -(e + 1));
  }

  /** CPython's tuple hash (xxHash-based). */
  static long hashTuple(Object[] items) {
    InterpreterState st = InterpreterState.current();
    if (st != null) {
      st.enterCall();
    }
    try {
      return hashTupleItems(items);
    } finally {
      if (st != null) {
        st.exitCall();
      }
    }
  }

  private static long hashTupleItems(Object[] items) {
    long acc = 2870177450012600261L;
    for (Object item : items) {
      long lane = hash(item);
      acc += lane * -4417276706812531889L;
      acc = (acc << 31) | (acc >>> 33);
      acc *= -7046029288634856825L;
    }
    acc += items.length ^ (2870177450012600261L ^ 3527539L);
    if (acc == -1) {
      return 1546275796;
    }
    return acc;
  }

  /** CPython's frozenset hash. */
  static long hashFrozenSet(PySet s) {
    long hash = 0;
    for (long h : s.activeHashes()) {
      hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
    hash ^= ((long) s.size() + 1) * 1927868237L;
    hash ^= (hash >>> 11) ^ (hash >>> 25);
    hash = hash * 69069L + 907133923L;
    if (hash == -1) {
      hash = 590923713L;
    }
    return hash;
  }

  // ---------------------------------------------------------------- arithmetic dispatch

  /** {@code a op b}. */
  public static Object binary(BinaryOp op, Object a, Object b) {
    return binary(op, a, b, op.symbol);
  }

  /** {@code a op b}; {@code sym} names the operator in the error (e.g. "-=" for in-place). */
  private static Object binary(BinaryOp op, Object a, Object b, String sym) {
    if (!(a instanceof PyInstance) && !(b instanceof PyInstance)
        && !(a instanceof BuiltinSubclass) && !(b instanceof BuiltinSubclass)) {
      Object r = Arith.binary(op, a, b);
      if (r != NI) {
        return r;
      }
      if (op == BinaryOp.BITOR) {
        Object u = PyUnionType.of(a, b);
        if (u != null) {
          return u;
        }
      }
      throw unsupported(sym, a, b);
    }
    PyType ta = Types.typeOf(a);
    PyType tb = Types.typeOf(b);
    boolean reflectFirst = ta != tb && tb.isSubtypeOf(ta)
        && (b instanceof PyInstance || b instanceof BuiltinSubclass)
        && tb.lookup(op.rdunder) != null && tb.lookup(op.rdunder) != ta.lookup(op.rdunder);
    if (reflectFirst) {
      Object r = callSpecialOrNI(b, op.rdunder, a);
      if (r != NI) {
        return r;
      }
    }
    Object r = a instanceof PyInstance || userMethod(a, op.dunder) != null
        ? callSpecialOrNI(a, op.dunder, b) : NI;
    if (r != NI) {
      return r;
    }
    if (!(a instanceof PyInstance)) {
      r = Arith.binary(op, ValueSubclass.unwrap(a), ValueSubclass.unwrap(b));
      if (r != NI) {
        return r;
      }
    }
    if (!reflectFirst && ta != tb && (b instanceof PyInstance
        || userMethod(b, op.rdunder) != null)) {
      r = callSpecialOrNI(b, op.rdunder, a);
      if (r != NI) {
        return r;
      }
    }
    if (op == BinaryOp.MULT) {
      // sequence repetition takes any object with __index__ as the count
      Object n = b instanceof PyInstance ? indexOrNull(b) : null;
      Object m = n == null && a instanceof PyInstance ? indexOrNull(a) : null;
      if (n != null && !(a instanceof PyInstance)) {
        r = Sequences.repeat(a, n);
      } else if (m != null && !(b instanceof PyInstance)) {
        r = Sequences.repeat(b, m);
      }
      if (r != NI) {
        return r;
      }
    }
    throw unsupported(sym, a, b);
  }

  private static Object callSpecialOrNI(Object self, String name, Object arg) {
    Object m = Types.typeOf(self).lookup(name);
    if (m == null) {
      return NI;
    }
    return callMethod(m, self, arg);
  }

  /** {@code a op= b}: in-place method first, then the binary operator. */
  public static Object inplace(BinaryOp op, Object a, Object b) {
    if (a instanceof BuiltinSubclass) {
      Object m = userMethod(a, op.idunder);
      if (m != null) {
        Object r = callMethod(m, a, b);
        if (r != NI) {
          return r;
        }
      }
    }
    if (a instanceof PyList && op == BinaryOp.ADD) {
      PyList l = (PyList) a;
      if (b instanceof PyList) {
        PyList o = (PyList) b;
        l.appendAll(o.items, o.size);
      } else {
        Builtins.extendList(l, b);
      }
      return l;
    }
    if (a instanceof PyList && op == BinaryOp.MULT && Arith.isInt(b)) {
      PyList l = (PyList) a;
      PyList r = (PyList) Sequences.repeat(l, b);
      l.replaceRange(0, l.size, r.items, r.size);
      return l;
    }
    if (a instanceof PySet && !((PySet) a).isFrozen() && b instanceof PySet) {
      PySet s = (PySet) a;
      PySet o = (PySet) b;
      switch (op) {
        case BITOR:
          s.addAllFrom(o);
          return s;
        case BITAND:
          s.replaceWith(SetMethods.intersect(s, o));
          return s;
        case SUB:
          SetMethods.differenceUpdate(s, o);
          return s;
        case BITXOR:
          SetMethods.symmetricDifferenceUpdate(s, o);
          return s;
        default:
          break;
      }
    }
    if (a instanceof PyDict && op == BinaryOp.BITOR) {
      Builtins.dictUpdate((PyDict) a, b);
      return a;
    }
    if (a instanceof PyByteArray && (op == BinaryOp.ADD || op == BinaryOp.MULT)
        && userMethod(a, op.idunder) == null) {
      if (op == BinaryOp.ADD) {
        ByteArrayMethods.iadd((PyByteArray) a, b);
        return a;
      }
      if (Arith.isInt(b) || Ops.indexOrNull(b) != null) {
        ByteArrayMethods.imul((PyByteArray) a, StrMethods.repeatCount(b));
        return a;
      }
    }
    if (a instanceof PyInstance) {
      Object m = ((PyInstance) a).type().lookup(op.idunder);
      if (m != null) {
        Object r = callMethod(m, a, b);
        if (r != NI) {
          return r;
        }
      }
    }
    return binary(op, a, b, op.symbol + "=");
  }

  static PyException unsupported(String sym, Object a, Object b) {
    boolean seqA = a instanceof String || a instanceof PyList || a instanceof PyTuple
        || BytesLike.check(a);
    boolean seqB = b instanceof String || b instanceof PyList || b instanceof PyTuple
        || BytesLike.check(b);
    if (sym.equals("+=") || sym.equals("*=")) {
      String base = sym.substring(0, 1);
      if (seqA || (base.equals("*") && seqB)) {
        return unsupported(base, a, b);
      }
    }
    if (sym.equals("*") && (seqA || seqB)) {
      Object other = seqA ? b : a;
      return Errors.typeError("can't multiply sequence by non-int of type '"
          + Types.typeName(other) + "'");
    }
    if (sym.equals("+") && BytesLike.check(a)) {
      return Errors.typeError("can't concat " + Types.typeName(b) + " to "
          + (a instanceof PyBytes ? "bytes" : "bytearray"));
    }
    if (sym.equals("+") && seqA) {
      String t = Types.typeName(a);
      return Errors.typeError("can only concatenate " + t + " (not \"" + Types.typeName(b)
          + "\") to " + t);
    }
    if (sym.equals("**")) {
      return Errors.typeError("unsupported operand type(s) for ** or pow(): '"
          + Types.typeName(a) + "' and '" + Types.typeName(b) + "'");
    }
    return Errors.typeError("unsupported operand type(s) for " + sym + ": '"
        + Types.typeName(a) + "' and '" + Types.typeName(b) + "'");
  }

  public static Object negate(Object v) {
    Object r = Arith.negate(v);
    return r != NI ? r : unaryUser(v, "__neg__", "-");
  }

  public static Object positive(Object v) {
    Object r = Arith.positive(v);
    return r != NI ? r : unaryUser(v, "__pos__", "+");
  }

  public static Object invert(Object v) {
    Object r = Arith.invert(v);
    return r != NI ? r : unaryUser(v, "__invert__", "~");
  }

  public static Object abs(Object v) {
    Object r = Arith.abs(v);
    if (r != NI) {
      return r;
    }
    Object m = Types.typeOf(v).lookup("__abs__");
    if (m == null) {
      throw Errors.typeError("bad operand type for abs(): '" + Types.typeName(v) + "'");
    }
    return callMethod(m, v);
  }

  private static Object unaryUser(Object v, String dunder, String sym) {
    Object m = Types.typeOf(v).lookup(dunder);
    if (m == null) {
      throw Errors.typeError("bad operand type for unary " + sym + ": '" + Types.typeName(v)
          + "'");
    }
    return callMethod(m, v);
  }

  // ---------------------------------------------------------------- conversions

  /** An int for {@code o} (int, bool, or an object with __index__), or null. */
  public static Object indexOrNull(Object o) {
    if (o instanceof Long || o instanceof BigInteger) {
      return o;
    }
    if (o instanceof Boolean) {
      return ((Boolean) o) ? 1L : 0L;
    }
    if (o instanceof PyInstance || o instanceof ValueSubclass) {
      Object m = ((PyObject) o).type().lookup("__index__");
      if (m != null) {
        Object r = callMethod(m, o);
        if (!Arith.isInt(r)) {
          throw Errors.typeError("__index__ returned non-int (type " + Types.typeName(r) + ")");
        }
        return Arith.asInt(r);
      }
    }
    return null;
  }

  /** A float for {@code o} (float, int, or an object with __float__/__index__), or null. */
  public static Double floatOrNull(Object o) {
    if (o instanceof Double) {
      return (Double) o;
    }
    if (Arith.isInt(o)) {
      return Arith.toDouble(o);
    }
    if (o instanceof PyInstance || o instanceof ValueSubclass) {
      Object m = ((PyObject) o).type().lookup("__float__");
      if (m != null) {
        Object r = callMethod(m, o);
        if (!(r instanceof Double)) {
          throw Errors.typeError(Types.typeName(o) + ".__float__ returned non-float (type "
              + Types.typeName(r) + ")");
        }
        return (Double) r;
      }
      Object i = indexOrNull(o);
      if (i != null) {
        return Arith.toDouble(i);
      }
    }
    return null;
  }

  /** An index-sized int for sequence operations, with CPython's errors. */
  public static long asIndex(Object o, String what) {
    if (o instanceof Long) {
      return (Long) o;
    }
    Object i = indexOrNull(o);
    if (i == null) {
      throw Errors.typeError(what);
    }
    if (i instanceof BigInteger) {
      throw Errors.indexError("cannot fit 'int' into an index-sized integer");
    }
    return (Long) i;
  }

  /** Converts an index-like value to int, raising OverflowError if out of Java int range. */
  public static int asInt(Object o, String what) {
    long v = asIndex(o, what);
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }
    return (int) v;
  }

  // ---------------------------------------------------------------- repr / str

  private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_ACTIVE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  public static String repr(Object o) {
    if (o instanceof String) {
      return StrRepr.repr((String) o);
    }
    if (o instanceof BuiltinSubclass && userMethod(o, "__repr__") != null) {
      Object m = userMethod(o, "__repr__");
      if (m != null) {
        Object r = callMethod(m, o);
        if (!(r instanceof String)) {
          throw Errors.typeError("__repr__ returned non-string (type " + Types.typeName(r)
              + ")");
        }
        return (String) r;
      }
    }
    return reprNative(o);
  }

  /** The built-in repr, ignoring overrides in subclasses. */
  public static String reprNative(Object o) {
    if (o instanceof ValueSubclass) {
      return reprNative(((ValueSubclass) o).value());
    }
    if (o instanceof String) {
      return StrRepr.repr((String) o);
    }
    if (o instanceof Long) {
      return o.toString();
    }
    if (o instanceof Boolean) {
      return ((Boolean) o) ? "True" : "False";
    }
    if (o instanceof Double) {
      return FloatRepr.repr((Double) o);
    }
    if (o == NONE) {
      return "None";
    }
    if (o instanceof BigInteger) {
      return NumberParse.intToDecimal((BigInteger) o);
    }
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict
        || o instanceof PySet) {
      return containerRepr(o);
    }
    if (o instanceof PyInstance) {
      Object m = ((PyInstance) o).type().lookup("__repr__");
      // script methods, or built-ins of library classes (which have no owner type)
      if (m != null && (!(m instanceof BuiltinFunction)
          || ((BuiltinFunction) m).owner() == null)) {
        Object r = callMethod(m, o);
        if (!(r instanceof String)) {
          throw Errors.typeError("__repr__ returned non-string (type " + Types.typeName(r)
              + ")");
        }
        return (String) r;
      }
      if (o instanceof PyBaseException) {
        return exceptionRepr((PyBaseException) o);
      }
      return defaultRepr(o);
    }
    if (o instanceof PyComplex) {
      return ComplexMath.repr((PyComplex) o);
    }
    return Reprs.builtinRepr(o);
  }

  static String defaultRepr(Object o) {
    PyType t = Types.typeOf(o);
    return "<" + moduleQualified(t) + " object at " + address(o) + ">";
  }

  /** A stable pseudo address: scripts see no real memory layout. */
  public static String address(Object o) {
    return String.format("0x%012x", 0x7f0000000000L + (System.identityHashCode(o) & 0xffffffffL)
        * 16);
  }

  static String moduleQualified(PyType t) {
    if (t.isBuiltin()) {
      return t.qualname();
    }
    Object mod = t.dict().get("__module__");
    if (mod instanceof String && !mod.equals("builtins")) {
      return mod + "." + t.qualname();
    }
    return t.qualname();
  }

  static String exceptionRepr(PyBaseException e) {
    PyTuple args = e.args();
    String name = e.type().name();
    if (args.size() == 1) {
      return name + "(" + repr(args.get(0)) + ")";
    }
    return name + repr(args);
  }

  private static String containerRepr(Object o) {
    IdentityHashMap<Object, Boolean> active = REPR_ACTIVE.get();
    if (active.containsKey(o)) {
      return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}"
          : Types.typeName(o) + "(...)";
    }
    // Like CPython's Py_EnterRecursiveCall: a deeply nested container is a RecursionError,
    // not a Java stack overflow or a quadratic string build that no budget sees.
    InterpreterState st = InterpreterState.current();
    if (st != null) {
      st.enterCall();
    }
    active.put(o, Boolean.TRUE);
    StringBuilder sb = new StringBuilder();
    try {
      if (o instanceof PyList) {
        PyList l = (PyList) o;
        sb.append('[');
        for (int i = 0; i < l.size; i++) {
          if (i > 0) {
            sb.append(", ");
          }
          sb.append(repr(l.items[i]));
        }
        return sb.append(']').toString();
      }
      if (o instanceof PyTuple) {
        Object[] items = ((PyTuple) o).items;
        sb.append('(');
        for (int i = 0; i < items.length; i++) {
          if (i > 0) {
            sb.append(", ");
          }
          sb.append(repr(items[i]));
        }
        if (items.length == 1) {
          sb.append(',');
        }
        return sb.append(')').toString();
      }
      if (o instanceof PyDict) {
        sb.append('{');
        boolean first = true;
        for (PyDict.Entry e : ((PyDict) o).entries()) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          sb.append(repr(e.key)).append(": ").append(repr(e.value));
        }
        return sb.append('}').toString();
      }
      PySet s = (PySet) o;
      // a subclass shows its own name, always with parentheses, as CPython's set repr does
      String name = s instanceof PySet.Sub ? s.type().name() : s.isFrozen() ? "frozenset" : null;
      if (s.size() == 0) {
        return (name == null ? "set" : name) + "()";
      }
      if (name != null) {
        sb.append(name).append('(');
      }
      sb.append('{');
      boolean first = true;
      for (Object k : s.toArray()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append(repr(k));
      }
      sb.append('}');
      if (name != null) {
        sb.append(')');
      }
      return sb.toString();
    } finally {
      active.remove(o);
      if (st != null) {
        st.exitCall();
        st.chargeSteps(sb.length() >> 4);
      }
    }
  }

  public static String str(Object o) {
    if (o instanceof String) {
      return (String) o;
    }
    if (o instanceof BuiltinSubclass) {
      Object m = userMethod(o, "__str__");
      if (m != null) {
        Object r = callMethod(m, o);
        if (!(r instanceof String)) {
          throw Errors.typeError("__str__ returned non-string (type " + Types.typeName(r) + ")");
        }
        return (String) r;
      }
    }
    if (o instanceof PyInstance) {
      Object m = ((PyInstance) o).type().lookup("__str__");
      if (isOverride(m)) {
        Object r = callMethod(m, o);
        if (!(r instanceof String)) {
          throw Errors.typeError("__str__ returned non-string (type " + Types.typeName(r) + ")");
        }
        return (String) r;
      }
      if (o instanceof PyBaseException) {
        return exceptionStr((PyBaseException) o);
      }
    }
    if (o instanceof PyByteArray) {
      return reprNative(o); // bytearray's own __str__ ignores a subclass's __repr__
    }
    if (o instanceof ValueSubclass && ((ValueSubclass) o).value() instanceof String) {
      return (String) ((ValueSubclass) o).value(); // str's own __str__; int's and float's repr
    }
    if (o instanceof DictViewMethods.MappingProxy) {
      return str(((DictViewMethods.MappingProxy) o).dict); // mappingproxy's str is its mapping's
    }
    return repr(o);
  }

  static String exceptionStr(PyBaseException e) {
    if (e.type().isSubtypeOf(ExceptionTypes.OS_ERROR) && e.dict().getStr("strerror") != null) {
      PyDict d = e.dict(); // [Errno 2] No such file: 'a' -> 'b'
      StringBuilder sb = new StringBuilder("[Errno ").append(str(d.getStr("errno")))
          .append("] ").append(str(d.getStr("strerror")));
      Object f1 = d.getStr("filename");
      if (f1 != null && f1 != NONE) {
        sb.append(": ").append(repr(f1));
        Object f2 = d.getStr("filename2");
        if (f2 != null && f2 != NONE) {
          sb.append(" -> ").append(repr(f2));
        }
      }
      return sb.toString();
    }
    PyTuple args = e.args();
    if (args.size() == 0) {
      return "";
    }
    if (args.size() == 1) {
      if (e.type().isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
        return repr(args.get(0));
      }
      return str(args.get(0));
    }
    return str(args);
  }

  /** {@code ascii(o)}: repr with non-ASCII characters escaped. */
  public static String ascii(Object o) {
    String r = repr(o);
    StringBuilder sb = null;
    for (int i = 0; i < r.length(); ) {
      int c = r.codePointAt(i);
      int n = Character.charCount(c);
      if (c >= 0x80) {
        if (sb == null) {
          sb = new StringBuilder(r.substring(0, i));
        }
        if (c < 0x100) {
          sb.append(String.format("\\x%02x", c));
        } else if (c < 0x10000) {
          sb.append(String.format("\\u%04x", c));
        } else {
          sb.append(String.format("\\U%08x", c));
        }
      } else if (sb != null) {
        sb.append((char) c);
      }
      i += n;
    }
    return sb == null ? r : sb.toString();
  }

  // ---------------------------------------------------------------- attributes

  /** {@code obj.name}. */
  public static Object getAttr(Object obj, String name) {
    try {
      return getAttrUnmarked(obj, name);
    } catch (PyException e) {
      throw markAttributeError(e, obj, name);
    }
  }

  /**
   * An AttributeError leaving {@code obj.name} without a {@code name} gets the name and object
   * of that access, as in CPython (they also decide the "Did you mean" hint).
   */
  public static PyException markAttributeError(PyException e, Object obj, String name) {
    PyBaseException x = e.exception();
    if ((x.name == null || x.name == NONE) && x.type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
      x.name = name;
      x.obj = obj;
    }
    return e;
  }

  /**
   * Reading {@code obj.name} raised {@code e} before the class's {@code __getattr__} was asked
   * (a property or descriptor raised it): an AttributeError falls back to {@code __getattr__}
   * as in CPython; anything else propagates.
   */
  public static Object afterGetAttrError(PyException e, Object obj, String name) {
    if (!(obj instanceof PySuper) && e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
      Object ga = obj instanceof PyType ? metaclassHook((PyType) obj, "__getattr__")
          : Types.typeOf(obj).lookup("__getattr__");
      if (ga != null) {
        try {
          return callMethod(ga, obj, name);
        } catch (PyException e2) {
          throw markAttributeError(e2, obj, name);
        }
      }
    }
    throw markAttributeError(e, obj, name);
  }

  private static Object getAttrUnmarked(Object obj, String name) {
    if (obj instanceof PyInstance) {
      PyType t = ((PyInstance) obj).type();
      Object custom = t.lookup("__getattribute__");
      if (custom instanceof PyFunction) {
        try {
          return callMethod(custom, obj, name);
        } catch (PyException e) {
          Object ga = t.lookup("__getattr__");
          if (ga == null || !e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
            throw e;
          }
          return callMethod(ga, obj, name);
        }
      }
    }
    Object v;
    try {
      v = genericGetAttr(obj, name);
    } catch (PyException e) {
      return afterGetAttrError(e, obj, name);
    }
    if (v == null) {
      if (!(obj instanceof PyType) && !(obj instanceof PySuper)) {
        Object ga = Types.typeOf(obj).lookup("__getattr__");
        if (ga != null) {
          // the hook's own AttributeError (with its message) reaches the script
          return callMethod(ga, obj, name);
        }
      }
      throw attributeError(obj, name);
    }
    return v;
  }

  /** {@code object.__getattribute__(obj, name)}: the lookup without {@code __getattr__}. */
  public static Object objectGetAttribute(Object obj, String name) {
    Object v = genericGetAttr(obj, name);
    if (v == null) {
      throw attributeError(obj, name);
    }
    return v;
  }

  static PyException attributeError(Object obj, String name) {
    if (obj instanceof PyModule) {
      return Errors.attributeError("module '" + ((PyModule) obj).name + "' has no attribute '"
          + name + "'");
    }
    if (obj instanceof PyType) {
      return Errors.attributeError("type object '" + ((PyType) obj).name()
          + "' has no attribute '" + name + "'");
    }
    return Errors.attributeError("'" + Types.typeName(obj) + "' object has no attribute '"
        + name + "'");
  }

  /** A method a metaclass other than type defines for its classes ({@code __setattr__}...). */
  static Object metaclassHook(PyType cls, String name) {
    PyType meta = cls.type();
    if (meta == Types.TYPE) {
      return null;
    }
    Object m = meta.lookup(name);
    return isOverride(m) ? m : null;
  }

  /** {@code obj.name}, or null when there is no such attribute. */
  public static Object getAttrOrNull(Object obj, String name) {
    if (obj instanceof PyInstance
        && ((PyInstance) obj).type().lookup("__getattribute__") instanceof PyFunction) {
      try {
        return getAttr(obj, name);
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
          return null;
        }
        throw e;
      }
    }
    Object v;
    try {
      v = genericGetAttr(obj, name);
    } catch (PyException e) {
      if (!e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
        throw e;
      }
      v = null; // a property's AttributeError: as missing, __getattr__ may still answer
    }
    if (v != null || obj instanceof PyType || obj instanceof PySuper) {
      return v;
    }
    Object ga = Types.typeOf(obj).lookup("__getattr__");
    if (ga != null) {
      try {
        return callMethod(ga, obj, name);
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
          return null;
        }
        throw e;
      }
    }
    return null;
  }

  /** The attribute found through the type and instance dict, or null; no hooks. */
  private static Object genericGetAttr(Object obj, String name) {
    if (obj instanceof PySuper) {
      return ((PySuper) obj).getAttr(name);
    }
    if (obj instanceof PyType) {
      return typeGetAttr((PyType) obj, name);
    }
    if (obj instanceof PyModule) {
      Object v = ((PyModule) obj).namespace.get(name);
      if (v != null) {
        return v;
      }
      if (name.equals("__name__")) {
        return ((PyModule) obj).name;
      }
    }
    PyType t = Types.typeOf(obj);
    Object d = t.lookup(name);
    if (d != null) {
      if (d instanceof Property) {
        Property p = (Property) d;
        if (p.fget == NONE) {
          throw Errors.attributeError("property '" + name + "' of '" + t.name()
              + "' object has no getter");
        }
        return call(p.fget, new Object[] {obj}, null);
      }
      if (d instanceof GetSet) {
        // the value types' own attributes (int.real...) read the plain value
        return ((GetSet) d).getter.apply(obj instanceof ValueSubclass
            && Types.typeOf(((ValueSubclass) obj).value()).lookup(name) == d
            && Types.OBJECT.lookup(name) != d ? ((ValueSubclass) obj).value() : obj);
      }
      if (d instanceof PyInstance && isDataDescriptor(d)) {
        return callMethod(((PyInstance) d).type().lookup("__get__"), d, obj, t);
      }
    }
    PyDict dict = instanceDict(obj);
    if (dict != null) {
      Object v = dict.getStr(name);
      if (v != null) {
        return v;
      }
    }
    if (d != null) {
      return bindDescriptor(d, obj, t);
    }
    if (obj instanceof BoundMethod && t == Types.METHOD) {
      // a method reads the other attributes of its function (__name__, __doc__, marks...)
      return getAttrOrNull(((BoundMethod) obj).function, name);
    }
    return null;
  }

  private static boolean isDataDescriptor(Object d) {
    PyType dt = Types.typeOf(d);
    return dt.lookup("__get__") != null
        && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null);
  }

  /** What a class attribute becomes when read through an instance. */
  static Object bindDescriptor(Object d, Object obj, PyType t) {
    if (d instanceof PyFunction || d instanceof BuiltinFunction) {
      return new BoundMethod(obj, d);
    }
    if (d instanceof StaticMethod) {
      return ((StaticMethod) d).function;
    }
    if (d instanceof ClassMethod) {
      return new BoundMethod(t, ((ClassMethod) d).function);
    }
    if (d instanceof PyInstance) {
      Object get = ((PyInstance) d).type().lookup("__get__");
      if (get != null) {
        return callMethod(get, d, obj, t);
      }
    }
    return d;
  }

  /** The attribute dict of an object that has one, else null. */
  public static PyDict instanceDict(Object obj) {
    if (obj instanceof PyInstance) {
      return ((PyInstance) obj).dictOrNull();
    }
    if (obj instanceof BuiltinSubclass) {
      return ((BuiltinSubclass) obj).attributes();
    }
    if (obj instanceof PyFunction) {
      return ((PyFunction) obj).dictOrNull();
    }
    return null;
  }

  private static Object typeGetAttr(PyType type, String name) {
    Object meta = type.type().lookup(name);
    if (meta instanceof GetSet) {
      return ((GetSet) meta).getter.apply(type);
    }
    if (meta instanceof Property && ((Property) meta).fget != NONE) {
      return call(((Property) meta).fget, new Object[] {type}, null); // a metaclass property
    }
    Object d = type.lookup(name);
    if (d != null) {
      if (d instanceof StaticMethod) {
        return ((StaticMethod) d).function;
      }
      if (d instanceof ClassMethod) {
        return new BoundMethod(type, ((ClassMethod) d).function);
      }
      if (d instanceof PyInstance) {
        Object get = ((PyInstance) d).type().lookup("__get__");
        if (get != null) {
          return callMethod(get, d, NONE, type);
        }
      }
      return d;
    }
    if (meta != null) {
      return bindDescriptor(meta, type, type.type());
    }
    Object hook = metaclassHook(type, "__getattr__");
    if (hook != null) { // a metaclass's __getattr__ answers for its classes' missing names
      try {
        return callMethod(hook, type, name);
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
          return null;
        }
        throw e;
      }
    }
    return null;
  }

  /** {@code obj.name = value}. */
  public static void setAttr(Object obj, String name, Object value) {
    if (obj instanceof PyType) {
      Object hook = metaclassHook((PyType) obj, "__setattr__");
      if (hook != null) {
        callMethod(hook, obj, name, value);
        return;
      }
      ((PyType) obj).setAttribute(name, value);
      return;
    }
    PyType t = Types.typeOf(obj);
    // a __setattr__ override comes first; object.__setattr__ applies the descriptors
    if (obj instanceof PyInstance) {
      Object sa = t.lookup("__setattr__");
      if (isOverride(sa)) {
        callMethod(sa, obj, name, value);
        return;
      }
    } else if (obj instanceof BuiltinSubclass) {
      Object sa = userMethod(obj, "__setattr__");
      if (sa != null) {
        callMethod(sa, obj, name, value);
        return;
      }
    }
    setAttrNoHook(obj, t, name, value);
  }

  /** object.__setattr__: data descriptors of the class, then the instance dict. */
  private static void setAttrNoHook(Object obj, PyType t, String name, Object value) {
    Object d = t.lookup(name);
    if (d != null) {
      if (d instanceof Property) {
        Property p = (Property) d;
        if (p.fset == NONE) {
          throw Errors.attributeError("property '" + name + "' of '" + t.name()
              + "' object has no setter");
        }
        call(p.fset, new Object[] {obj, value}, null);
        return;
      }
      if (d instanceof GetSet) {
        GetSet gs = (GetSet) d;
        if (gs.setter == null) {
          throw Errors.attributeError("attribute '" + name + "' of '" + t.typeName()
              + "' objects is not writable");
        }
        gs.setter.accept(obj, value);
        return;
      }
      if (d instanceof PyInstance) {
        PyType dt = ((PyInstance) d).type();
        Object set = dt.lookup("__set__");
        if (set != null) {
          callMethod(set, d, obj, value);
          return;
        }
        if (dt.lookup("__delete__") != null) {
          throw Errors.attributeError("__set__"); // a data descriptor that cannot set
        }
      }
    }
    if (obj instanceof PyInstance) {
      checkSlots(obj, t, name);
      ((PyInstance) obj).dict().put(name, value);
      return;
    }
    if (obj instanceof PyFunction) {
      ((PyFunction) obj).dict().put(name, value);
      return;
    }
    if (obj instanceof BuiltinSubclass) {
      ((BuiltinSubclass) obj).attributes().put(name, value);
      return;
    }
    if (obj instanceof PyModule) {
      ((PyModule) obj).namespace.set(name, value);
      return;
    }
    if (d != null) {
      throw Errors.attributeError("'" + t.name() + "' object attribute '" + name
          + "' is read-only");
    }
    throw Errors.attributeError("'" + t.name() + "' object has no attribute '" + name + "'");
  }

  /** Stores straight into the instance dict (object.__setattr__). */
  public static void genericSetAttr(Object obj, String name, Object value) {
    if (obj instanceof PyType) {
      // reached through super() from a metaclass's __setattr__: no hook again
      ((PyType) obj).setAttribute(name, value);
      return;
    }
    setAttrNoHook(obj, Types.typeOf(obj), name, value);
  }

  /**
   * A class whose every script class in the MRO declares {@code __slots__} (without
   * {@code "__dict__"}) has instances that take only the slot names.
   */
  private static void checkSlots(Object obj, PyType t, String name) {
    if (!slotsAllow(t, name)) {
      throw attributeError(obj, name);
    }
  }

  /** Whether instances of {@code t} may hold attribute {@code name} (see checkSlots). */
  public static boolean slotsAllow(PyType t, String name) {
    if (t.lookup("__slots__") == null) {
      return true;
    }
    for (PyType c : t.mro()) {
      if (c.isBuiltin()) {
        continue;
      }
      Object slots = c.dict().get("__slots__");
      if (slots == null) {
        return true;
      }
      if (slots instanceof String) {
        if (slots.equals(name) || slots.equals("__dict__")) {
          return true;
        }
        continue;
      }
      PyIterator it = iter(slots);
      for (Object s = it.next(); s != null; s = it.next()) {
        if (name.equals(s) || "__dict__".equals(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code del obj.name}. */
  public static void delAttr(Object obj, String name) {
    if (obj instanceof PyType) {
      Object hook = metaclassHook((PyType) obj, "__delattr__");
      if (hook != null) {
        callMethod(hook, obj, name);
        return;
      }
      if (!((PyType) obj).deleteAttribute(name)) {
        throw attributeError(obj, name);
      }
      return;
    }
    PyType t = Types.typeOf(obj);
    // a __delattr__ override comes first; object.__delattr__ applies the descriptors
    if (obj instanceof PyInstance) {
      Object da = t.lookup("__delattr__");
      if (isOverride(da)) {
        callMethod(da, obj, name);
        return;
      }
    } else if (obj instanceof BuiltinSubclass) {
      Object da = userMethod(obj, "__delattr__");
      if (da != null) {
        callMethod(da, obj, name);
        return;
      }
    }
    genericDelAttr(obj, name);
  }

  /** {@code object.__delattr__}: a data descriptor's deleter, else the instance dict entry. */
  public static void genericDelAttr(Object obj, String name) {
    if (obj instanceof PyType) {
      // reached through super() from a metaclass's __delattr__: no hook again
      if (!((PyType) obj).deleteAttribute(name)) {
        throw attributeError(obj, name);
      }
      return;
    }
    PyType t = Types.typeOf(obj);
    Object d = t.lookup(name);
    if (d instanceof Property) {
      Property p = (Property) d;
      if (p.fdel == NONE) {
        throw Errors.attributeError("property '" + name + "' of '" + t.name()
            + "' object has no deleter");
      }
      call(p.fdel, new Object[] {obj}, null);
      return;
    }
    if (d instanceof PyInstance) {
      PyType dt = ((PyInstance) d).type();
      Object del = dt.lookup("__delete__");
      if (del != null) {
        callMethod(del, d, obj);
        return;
      }
      if (dt.lookup("__set__") != null) {
        throw Errors.attributeError("__delete__"); // a data descriptor that cannot delete
      }
    }
    PyDict dict = instanceDict(obj);
    if (dict != null && dict.remove(name) != null) {
      return;
    }
    if (obj instanceof PyModule && ((PyModule) obj).namespace.delete(name)) {
      return;
    }
    if (obj instanceof PyInstance && declaredSlot(t, name)) {
      throw Errors.attributeError(name); // an empty slot, as CPython's member descriptor says
    }
    throw attributeError(obj, name);
  }

  /** Whether a script class of t's MRO names {@code name} in its {@code __slots__}. */
  private static boolean declaredSlot(PyType t, String name) {
    for (PyType c : t.mro()) {
      Object slots = c.isBuiltin() ? null : c.dict().get("__slots__");
      if (slots instanceof String ? slots.equals(name)
          : slots instanceof PyTuple || slots instanceof PyList
              ? java.util.Arrays.asList(slots instanceof PyTuple ? ((PyTuple) slots).array()
                  : ((PyList) slots).toArray()).contains(name) : false) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- items

  public static Object getItem(Object obj, Object key) {
    if (obj instanceof BuiltinSubclass) {
      Object m = userMethod(obj, "__getitem__");
      if (m != null) {
        return callMethod(m, obj, key);
      }
    }
    return getItemNative(obj, key);
  }

  /** The built-in {@code obj[key]}, ignoring overrides in subclasses (their super() target). */
  public static Object getItemNative(Object obj, Object key) {
    if (obj instanceof BuiltinSubclass) {
      if (obj instanceof PyDict) {
        Object v = ((PyDict) obj).get(key);
        if (v != null) {
          return v;
        }
        Object missing = userMethod(obj, "__missing__");
        if (missing != null) {
          return callMethod(missing, obj, key);
        }
        throw Errors.keyError(key);
      }
    }
    if (obj instanceof PyList) {
      PyList l = (PyList) obj;
      if (key instanceof Long) {
        long i = (Long) key;
        if (i < 0) {
          i += l.size;
        }
        if (i < 0 || i >= l.size) {
          throw Errors.indexError("list index out of range");
        }
        return l.items[(int) i];
      }
    }
    if (obj instanceof PyDict) {
      Object v = ((PyDict) obj).get(key);
      if (v == null) {
        throw Errors.keyError(key);
      }
      return v;
    }
    return Items.getItem(ValueSubclass.unwrap(obj), key);
  }

  public static void setItem(Object obj, Object key, Object value) {
    if (obj instanceof BuiltinSubclass) {
      Object m = userMethod(obj, "__setitem__");
      if (m != null) {
        callMethod(m, obj, key, value);
        return;
      }
    }
    setItemNative(obj, key, value);
  }

  /** The built-in {@code obj[key] = value}, ignoring overrides in subclasses. */
  public static void setItemNative(Object obj, Object key, Object value) {
    if (obj instanceof PyDict) {
      ((PyDict) obj).put(key, value);
      return;
    }
    if (obj instanceof PyList && key instanceof Long) {
      PyList l = (PyList) obj;
      long i = (Long) key;
      if (i < 0) {
        i += l.size;
      }
      if (i < 0 || i >= l.size) {
        throw Errors.indexError("list assignment index out of range");
      }
      l.items[(int) i] = value;
      return;
    }
    Items.setItem(obj, key, value);
  }

  public static void delItem(Object obj, Object key) {
    Object m = userMethod(obj, "__delitem__");
    if (m != null) {
      callMethod(m, obj, key);
      return;
    }
    Items.delItem(obj, key);
  }

  // ---------------------------------------------------------------- iteration, len, in

  /** {@code iter(o)} as a Java iterator. */
  public static PyIterator iter(Object o) {
    if (o instanceof BuiltinSubclass && userMethod(o, "__iter__") != null) {
      return Items.iterUser(o);
    }
    return iterNative(o);
  }

  /** The built-in {@code iter(o)}, ignoring overrides in subclasses. */
  public static PyIterator iterNative(Object o) {
    if (o instanceof PyList) {
      return PyIterator.of((PyList) o);
    }
    return Items.iter(ValueSubclass.unwrap(o));
  }

  /** {@code len(o)} as the builtin returns it: up to sys.maxsize (ranges may exceed int). */
  public static long lenLong(Object o) {
    if (o instanceof PyRange) {
      return ((PyRange) o).length;
    }
    return len(o);
  }

  /** {@code len(o)}. */
  public static int len(Object o) {
    if (o instanceof String) {
      return Str.length((String) o);
    }
    if (o instanceof BuiltinSubclass) {
      Object m = userMethod(o, "__len__");
      if (m != null) {
        return lenResult(callMethod(m, o));
      }
      if (o instanceof ValueSubclass && ((ValueSubclass) o).value() instanceof String) {
        return len(((ValueSubclass) o).value());
      }
    }
    if (o instanceof PyList) {
      return ((PyList) o).size;
    }
    if (o instanceof PyTuple) {
      return ((PyTuple) o).items.length;
    }
    if (o instanceof PyDict) {
      return ((PyDict) o).size();
    }
    if (o instanceof PySet) {
      return ((PySet) o).size();
    }
    if (o instanceof PyRange) {
      long n = ((PyRange) o).length;
      if (n > Integer.MAX_VALUE) {
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
      }
      return (int) n;
    }
    if (o instanceof PyBytes) {
      return ((PyBytes) o).bytes.length;
    }
    if (o instanceof PyByteArray) {
      return ((PyByteArray) o).size;
    }
    if (o instanceof PyBigRange) {
      throw PyBigRange.tooLarge();
    }
    if (o instanceof DictView) {
      return ((DictView) o).dict.size();
    }
    Object m = Types.typeOf(o).lookup("__len__");
    if (m == null) {
      throw Errors.typeError("object of type '" + Types.typeName(o) + "' has no len()");
    }
    return lenResult(callMethod(m, o));
  }

  private static int lenResult(Object r) {
    Object i = indexOrNull(r);
    if (i == null) {
      throw Errors.typeError("'" + Types.typeName(r) + "' object cannot be interpreted as an"
          + " integer");
    }
    if (i instanceof BigInteger) {
      throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
    }
    long n = (Long) i;
    if (n < 0) {
      throw Errors.valueError("__len__() should return >= 0");
    }
    return (int) n;
  }

  /** {@code item in container}. */
  public static boolean contains(Object container, Object item) {
    Object m = userMethod(container, "__contains__");
    if (m != null) {
      return truth(callMethod(m, container, item));
    }
    if (container instanceof ValueSubclass) {
      Object v = ((ValueSubclass) container).value();
      return Items.contains(v, v instanceof String ? ValueSubclass.unwrap(item) : item);
    }
    if (container instanceof String) {
      return Items.contains(container, ValueSubclass.unwrap(item));
    }
    return Items.contains(container, item);
  }

  /** True if {@code iter(o)} would succeed. */
  public static boolean isIterable(Object o) {
    if (o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyDict
        || o instanceof PySet || o instanceof PyRange || o instanceof PyIterator
        || BytesLike.check(o) || o instanceof DictView) {
      return true;
    }
    PyType t = Types.typeOf(o);
    return t.lookup("__iter__") != null || t.lookup("__getitem__") != null;
  }

  /** Normalises a BigInteger to Long where it fits. */
  public static Object normalizeInt(BigInteger b) {
    return Arith.norm(b);
  }
}
