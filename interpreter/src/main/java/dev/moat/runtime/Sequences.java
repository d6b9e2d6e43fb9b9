package dev.moat.runtime;

import dev.moat.ast.Ast.BinaryOp;
import java.util.Arrays;

/** Binary operators on built-in containers: concatenation, repetition, set algebra. */
final class Sequences {
  private Sequences() {}

  static Object binary(BinaryOp op, Object a, Object b) {
    switch (op) {
      case ADD:
        if (a instanceof String && b instanceof String) {
          String x = (String) a;
          String y = (String) b;
          if ((long) x.length() + y.length() > 1 << 20) {
            Budget.reserveMemory(((long) x.length() + y.length()) * 2);
          }
          return x.concat(y);
        }
        if (a instanceof PyList && b instanceof PyList) {
          PyList x = (PyList) a;
          PyList y = (PyList) b;
          Budget.reserveMemory(((long) x.size + y.size) * 8);
          Object[] r = Arrays.copyOf(x.items, x.size + y.size);
          System.arraycopy(y.items, 0, r, x.size, y.size);
          return new PyList(r, r.length);
        }
        if (a instanceof PyTuple && b instanceof PyTuple) {
          Object[] x = ((PyTuple) a).items;
          Object[] y = ((PyTuple) b).items;
          Budget.reserveMemory(((long) x.length + y.length) * 8);
          Object[] r = Arrays.copyOf(x, x.length + y.length);
          System.arraycopy(y, 0, r, x.length, y.length);
          return PyTuple.of(r);
        }
        if (a instanceof PyBytes && b instanceof PyBytes) {
          byte[] x = ((PyBytes) a).bytes;
          byte[] y = ((PyBytes) b).bytes;
          Budget.reserveMemory((long) x.length + y.length);
          byte[] r = Arrays.copyOf(x, x.length + y.length);
          System.arraycopy(y, 0, r, x.length, y.length);
          return new PyBytes(r);
        }
        if (BytesLike.check(a) && BytesLike.check(b)) {
          // mixed bytes and bytearray: the result has the left operand's type
          int nx = BytesLike.length(a);
          int ny = BytesLike.length(b);
          Budget.reserveMemory((long) nx + ny);
          if ((long) nx + ny > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError("");
          }
          byte[] r = new byte[nx + ny];
          System.arraycopy(BytesLike.bytes(a), 0, r, 0, nx);
          System.arraycopy(BytesLike.bytes(b), 0, r, nx, ny);
          return a instanceof PyBytes ? new PyBytes(r) : new PyByteArray(r);
        }
        return Arith.NI;
      case MULT:
        if (Arith.isInt(b)) {
          return repeat(a, b);
        }
        if (Arith.isInt(a)) {
          return repeat(b, a);
        }
        return Arith.NI;
      case MOD:
        if (a instanceof String) {
          return Formatting.percent((String) a, b);
        }
        if (a instanceof PyBytes) {
          return BytesMethods.percent(((PyBytes) a).bytes, b);
        }
        if (a instanceof PyByteArray) {
          return new PyByteArray(BytesMethods.percent(((PyByteArray) a).toByteArray(), b)
              .array());
        }
        return Arith.NI;
      case BITOR:
      case BITAND:
      case SUB:
      case BITXOR:
        if (a instanceof DictView || b instanceof DictView) {
          return DictViewMethods.binary(op, a, b);
        }
        if (a instanceof PySet && b instanceof PySet) {
          return SetOps.binary(op, (PySet) a, (PySet) b);
        }
        if (op == BinaryOp.BITOR && a instanceof PyDict && b instanceof PyDict) {
          PyDict r = ((PyDict) a).copy();
          r.putAll((PyDict) b);
          return r;
        }
        return Arith.NI;
      default:
        return Arith.NI;
    }
  }

  private static long repeatCount(Object n) {
    Object v = Arith.asInt(n);
    if (v instanceof Long) {
      return Math.max(0, (Long) v);
    }
    if (((java.math.BigInteger) v).signum() < 0) {
      return 0;
    }
    throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
  }

  /** {@code a * b} for non-negative operands, Long.MAX_VALUE when it overflows. */
  private static long saturatedTimes(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  static Object repeat(Object seq, Object count) {
    if (!(seq instanceof String || seq instanceof PyList || seq instanceof PyTuple
        || BytesLike.check(seq))) {
      return Arith.NI;
    }
    long n = repeatCount(count);
    if (seq instanceof PyByteArray) {
      PyByteArray r = PyByteArray.copyOf(((PyByteArray) seq).toByteArray());
      ByteArrayMethods.imul(r, n);
      return r;
    }
    if (seq instanceof String) {
      return Str.repeat((String) seq, n);
    }
    if (seq instanceof PyBytes) {
      byte[] x = ((PyBytes) seq).bytes;
      long total = saturatedTimes(x.length, n);
      Budget.reserveMemory(total);
      if (total > Integer.MAX_VALUE - 8) {
        throw Errors.memoryError("");
      }
      byte[] r = new byte[(int) total];
      for (int i = 0; i < n; i++) {
        System.arraycopy(x, 0, r, i * x.length, x.length);
      }
      return new PyBytes(r);
    }
    Object[] src;
    int len;
    if (seq instanceof PyList) {
      src = ((PyList) seq).items;
      len = ((PyList) seq).size;
    } else {
      src = ((PyTuple) seq).items;
      len = src.length;
    }
    long total = saturatedTimes(len, n);
    Budget.reserveMemory(saturatedTimes(total, 8));
    if (total > Integer.MAX_VALUE - 8) {
      throw Errors.memoryError("");
    }
    Budget.chargeSteps(total >> 4);
    Object[] r = new Object[(int) total];
    for (int i = 0; i < n; i++) {
      System.arraycopy(src, 0, r, i * len, len);
    }
    return seq instanceof PyList ? new PyList(r, r.length) : PyTuple.of(r);
  }
}
