package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.def;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;

/**
 * The methods of the dict views {@code dict_keys}, {@code dict_values} and {@code dict_items}:
 * length, iteration, membership, and for keys and items views the set operations and
 * comparisons, with CPython's algorithms (so result sets iterate in CPython's order).
 */
final class DictViewMethods {
  private DictViewMethods() {}

  static void install() {
    for (PyType t : new PyType[] {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS}) {
      def(t, "__len__", "self", a -> (long) view(a).dict.size());
      def(t, "__iter__", "self", a -> view(a).iterator());
      def(t, "__reversed__", "self", a -> DictMethods.reversed(view(a).dict, view(a).kind));
      MethodSupport.getter(t, "mapping", v -> new MappingProxy(((DictView) v).dict));
      def(t, "__repr__", "self", a -> Ops.repr(a[0]));
    }
    for (PyType t : new PyType[] {Types.DICT_KEYS, Types.DICT_ITEMS}) {
      def(t, "__contains__", "self, key, /", a -> Ops.contains(a[0], a[1]));
      def(t, "isdisjoint", "self, other, /", a -> isDisjoint(view(a), a[1]));
      String[] names = {"and", "or", "sub", "xor"};
      BinaryOp[] ops = {BinaryOp.BITAND, BinaryOp.BITOR, BinaryOp.SUB, BinaryOp.BITXOR};
      for (int i = 0; i < names.length; i++) {
        BinaryOp op = ops[i];
        def(t, "__" + names[i] + "__", "self, value, /", a -> setOp(op, a[0], a[1]));
        def(t, "__r" + names[i] + "__", "self, value, /", a -> setOp(op, a[1], a[0]));
      }
      CmpOp[] cmps = {CmpOp.EQ, CmpOp.NOTEQ, CmpOp.LT, CmpOp.LTE, CmpOp.GT, CmpOp.GTE};
      String[] cmpNames = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
      for (int i = 0; i < cmps.length; i++) {
        CmpOp op = cmps[i];
        def(t, cmpNames[i], "self, value, /", a -> compare(view(a), a[1], op));
      }
      t.define("__hash__", NONE);
    }
  }

  private static DictView view(Object[] a) {
    return (DictView) a[0];
  }

  /** True for the views that behave like sets (keys and items). */
  static boolean isSetLike(Object o) {
    return o instanceof DictView && ((DictView) o).kind != DictView.Kind.VALUES;
  }

  // ---------------------------------------------------------------- operators

  /** {@code a op b} when one side is a keys or items view, else NotImplemented. */
  static Object binary(BinaryOp op, Object a, Object b) {
    if (!isSetLike(a) && !isSetLike(b)) {
      return NI;
    }
    switch (op) {
      case BITAND:
      case BITOR:
      case SUB:
      case BITXOR:
        return setOp(op, a, b);
      default:
        return NI;
    }
  }

  private static PySet setOp(BinaryOp op, Object self, Object other) {
    switch (op) {
      case BITAND:
        return intersect(self, other);
      case BITOR: {
        PySet r = toSet(self);
        SetMethods.update(r, other);
        return r;
      }
      case SUB: {
        PySet r = toSet(self);
        SetMethods.differenceUpdate(r, other);
        return r;
      }
      default: {
        if (self instanceof DictView && other instanceof DictView
            && ((DictView) self).kind == DictView.Kind.ITEMS
            && ((DictView) other).kind == DictView.Kind.ITEMS) {
          return itemsXor(((DictView) self).dict, ((DictView) other).dict);
        }
        PySet r = toSet(self);
        SetMethods.symmetricDifferenceUpdate(r, other);
        return r;
      }
    }
  }

  /** A new set of the elements of {@code o} (a view, or any iterable). */
  private static PySet toSet(Object o) {
    PySet r = new PySet(false);
    if (o instanceof DictView && ((DictView) o).kind == DictView.Kind.KEYS) {
      SetMethods.update(r, ((DictView) o).dict);
    } else {
      SetMethods.update(r, o);
    }
    return r;
  }

  /** CPython's _PyDictView_Intersect. */
  private static PySet intersect(Object self, Object other) {
    if (!isSetLike(self)) {
      Object tmp = other;
      other = self;
      self = tmp;
    }
    DictView view = (DictView) self;
    int lenSelf = view.dict.size();
    if (other instanceof PySet && !((PySet) other).isFrozen()
        && lenSelf <= ((PySet) other).size()) {
      return SetMethods.intersect((PySet) other, self);
    }
    if (isSetLike(other) && ((DictView) other).dict.size() > lenSelf) {
      Object tmp = other;
      other = self;
      self = tmp;
      view = (DictView) self;
    }
    PySet result = new PySet(false);
    PyIterator it = Ops.iter(other);
    for (Object k = it.next(); k != null; k = it.next()) {
      Budget.chargeSteps(1);
      if (Ops.contains(view, k)) {
        result.add(k);
      }
    }
    return result;
  }

