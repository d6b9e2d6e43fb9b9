package dev.moat.runtime;

/**
 * The stable sort behind {@code list.sort} and {@code sorted}: a natural merge sort that asks
 * only "is a less than b" (one {@code <} per comparison, as Python's sort promises), on the keys,
 * moving the items along with them.
 *
 * <p>Before sorting, the keys are scanned once: when all of them are exactly {@code int}, exactly
 * {@code str}, exactly {@code float} or exactly {@code tuple}, the comparison is specialised for
 * that type (tuples compare their items with fast paths for those types). A specialised
 * comparison answers exactly what the generic {@code <} answers for those types, so only the speed
 * differs.
 */
final class ListSort {
  private ListSort() {}

  /** Runs shorter than this are extended with binary insertion sort before merging. */
  private static final int MIN_RUN = 24;

  /** A strict "less than" on keys. */
  abstract static class Less {
    abstract boolean lt(Object a, Object b);
  }

  static final class Generic extends Less {
    @Override
    boolean lt(Object a, Object b) {
      return Ops.lessThan(a, b);
    }
  }

  static final class Ints extends Less {
    @Override
    boolean lt(Object a, Object b) {
      return (Long) a < (Long) b;
    }
  }

  static final class Strs extends Less {
    @Override
    boolean lt(Object a, Object b) {
      return Str.compare((String) a, (String) b) < 0;
    }
  }

  static final class Floats extends Less {
    @Override
    boolean lt(Object a, Object b) {
      return (Double) a < (Double) b;
    }
  }

  /** Tuples: the first items that differ decide, as tuple comparison does. */
  static final class Tuples extends Less {
    @Override
    boolean lt(Object a, Object b) {
      Object[] x = ((PyTuple) a).items;
      Object[] y = ((PyTuple) b).items;
      int n = Math.min(x.length, y.length);
      for (int i = 0; i < n; i++) {
        Object p = x[i];
        Object q = y[i];
        if (p == q) {
          continue;
        }
        Class<?> c = p.getClass();
        if (c == q.getClass()) {
          if (c == Long.class) {
            long u = (Long) p;
            long v = (Long) q;
            if (u != v) {
              return u < v;
            }
            continue;
          }
          if (c == String.class) {
            if (!p.equals(q)) {
              return Str.compare((String) p, (String) q) < 0;
            }
            continue;
          }
          if (c == Double.class) {
            double u = (Double) p;
            double v = (Double) q;
            if (u != v) {
              return u < v;
            }
            continue;
          }
        }
        if (!Ops.eq(p, q)) {
          return Ops.lessThan(p, q);
        }
      }
      return x.length < y.length;
    }
  }

  static final class Reversed extends Less {
    final Less inner;

    Reversed(Less inner) {
      this.inner = inner;
    }

    @Override
    boolean lt(Object a, Object b) {
      return inner.lt(b, a);
    }
  }

  /** The comparison for these keys: specialised when they all have one exact built-in type. */
  static Less lessFor(Object[] keys, int n) {
    if (n == 0) {
      return new Generic();
    }
    Class<?> c = keys[0].getClass();
    for (int i = 1; i < n; i++) {
      if (keys[i].getClass() != c) {
        return new Generic();
      }
    }
    if (c == Long.class) {
      return new Ints();
    }
    if (c == String.class) {
      return new Strs();
    }
    if (c == Double.class) {
      return new Floats();
    }
    if (c == PyTuple.class) {
      return new Tuples();
    }
    return new Generic();
  }

  /**
   * Sorts {@code keys[0, n)} stably by {@code less} and applies the same moves to {@code items}
   * (which may be null when the keys are the items). With {@code reverse}, the order is
   * descending while equal keys keep their original order, as Python's {@code reverse=True}.
   */
  static void sort(Object[] keys, Object[] items, int n, boolean reverse) {
    if (n < 2) {
      return;
    }
    Less less = lessFor(keys, n);
    if (reverse) {
      less = new Reversed(less);
    }
    new Sorter(keys, items, less).sort(n);
  }

