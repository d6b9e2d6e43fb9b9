package dev.moat.eval;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Arith;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Cell;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Formatting;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyFunction;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PySlice;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/** Expression nodes. Each has a fast path for the common built-in types. */
final class Exprs {
  private Exprs() {}

  static final Object NONE = PyNone.NONE;

  /** {@code v} as a float for {@link Exec.Expr#evalDouble}. */
  static double asDouble(Object v) throws Exec.Unexpected {
    if (v instanceof Double) {
      return (Double) v;
    }
    throw new Exec.Unexpected(v);
  }

  /** {@code v} as a long for {@link Exec.Expr#evalLong}. */
  static long asLong(Object v) throws Exec.Unexpected {
    if (v instanceof Long) {
      return (Long) v;
    }
    throw new Exec.Unexpected(v);
  }

  static final class Const extends Exec.Expr {
    final Object value;

    Const(int line, Object value) {
      super(line);
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      return value;
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      return asDouble(eval(f));
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      return asLong(eval(f));
    }
  }

  // ---------------------------------------------------------------- names

  static final class LoadLocal extends Exec.Expr {
    final int slot;
    final String name;

    LoadLocal(int line, int slot, String name) {
      super(line);
      this.slot = slot;
      this.name = name;
    }

    @Override
    Object eval(Frame f) {
      Object v = f.locals[slot];
      if (v == null) {
        throw noted(Errors.unboundLocal(name), f);
      }
      return v;
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      return asDouble(eval(f));
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      return asLong(eval(f));
    }
  }

  static final class LoadCell extends Exec.Expr {
    final int slot;
    final String name;
    final boolean free;

    LoadCell(int line, int slot, String name, boolean free) {
      super(line);
      this.slot = slot;
      this.name = name;
      this.free = free;
    }

    @Override
    Object eval(Frame f) {
      Object v = ((Cell) f.locals[slot]).value;
      if (v == null) {
        if (free) {
          throw noted(Errors.unboundFree(name), f);
        }
        throw noted(Errors.unboundLocal(name), f);
      }
      return v;
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      return asDouble(eval(f));
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      return asLong(eval(f));
    }
  }

  static Object builtinOrError(Frame f, String name) {
    Object v = f.module().builtins.get(name);
    if (v == null) {
      throw Errors.nameError(name);
    }
    return v;
  }

  static final class LoadGlobal extends Exec.Expr {
    final int index;
    final String name;

    LoadGlobal(int line, int index, String name) {
      super(line);
      this.index = index;
      this.name = name;
    }

    @Override
    Object eval(Frame f) {
      Globals.Ref r = f.globals[index];
      Object v = r.value;
      if (v != null) {
        return v;
      }
      v = r.builtin;
      if (v == null) {
        try {
          v = builtinOrError(f, name);
        } catch (PyException e) {
          throw noted(e, f);
        }
        r.builtin = v;
      }
      return v;
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      return asDouble(eval(f));
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      return asLong(eval(f));
    }
  }

  /** A name read in a class body: the class namespace, then globals and builtins. */
  static final class LoadClassName extends Exec.Expr {
    final String name;
    final int globalIndex;

    LoadClassName(int line, String name, int globalIndex) {
      super(line);
      this.name = name;
      this.globalIndex = globalIndex;
    }

    @Override
    Object eval(Frame f) {
      Object v = f.classNamespaceHooked ? Targets.classNamespaceGet(f.classNamespace, name)
          : f.classNamespace.getStr(name);
      if (v != null) {
        return v;
      }
      v = f.globals[globalIndex].value;
      return v != null ? v : builtinOrError(f, name);
    }
  }

  /** A free variable read in a class body: the class namespace first, then the cell. */
  static final class LoadClassDeref extends Exec.Expr {
    final String name;
    final int slot;

    LoadClassDeref(int line, String name, int slot) {
      super(line);
      this.name = name;
      this.slot = slot;
    }

    @Override
    Object eval(Frame f) {
      Object v = f.classNamespaceHooked ? Targets.classNamespaceGet(f.classNamespace, name)
          : f.classNamespace.getStr(name);
      if (v != null) {
        return v;
      }
      v = ((Cell) f.locals[slot]).value;
      if (v == null) {
        throw Errors.unboundFree(name);
      }
      return v;
    }
  }

  // ---------------------------------------------------------------- operators

  /**
   * A binary arithmetic operator. It records the operand types it first sees: two floats, a
   * float and an int, or two ints (when the operator has an int fast path). In those states it
   * asks its operands for unboxed values ({@link Exec.Expr#evalDouble}, {@link
   * Exec.Expr#evalLong}), so nested arithmetic allocates no intermediate boxes; an operand of
   * another type, or an int result that does not fit a long, switches the node to the generic
   * path for good. An int operand of a float operation converts to float, as in Python.
   */
  abstract static class Arithmetic extends Exec.Expr {
    static final int UNSET = 0;
    static final int DD = 1;
    static final int DL = 2;
    static final int LD = 3;
    static final int LL = 4;
    static final int GENERIC = 5;

    final BinaryOp op;
    final Exec.Expr left;
    final Exec.Expr right;
    /** Racy on purpose: every state computes the right value, only the speed differs. */
    int state;

    Arithmetic(int line, BinaryOp op, Exec.Expr left, Exec.Expr right) {
      super(line);
      this.op = op;
      this.left = left;
      this.right = right;
    }

    /** The operation on floats (Python's float semantics and errors). */
    abstract double onDoubles(double x, double y) throws Exec.Unexpected;

    /** The operation on ints when the result fits a long; else throws the generic result. */
    abstract long onLongs(long x, long y) throws Exec.Unexpected;

    /** Whether the operation has an int-to-int fast path ({@link #onLongs}). */
    abstract boolean hasLongs();

    /** Whether the operation has a float fast path ({@link #onDoubles}). */
    abstract boolean hasDoubles();

    /** The operation on any values. */
    abstract Object generic(Object a, Object b);

    @Override
    final Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      int s = state;
      if (s == GENERIC) {
        return generic(left.eval(f), right.eval(f));
      }
      try {
        if (s == LL) {
          return longs(f);
        }
        if (s != UNSET) {
          return doubles(f, s);
        }
      } catch (Exec.Unexpected u) {
        return u.value;
      }
      Object a = left.eval(f);
      Object b = right.eval(f);
      state = classify(a, b);
      return generic(a, b);
    }

