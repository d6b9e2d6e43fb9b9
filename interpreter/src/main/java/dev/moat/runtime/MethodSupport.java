package dev.moat.runtime;

import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Descriptors.ClassMethod;
import dev.moat.runtime.Descriptors.GetSet;
import dev.moat.runtime.Descriptors.StaticMethod;
import java.math.BigInteger;
import java.util.function.Function;

/** Shared helpers for declaring the methods of built-in types and converting their arguments. */
final class MethodSupport {
  private MethodSupport() {}

  static final Object NONE = PyNone.NONE;
  static final Object NI = PySingleton.NOT_IMPLEMENTED;
  static final Object MISSING = Signature.MISSING;

  /** Defines a method; {@code params} starts with {@code self}. */
  static void def(PyType t, String name, String params, BuiltinFunction.Body body) {
    t.define(name, new BuiltinFunction(name, params, t, null, body));
  }

  /** Defines a classmethod; {@code params} starts with {@code cls}. */
  static void classMethod(PyType t, String name, String params, BuiltinFunction.Body body) {
    t.define(name, new ClassMethod(new BuiltinFunction(name, params, null, null, body)));
  }

  /** A class method's result {@code v} for {@code cls}: a subclass is called with it. */
  static Object forClass(Object cls, PyType base, Object v) {
    return cls == base ? v : Ops.call(cls, new Object[] {v}, null);
  }

  static void staticMethod(PyType t, String name, String params, BuiltinFunction.Body body) {
    t.define(name, new StaticMethod(BuiltinFunction.of(name, params, body)));
  }

  /** Defines a read-only data attribute. */
  static void getter(PyType t, String name, Function<Object, Object> getter) {
    t.define(name, new GetSet(name, getter, null));
  }

  /** Defines the six rich comparisons, delegating to Ops when {@code accepts} the other. */
  static void comparisons(PyType t, java.util.function.Predicate<Object> accepts) {
    CmpOp[] ops = {CmpOp.EQ, CmpOp.NOTEQ, CmpOp.LT, CmpOp.LTE, CmpOp.GT, CmpOp.GTE};
    String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    for (int i = 0; i < ops.length; i++) {
      CmpOp op = ops[i];
      def(t, names[i], "self, value, /", a -> accepts.test(a[1])
          ? Ops.compare(a[0], a[1], op) : NI);
    }
  }

  static String typeName(Object o) {
    return Types.typeName(o);
  }

  /** A type name as Argument Clinic's messages show it ({@code None} for None). */
  static String argTypeName(Object o) {
    return o == NONE ? "None" : Types.typeName(o);
  }

  static PyException notAnInteger(Object o) {
    return Errors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
  }

  /** An index-sized integer argument (CPython's {@code n} converter). */
  static long ssize(Object o) {
    if (o instanceof Long) {
      return (Long) o;
    }
    Object i = Ops.indexOrNull(o);
    if (i == null) {
      throw notAnInteger(o);
    }
    if (i instanceof BigInteger) {
      throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }
    return (Long) i;
  }

  /** A C {@code int} argument (CPython's {@code i} converter). */
  static int cInt(Object o) {
    Object i = o instanceof Long ? o : Ops.indexOrNull(o);
    if (i == null) {
      throw notAnInteger(o);
    }
    if (i instanceof BigInteger || (Long) i > Integer.MAX_VALUE || (Long) i < Integer.MIN_VALUE) {
      throw Errors.overflowError("Python int too large to convert to C int");
    }
    return (int) (long) (Long) i;
  }

  /** A start/end argument as slices take it: None (or absent) is {@code dflt}; big ints clamp. */
  static long sliceIndex(Object o, long dflt) {
    if (o == NONE || o == MISSING) {
      return dflt;
    }
    if (o instanceof Long) {
      return (Long) o;
    }
    Object i = Ops.indexOrNull(o);
    if (i == null) {
      throw Errors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    if (i instanceof BigInteger) {
      return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return (Long) i;
  }

  /**
   * CPython's ADJUST_INDICES: resolves start/end against a length like a slice, except that
   * start is not clamped to the length. Returns {start, end}.
   */
  static long[] adjust(Object startArg, Object endArg, long len) {
    long start = sliceIndex(startArg, 0);
    long end = sliceIndex(endArg, Long.MAX_VALUE);
    if (end > len) {
      end = len;
    } else if (end < 0) {
      end += len;
      if (end < 0) {
        end = 0;
      }
    }
    if (start < 0) {
      start += len;
      if (start < 0) {
        start = 0;
      }
    }
    return new long[] {start, end};
  }

  /** The int value of an int or bool ({@code True} is 1). */
  static Object intValue(Object o) {
    return Arith.asInt(o);
  }

  /** Charges steps for work over {@code n} units (characters, bytes), one step per 64. */
  static void chargeLinear(long n) {
    if (n >= 64) {
      Budget.chargeSteps(n >> 6);
    }
  }
}