  private static final class Sorter {
    final Object[] k;
    final Object[] v;
    final Less less;
    Object[] tk;
    Object[] tv;

    Sorter(Object[] k, Object[] v, Less less) {
      this.k = k;
      this.v = v;
      this.less = less;
    }

    void sort(int n) {
      // split into runs: natural ones (strictly descending ones reversed), short ones extended
      int[] starts = new int[n / MIN_RUN + 2];
      int runs = 0;
      int lo = 0;
      while (lo < n) {
        int hi = runEnd(lo, n);
        if (hi - lo < MIN_RUN) {
          int end = Math.min(n, lo + MIN_RUN);
          insertionSort(lo, hi, end);
          hi = end;
        }
        if (runs == starts.length) {
          starts = java.util.Arrays.copyOf(starts, runs * 2);
        }
        starts[runs++] = lo;
        lo = hi;
      }
      if (runs == 1) {
        return;
      }
      tk = new Object[n / 2 + 1];
      tv = v == null ? null : new Object[n / 2 + 1];
      // merge neighbouring runs pairwise until one is left
      while (runs > 1) {
        int out = 0;
        for (int r = 0; r < runs; r += 2) {
          if (r + 1 < runs) {
            int end = r + 2 < runs ? starts[r + 2] : n;
            merge(starts[r], starts[r + 1], end);
          }
          starts[out++] = starts[r];
        }
        runs = out;
      }
    }

    /** The end of the run starting at lo; a strictly descending run is reversed in place. */
    int runEnd(int lo, int n) {
      int hi = lo + 1;
      if (hi == n) {
        return hi;
      }
      if (less.lt(k[hi], k[lo])) {
        hi++;
        while (hi < n && less.lt(k[hi], k[hi - 1])) {
          hi++;
        }
        reverse(lo, hi);
      } else {
        hi++;
        while (hi < n && !less.lt(k[hi], k[hi - 1])) {
          hi++;
        }
      }
      return hi;
    }

    void reverse(int lo, int hi) {
      for (int i = lo, j = hi - 1; i < j; i++, j--) {
        Object t = k[i];
        k[i] = k[j];
        k[j] = t;
        if (v != null) {
          t = v[i];
          v[i] = v[j];
          v[j] = t;
        }
      }
    }

    /** [lo, sorted) is sorted; inserts the items up to end, each after its equals. */
    void insertionSort(int lo, int sorted, int end) {
      for (int i = sorted; i < end; i++) {
        Object key = k[i];
        int l = lo;
        int h = i;
        while (l < h) {
          int mid = (l + h) >>> 1;
          if (less.lt(key, k[mid])) {
            h = mid;
          } else {
            l = mid + 1;
          }
        }
        if (l < i) {
          System.arraycopy(k, l, k, l + 1, i - l);
          k[l] = key;
          if (v != null) {
            Object item = v[i];
            System.arraycopy(v, l, v, l + 1, i - l);
            v[l] = item;
          }
        }
      }
    }

    /** Merges the sorted ranges [lo, mid) and [mid, hi). */
    void merge(int lo, int mid, int hi) {
      if (!less.lt(k[mid], k[mid - 1])) {
        return; // already in order
      }
      int n1 = mid - lo;
      if (tk.length < n1) {
        tk = new Object[n1];
        tv = v == null ? null : new Object[n1];
      }
      System.arraycopy(k, lo, tk, 0, n1);
      if (v != null) {
        System.arraycopy(v, lo, tv, 0, n1);
      }
      int i = 0;
      int j = mid;
      int o = lo;
      while (i < n1 && j < hi) {
        if (less.lt(k[j], tk[i])) {
          if (v != null) {
            v[o] = v[j];
          }
          k[o++] = k[j++];
        } else {
          if (v != null) {
            v[o] = tv[i];
          }
          k[o++] = tk[i++];
        }
      }
      if (i < n1) {
        System.arraycopy(tk, i, k, o, n1 - i);
        if (v != null) {
          System.arraycopy(tv, i, v, o, n1 - i);
        }
      }
    }
  }
}