    private int classify(Object a, Object b) {
      if (a instanceof Double) {
        return !hasDoubles() ? GENERIC : b instanceof Double ? DD : b instanceof Long ? DL
            : GENERIC;
      }
      if (a instanceof Long) {
        return b instanceof Double ? (hasDoubles() ? LD : GENERIC)
            : b instanceof Long && hasLongs() ? LL : GENERIC;
      }
      return GENERIC;
    }

    @Override
    final double evalDouble(Frame f) throws Exec.Unexpected {
      int s = state;
      if (s >= DD && s <= LD) {
        try {
          return doubles(f, s);
        } catch (Exec.Unexpected u) {
          if (u.value instanceof Double) {
            return (Double) u.value;
          }
          throw u;
        } catch (PyException e) {
          throw noted(e, f);
        }
      }
      Object v = eval(f);
      if (v instanceof Double) {
        return (Double) v;
      }
      throw new Exec.Unexpected(v);
    }

    @Override
    final long evalLong(Frame f) throws Exec.Unexpected {
      if (state == LL) {
        try {
          return longs(f);
        } catch (Exec.Unexpected u) {
          if (u.value instanceof Long) {
            return (Long) u.value;
          }
          throw u;
        } catch (PyException e) {
          throw noted(e, f);
        }
      }
      Object v = eval(f);
      if (v instanceof Long) {
        return (Long) v;
      }
      throw new Exec.Unexpected(v);
    }

    /** Leaves the specialised state: the generic result, thrown. */
    private Exec.Unexpected fallBack(Object a, Object b) {
      state = GENERIC;
      return new Exec.Unexpected(generic(a, b));
    }

    private double doubles(Frame f, int s) throws Exec.Unexpected {
      double x;
      double y;
      if (s == LD) {
        long lx;
        try {
          lx = left.evalLong(f);
        } catch (Exec.Unexpected u) {
          throw fallBack(u.value, right.eval(f));
        }
        try {
          y = right.evalDouble(f);
        } catch (Exec.Unexpected u) {
          throw fallBack(lx, u.value);
        }
        x = lx;
      } else {
        try {
          x = left.evalDouble(f);
        } catch (Exec.Unexpected u) {
          throw fallBack(u.value, right.eval(f));
        }
        if (s == DL) {
          try {
            y = right.evalLong(f);
          } catch (Exec.Unexpected u) {
            throw fallBack(x, u.value);
          }
        } else {
          try {
            y = right.evalDouble(f);
          } catch (Exec.Unexpected u) {
            throw fallBack(x, u.value);
          }
        }
      }
      return onDoubles(x, y);
    }

