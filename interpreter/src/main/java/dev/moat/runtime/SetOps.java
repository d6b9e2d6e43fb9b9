package dev.moat.runtime;

import dev.moat.ast.Ast.BinaryOp;

/** Set algebra, following CPython's iteration choices so result order matches. */
public final class SetOps {
  private SetOps() {}

  static Object binary(BinaryOp op, PySet a, PySet b) {
    boolean frozen = a.isFrozen();
    switch (op) {
      case BITOR:
        return union(a, b, frozen);
      case BITAND:
        return intersection(a, b, frozen);
      case SUB:
        return difference(a, b, frozen);
      case BITXOR:
        return symmetricDifference(a, b, frozen);
      default:
        return Arith.NI;
    }
  }

  public static PySet union(PySet a, PySet b, boolean frozen) {
    PySet r = a.copy(frozen);
    r.addAllFrom(b);
    return r;
  }

  public static PySet intersection(PySet a, PySet b, boolean frozen) {
    return as(SetMethods.intersect(a, b), frozen);
  }

  public static PySet difference(PySet a, PySet b, boolean frozen) {
    return as(SetMethods.difference(a, b), frozen);
  }

  /** CPython's order: the result starts as a copy of {@code b}, then takes in {@code a}. */
  public static PySet symmetricDifference(PySet a, PySet b, boolean frozen) {
    return as(SetMethods.symmetricDifference(a, b), frozen);
  }

  private static PySet as(PySet s, boolean frozen) {
    return s.isFrozen() == frozen ? s : s.copy(frozen);
  }

  /** a <= b. */
  public static boolean isSubset(PySet a, PySet b) {
    if (a.size() > b.size()) {
      return false;
    }
    for (Object k : a.toArray()) {
      if (!b.contains(k)) {
        return false;
      }
    }
    return true;
  }
}
