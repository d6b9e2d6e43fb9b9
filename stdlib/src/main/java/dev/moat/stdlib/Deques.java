package dev.moat.stdlib;

import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code collections.deque}: a double-ended queue over a growable circular array, so appends
 * and pops at either end are O(1); an optional maxlen discards from the opposite end.
 */
final class Deques {
  private Deques() {}

  private static final Object NONE = PyNone.NONE;
  private static final Object NI = PySingleton.NOT_IMPLEMENTED;

  /** A deque instance: {@code size} items starting at {@code head} in {@code buf}. */
  static final class Deque extends PyInstance {
    Object[] buf = new Object[8];
    int head;
    int size;
    int maxlen = -1;
    long version;

    Deque(PyType t) {
      super(t);
    }

    Object get(int i) {
      return buf[(head + i) & (buf.length - 1)];
    }

    void set(int i, Object v) {
      buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
      if (size < buf.length) {
        return;
      }
      Budget.reserveMemory(8L * buf.length * 2);
      Object[] nb = new Object[buf.length * 2];
      for (int i = 0; i < size; i++) {
        nb[i] = get(i);
      }
      buf = nb;
      head = 0;
    }

    void addLast(Object v) {
      version++;
      if (maxlen == 0) {
        return;
      }
      if (maxlen > 0 && size == maxlen) {
        removeFirst();
      }
      grow();
      set(size++, v);
    }

    void addFirst(Object v) {
      version++;
      if (maxlen == 0) {
        return;
      }
      if (maxlen > 0 && size == maxlen) {
        removeLast();
      }
      grow();
      head = (head - 1) & (buf.length - 1);
      buf[head] = v;
      size++;
    }

    Object removeFirst() {
      if (size == 0) {
        throw Errors.indexError("pop from an empty deque");
      }
      version++;
      Object v = buf[head];
      buf[head] = null;
      head = (head + 1) & (buf.length - 1);
      size--;
      return v;
    }

    Object removeLast() {
      if (size == 0) {
        throw Errors.indexError("pop from an empty deque");
      }
      version++;
      int i = (head + size - 1) & (buf.length - 1);
      Object v = buf[i];
      buf[i] = null;
      size--;
      return v;
    }

    Object[] toArray() {
      Object[] r = new Object[size];
      for (int i = 0; i < size; i++) {
        r[i] = get(i);
      }
      return r;
    }

    void replace(Object[] items) {
      version++;
      int cap = 8;
      while (cap < items.length) {
        cap *= 2;
      }
      Budget.reserveMemory(8L * cap);
      buf = new Object[cap];
      System.arraycopy(items, 0, buf, 0, items.length);
      head = 0;
      size = items.length;
    }

    void clear() {
      replace(new Object[0]);
    }
  }

  static final PyType ITERATOR = PyIterator.newType("_deque_iterator");
  static final PyType REVERSE_ITERATOR = PyIterator.newType("_deque_reverse_iterator");
  static final PyType DEQUE;

