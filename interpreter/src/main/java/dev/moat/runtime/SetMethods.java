package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.def;

import dev.moat.ast.Ast.BinaryOp;

/**
 * The methods of {@code set} and {@code frozenset}. The algorithms are CPython's (which operand
 * is iterated, when tables are pre-sized or compacted), so results iterate in CPython's order.
 */
final class SetMethods {
  private SetMethods() {}

  static void install() {
    for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
      installCommon(t);
    }
    PyType t = Types.SET;
    def(t, "add", "self, object, /", a -> {
      set(a).add(a[1]);
      return NONE;
    });
    def(t, "remove", "self, object, /", a -> {
      if (!discard(set(a), a[1])) {
        throw Errors.keyError(a[1]);
      }
      return NONE;
    });
    def(t, "discard", "self, object, /", a -> {
      discard(set(a), a[1]);
      return NONE;
    });
    def(t, "pop", "self", a -> {
      Object k = set(a).pop();
      if (k == null) {
        throw Errors.keyError("pop from an empty set");
      }
      return k;
    });
    def(t, "clear", "self", a -> {
      set(a).clear();
      return NONE;
    });
    def(t, "update", "self, *others", a -> {
      for (Object o : others(a)) {
        update(set(a), o);
      }
      return NONE;
    });
    def(t, "intersection_update", "self, *others", a -> {
      PySet r = intersectMulti(set(a), others(a));
      set(a).replaceWith(r);
      return NONE;
    });
    def(t, "difference_update", "self, *others", a -> {
      for (Object o : others(a)) {
        differenceUpdate(set(a), o);
      }
      return NONE;
    });
    def(t, "symmetric_difference_update", "self, other, /", a -> {
      symmetricDifferenceUpdate(set(a), a[1]);
      return NONE;
    });
    def(t, "__ior__", "self, value, /", a -> {
      if (!(a[1] instanceof PySet)) {
        return NI;
      }
      update(set(a), a[1]);
      return a[0];
    });
    def(t, "__iand__", "self, value, /", a -> {
      if (!(a[1] instanceof PySet)) {
        return NI;
      }
      set(a).replaceWith(intersect(set(a), a[1]));
      return a[0];
    });
    def(t, "__isub__", "self, value, /", a -> {
      if (!(a[1] instanceof PySet)) {
        return NI;
      }
      differenceUpdate(set(a), a[1]);
      return a[0];
    });
    def(t, "__ixor__", "self, value, /", a -> {
      if (!(a[1] instanceof PySet)) {
        return NI;
      }
      symmetricDifferenceUpdate(set(a), a[1]);
      return a[0];
    });
    t.define("__hash__", NONE);
    def(Types.FROZENSET, "__hash__", "self", a -> Ops.hash(a[0]));
  }

  private static void installCommon(PyType t) {
    // an exact frozenset is its own copy; a subclass's instance copies to a plain one
    def(t, "copy", "self", a -> set(a).isFrozen() && a[0].getClass() == PySet.class ? a[0]
        : set(a).copy(set(a).isFrozen()));
    def(t, "union", "self, *others", a -> {
      PySet r = set(a).copy(set(a).isFrozen());
      for (Object o : others(a)) {
        if (o != a[0]) {
          update(r, o);
        }
      }
      return r;
    });
    def(t, "intersection", "self, *others", a -> intersectMulti(set(a), others(a)));
    def(t, "difference", "self, *others", a -> {
      Object[] others = others(a);
      if (others.length == 0) {
        return set(a).copy(set(a).isFrozen());
      }
      PySet r = difference(set(a), others[0]);
      for (int i = 1; i < others.length; i++) {
        differenceUpdate(r, others[i]);
      }
      return r;
    });
    def(t, "symmetric_difference", "self, other, /", a -> symmetricDifference(set(a), a[1]));
    def(t, "issubset", "self, other, /", a -> isSubset(set(a), a[1]));
    def(t, "issuperset", "self, other, /", a -> isSuperset(set(a), a[1]));
    def(t, "isdisjoint", "self, other, /", a -> isDisjoint(set(a), a[1]));

    def(t, "__len__", "self", a -> (long) set(a).size());
    def(t, "__contains__", "self, key, /", a -> contains(set(a), a[1]));
    def(t, "__iter__", "self", a -> Ops.iter(a[0]));
    String[] names = {"or", "and", "sub", "xor"};
    BinaryOp[] ops = {BinaryOp.BITOR, BinaryOp.BITAND, BinaryOp.SUB, BinaryOp.BITXOR};
    for (int i = 0; i < names.length; i++) {
      BinaryOp op = ops[i];
      def(t, "__" + names[i] + "__", "self, value, /", a -> a[1] instanceof PySet
          ? SetOps.binary(op, set(a), (PySet) a[1]) : NI);
      def(t, "__r" + names[i] + "__", "self, value, /", a -> a[1] instanceof PySet
          ? SetOps.binary(op, (PySet) a[1], set(a)) : NI);
    }
    MethodSupport.comparisons(t, o -> o instanceof PySet);
    def(t, "__repr__", "self", a -> Ops.repr(a[0]));
  }

  private static PySet set(Object[] a) {
    return (PySet) a[0];
  }

  private static Object[] others(Object[] a) {
    return ((PyTuple) a[1]).array();
  }

  // ---------------------------------------------------------------- keys

  /**
   * Runs a lookup with {@code key}; a set that is not hashable is looked up as the equal
   * frozenset, as CPython does.
   */
  private static boolean contains(PySet s, Object key) {
    try {
      return s.contains(key);
    } catch (PyException e) {
      if (key instanceof PySet && !((PySet) key).isFrozen()
          && e.isInstance(ExceptionTypes.TYPE_ERROR)) {
        return s.contains(((PySet) key).copy(true));
      }
      throw e;
    }
  }

  private static boolean discard(PySet s, Object key) {
    try {
      return s.discard(key);
    } catch (PyException e) {
      if (key instanceof PySet && !((PySet) key).isFrozen()
          && e.isInstance(ExceptionTypes.TYPE_ERROR)) {
        return s.discard(((PySet) key).copy(true));
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- algorithms

  /** CPython's set_update_internal. */
  static void update(PySet so, Object other) {
    if (other instanceof PySet) {
      so.addAllFrom((PySet) other);
      return;
    }
    if (other instanceof PyDict) {
      PyDict d = (PyDict) other;
      so.presize(d.size());
      int n = 0;
      for (PyDict.Entry e : d.entries()) {
        so.add(e.key);
        if ((++n & 63) == 0) {
          Budget.chargeSteps(64);
        }
      }
      return;
    }
    PyIterator it = Ops.iter(other);
    int n = 0;
    for (Object k = it.next(); k != null; k = it.next()) {
      so.add(k);
      if ((++n & 63) == 0) {
        Budget.chargeSteps(64);
      }
    }
  }

  /** CPython's set_intersection: a new set of so's type. */
  static PySet intersect(PySet so, Object other) {
    if (so == other) {
      return so.copy(so.isFrozen());
    }
    PySet result = new PySet(so.isFrozen());
    if (other instanceof PySet) {
      PySet a = so;
      PySet b = (PySet) other;
      if (b.size() > a.size()) {
        PySet tmp = a;
        a = b;
        b = tmp;
      }
      Budget.chargeSteps(b.size() >> 2);
      for (int i = 0; i < b.capacity(); i++) {
        Object k = b.slot(i);
        if (k != null && a.containsWithHash(k, b.slotHash(i))) {
          result.addWithHash(k, b.slotHash(i));
        }
      }
      return result;
    }
    PyIterator it = Ops.iter(other);
    int n = 0;
    for (Object k = it.next(); k != null; k = it.next()) {
      if (so.contains(k)) {
        result.add(k);
      }
      if ((++n & 63) == 0) {
        Budget.chargeSteps(64);
      }
    }
    return result;
  }

  private static PySet intersectMulti(PySet so, Object[] others) {
    if (others.length == 0) {
      return so.copy(so.isFrozen());
    }
    PySet result = so;
    for (Object o : others) {
      result = intersect(result, o);
    }
    return result;
  }

  /** CPython's set_difference_update_internal. */
  static void differenceUpdate(PySet so, Object other) {
    if (so == other) {
      so.clear();
      return;
    }
    if (other instanceof PySet) {
      PySet o = (PySet) other;
      if ((o.size() >> 3) > so.size()) {
        o = intersect(so, o);
      }
      Budget.chargeSteps(o.size() >> 2);
      for (int i = 0; i < o.capacity(); i++) {
        Object k = o.slot(i);
        if (k != null) {
          so.discardWithHash(k, o.slotHash(i));
        }
      }
    } else {
      PyIterator it = Ops.iter(other);
      int n = 0;
      for (Object k = it.next(); k != null; k = it.next()) {
        discard(so, k);
        if ((++n & 63) == 0) {
          Budget.chargeSteps(64);
        }
      }
    }
    so.compactAfterDiscards();
  }

  /** CPython's set_difference: a new set of so's type. */
  static PySet difference(PySet so, Object other) {
    int otherSize;
    if (other instanceof PySet) {
      otherSize = ((PySet) other).size();
    } else if (other instanceof PyDict) {
      otherSize = ((PyDict) other).size();
    } else {
      PySet r = so.copy(so.isFrozen());
      differenceUpdate(r, other);
      return r;
    }
    if ((so.size() >> 2) > otherSize) {
      PySet r = so.copy(so.isFrozen());
      differenceUpdate(r, other);
      return r;
    }
    PySet result = new PySet(so.isFrozen());
    Budget.chargeSteps(so.size() >> 2);
    for (int i = 0; i < so.capacity(); i++) {
      Object k = so.slot(i);
      if (k == null) {
        continue;
      }
      boolean in = other instanceof PyDict ? ((PyDict) other).containsKey(k)
          : ((PySet) other).containsWithHash(k, so.slotHash(i));
      if (!in) {
        result.addWithHash(k, so.slotHash(i));
      }
    }
    return result;
  }

  /** CPython's set_symmetric_difference_update. */
  static void symmetricDifferenceUpdate(PySet so, Object other) {
    if (so == other) {
      so.clear();
      return;
    }
    if (other instanceof PyDict) {
      for (PyDict.Entry e : ((PyDict) other).entries()) {
        Budget.chargeSteps(1);
        if (!so.discard(e.key)) {
          so.add(e.key);
        }
      }
      return;
    }
    PySet o;
    if (other instanceof PySet) {
      o = (PySet) other;
    } else {
      o = new PySet(so.isFrozen());
      update(o, other);
    }
    Budget.chargeSteps(o.size() >> 2);
    for (int i = 0; i < o.capacity(); i++) {
      Object k = o.slot(i);
      if (k != null && !so.discardWithHash(k, o.slotHash(i))) {
        so.addWithHash(k, o.slotHash(i));
      }
    }
  }

  /** CPython's set_symmetric_difference: built from {@code other}, then updated with so. */
  static PySet symmetricDifference(PySet so, Object other) {
    PySet r = new PySet(so.isFrozen());
    update(r, other);
    symmetricDifferenceUpdate(r, so);
    return r;
  }

  private static boolean isSubset(PySet so, Object other) {
    if (!(other instanceof PySet)) {
      PySet tmp = new PySet(false);
      update(tmp, other);
      other = tmp;
    }
    return SetOps.isSubset(so, (PySet) other);
  }

  private static boolean isSuperset(PySet so, Object other) {
    if (other instanceof PySet) {
      return SetOps.isSubset((PySet) other, so);
    }
    PyIterator it = Ops.iter(other);
    for (Object k = it.next(); k != null; k = it.next()) {
      Budget.chargeSteps(1);
      if (!contains(so, k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDisjoint(PySet so, Object other) {
    if (so == other) {
      return so.size() == 0;
    }
    if (other instanceof PySet) {
      PySet a = so;
      PySet b = (PySet) other;
      if (a.size() > b.size()) {
        PySet tmp = a;
        a = b;
        b = tmp;
      }
      for (Object k : a.toArray()) {
        if (b.contains(k)) {
          return false;
        }
      }
      return true;
    }
    PyIterator it = Ops.iter(other);
    for (Object k = it.next(); k != null; k = it.next()) {
      Budget.chargeSteps(1);
      if (so.contains(k)) {
        return false;
      }
    }
    return true;
  }
}
