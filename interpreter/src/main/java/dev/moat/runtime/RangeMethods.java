package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.def;
import static dev.moat.runtime.MethodSupport.getter;

import dev.moat.ast.Ast.CmpOp;
import java.math.BigInteger;

/** The methods and attributes of {@code range}. */
final class RangeMethods {
  private RangeMethods() {}

  static void install() {
    PyType t = Types.RANGE;
    getter(t, "start", r -> r instanceof PyBigRange ? Arith.norm(((PyBigRange) r).start)
        : (Object) ((PyRange) r).start);
    getter(t, "stop", r -> r instanceof PyBigRange ? Arith.norm(((PyBigRange) r).stop)
        : (Object) ((PyRange) r).stop);
    getter(t, "step", r -> r instanceof PyBigRange ? Arith.norm(((PyBigRange) r).step)
        : (Object) ((PyRange) r).step);
    def(t, "count", "self, value, /", a -> {
      PyRange r = small(a[0]);
      if (Arith.isInt(a[1])) {
        return contains(r, a[1]) ? 1L : 0L;
      }
      long n = 0;
      PyIterator it = r.iterator();
      for (Object v = it.next(); v != null; v = it.next()) {
        Budget.chargeSteps(1);
        if (Ops.eq(v, a[1])) {
          n++;
        }
      }
      return n;
    });
    def(t, "index", "self, value, /", a -> {
      PyRange r = small(a[0]);
      if (Arith.isInt(a[1])) {
        if (!contains(r, a[1])) {
          throw Errors.valueError(Ops.repr(a[1]) + " is not in range");
        }
        return offset(r, (Long) Arith.asInt(a[1])).divide(BigInteger.valueOf(r.step))
            .longValue();
      }
      long i = 0;
      PyIterator it = r.iterator();
      for (Object v = it.next(); v != null; v = it.next(), i++) {
        Budget.chargeSteps(1);
        if (Ops.eq(v, a[1])) {
          return i;
        }
      }
      throw Errors.valueError("sequence.index(x): x not in sequence");
    });
    def(t, "__len__", "self", a -> (long) Ops.len(a[0]));
    def(t, "__getitem__", "self, key, /", a -> Ops.getItem(a[0], a[1]));
    def(t, "__contains__", "self, key, /", a -> {
      if (a[0] instanceof PyBigRange) {
        return Ops.contains(a[0], a[1]);
      }
      PyRange r = small(a[0]);
      if (Arith.isInt(a[1])) {
        return contains(r, a[1]);
      }
      PyIterator it = r.iterator();
      for (Object v = it.next(); v != null; v = it.next()) {
        Budget.chargeSteps(1);
        if (Ops.eq(v, a[1])) {
          return true;
        }
      }
      return false;
    });
    def(t, "__iter__", "self", a -> Ops.iter(a[0]));
    def(t, "__reversed__", "self", a -> Lazy.reversed(a[0]));
    def(t, "__bool__", "self", a -> Ops.truth(a[0]));
    def(t, "__eq__", "self, value, /", a -> a[1] instanceof PyRange
        ? Ops.compare(a[0], a[1], CmpOp.EQ) : NI);
    def(t, "__ne__", "self, value, /", a -> a[1] instanceof PyRange
        ? Ops.compare(a[0], a[1], CmpOp.NOTEQ) : NI);
    for (String name : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
      def(t, name, "self, value, /", a -> NI);
    }
    def(t, "__hash__", "self", a -> Ops.hash(a[0]));
    def(t, "__repr__", "self", a -> Ops.repr(a[0]));
  }

  /** The range as a {@link PyRange}; big ranges raise OverflowError, as CPython's C code does. */
  private static PyRange small(Object r) {
    if (r instanceof PyBigRange) {
      throw PyBigRange.tooLarge();
    }
    return (PyRange) r;
  }

  /** {@code v in r} for an int (or bool) {@code v}, in constant time. */
  static boolean contains(PyRange r, Object v) {
    Object i = Arith.asInt(v);
    if (i instanceof BigInteger) {
      return false;
    }
    long x = (Long) i;
    if (r.step > 0 ? (x < r.start || x >= r.stop) : (x > r.start || x <= r.stop)) {
      return false;
    }
    return offset(r, x).mod(BigInteger.valueOf(Math.abs(r.step))).signum() == 0;
  }

  private static BigInteger offset(PyRange r, long x) {
    return BigInteger.valueOf(x).subtract(BigInteger.valueOf(r.start));
  }
}