  private static Deque d(Object[] a) {
    return (Deque) a[0];
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static boolean isDeque(Object o) {
    return o instanceof Deque;
  }

  private static PyIterator iterate(Deque q, boolean reverse) {
    return new PyIterator(reverse ? REVERSE_ITERATOR : ITERATOR) {
      private int i;
      private final long version = q.version;
      private final int n = q.size;

      @Override
      public Object next() {
        if (q.version != version) {
          throw Errors.runtimeError("deque mutated during iteration");
        }
        if (i >= n) {
          return null;
        }
        int k = i++;
        return q.get(reverse ? n - 1 - k : k);
      }
    };
  }

  private static int index(Deque q, Object key) {
    Object i = Ops.indexOrNull(key);
    if (i == null) {
      throw Errors.typeError("sequence index must be integer, not '" + Types.typeName(key)
          + "'");
    }
    long k = i instanceof Long ? (Long) i : Long.MAX_VALUE;
    if (k < 0) {
      k += q.size;
    }
    if (k < 0 || k >= q.size) {
      throw Errors.indexError("deque index out of range");
    }
    return (int) k;
  }

  private static void extend(Deque q, Object iterable, boolean left) {
    Object[] items = iterable == q ? q.toArray() : null;
    PyIterator it = Ops.iter(items != null ? dev.moat.runtime.PyList.of(items) : iterable);
    int n = 0;
    for (Object v = it.next(); v != null; v = it.next()) {
      if (left) {
        q.addFirst(v);
      } else {
        q.addLast(v);
      }
      if ((++n & 63) == 0) {
        Budget.chargeSteps(64);
      }
    }
  }

  private static Deque newLike(Deque q, Object[] items) {
    Deque r = new Deque(Types.typeOf(q));
    r.maxlen = q.maxlen;
    for (Object v : items) {
      r.addLast(v);
    }
    return r;
  }

  private static void rotate(Deque q, long n) {
    if (q.size <= 1) {
      return;
    }
    int k = (int) Math.floorMod(n, (long) q.size);
    Object[] items = q.toArray();
    Object[] r = new Object[items.length];
    for (int i = 0; i < items.length; i++) {
      r[(i + k) % items.length] = items[i];
    }
    q.replace(r);
  }

  private static int find(Deque q, Object x, int start, int stop) {
    long version = q.version;
    for (int i = start; i < stop && i < q.size; i++) {
      if (Ops.eq(q.get(i), x)) {
        return i;
      }
      if (q.version != version) {
        throw Errors.runtimeError("deque mutated during iteration");
      }
    }
    return -1;
  }

  private static Object compare(Object[] a, CmpOp op) {
    if (!isDeque(a[1])) {
      return NI;
    }
    Object[] x = d(a).toArray();
    Object[] y = ((Deque) a[1]).toArray();
    int n = Math.min(x.length, y.length);
    for (int i = 0; i < n; i++) {
      if (!Ops.eq(x[i], y[i])) {
        if (op == CmpOp.EQ) {
          return false;
        }
        if (op == CmpOp.NOTEQ) {
          return true;
        }
        return Ops.compare(x[i], y[i], op);
      }
    }
    return Ops.compare((long) x.length, (long) y.length, op);
  }

  private static int clampIndex(long i, int size) {
    if (i < 0) {
      i += size;
      if (i < 0) {
        i = 0;
      }
    }
    return (int) Math.min(i, size);
  }

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "collections");
    ns.put("__new__", new Descriptors.StaticMethod(fn("deque", "cls, *args, **kwargs",
        a -> new Deque((PyType) a[0]))));
    ns.put("__init__", fn("__init__", "self, iterable=?, maxlen=None", a -> {
      Deque q = d(a);
      int max = -1;
      if (a[2] != NONE) {
        Object m = Ops.indexOrNull(a[2]);
        if (m == null) {
          throw Errors.typeError("an integer is required");
        }
        if (!(m instanceof Long) || (Long) m > Integer.MAX_VALUE) {
          throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        if ((Long) m < 0) {
          throw Errors.valueError("maxlen must be non-negative");
        }
        max = (int) (long) (Long) m;
      }
      q.maxlen = max;
      if (q.size > 0) {
        q.clear();
      }
      if (a[1] != Signature.MISSING) {
        extend(q, a[1], false);
      }
      return NONE;
    }));
    ns.put("maxlen", new Descriptors.GetSet("maxlen",
        o -> ((Deque) o).maxlen < 0 ? NONE : (Object) (long) ((Deque) o).maxlen, null));
    ns.put("append", fn("append", "self, x, /", a -> {
      d(a).addLast(a[1]);
      return NONE;
    }));
    ns.put("appendleft", fn("appendleft", "self, x, /", a -> {
      d(a).addFirst(a[1]);
      return NONE;
    }));
    ns.put("pop", fn("pop", "self", a -> d(a).removeLast()));
    ns.put("popleft", fn("popleft", "self", a -> d(a).removeFirst()));
    ns.put("extend", fn("extend", "self, iterable, /", a -> {
      extend(d(a), a[1], false);
      return NONE;
    }));
    ns.put("extendleft", fn("extendleft", "self, iterable, /", a -> {
      extend(d(a), a[1], true);
      return NONE;
    }));
    ns.put("clear", fn("clear", "self", a -> {
      d(a).clear();
      return NONE;
    }));
    ns.put("copy", fn("copy", "self", a -> newLike(d(a), d(a).toArray())));
    ns.put("__copy__", fn("__copy__", "self", a -> newLike(d(a), d(a).toArray())));
    ns.put("count", fn("count", "self, value, /", a -> {
      Deque q = d(a);
      long version = q.version;
      long n = 0;
      for (int i = 0; i < q.size; i++) {
        if (Ops.eq(q.get(i), a[1])) {
          n++;
        }
        if (q.version != version) {
          throw Errors.runtimeError("deque mutated during iteration");
        }
      }
      return n;
    }));
    ns.put("index", fn("index", "self, value, start=0, stop=?, /", a -> {
      Deque q = d(a);
      int start = clampIndex(Ops.asIndex(a[2], "slice indices must be integers"), q.size);
      int stop = a[3] == Signature.MISSING ? q.size
          : clampIndex(Ops.asIndex(a[3], "slice indices must be integers"), q.size);
      int i = find(q, a[1], start, stop);
      if (i < 0) {
        throw Errors.valueError(Ops.repr(a[1]) + " is not in deque");
      }
      return (long) i;
    }));
    ns.put("insert", fn("insert", "self, index, value, /", a -> {
      Deque q = d(a);
      if (q.maxlen >= 0 && q.size >= q.maxlen) {
        throw Errors.indexError("deque already at its maximum size");
      }
      int i = clampIndex(Ops.asIndex(a[1], "an integer is required"), q.size);
      Object[] items = q.toArray();
      Object[] r = new Object[items.length + 1];
      System.arraycopy(items, 0, r, 0, i);
      r[i] = a[2];
      System.arraycopy(items, i, r, i + 1, items.length - i);
      q.replace(r);
      return NONE;
    }));
    ns.put("remove", fn("remove", "self, value, /", a -> {
      Deque q = d(a);
      int i = find(q, a[1], 0, q.size);
      if (i < 0) {
        throw Errors.valueError(Ops.repr(a[1]) + " is not in deque");
      }
      deleteAt(q, i);
      return NONE;
    }));
    ns.put("reverse", fn("reverse", "self", a -> {
      Deque q = d(a);
      Object[] items = q.toArray();
      for (int i = 0, j = items.length - 1; i < j; i++, j--) {
        Object t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
      q.replace(items);
      return NONE;
    }));
    ns.put("rotate", fn("rotate", "self, n=1, /", a -> {
      rotate(d(a), Ops.asIndex(a[1], "an integer is required"));
      return NONE;
    }));
    ns.put("__len__", fn("__len__", "self", a -> (long) d(a).size));
    ns.put("__bool__", fn("__bool__", "self", a -> d(a).size > 0));
    ns.put("__iter__", fn("__iter__", "self", a -> iterate(d(a), false)));
    ns.put("__reversed__", fn("__reversed__", "self", a -> iterate(d(a), true)));
    ns.put("__contains__", fn("__contains__", "self, value, /",
        a -> find(d(a), a[1], 0, d(a).size) >= 0));
    ns.put("__getitem__", fn("__getitem__", "self, index, /", a -> d(a).get(index(d(a), a[1]))));
    ns.put("__setitem__", fn("__setitem__", "self, index, value, /", a -> {
      d(a).set(index(d(a), a[1]), a[2]);
      return NONE;
    }));
    ns.put("__delitem__", fn("__delitem__", "self, index, /", a -> {
      deleteAt(d(a), index(d(a), a[1]));
      return NONE;
    }));
    ns.put("__hash__", NONE);
    ns.put("__repr__", fn("__repr__", "self", a -> {
      Deque q = d(a);
      StringBuilder sb = new StringBuilder(Types.typeOf(q).name()).append("([");
      Object[] items = q.toArray();
      for (int i = 0; i < items.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(Ops.repr(items[i]));
      }
      sb.append(']');
      if (q.maxlen >= 0) {
        sb.append(", maxlen=").append(q.maxlen);
      }
      return sb.append(')').toString();
    }));
    ns.put("__eq__", fn("__eq__", "self, other, /", a -> compare(a, CmpOp.EQ)));
    ns.put("__ne__", fn("__ne__", "self, other, /", a -> compare(a, CmpOp.NOTEQ)));
    ns.put("__lt__", fn("__lt__", "self, other, /", a -> compare(a, CmpOp.LT)));
    ns.put("__le__", fn("__le__", "self, other, /", a -> compare(a, CmpOp.LTE)));
    ns.put("__gt__", fn("__gt__", "self, other, /", a -> compare(a, CmpOp.GT)));
    ns.put("__ge__", fn("__ge__", "self, other, /", a -> compare(a, CmpOp.GTE)));
    ns.put("__add__", fn("__add__", "self, other, /", a -> {
      if (!isDeque(a[1])) {
        throw Errors.typeError("can only concatenate deque (not \"" + Types.typeName(a[1])
            + "\") to deque");
      }
      Deque r = newLike(d(a), d(a).toArray());
      extend(r, a[1], false);
      return r;
    }));
    ns.put("__iadd__", fn("__iadd__", "self, other, /", a -> {
      extend(d(a), a[1], false);
      return a[0];
    }));
    ns.put("__mul__", fn("__mul__", "self, n, /", a -> repeat(d(a), a[1], false)));
    ns.put("__rmul__", fn("__rmul__", "self, n, /", a -> repeat(d(a), a[1], false)));
    ns.put("__imul__", fn("__imul__", "self, n, /", a -> repeat(d(a), a[1], true)));
    DEQUE = PyType.createClass("deque", new PyType[0], ns);
  }

  private static Object repeat(Deque q, Object n, boolean inPlace) {
    Object i = Ops.indexOrNull(n);
    if (i == null) {
      return NI;
    }
    long k = i instanceof Long ? (Long) i : Long.MAX_VALUE;
    Object[] items = q.toArray();
    Deque r = inPlace ? q : newLike(q, new Object[0]);
    if (inPlace) {
      r.clear();
    }
    for (long t = 0; t < k && items.length > 0; t++) {
      Budget.chargeSteps(items.length);
      for (Object v : items) {
        r.addLast(v);
      }
      if (r.maxlen >= 0 && t * items.length > r.maxlen + items.length) {
        break;
      }
    }
    return r;
  }

  private static void deleteAt(Deque q, int i) {
    Object[] items = q.toArray();
    Object[] r = new Object[items.length - 1];
    System.arraycopy(items, 0, r, 0, i);
    System.arraycopy(items, i + 1, r, i, items.length - i - 1);
    q.replace(r);
  }

  static {
    LibClasses.share(ITERATOR, REVERSE_ITERATOR, DEQUE);
  }
}
