package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code heapq} module: binary min-heaps stored in plain lists (item {@code k} is never
 * greater than items {@code 2k+1} and {@code 2k+2}), compared with {@code <} only. Removal uses
 * the bottom-up variant (move the smaller child up to a leaf, then bubble the new item back up),
 * which is what determines the exact list layout scripts can observe.
 */
public final class HeapqModule implements ModuleProvider {
  private static final PyType MERGE_TYPE = PyIterator.newType("generator");

  @Override
  public Set<String> moduleNames() {
    return Set.of("heapq");
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("heapq")
        .function("heappush", "heap, item, /", a -> {
          PyList h = list(a[0], "heappush() argument 1 must be list");
          h.append(a[1]);
          bubbleUp(h, 0, h.size() - 1);
          return PyNone.NONE;
        })
        .function("heappop", "heap, /", a -> {
          PyList h = list(a[0], "heappop() argument must be list");
          if (h.size() == 0) {
            throw Errors.indexError("index out of range");
          }
          Object last = h.remove(h.size() - 1);
          if (h.size() == 0) {
            return last;
          }
          Object top = h.get(0);
          h.set(0, last);
          sink(h, 0);
          return top;
        })
        .function("heapreplace", "heap, item, /", a -> {
          PyList h = list(a[0], "heapreplace() argument 1 must be list");
          if (h.size() == 0) {
            throw Errors.indexError("index out of range");
          }
          Object top = h.get(0);
          h.set(0, a[1]);
          sink(h, 0);
          return top;
        })
        .function("heappushpop", "heap, item, /", a -> {
          PyList h = list(a[0], "heappushpop() argument 1 must be list");
          Object item = a[1];
          if (h.size() == 0 || !Ops.lessThan(h.get(0), item)) {
            return item;
          }
          Object top = h.get(0);
          h.set(0, item);
          sink(h, 0);
          return top;
        })
        .function("heapify", "heap, /", a -> {
          PyList h = list(a[0], "heapify() argument must be list");
          for (int i = h.size() / 2 - 1; i >= 0; i--) {
            sink(h, i);
          }
          return PyNone.NONE;
        })
        .function("nsmallest", "n, iterable, key=None", a -> select(a[0], a[1], a[2], false))
        .function("nlargest", "n, iterable, key=None", a -> select(a[0], a[1], a[2], true))
        .function("merge", "*iterables, key=None, reverse=False",
            a -> merge((PyTuple) a[0], a[1], Ops.truth(a[2])))
        .build();
  }

  private static PyList list(Object o, String what) {
    if (!(o instanceof PyList)) {
      throw Errors.typeError(what + ", not " + Types.typeName(o));
    }
    return (PyList) o;
  }

  /** Moves the item at {@code pos} towards the root while it is smaller than its parent. */
  private static void bubbleUp(PyList h, int root, int pos) {
    Object item = h.get(pos);
    while (pos > root) {
      Budget.chargeSteps(1);
      int parent = (pos - 1) >> 1;
      Object p = h.get(parent);
      if (!Ops.lessThan(item, p)) {
        break;
      }
      checkSize(h, pos);
      h.set(pos, p);
      pos = parent;
    }
    checkSize(h, pos);
    h.set(pos, item);
  }

  /**
   * Restores the heap below {@code pos}: the smaller child moves up until a leaf is reached, then
   * the displaced item bubbles back up from there.
   */
  private static void sink(PyList h, int pos) {
    int end = h.size();
    int start = pos;
    Object item = h.get(pos);
    int child = 2 * pos + 1;
    while (child < end) {
      Budget.chargeSteps(1);
      int right = child + 1;
      if (right < end && !Ops.lessThan(h.get(child), h.get(right))) {
        child = right;
      }
      checkSize(h, child);
      h.set(pos, h.get(child));
      pos = child;
      child = 2 * pos + 1;
    }
    checkSize(h, pos);
    h.set(pos, item);
    bubbleUp(h, start, pos);
  }

  private static void checkSize(PyList h, int i) {
    if (i >= h.size()) {
      throw Errors.runtimeError("list changed size during iteration");
    }
  }

  /**
   * The {@code n} best items in order; equal items keep their input order (the same result as
   * a stable sort followed by a slice).
   */
  private static Object select(Object nArg, Object iterable, Object key, boolean largest) {
    long n = Ops.asIndex(nArg, "'" + Types.typeName(nArg)
        + "' object cannot be interpreted as an integer");
    PyList out = new PyList();
    if (n <= 0) {
      return out;
    }
    List<Object> keys = new ArrayList<>();
    List<Object> items = new ArrayList<>();
    PyIterator it = Ops.iter(iterable);
    for (Object x = it.next(); x != null; x = it.next()) {
      Budget.chargeSteps(1);
      Object k = key == PyNone.NONE ? x : Ops.call(key, new Object[] {x}, null);
      int size = keys.size();
      if (size == n && !better(k, keys.get(size - 1), largest)) {
        continue;
      }
      // first position whose key is worse than k
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (better(k, keys.get(mid), largest)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      keys.add(lo, k);
      items.add(lo, x);
      if (keys.size() > n) {
        keys.remove(keys.size() - 1);
        items.remove(items.size() - 1);
      }
    }
    for (Object x : items) {
      out.append(x);
    }
    return out;
  }

  private static boolean better(Object a, Object b, boolean largest) {
    return largest ? Ops.lessThan(b, a) : Ops.lessThan(a, b);
  }

  /** A lazy merge of sorted inputs; on ties the earlier input goes first. */
  private static Object merge(PyTuple iterables, Object key, boolean reverse) {
    int count = iterables.size();
    Object[] sources = new Object[count];
    for (int i = 0; i < count; i++) {
      sources[i] = iterables.get(i);
    }
    return new PyIterator(MERGE_TYPE) {
      PyIterator[] its;
      Object[] heads;
      Object[] keys;

      private void advance(int i) {
        Object v = its[i].next();
        heads[i] = v;
        if (v != null) {
          keys[i] = key == PyNone.NONE ? v : Ops.call(key, new Object[] {v}, null);
        }
      }

      @Override
      public Object next() {
        if (its == null) {
          its = new PyIterator[count];
          heads = new Object[count];
          keys = new Object[count];
          for (int i = 0; i < count; i++) {
            its[i] = Ops.iter(sources[i]);
          }
          for (int i = 0; i < count; i++) {
            advance(i);
          }
        }
        int best = -1;
        for (int i = 0; i < count; i++) {
          if (heads[i] == null) {
            continue;
          }
          Budget.chargeSteps(1);
          if (best < 0 || (reverse ? Ops.lessThan(keys[best], keys[i])
              : Ops.lessThan(keys[i], keys[best]))) {
            best = i;
          }
        }
        if (best < 0) {
          return null;
        }
        Object v = heads[best];
        advance(best);
        return v;
      }
    };
  }

  static {
    LibClasses.share(MERGE_TYPE);
  }
}
