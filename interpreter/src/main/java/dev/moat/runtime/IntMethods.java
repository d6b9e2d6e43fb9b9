package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.MISSING;
import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.argTypeName;
import static dev.moat.runtime.MethodSupport.def;
import static dev.moat.runtime.MethodSupport.getter;
import static dev.moat.runtime.MethodSupport.ssize;

import dev.moat.ast.Ast.BinaryOp;
import java.math.BigInteger;

/** The methods of {@code int}, which {@code bool} inherits, and bool's own operators. */
final class IntMethods {
  private IntMethods() {}

  static void install() {
    PyType t = Types.INT;
    def(t, "bit_length", "self", a -> (long) Arith.big(a[0]).abs().bitLength());
    def(t, "bit_count", "self", a -> (long) Arith.big(a[0]).abs().bitCount());
    def(t, "to_bytes", "self, length=1, byteorder='big', *, signed=False",
        a -> toBytes(a[0], ssize(a[1]), a[2], Ops.truth(a[3])));
    MethodSupport.classMethod(t, "from_bytes", "cls, bytes, byteorder='big', *, signed=False",
        a -> fromBytes((PyType) a[0], a[1], a[2], Ops.truth(a[3])));
    def(t, "as_integer_ratio", "self", a -> PyTuple.of(Arith.asInt(a[0]), 1L));
    def(t, "conjugate", "self", a -> Arith.asInt(a[0]));
    getter(t, "real", Arith::asInt);
    getter(t, "imag", v -> 0L);
    getter(t, "numerator", Arith::asInt);
    getter(t, "denominator", v -> 1L);

    def(t, "__index__", "self", a -> Arith.asInt(a[0]));
    def(t, "__int__", "self", a -> Arith.asInt(a[0]));
    def(t, "__float__", "self", a -> Arith.toDouble(a[0]));
    def(t, "__bool__", "self", a -> Ops.truth(a[0]));
    def(t, "__abs__", "self", a -> Arith.abs(a[0]));
    def(t, "__neg__", "self", a -> Arith.negate(a[0]));
    def(t, "__pos__", "self", a -> Arith.positive(a[0]));
    def(t, "__invert__", "self", a -> Arith.invert(a[0]));
    def(t, "__trunc__", "self", a -> Arith.asInt(a[0]));
    def(t, "__floor__", "self", a -> Arith.asInt(a[0]));
    def(t, "__ceil__", "self", a -> Arith.asInt(a[0]));
    def(t, "__round__", "self, ndigits=?, /", a -> {
      if (a[1] == MISSING) {
        return Builtins.round(a[0], NONE);
      }
      if (Ops.indexOrNull(a[1]) == null) {
        throw MethodSupport.notAnInteger(a[1]);
      }
      return Builtins.round(a[0], a[1]);
    });
    def(t, "__hash__", "self", a -> Ops.hash(a[0]));
    def(t, "__repr__", "self", a -> Ops.repr(a[0]));
    def(t, "__format__", "self, format_spec, /", a -> Formatting.format(a[0],
        StrMethods.formatSpec(a[1])));
    MethodSupport.comparisons(t, Arith::isInt);
    arithmetic(t, Arith::isInt);
    def(t, "__pow__", "self, value, mod=None, /", a -> pow(a[0], a[1], a[2]));
    def(t, "__rpow__", "self, value, mod=None, /", a -> pow(a[1], a[0], a[2]));

    PyType b = Types.BOOL;
    def(b, "__repr__", "self", a -> Ops.repr(a[0]));
    String[] names = {"and", "or", "xor"};
    BinaryOp[] ops = {BinaryOp.BITAND, BinaryOp.BITOR, BinaryOp.BITXOR};
    for (int i = 0; i < names.length; i++) {
      BinaryOp op = ops[i];
      def(b, "__" + names[i] + "__", "self, value, /", a -> boolOp(op, a[0], a[1]));
      def(b, "__r" + names[i] + "__", "self, value, /", a -> boolOp(op, a[1], a[0]));
    }
  }