    private long longs(Frame f) throws Exec.Unexpected {
      long x;
      long y;
      try {
        x = left.evalLong(f);
      } catch (Exec.Unexpected u) {
        throw fallBack(u.value, right.eval(f));
      }
      try {
        y = right.evalLong(f);
      } catch (Exec.Unexpected u) {
        throw fallBack(x, u.value);
      }
      try {
        return onLongs(x, y);
      } catch (Exec.Unexpected u) {
        // the result needs a big int (or raised): from now on the generic path
        state = GENERIC;
        throw u;
      }
    }
  }

  /** {@code x op y} on floats, with Python's float semantics and errors. */
  static double doubleOp(BinaryOp op, double x, double y) {
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MULT:
        return x * y;
      default:
        return Arith.floatBinary(op, x, y);
    }
  }

  /** Whether {@link #doubleOp} applies to {@code op}. */
  static boolean hasDoubleOp(BinaryOp op) {
    switch (op) {
      case ADD:
      case SUB:
      case MULT:
      case DIV:
      case FLOORDIV:
      case MOD:
      case POW:
        return true;
      default:
        return false;
    }
  }

  /** Whether {@link #longOp} applies to {@code op}. */
  static boolean hasLongOp(BinaryOp op) {
    switch (op) {
      case ADD:
      case SUB:
      case MULT:
      case FLOORDIV:
      case MOD:
      case BITAND:
      case BITOR:
      case BITXOR:
      case LSHIFT:
      case RSHIFT:
        return true;
      default:
        return false;
    }
  }

  /**
   * {@code x op y} on ints when the result fits a long; otherwise the generic result (a big int)
   * is thrown, or the generic path's Python error.
   */
  static long longOp(BinaryOp op, long x, long y) throws Exec.Unexpected {
    switch (op) {
      case ADD: {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) >= 0) {
          return r;
        }
        break;
      }
      case SUB: {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) >= 0) {
          return r;
        }
        break;
      }
      case MULT: {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
          return lo;
        }
        break;
      }
      case FLOORDIV:
        if (y > 0 || (y < 0 && !(x == Long.MIN_VALUE && y == -1))) {
          return Math.floorDiv(x, y);
        }
        break;
      case MOD:
        if (y != 0) {
          return Math.floorMod(x, y);
        }
        break;
      case BITAND:
        return x & y;
      case BITOR:
        return x | y;
      case BITXOR:
        return x ^ y;
      case LSHIFT:
        if (y >= 0 && y < 64) {
          long r = x << y;
          if (r >> y == x) {
            return r;
          }
        } else if (y >= 64 && x == 0) {
          return 0;
        }
        break;
      case RSHIFT:
        if (y >= 0) {
          return x >> Math.min(y, 63);
        }
        break;
      default:
        break;
    }
    throw new Exec.Unexpected(Ops.binary(op, x, y));
  }

  static final class Add extends Arithmetic {
    Add(int line, Exec.Expr left, Exec.Expr right) {
      super(line, BinaryOp.ADD, left, right);
    }

    @Override
    double onDoubles(double x, double y) {
      return x + y;
    }

    @Override
    long onLongs(long x, long y) throws Exec.Unexpected {
      long r = x + y;
      if (((x ^ r) & (y ^ r)) < 0) {
        throw new Exec.Unexpected(Ops.binary(BinaryOp.ADD, x, y));
      }
      return r;
    }

    @Override
    boolean hasLongs() {
      return true;
    }

    @Override
    boolean hasDoubles() {
      return true;
    }

    @Override
    Object generic(Object a, Object b) {
      if (a instanceof Long && b instanceof Long) {
        long x = (Long) a;
        long y = (Long) b;
        long r = x + y;
        if (((x ^ r) & (y ^ r)) >= 0) {
          return r;
        }
      } else if (a instanceof Double && b instanceof Double) {
        return (Double) a + (Double) b;
      }
      return Ops.binary(BinaryOp.ADD, a, b);
    }
  }

  static final class Sub extends Arithmetic {
    Sub(int line, Exec.Expr left, Exec.Expr right) {
      super(line, BinaryOp.SUB, left, right);
    }

    @Override
    double onDoubles(double x, double y) {
      return x - y;
    }

    @Override
    long onLongs(long x, long y) throws Exec.Unexpected {
      long r = x - y;
      if (((x ^ y) & (x ^ r)) < 0) {
        throw new Exec.Unexpected(Ops.binary(BinaryOp.SUB, x, y));
      }
      return r;
    }

    @Override
    boolean hasLongs() {
      return true;
    }

    @Override
    boolean hasDoubles() {
      return true;
    }

    @Override
    Object generic(Object a, Object b) {
      if (a instanceof Long && b instanceof Long) {
        long x = (Long) a;
        long y = (Long) b;
        long r = x - y;
        if (((x ^ y) & (x ^ r)) >= 0) {
          return r;
        }
      } else if (a instanceof Double && b instanceof Double) {
        return (Double) a - (Double) b;
      }
      return Ops.binary(BinaryOp.SUB, a, b);
    }
  }

  static final class Mul extends Arithmetic {
    Mul(int line, Exec.Expr left, Exec.Expr right) {
      super(line, BinaryOp.MULT, left, right);
    }

    @Override
    double onDoubles(double x, double y) {
      return x * y;
    }

    @Override
    long onLongs(long x, long y) throws Exec.Unexpected {
      long hi = Math.multiplyHigh(x, y);
      long lo = x * y;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return lo;
      }
      throw new Exec.Unexpected(Ops.binary(BinaryOp.MULT, x, y));
    }

    @Override
    boolean hasLongs() {
      return true;
    }

    @Override
    boolean hasDoubles() {
      return true;
    }

    @Override
    Object generic(Object a, Object b) {
      if (a instanceof Long && b instanceof Long) {
        long x = (Long) a;
        long y = (Long) b;
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
          return lo;
        }
      } else if (a instanceof Double && b instanceof Double) {
        return (Double) a * (Double) b;
      }
      return Ops.binary(BinaryOp.MULT, a, b);
    }
  }

  /** Any other binary operator. */
  static final class Binary extends Arithmetic {
    Binary(int line, BinaryOp op, Exec.Expr left, Exec.Expr right) {
      super(line, op, left, right);
    }

    @Override
    double onDoubles(double x, double y) throws Exec.Unexpected {
      try {
        return Arith.floatBinary(op, x, y);
      } catch (Arith.ComplexPower p) {
        state = GENERIC; // a negative float to a fractional power: the result is complex
        throw new Exec.Unexpected(p.value);
      }
    }

    @Override
    long onLongs(long x, long y) throws Exec.Unexpected {
      return longOp(op, x, y);
    }

    @Override
    boolean hasLongs() {
      return hasLongOp(op);
    }

    @Override
    boolean hasDoubles() {
      return hasDoubleOp(op);
    }

    @Override
    Object generic(Object a, Object b) {
      if (a instanceof Long && b instanceof Long) {
        long x = (Long) a;
        long y = (Long) b;
        switch (op) {
          case MOD:
            if (y > 0) {
              return Math.floorMod(x, y);
            }
            break;
          case FLOORDIV:
            if (y > 0) {
              return Math.floorDiv(x, y);
            }
            break;
          case BITAND:
            return x & y;
          case BITOR:
            return x | y;
          case BITXOR:
            return x ^ y;
          default:
            break;
        }
      }
      return Ops.binary(op, a, b);
    }
  }

  static final class Negate extends Exec.Expr {
    final Exec.Expr operand;

    Negate(int line, Exec.Expr operand) {
      super(line);
      this.operand = operand;
    }

    @Override
    Object eval(Frame f) {
      Object v = operand.eval(f);
      if (v instanceof Double) {
        return -(Double) v;
      }
      try {
        return Ops.negate(v);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      double x;
      try {
        x = operand.evalDouble(f);
      } catch (Exec.Unexpected u) {
        throw new Exec.Unexpected(negateNoted(u.value, f));
      }
      return -x;
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      long x;
      try {
        x = operand.evalLong(f);
      } catch (Exec.Unexpected u) {
        throw new Exec.Unexpected(negateNoted(u.value, f));
      }
      if (x == Long.MIN_VALUE) {
        throw new Exec.Unexpected(Ops.negate(x));
      }
      return -x;
    }

    private Object negateNoted(Object v, Frame f) {
      try {
        return Ops.negate(v);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }
  }

  static final class Positive extends Exec.Expr {
    final Exec.Expr operand;

    Positive(int line, Exec.Expr operand) {
      super(line);
      this.operand = operand;
    }

    @Override
    Object eval(Frame f) {
      Object v = operand.eval(f);
      try {
        return Ops.positive(v);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }
  }

  static final class Invert extends Exec.Expr {
    final Exec.Expr operand;

    Invert(int line, Exec.Expr operand) {
      super(line);
      this.operand = operand;
    }

    @Override
    Object eval(Frame f) {
      Object v = operand.eval(f);
      try {
        return Ops.invert(v);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }
  }

  static final class Not extends Exec.Expr {
    final Exec.Expr operand;

    Not(int line, Exec.Expr operand) {
      super(line);
      this.operand = operand;
    }

    @Override
    Object eval(Frame f) {
      return !Ops.truth(operand.eval(f));
    }
  }

  static final class And extends Exec.Expr {
    final Exec.Expr[] values;

    And(int line, Exec.Expr[] values) {
      super(line);
      this.values = values;
    }

    @Override
    Object eval(Frame f) {
      Object v = null;
      for (Exec.Expr e : values) {
        v = e.eval(f);
        if (!Ops.truth(v)) {
          return v;
        }
      }
      return v;
    }
  }

  static final class Or extends Exec.Expr {
    final Exec.Expr[] values;

    Or(int line, Exec.Expr[] values) {
      super(line);
      this.values = values;
    }

    @Override
    Object eval(Frame f) {
      Object v = null;
      for (Exec.Expr e : values) {
        v = e.eval(f);
        if (Ops.truth(v)) {
          return v;
        }
      }
      return v;
    }
  }

  static Object compareOnce(CmpOp op, Object a, Object b) {
    switch (op) {
      case IS:
        return identical(a, b);
      case ISNOT:
        return !identical(a, b);
      case IN:
        return Ops.contains(b, a);
      case NOTIN:
        return !Ops.contains(b, a);
      default:
        if (a instanceof Long && b instanceof Long) {
          long x = (Long) a;
          long y = (Long) b;
          switch (op) {
            case LT:
              return x < y;
            case LTE:
              return x <= y;
            case GT:
              return x > y;
            case GTE:
              return x >= y;
            case EQ:
              return x == y;
            default:
              return x != y;
          }
        }
        return Ops.compare(a, b, op);
    }
  }

  /** Python's {@code is}: identity, with value identity for the immutable Java-native kinds. */
  static boolean identical(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Boolean || a instanceof Long && b instanceof Long) {
      return a.equals(b) && (!(a instanceof Long) || Math.abs((Long) a) <= 256);
    }
    return false;
  }

  /**
   * A single comparison {@code a op b}. An ordering or equality comparison records whether it
   * first saw two floats or two ints and then compares unboxed values (see {@link Arithmetic});
   * any other operand type switches it to the generic path for good.
   */
  static final class Compare1 extends Exec.Expr {
    private static final int UNSET = 0;
    private static final int DOUBLES = 1;
    private static final int LONGS = 2;
    private static final int GENERIC = 3;

    final CmpOp op;
    final Exec.Expr left;
    final Exec.Expr right;
    /** Racy on purpose: every state computes the right value, only the speed differs. */
    private int state;

    Compare1(int line, CmpOp op, Exec.Expr left, Exec.Expr right) {
      super(line);
      this.op = op;
      this.left = left;
      this.right = right;
      switch (op) {
        case IS:
        case ISNOT:
        case IN:
        case NOTIN:
          state = GENERIC;
          break;
        default:
          break;
      }
    }

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      int s = state;
      if (s == LONGS) {
        long x;
        try {
          x = left.evalLong(f);
        } catch (Exec.Unexpected u) {
          state = GENERIC;
          return compareOnce(op, u.value, right.eval(f));
        }
        long y;
        try {
          y = right.evalLong(f);
        } catch (Exec.Unexpected u) {
          state = GENERIC;
          return compareOnce(op, x, u.value);
        }
        switch (op) {
          case LT:
            return x < y;
          case LTE:
            return x <= y;
          case GT:
            return x > y;
          case GTE:
            return x >= y;
          case EQ:
            return x == y;
          default:
            return x != y;
        }
      }
      if (s == DOUBLES) {
        double x;
        try {
          x = left.evalDouble(f);
        } catch (Exec.Unexpected u) {
          state = GENERIC;
          return compareOnce(op, u.value, right.eval(f));
        }
        double y;
        try {
          y = right.evalDouble(f);
        } catch (Exec.Unexpected u) {
          state = GENERIC;
          return compareOnce(op, x, u.value);
        }
        // IEEE comparisons are Python's: NaN is unordered and unequal to everything
        switch (op) {
          case LT:
            return x < y;
          case LTE:
            return x <= y;
          case GT:
            return x > y;
          case GTE:
            return x >= y;
          case EQ:
            return x == y;
          default:
            return x != y;
        }
      }
      Object a = left.eval(f);
      Object b = right.eval(f);
      if (s == UNSET) {
        state = a instanceof Long && b instanceof Long ? LONGS
            : a instanceof Double && b instanceof Double ? DOUBLES : GENERIC;
      }
      return compareOnce(op, a, b);
    }
  }

  /** A chain {@code a < b < c}: each middle operand evaluated once. */
  static final class CompareChain extends Exec.Expr {
    final Exec.Expr left;
    final CmpOp[] ops;
    final Exec.Expr[] rights;

    CompareChain(int line, Exec.Expr left, CmpOp[] ops, Exec.Expr[] rights) {
      super(line);
      this.left = left;
      this.ops = ops;
      this.rights = rights;
    }

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      Object a = left.eval(f);
      Object r = null;
      for (int i = 0; i < ops.length; i++) {
        Object b = rights[i].eval(f);
        r = compareOnce(ops[i], a, b);
        if (i < ops.length - 1 && !Ops.truth(r)) {
          return r;
        }
        a = b;
      }
      return r;
    }
  }

  static final class IfExp extends Exec.Expr {
    final Exec.Expr test;
    final Exec.Expr body;
    final Exec.Expr orelse;

    IfExp(int line, Exec.Expr test, Exec.Expr body, Exec.Expr orelse) {
      super(line);
      this.test = test;
      this.body = body;
      this.orelse = orelse;
    }

    @Override
    Object eval(Frame f) {
      return Ops.truth(test.eval(f)) ? body.eval(f) : orelse.eval(f);
    }
  }

  static final class Walrus extends Exec.Expr {
    final Exec.Target target;
    final Exec.Expr value;

    Walrus(int line, Exec.Target target, Exec.Expr value) {
      super(line);
      this.target = target;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object v = value.eval(f);
      target.assign(f, v);
      return v;
    }
  }

  // ---------------------------------------------------------------- attributes, items

  static final class GetAttr extends Exec.Expr {
    final Exec.Expr obj;
    final String name;
    final AttrSite site;

    GetAttr(int line, Exec.Expr obj, String name) {
      super(line);
      this.obj = obj;
      this.name = name;
      this.site = new AttrSite(name);
    }

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      return site.get(obj.eval(f));
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      return asDouble(eval(f));
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      return asLong(eval(f));
    }
  }

  static final class GetItem extends Exec.Expr {
    final Exec.Expr obj;
    final Exec.Expr key;

    GetItem(int line, Exec.Expr obj, Exec.Expr key) {
      super(line);
      this.obj = obj;
      this.key = key;
    }

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      Object o = obj.eval(f);
      Object k = key.eval(f);
      if (k instanceof Long && o.getClass() == PyList.class) {
        PyList l = (PyList) o;
        long i = (Long) k;
        if (i < 0) {
          i += l.size();
        }
        if (i >= 0 && i < l.size()) {
          return l.array()[(int) i];
        }
      }
      return Ops.getItem(o, k);
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      return asDouble(eval(f));
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      return asLong(eval(f));
    }
  }

  static final class MakeSlice extends Exec.Expr {
    final Exec.Expr lower;
    final Exec.Expr upper;
    final Exec.Expr step;

    MakeSlice(int line, Exec.Expr lower, Exec.Expr upper, Exec.Expr step) {
      super(line);
      this.lower = lower;
      this.upper = upper;
      this.step = step;
    }

    @Override
    Object eval(Frame f) {
      return new PySlice(lower == null ? NONE : lower.eval(f), upper == null ? NONE
          : upper.eval(f), step == null ? NONE : step.eval(f));
    }
  }

  // ---------------------------------------------------------------- calls

  /** Evaluates call arguments, expanding {@code *a} and {@code **k}. */
  static final class Args {
    final Exec.Expr[] positional;
    final boolean[] starred;
    final String[] kwnames;
    final Exec.Expr[] kwvalues;
    /** Null name = {@code **mapping}. */
    final boolean dynamic;

    Args(Exec.Expr[] positional, boolean[] starred, String[] kwnames, Exec.Expr[] kwvalues) {
      this.positional = positional;
      this.starred = starred;
      this.kwnames = kwnames;
      this.kwvalues = kwvalues;
      boolean dyn = false;
      for (boolean s : starred) {
        dyn |= s;
      }
      for (String k : kwnames) {
        dyn |= k == null;
      }
      this.dynamic = dyn;
    }

    /** Keyword names of a call without {@code *}/{@code **} (null when there are none). */
    String[] staticNames() {
      return kwnames.length == 0 ? null : kwnames;
    }

    /** The values of a call without {@code *}/{@code **}: positional, then keyword values. */
    Object[] evalFixed(Frame f, Object self) {
      int off = self == null ? 0 : 1;
      Exec.Expr[] pos = positional;
      Object[] out = new Object[off + pos.length + kwvalues.length];
      if (self != null) {
        out[0] = self;
      }
      for (int i = 0; i < pos.length; i++) {
        out[off + i] = pos[i].eval(f);
      }
      for (int i = 0; i < kwvalues.length; i++) {
        out[off + pos.length + i] = kwvalues[i].eval(f);
      }
      return out;
    }

    /** Positional values, then keyword values; the names go to {@code names[0]}. */
    Object[] eval(Frame f, String[][] names, Object self) {
      return eval(f, names, self, null);
    }

    /**
     * As above; {@code callee} (may be null) names the function in errors about {@code *} and
     * {@code **} arguments, as CPython does ("__main__.f() got multiple values ...").
     */
    Object[] eval(Frame f, String[][] names, Object self, Object callee) {
      int off = self == null ? 0 : 1;
      if (!dynamic) {
        Object[] out = new Object[off + positional.length + kwvalues.length];
        if (self != null) {
          out[0] = self;
        }
        for (int i = 0; i < positional.length; i++) {
          out[off + i] = positional[i].eval(f);
        }
        for (int i = 0; i < kwvalues.length; i++) {
          out[off + positional.length + i] = kwvalues[i].eval(f);
        }
        names[0] = kwnames.length == 0 ? null : kwnames;
        return out;
      }
      List<Object> pos = new ArrayList<>();
      if (self != null) {
        pos.add(self);
      }
      for (int i = 0; i < positional.length; i++) {
        Object v = positional[i].eval(f);
        if (starred[i]) {
          for (Object x : iterableArg(v, f, callee)) {
            pos.add(x);
          }
        } else {
          pos.add(v);
        }
      }
      List<String> kn = new ArrayList<>();
      List<Object> kv = new ArrayList<>();
      for (int i = 0; i < kwvalues.length; i++) {
        Object v = kwvalues[i].eval(f);
        if (kwnames[i] != null) {
          if (kn.contains(kwnames[i])) {
            throw Errors.typeError(describe(callee) + "got multiple values for keyword argument '"
                + kwnames[i] + "'");
          }
          kn.add(kwnames[i]);
          kv.add(v);
          continue;
        }
        if (!(v instanceof PyDict)) {
          Object keys = Types.typeOf(v).lookup("keys");
          if (keys == null) {
            throw Errors.typeError(describe(callee) + "argument after ** must be a mapping, not "
                + Types.typeName(v));
          }
          PyDict d = new PyDict();
          dev.moat.runtime.Builtins.dictUpdate(d, v);
          v = d;
        }
        for (PyDict.Entry e : ((PyDict) v).entries()) {
          if (!(e.key instanceof String)) {
            throw Errors.typeError("keywords must be strings");
          }
          if (kn.contains(e.key)) {
            throw Errors.typeError(describe(callee) + "got multiple values for keyword argument '"
                + e.key + "'");
          }
          kn.add((String) e.key);
          kv.add(e.value);
        }
      }
      Object[] out = new Object[pos.size() + kv.size()];
      for (int i = 0; i < pos.size(); i++) {
        out[i] = pos.get(i);
      }
      for (int i = 0; i < kv.size(); i++) {
        out[pos.size() + i] = kv.get(i);
      }
      names[0] = kn.isEmpty() ? null : kn.toArray(new String[0]);
      return out;
    }
  }

  /** How CPython names a callee in argument errors: "print() ", "__main__.f() ", or "". */
  static String describe(Object callee) {
    if (callee instanceof dev.moat.runtime.BoundMethod) {
      callee = ((dev.moat.runtime.BoundMethod) callee).function;
    }
    if (callee instanceof PyFunction) {
      PyFunction fn = (PyFunction) callee;
      String mod = fn.moduleName;
      return (mod == null || mod.equals("builtins") ? "" : mod + ".") + fn.qualname + "() ";
    }
    if (callee instanceof BuiltinFunction) {
      BuiltinFunction b = (BuiltinFunction) callee;
      return (b.owner() != null ? b.owner().name() + "." : "") + b.name() + "() ";
    }
    if (callee instanceof PyType) {
      PyType t = (PyType) callee;
      Object mod = t.isBuiltin() ? null : t.dict().get("__module__");
      return (mod instanceof String && !mod.equals("builtins") ? mod + "." : "") + t.qualname()
          + "() ";
    }
    return "";
  }

  static Object[] iterableArg(Object v, Frame f) {
    return iterableArg(v, f, null);
  }

  static Object[] iterableArg(Object v, Frame f, Object callee) {
    if (v instanceof PyTuple) {
      return ((PyTuple) v).array();
    }
    if (v instanceof PyList) {
      return ((PyList) v).toArray();
    }
    try {
      return dev.moat.runtime.Builtins.toArray(v);
    } catch (PyException e) {
      if (e.isInstance(ExceptionTypes.TYPE_ERROR) && !Ops.isIterable(v)) {
        // CPython names the callee here, except for a class statement's bases
        String who = callee == Stmts.ClassDef.BUILD_CLASS ? "" : describe(callee);
        throw Errors.typeError(who.isEmpty() ? "Value after * must be an iterable, not "
            + Types.typeName(v) : who + "argument after * must be an iterable, not "
            + Types.typeName(v));
      }
      throw e;
    }
  }

  static final class Call extends Exec.Expr {
    final Exec.Expr func;
    final Args args;

    Call(int line, Exec.Expr func, Args args) {
      super(line);
      this.func = func;
      this.args = args;
    }

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      Object fn = func.eval(f);
      if (!args.dynamic) {
        if (fn instanceof PyFunction && args.kwvalues.length == 0) {
          PyFunction pf = (PyFunction) fn;
          Exec.Expr[] pos = args.positional;
          if (pf.code instanceof Code && ((Code) pf.code).takesLocalsDirectly(pos.length)) {
            // the arguments go straight into the callee's locals
            Code c = (Code) pf.code;
            Object[] locals = new Object[c.slotCount];
            for (int i = 0; i < pos.length; i++) {
              locals[i] = pos[i].eval(f);
            }
            f.line = line;
            return c.invokeWithLocals(pf, locals);
          }
        }
        Object[] a = args.evalFixed(f, null);
        f.line = line;
        if (fn instanceof PyFunction) {
          return ((PyFunction) fn).call(a, args.staticNames());
        }
        return Ops.call(fn, a, args.staticNames());
      }
      String[][] names = new String[1][];
      Object[] a = args.eval(f, names, null, fn);
      f.line = line;
      return Ops.call(fn, a, names[0]);
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      return asDouble(eval(f));
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      return asLong(eval(f));
    }
  }

  /** What a method lookup gave for one class at one version (see {@link AttrSite}). */
  static final class MethodSite {
    final PyType type;
    final int version;
    final Object method;

    MethodSite(PyType type, Object method) {
      this.type = type;
      this.version = type.version();
      this.method = method;
    }
  }

  /** {@code obj.name(args)} without creating a bound method when the attribute is a method. */
  static final class CallMethod extends Exec.Expr {
    final Exec.Expr obj;
    final String name;
    final Args args;

    /** Where {@code obj.name} is: a failed lookup is reported there, not at the call. */
    final dev.moat.runtime.ErrorPosition attributeAt;

    CallMethod(int line, Exec.Expr obj, String name, Args args,
        dev.moat.runtime.ErrorPosition attributeAt) {
      super(line);
      this.obj = obj;
      this.name = name;
      this.args = args;
      this.attributeAt = attributeAt;
    }

    /** Racy on purpose: an immutable entry, checked against the class before use. */
    private MethodSite site;

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      Object o = obj.eval(f);
      PyType t = Types.typeOf(o);
      if (!(o instanceof PyType) && !(o instanceof dev.moat.runtime.PyModule)
          && !(o instanceof dev.moat.runtime.PySuper)) {
        MethodSite c = site;
        if (c == null || c.type != t || c.version != t.version()) {
          c = new MethodSite(t, t.lookup(name));
          site = c;
        }
        Object m = c.method;
        if ((m instanceof PyFunction || m instanceof BuiltinFunction)
            && !(o instanceof PyInstance && (hasInstanceAttr((PyInstance) o)
                || t.lookup("__getattribute__") instanceof PyFunction))) {
          Object[] a;
          String[] kw;
          if (m instanceof PyFunction && !args.dynamic && args.kwvalues.length == 0
              && ((PyFunction) m).code instanceof Code) {
            Code code = (Code) ((PyFunction) m).code;
            Exec.Expr[] pos = args.positional;
            if (code.takesLocalsDirectly(pos.length + 1)) {
              // self and the arguments go straight into the method's locals
              Object[] locals = new Object[code.slotCount];
              locals[0] = o;
              for (int i = 0; i < pos.length; i++) {
                locals[i + 1] = pos[i].eval(f);
              }
              f.line = line;
              return code.invokeWithLocals((PyFunction) m, locals);
            }
          }
          if (!args.dynamic) {
            a = args.evalFixed(f, o);
            kw = args.staticNames();
          } else {
            String[][] names = new String[1][];
            a = args.eval(f, names, o, m);
            kw = names[0];
          }
          f.line = line;
          if (m instanceof BuiltinFunction) {
            return ((BuiltinFunction) m).callTrusted(a, kw);
          }
          return ((PyFunction) m).call(a, kw);
        }
      }
      Object fn;
      try {
        fn = Ops.getAttr(o, name);
      } catch (PyException e) {
        throw Frames.noted(e, f, attributeAt);
      }
      String[][] names = new String[1][];
      Object[] a = args.eval(f, names, null, fn);
      f.line = line;
      return Ops.call(fn, a, names[0]);
    }

    @Override
    double evalDouble(Frame f) throws Exec.Unexpected {
      return asDouble(eval(f));
    }

    @Override
    long evalLong(Frame f) throws Exec.Unexpected {
      return asLong(eval(f));
    }

    private boolean hasInstanceAttr(PyInstance o) {
      PyDict d = o.dictOrNull();
      return d != null && d.getStr(name) != null;
    }
  }

  // ---------------------------------------------------------------- displays

  static Object[] evalElements(Frame f, Exec.Expr[] elts, boolean[] starred) {
    boolean any = false;
    for (boolean s : starred) {
      any |= s;
    }
    if (!any) {
      Object[] out = new Object[elts.length];
      for (int i = 0; i < elts.length; i++) {
        out[i] = elts[i].eval(f);
      }
      return out;
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < elts.length; i++) {
      Object v = elts[i].eval(f);
      if (starred[i]) {
        for (Object x : iterableArg(v, f)) {
          out.add(x);
        }
      } else {
        out.add(v);
      }
    }
    return out.toArray();
  }

  static final class ListDisplay extends Exec.Expr {
    final Exec.Expr[] elts;
    final boolean[] starred;

    ListDisplay(int line, Exec.Expr[] elts, boolean[] starred) {
      super(line);
      this.elts = elts;
      this.starred = starred;
    }

    @Override
    Object eval(Frame f) {
      Object[] a = evalElements(f, elts, starred);
      return new PyList(a, a.length);
    }
  }

  static final class TupleDisplay extends Exec.Expr {
    final Exec.Expr[] elts;
    final boolean[] starred;

    TupleDisplay(int line, Exec.Expr[] elts, boolean[] starred) {
      super(line);
      this.elts = elts;
      this.starred = starred;
    }

    @Override
    Object eval(Frame f) {
      return PyTuple.of(evalElements(f, elts, starred));
    }
  }

  static final class SetDisplay extends Exec.Expr {
    final Exec.Expr[] elts;
    final boolean[] starred;

    SetDisplay(int line, Exec.Expr[] elts, boolean[] starred) {
      super(line);
      this.elts = elts;
      this.starred = starred;
    }

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      PySet s = new PySet(false);
      for (Object v : evalElements(f, elts, starred)) {
        s.add(v);
      }
      return s;
    }
  }

  /** A set display of constants: a copy of a prepared table (see Compiler.constantSet). */
  static final class ConstSet extends Exec.Expr {
    final PySet template;

    ConstSet(int line, PySet template) {
      super(line);
      this.template = template;
    }

    @Override
    Object eval(Frame f) {
      return template.copy(false);
    }
  }

  static final class DictDisplay extends Exec.Expr {
    /** Null key = {@code **value}. */
    final Exec.Expr[] keys;
    final Exec.Expr[] values;

    DictDisplay(int line, Exec.Expr[] keys, Exec.Expr[] values) {
      super(line);
      this.keys = keys;
      this.values = values;
    }

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      PyDict d = new PyDict(keys.length);
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == null) {
          Object m = values[i].eval(f);
          if (!(m instanceof PyDict) && Types.typeOf(m).lookup("keys") == null) {
            throw Errors.typeError("'" + Types.typeName(m) + "' object is not a mapping");
          }
          dev.moat.runtime.Builtins.dictUpdate(d, m);
        } else {
          Object k = keys[i].eval(f);
          d.put(k, values[i].eval(f));
        }
      }
      return d;
    }
  }

  // ---------------------------------------------------------------- f-strings

  static final class JoinedStr extends Exec.Expr {
    final Exec.Expr[] parts;

    JoinedStr(int line, Exec.Expr[] parts) {
      super(line);
      this.parts = parts;
    }

    @Override
    Object eval(Frame f) {
      StringBuilder sb = new StringBuilder();
      for (Exec.Expr p : parts) {
        sb.append((String) p.eval(f));
      }
      return sb.toString();
    }
  }

  static final class FormattedValue extends Exec.Expr {
    final Exec.Expr value;
    final int conversion;
    final Exec.Expr spec;

    FormattedValue(int line, Exec.Expr value, int conversion, Exec.Expr spec) {
      super(line);
      this.value = value;
      this.conversion = conversion;
      this.spec = spec;
    }

    @Override
    Object eval(Frame f) {
      try {
        return evalOp(f);
      } catch (PyException e) {
        throw noted(e, f);
      }
    }

    private Object evalOp(Frame f) {
      Object v = value.eval(f);
      switch (conversion) {
        case 'r':
          v = Ops.repr(v);
          break;
        case 's':
          v = Ops.str(v);
          break;
        case 'a':
          v = Ops.ascii(v);
          break;
        default:
          break;
      }
      String s = spec == null ? "" : (String) spec.eval(f);
      if (s.isEmpty() && v instanceof String) {
        return v;
      }
      return Formatting.format(v, s);
    }
  }

  // ---------------------------------------------------------------- functions

  /** Creates a function object: what {@code def} and {@code lambda} evaluate to. */
  static final class MakeFunction extends Exec.Expr {
    final Code code;
    final Exec.Expr[] defaults;
    final int[] defaultSlots;
    /** Enclosing-frame slots whose cells form the closure. */
    final int[] closureSlots;
    final String docstring;

    MakeFunction(int line, Code code, Exec.Expr[] defaults, int[] defaultSlots,
        int[] closureSlots, String docstring) {
      super(line);
      this.code = code;
      this.defaults = defaults;
      this.defaultSlots = defaultSlots;
      this.closureSlots = closureSlots;
      this.docstring = docstring;
    }

    @Override
    Object eval(Frame f) {
      Object[] slotDefaults = null;
      if (defaults.length > 0) {
        slotDefaults = new Object[code.slotCount];
        for (int i = 0; i < defaults.length; i++) {
          slotDefaults[defaultSlots[i]] = defaults[i].eval(f);
        }
      }
      Cell[] closure = f.cells(closureSlots);
      PyFunction fn = new PyFunction(code, code.name, code.qualname, slotDefaults, closure,
          Compiler.runOf(f), f.module().moduleName());
      if (docstring != null) {
        fn.doc = docstring;
      }
      return fn;
    }
  }

  /** A comprehension: runs its own scope with the first iterable as argument. */
  static final class Comprehension extends Exec.Expr {
    final Code code;
    final Exec.Expr firstIter;
    final int[] closureSlots;

    Comprehension(int line, Code code, Exec.Expr firstIter, int[] closureSlots) {
      super(line);
      this.code = code;
      this.firstIter = firstIter;
      this.closureSlots = closureSlots;
    }

    @Override
    Object eval(Frame f) {
      Object it = Ops.iter(firstIter.eval(f));
      Cell[] closure = f.cells(closureSlots);
      Object[] locals = new Object[code.slotCount];
      locals[0] = it;
      Frame cf = code.setUp(closure, Compiler.runOf(f), locals);
      cf.line = line;
      f.state.enterCall();
      cf.push();
      try {
        return code.lambdaBody.eval(cf);
      } catch (PyException e) {
        // a comprehension runs in a frame of its own, as in CPython ("in <listcomp>")
        Frames.record(cf, e.exception(), code.name);
        throw noted(e, f);
      } finally {
        cf.pop();
        f.state.exitCall();
      }
    }
  }

  /** The loops of a comprehension, producing into a list, set or dict. */
  static final class ComprehensionLoop extends Exec.Expr {
    /** 0 list, 1 set, 2 dict. */
    final int kind;
    final Exec.Target[] targets;
    final Exec.Expr[] iters;
    final Exec.Expr[][] conditions;
    final Exec.Expr elt;
    final Exec.Expr value;

    ComprehensionLoop(int line, int kind, Exec.Target[] targets, Exec.Expr[] iters,
        Exec.Expr[][] conditions, Exec.Expr elt, Exec.Expr value) {
      super(line);
      this.kind = kind;
      this.targets = targets;
      this.iters = iters;
      this.conditions = conditions;
      this.elt = elt;
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      Object acc = kind == 0 ? new PyList() : kind == 1 ? new PySet(false) : new PyDict();
      f.ret = acc; // so memory measurement sees the result while it grows
      loop(f, 0, (PyIterator) f.locals[0], acc);
      return acc;
    }

    private void loop(Frame f, int level, PyIterator it, Object acc) {
      Exec.Target t = targets[level];
      Exec.Expr[] conds = conditions[level];
      for (Object v = it.next(); v != null; v = it.next()) {
        f.state.tick();
        t.assign(f, v);
        boolean ok = true;
        for (Exec.Expr c : conds) {
          if (!Ops.truth(c.eval(f))) {
            ok = false;
            break;
          }
        }
        if (!ok) {
          continue;
        }
        if (level + 1 < targets.length) {
          loop(f, level + 1, Ops.iter(iters[level + 1].eval(f)), acc);
        } else if (kind == 0) {
          ((PyList) acc).append(elt.eval(f));
        } else if (kind == 1) {
          ((PySet) acc).add(elt.eval(f));
        } else {
          Object k = elt.eval(f);
          ((PyDict) acc).put(k, value.eval(f));
        }
      }
    }
  }

  /**
   * A generator expression: runs the comprehension's loops lazily, one value per
   * {@code next()}, in its own scope.
   */
  static final class GeneratorExpr extends Exec.Expr {
    final Comprehension comprehension;

    GeneratorExpr(int line, Comprehension comprehension) {
      super(line);
      this.comprehension = comprehension;
    }

    @Override
    Object eval(Frame f) {
      Comprehension c = comprehension;
      Object first = Ops.iter(c.firstIter.eval(f));
      Cell[] closure = f.cells(c.closureSlots);
      Object[] locals = new Object[c.code.slotCount];
      locals[0] = first;
      Frame gf = c.code.setUp(closure, Compiler.runOf(f), locals);
      gf.line = line;
      ComprehensionLoop loop = (ComprehensionLoop) c.code.lambdaBody;
      PyIterator[] iters = new PyIterator[loop.targets.length];
      iters[0] = (PyIterator) first;
      Generators.init();
      GenExpIterator g = new GenExpIterator() {
        int level;

        @Override
        Object produce() {
          while (level >= 0) {
            Object v = iters[level].next();
            if (v == null) {
              level--;
              continue;
            }
            gf.state.tick();
            loop.targets[level].assign(gf, v);
            boolean ok = true;
            for (Exec.Expr cond : loop.conditions[level]) {
              if (!Ops.truth(cond.eval(gf))) {
                ok = false;
                break;
              }
            }
            if (!ok) {
              continue;
            }
            if (level + 1 < iters.length) {
              iters[level + 1] = Ops.iter(loop.iters[level + 1].eval(gf));
              level++;
              continue;
            }
            return loop.elt.eval(gf);
          }
          return null;
        }
      };
      g.frame = gf;
      return g;
    }
  }

  /**
   * A generator expression's iterator: a {@code generator} whose only yield is the element, so
   * send/throw/close act as on a generator suspended there.
   */
  abstract static class GenExpIterator extends PyIterator {
    boolean started;
    boolean finished;
    /** The expression's own frame, shown in tracebacks as CPython's {@code <genexpr>}. */
    Frame frame;

    GenExpIterator() {
      super(PyIterator.GENERATOR);
    }

    abstract Object produce();

    @Override
    public final Object next() {
      if (finished) {
        return null;
      }
      started = true;
      Object v;
      try {
        v = produce();
      } catch (PyException e) {
        finished = true;
        if (frame != null) {
          Frames.record(frame, e.exception(), frame.code.name);
        }
        throw e;
      }
      if (v == null) {
        finished = true;
      }
      return v;
    }
  }

  /** {@code super()} with no arguments: the class cell and the first argument. */
  static final class ZeroArgSuper extends Exec.Expr {
    final int classCellSlot;
    final int firstArgSlot;

    ZeroArgSuper(int line, int classCellSlot, int firstArgSlot) {
      super(line);
      this.classCellSlot = classCellSlot;
      this.firstArgSlot = firstArgSlot;
    }

    @Override
    Object eval(Frame f) {
      if (firstArgSlot < 0) {
        throw Errors.runtimeError("super(): no arguments");
      }
      Object cls = ((Cell) f.locals[classCellSlot]).value;
      if (cls == null) {
        throw Errors.runtimeError("super(): empty __class__ cell");
      }
      Object self = f.locals[firstArgSlot];
      if (self instanceof Cell) {
        self = ((Cell) self).value;
      }
      return Super.make((PyType) cls, self);
    }
  }

}
