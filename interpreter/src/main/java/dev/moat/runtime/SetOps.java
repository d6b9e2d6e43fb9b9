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
    PySet r = new PySet(frozen);
    PySet small = a;
    PySet large = b;
    if (a.size() > b.size()) {
      small = b;
      large = a;
    }
    Budget.chargeSteps(small.size() >> 2);
    for (Object k : small.toArray()) {
      if (large.contains(k)) {
        r.add(k);
      }
    }
    return r;
  }

  public static PySet difference(PySet a, PySet b, boolean frozen) {
    Budget.chargeSteps(a.size() >> 2);
    PySet r = new PySet(frozen);
    for (Object k : a.toArray()) {
      if (!b.contains(k)) {
        r.add(k);
      }
    }
    return r;
  }

  public static PySet symmetricDifference(PySet a, PySet b, boolean frozen) {
    PySet r = a.copy(frozen);
    for (Object k : b.toArray()) {
      if (!r.discard(k)) {
        r.add(k);
      }
    }
    return r;
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