  /** CPython's dictitems_xor. */
  private static PySet itemsXor(PyDict d1, PyDict d2) {
    PyDict temp = d1.copy();
    PySet result = new PySet(false);
    for (PyDict.Entry e : d2.entries()) {
      Budget.chargeSteps(1);
      PyDict.Entry mine = temp.entry(e.key);
      if (mine != null && Ops.eq(mine.value, e.value)) {
        temp.remove(e.key);
      } else {
        result.add(PyTuple.of(e.key, e.value));
      }
    }
    for (PyDict.Entry e : temp.entries()) {
      result.add(PyTuple.of(e.key, e.value));
    }
    return result;
  }

  private static boolean isDisjoint(DictView self, Object other) {
    Object small = other;
    Object large = self;
    if ((other instanceof PySet || isSetLike(other)) && Ops.len(other) > self.dict.size()) {
      small = self;
      large = other;
    }
    PyIterator it = Ops.iter(small);
    for (Object k = it.next(); k != null; k = it.next()) {
      Budget.chargeSteps(1);
      if (Ops.contains(large, k)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- comparisons

  /**
   * A comparison where one side is a view: CPython's dictview_richcompare, or NotImplemented
   * when the other side is not set-like.
   */
  static Object nativeCompare(Object a, Object b, CmpOp op) {
    if (isSetLike(a)) {
      return compare((DictView) a, b, op);
    }
    if (isSetLike(b)) {
      return compare((DictView) b, a, reflected(op));
    }
    return NI;
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

  private static Object compare(DictView self, Object other, CmpOp op) {
    if (!(other instanceof PySet) && !isSetLike(other)) {
      return NI;
    }
    int lenSelf = self.dict.size();
    int lenOther = Ops.len(other);
    switch (op) {
      case EQ:
        return lenSelf == lenOther && allContainedIn(self, other);
      case NOTEQ:
        return !(lenSelf == lenOther && allContainedIn(self, other));
      case LT:
        return lenSelf < lenOther && allContainedIn(self, other);
      case LTE:
        return lenSelf <= lenOther && allContainedIn(self, other);
      case GT:
        return lenSelf > lenOther && allContainedIn(other, self);
      case GTE:
        return lenSelf >= lenOther && allContainedIn(other, self);
      default:
        return NI;
    }
  }

  private static boolean allContainedIn(Object self, Object other) {
    PyIterator it = Ops.iter(self);
    for (Object k = it.next(); k != null; k = it.next()) {
      Budget.chargeSteps(1);
      if (!Ops.contains(other, k)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- mappingproxy

  static final PyType MAPPING_PROXY = new PyType("mappingproxy", Types.OBJECT);

  /** A read-only view of a dict ({@code view.mapping}). */
  static final class MappingProxy implements PyObject {
    final PyDict dict;

    MappingProxy(PyDict dict) {
      this.dict = dict;
    }

    @Override
    public PyType type() {
      return MAPPING_PROXY;
    }
  }

  static {
    PyType t = MAPPING_PROXY;
    t.setSubclassable(false);
    def(t, "__getitem__", "self, key, /", a -> Ops.getItem(proxied(a), a[1]));
    def(t, "__len__", "self", a -> (long) proxied(a).size());
    def(t, "__iter__", "self", a -> Ops.iter(proxied(a)));
    def(t, "__reversed__", "self", a -> DictMethods.reversed(proxied(a), DictView.Kind.KEYS));
    def(t, "__contains__", "self, key, /", a -> proxied(a).containsKey(a[1]));
    def(t, "keys", "self", a -> new DictView(proxied(a), DictView.Kind.KEYS));
    def(t, "values", "self", a -> new DictView(proxied(a), DictView.Kind.VALUES));
    def(t, "items", "self", a -> new DictView(proxied(a), DictView.Kind.ITEMS));
    def(t, "get", "self, key, default=None, /", a -> {
      Object v = proxied(a).get(a[1]);
      return v == null ? a[2] : v;
    });
    def(t, "copy", "self", a -> proxied(a).copy());
    def(t, "__repr__", "self", a -> Ops.repr(a[0]));
    def(t, "__str__", "self", a -> Ops.str(proxied(a)));
    // types.MappingProxyType(d): a read-only view of a dict
    t.setConstructor(BuiltinFunction.of("mappingproxy", "mapping, /", a -> {
      if (a[0] instanceof MappingProxy) {
        return new MappingProxy(((MappingProxy) a[0]).dict);
      }
      if (!(a[0] instanceof PyDict)) {
        throw Errors.typeError("mappingproxy() argument must be a mapping, not "
            + Types.typeName(a[0]));
      }
      return new MappingProxy((PyDict) a[0]);
    }));
  }

  private static PyDict proxied(Object[] a) {
    return ((MappingProxy) a[0]).dict;
  }
}