  /**
   * Defines the binary arithmetic dunders (and their reflections) of a numeric type: they apply
   * the built-in operator when {@code accepts} the other operand, else return NotImplemented.
   */
  static void arithmetic(PyType t, java.util.function.Predicate<Object> accepts) {
    String[] names = {"add", "sub", "mul", "truediv", "floordiv", "mod", "lshift", "rshift",
        "and", "or", "xor"};
    BinaryOp[] ops = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MULT, BinaryOp.DIV,
        BinaryOp.FLOORDIV, BinaryOp.MOD, BinaryOp.LSHIFT, BinaryOp.RSHIFT, BinaryOp.BITAND,
        BinaryOp.BITOR, BinaryOp.BITXOR};
    boolean isFloat = t == Types.FLOAT;
    for (int i = 0; i < names.length; i++) {
      BinaryOp op = ops[i];
      if (isFloat && (op == BinaryOp.LSHIFT || op == BinaryOp.RSHIFT || op == BinaryOp.BITAND
          || op == BinaryOp.BITOR || op == BinaryOp.BITXOR)) {
        continue;
      }
      def(t, "__" + names[i] + "__", "self, value, /", a -> accepts.test(a[1])
          ? Arith.binary(op, a[0], a[1]) : NI);
      def(t, "__r" + names[i] + "__", "self, value, /", a -> accepts.test(a[1])
          ? Arith.binary(op, a[1], a[0]) : NI);
    }
    def(t, "__divmod__", "self, value, /", a -> accepts.test(a[1])
        ? divmod(a[0], a[1]) : NI);
    def(t, "__rdivmod__", "self, value, /", a -> accepts.test(a[1])
        ? divmod(a[1], a[0]) : NI);
  }

  static Object divmod(Object x, Object y) {
    if (Arith.isInt(x) && Arith.isInt(y)) {
      return PyTuple.of(Arith.binary(BinaryOp.FLOORDIV, x, y), Arith.binary(BinaryOp.MOD, x,
          y));
    }
    double a = x instanceof Double ? (Double) x : Arith.toDouble(x);
    double b = y instanceof Double ? (Double) y : Arith.toDouble(y);
    if (b == 0) {
      throw Errors.zeroDivisionError("float divmod()");
    }
    double[] r = Arith.floatDivmod(a, b);
    return PyTuple.of(r[0], r[1]);
  }

  private static Object pow(Object base, Object exp, Object mod) {
    if (!Arith.isInt(base) || !Arith.isInt(exp)) {
      return NI;
    }
    if (mod == NONE) {
      return Arith.binary(BinaryOp.POW, base, exp);
    }
    if (!Arith.isInt(mod)) {
      return NI;
    }
    return Arith.modPow(base, exp, mod);
  }

  private static Object boolOp(BinaryOp op, Object x, Object y) {
    if (x instanceof Boolean && y instanceof Boolean) {
      boolean p = (Boolean) x;
      boolean q = (Boolean) y;
      return op == BinaryOp.BITAND ? p & q : op == BinaryOp.BITOR ? p | q : p ^ q;
    }
    if (!Arith.isInt(x) || !Arith.isInt(y)) {
      return NI;
    }
    return Arith.binary(op, x, y);
  }

  // ---------------------------------------------------------------- bytes conversion

  private static boolean bigEndian(Object byteorder, String fn) {
    if (!(byteorder instanceof String)) {
      throw Errors.typeError(fn + "() argument 'byteorder' must be str, not "
          + argTypeName(byteorder));
    }
    if (byteorder.equals("big")) {
      return true;
    }
    if (byteorder.equals("little")) {
      return false;
    }
    throw Errors.valueError("byteorder must be either 'little' or 'big'");
  }

  private static PyBytes toBytes(Object self, long length, Object byteorder, boolean signed) {
    boolean big = bigEndian(byteorder, "to_bytes");
    if (length < 0) {
      throw Errors.valueError("length argument must be non-negative");
    }
    BigInteger v = Arith.big(self);
    if (!signed && v.signum() < 0) {
      throw Errors.overflowError("can't convert negative int to unsigned");
    }
    int bits = signed ? v.bitLength() + 1 : v.bitLength();
    if (bits > length * 8 && !(v.signum() == 0 && length == 0)) {
      throw Errors.overflowError("int too big to convert");
    }
    Budget.reserveMemory(length);
    if (length > Integer.MAX_VALUE - 8) {
      throw Errors.memoryError("");
    }
    byte[] out = new byte[(int) length];
    byte[] two = v.toByteArray();
    byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
    for (int i = 0; i < out.length; i++) {
      int src = two.length - 1 - i;
      byte b = src >= 0 ? two[src] : fill;
      out[big ? out.length - 1 - i : i] = b;
    }
    return new PyBytes(out);
  }

  private static Object fromBytes(PyType cls, Object source, Object byteorder, boolean signed) {
    byte[] b = bytesOf(source);
    boolean big = bigEndian(byteorder, "from_bytes");
    MethodSupport.chargeLinear(b.length);
    byte[] be = new byte[b.length + 1];
    for (int i = 0; i < b.length; i++) {
      be[i + 1] = big ? b[i] : b[b.length - 1 - i];
    }
    BigInteger v = new BigInteger(be);
    if (signed && b.length > 0 && (be[1] & 0x80) != 0) {
      v = v.subtract(BigInteger.ONE.shiftLeft(8 * b.length));
    }
    Object r = Arith.norm(v);
    if (cls == Types.BOOL) {
      return Ops.truth(r);
    }
    return MethodSupport.forClass(cls, Types.INT, r);
  }

  /** CPython's PyObject_Bytes for from_bytes: bytes, or an iterable of ints. */
  private static byte[] bytesOf(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    if (o instanceof String || Arith.isInt(o) || o == NONE || o instanceof Double) {
      throw Errors.typeError("cannot convert '" + Types.typeName(o) + "' object to bytes");
    }
    PyIterator it;
    try {
      it = Ops.iter(o);
    } catch (PyException e) {
      if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
        throw Errors.typeError("cannot convert '" + Types.typeName(o) + "' object to bytes");
      }
      throw e;
    }
    PyList items = new PyList();
    for (Object v = it.next(); v != null; v = it.next()) {
      items.append(v);
    }
    return ((PyBytes) Codecs.bytesNew(items, MISSING, MISSING)).array();
  }
}
