package dev.moat.stdlib;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code itertools}: every iterator is a Java {@link PyIterator} of a class named as in
 * CPython, producing its values on demand (infinite ones included).
 */
public final class ItertoolsModule implements ModuleProvider {
  private static final String MOD = "itertools";

  @Override
  public Set<String> moduleNames() {
    return Set.of(MOD);
  }

  @Override
  public PyModule create(String name) {
    ModuleBuilder b = ModuleBuilder.named(MOD);
    for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE,
        TAKEWHILE, FILTERFALSE, GROUPBY, ISLICE, PAIRWISE, STARMAP, ZIP_LONGEST, PRODUCT,
        PERMUTATIONS, COMBINATIONS, COMBINATIONS_WR}) {
      b.constant(t.name(), t);
    }
    b.function("tee", "iterable, n=2, /", a -> tee(a[0], a[1]));
    return b.build();
  }

  /** Base of this module's iterators: the class comes from the constructor call. */
  abstract static class It extends PyIterator {
    It(Object cls) {
      super((PyType) cls);
    }
  }

  private static final Map<String, Object> NONE_EXTRA = Map.of();

  private static PyType type(String name, String params, BuiltinFunction.Body make) {
    return LibClasses.iterator(MOD, name, params, make, NONE_EXTRA);
  }

  private static PyType type(String name, String params, BuiltinFunction.Body make,
      Map<String, Object> extra) {
    return LibClasses.iterator(MOD, name, params, make, extra);
  }

  private static boolean isNumber(Object o) {
    return o instanceof Long || o instanceof BigInteger || o instanceof Double
        || o instanceof Boolean || Types.typeOf(o).lookup("__index__") != null
        || Types.typeOf(o).lookup("__float__") != null
        || Types.typeOf(o).lookup("__int__") != null
        || Types.typeOf(o).name().equals("complex");
  }

  // ---------------------------------------------------------------- infinite iterators

  static final class Count extends It {
    Object current;
    final Object step;

    Count(Object cls, Object start, Object step) {
      super(cls);
      this.current = start;
      this.step = step;
    }

    @Override
    public Object next() {
      Object v = current;
      current = Ops.binary(BinaryOp.ADD, current, step);
      return v;
    }
  }

  static final PyType COUNT = type("count", "cls, start=0, step=1", a -> {
    if (!isNumber(a[1]) || !isNumber(a[2])) {
      throw Errors.typeError("a number is required");
    }
    return new Count(a[0], a[1], a[2]);
  }, LibClasses.repr(a -> {
    Count c = (Count) a[0];
    boolean unitStep = c.step instanceof Long && (Long) c.step == 1L;
    return "count(" + Ops.repr(c.current) + (unitStep ? "" : ", " + Ops.repr(c.step)) + ")";
  }));

  static final class Cycle extends It {
    PyIterator source;
    final List<Object> saved = new ArrayList<>();
    int pos;

    Cycle(Object cls, PyIterator source) {
      super(cls);
      this.source = source;
    }

    @Override
    public Object next() {
      if (source != null) {
        Object v = source.next();
        if (v != null) {
          Budget.reserveMemory(8);
          saved.add(v);
          return v;
        }
        source = null;
      }
      if (saved.isEmpty()) {
        return null;
      }
      if (pos >= saved.size()) {
        pos = 0;
      }
      return saved.get(pos++);
    }
  }

  static final PyType CYCLE = type("cycle", "cls, iterable, /",
      a -> new Cycle(a[0], Ops.iter(a[1])));

  static final class Repeat extends It {
    final Object value;
    /** Remaining count, or -1 for endless. */
    long left;

    Repeat(Object cls, Object value, long left) {
      super(cls);
      this.value = value;
      this.left = left;
    }

    @Override
    public Object next() {
      if (left == 0) {
        return null;
      }
      if (left > 0) {
        left--;
      }
      return value;
    }
  }

  static final PyType REPEAT;

  static {
    Map<String, Object> m = LibClasses.repr(a -> {
      Repeat r = (Repeat) a[0];
      return "repeat(" + Ops.repr(r.value) + (r.left < 0 ? "" : ", " + r.left) + ")";
    });
    m.put("__length_hint__", BuiltinFunction.of("__length_hint__", "self", a -> {
      Repeat r = (Repeat) a[0];
      if (r.left < 0) {
        throw Errors.typeError("len() of unsized object");
      }
      return r.left;
    }));
    REPEAT = type("repeat", "cls, object, times=?", a -> {
      long times = -1;
      if (a[2] != dev.moat.runtime.Signature.MISSING) {
        times = Math.max(0, Ops.asIndex(a[2], "'" + Types.typeName(a[2])
            + "' object cannot be interpreted as an integer"));
      }
      return new Repeat(a[0], a[1], times);
    }, m);
  }

  // ---------------------------------------------------------------- finite iterators

  static final class Accumulate extends It {
    final PyIterator source;
    final Object func;
    Object total;
    Object initial;

    Accumulate(Object cls, PyIterator source, Object func, Object initial) {
      super(cls);
      this.source = source;
      this.func = func;
      this.initial = initial;
    }

    @Override
    public Object next() {
      if (initial != null) {
        total = initial;
        initial = null;
        return total;
      }
      Object v = source.next();
      if (v == null) {
        return null;
      }
      if (total == null) {
        total = v;
      } else if (func == PyNone.NONE) {
        total = Ops.binary(BinaryOp.ADD, total, v);
      } else {
        total = Ops.call(func, new Object[] {total, v}, null);
      }
      return total;
    }
  }

  static final PyType ACCUMULATE = type("accumulate", "cls, iterable, func=None, *, initial=None",
      a -> new Accumulate(a[0], Ops.iter(a[1]), a[2], a[3] == PyNone.NONE ? null : a[3]));

  static final class Chain extends It {
    /** Yields the iterables to chain, one by one. */
    PyIterator sources;
    PyIterator current;

    Chain(Object cls, PyIterator sources) {
      super(cls);
      this.sources = sources;
    }

    @Override
    public Object next() {
      while (sources != null) {
        if (current == null) {
          Object src = sources.next();
          if (src == null) {
            sources = null;
            return null;
          }
          current = Ops.iter(src);
        }
        Object v = current.next();
        if (v != null) {
          return v;
        }
        current = null;
        Budget.chargeSteps(1);
      }
      return null;
    }
  }

  static final PyType CHAIN = type("chain", "cls, *iterables",
      a -> new Chain(a[0], Ops.iter(a[1])));

  static {
    CHAIN.setAttribute("from_iterable", new Descriptors.ClassMethod(BuiltinFunction.of(
        "from_iterable", "cls, iterable, /", a -> new Chain(a[0], Ops.iter(a[1])))));
  }

  static final class Compress extends It {
    final PyIterator data;
    final PyIterator selectors;

    Compress(Object cls, PyIterator data, PyIterator selectors) {
      super(cls);
      this.data = data;
      this.selectors = selectors;
    }

    @Override
    public Object next() {
      while (true) {
        Object v = data.next();
        if (v == null) {
          return null;
        }
        Object s = selectors.next();
        if (s == null) {
          return null;
        }
        if (Ops.truth(s)) {
          return v;
        }
        Budget.chargeSteps(1);
      }
    }
  }

  static final PyType COMPRESS = type("compress", "cls, data, selectors",
      a -> new Compress(a[0], Ops.iter(a[1]), Ops.iter(a[2])));

  /** dropwhile, takewhile and filterfalse: a predicate over one source. */
  static final class Filtered extends It {
    static final int DROP = 0;
    static final int TAKE = 1;
    static final int FALSE = 2;
    final int mode;
    final Object pred;
    final PyIterator source;
    boolean switched;

    Filtered(Object cls, int mode, Object pred, PyIterator source) {
      super(cls);
      this.mode = mode;
      this.pred = pred;
      this.source = source;
    }

    private boolean test(Object v) {
      if (mode == FALSE && pred == PyNone.NONE) {
        return Ops.truth(v);
      }
      return Ops.truth(Ops.call(pred, new Object[] {v}, null));
    }

    @Override
    public Object next() {
      if (mode == TAKE && switched) {
        return null;
      }
      while (true) {
        Object v = source.next();
        if (v == null) {
          return null;
        }
        switch (mode) {
          case DROP:
            if (switched || !test(v)) {
              switched = true;
              return v;
            }
            break;
          case TAKE:
            if (test(v)) {
              return v;
            }
            switched = true;
            return null;
          default:
            if (!test(v)) {
              return v;
            }
            break;
        }
        Budget.chargeSteps(1);
      }
    }
  }

  static final PyType DROPWHILE = type("dropwhile", "cls, predicate, iterable, /",
      a -> new Filtered(a[0], Filtered.DROP, a[1], Ops.iter(a[2])));
  static final PyType TAKEWHILE = type("takewhile", "cls, predicate, iterable, /",
      a -> new Filtered(a[0], Filtered.TAKE, a[1], Ops.iter(a[2])));
  static final PyType FILTERFALSE = type("filterfalse", "cls, function, iterable, /",
      a -> new Filtered(a[0], Filtered.FALSE, a[1], Ops.iter(a[2])));

  static final class GroupBy extends It {
    final PyIterator source;
    final Object keyFunc;
    /** The value read ahead and its key; {@code pending} is null when nothing is read ahead. */
    Object pending;
    Object pendingKey;
    /** The key of the group handed out last, and that group's number. */
    Object groupKey;
    boolean haveGroup;
    long groupNo;
    final PyType grouperType;

    GroupBy(Object cls, PyIterator source, Object keyFunc) {
      super(cls);
      this.source = source;
      this.keyFunc = keyFunc;
      this.grouperType = GROUPER;
    }

    /** Reads the next value ahead; false at the end. */
    boolean fill() {
      if (pending != null) {
        return true;
      }
      Object v = source.next();
      if (v == null) {
        return false;
      }
      pendingKey = keyFunc == PyNone.NONE ? v : Ops.call(keyFunc, new Object[] {v}, null);
      pending = v;
      return true;
    }

    @Override
    public Object next() {
      while (true) {
        if (!fill()) {
          return null;
        }
        if (haveGroup && Ops.eq(groupKey, pendingKey)) {
          pending = null;
          Budget.chargeSteps(1);
          continue;
        }
        haveGroup = true;
        groupKey = pendingKey;
        groupNo++;
        return PyTuple.of(groupKey, new Grouper(this, groupNo));
      }
    }
  }

  static final class Grouper extends PyIterator {
    final GroupBy parent;
    final long number;

    Grouper(GroupBy parent, long number) {
      super(GROUPER);
      this.parent = parent;
      this.number = number;
    }

    @Override
    public Object next() {
      if (parent.groupNo != number || !parent.fill()) {
        return null;
      }
      if (!Ops.eq(parent.groupKey, parent.pendingKey)) {
        return null;
      }
      Object v = parent.pending;
      parent.pending = null;
      return v;
    }
  }

  static final PyType GROUPER = LibClasses.iterator(MOD, "_grouper", null, null, NONE_EXTRA);

  static final PyType GROUPBY = type("groupby", "cls, iterable, key=None",
      a -> new GroupBy(a[0], Ops.iter(a[1]), a[2]));

  static final class ISlice extends It {
    PyIterator source;
    long nextIndex;
    /** -1 when unbounded. */
    final long stop;
    final long step;
    long consumed;

    ISlice(Object cls, PyIterator source, long start, long stop, long step) {
      super(cls);
      this.source = source;
      this.nextIndex = start;
      this.stop = stop;
      this.step = step;
    }

    @Override
    public Object next() {
      if (source == null) {
        return null;
      }
      long target = stop >= 0 ? Math.min(nextIndex, stop) : nextIndex;
      while (consumed < target) {
        Budget.chargeSteps(1);
        if (source.next() == null) {
          source = null;
          return null;
        }
        consumed++;
      }
      if (stop >= 0 && consumed >= stop) {
        source = null;
        return null;
      }
      Object v = source.next();
      if (v == null) {
        source = null;
        return null;
      }
      consumed++;
      long n = nextIndex + step;
      nextIndex = n < nextIndex ? Long.MAX_VALUE : n;
      return v;
    }
  }

  private static final String STOP_MSG =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  private static final String INDEX_MSG =
      "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  private static final String STEP_MSG = "Step for islice() must be a positive integer or None.";

  /** The islice stop argument: None is unbounded (-1); checked before the start. */
  private static long stopArg(Object o) {
    if (o == PyNone.NONE) {
      return -1;
    }
    Object i = Ops.indexOrNull(o);
    if (!(i instanceof Long) || (Long) i == -1L) {
      throw Errors.valueError(STOP_MSG);
    }
    if ((Long) i < 0) {
      throw Errors.valueError(INDEX_MSG);
    }
    return (Long) i;
  }

  /** An islice start or step: None gives {@code dflt}; bad values raise ValueError(msg). */
  private static long bound(Object o, long dflt, String msg) {
    if (o == PyNone.NONE) {
      return dflt;
    }
    Object i = Ops.indexOrNull(o);
    if (!(i instanceof Long) || (Long) i < 0) {
      throw Errors.valueError(msg);
    }
    return (Long) i;
  }

  static final PyType ISLICE = type("islice", "cls, *args", a -> {
    Object[] args = ((PyTuple) a[1]).array();
    if (args.length < 2) {
      throw Errors.typeError("islice expected at least 2 arguments, got " + args.length);
    }
    if (args.length > 4) {
      throw Errors.typeError("islice expected at most 4 arguments, got " + args.length);
    }
    long start = 0;
    long stop;
    long step = 1;
    if (args.length == 2) {
      stop = stopArg(args[1]);
    } else {
      stop = stopArg(args[2]);
      start = bound(args[1], 0, INDEX_MSG);
      if (args.length == 4) {
        step = bound(args[3], 1, STEP_MSG);
        if (step == 0) {
          throw Errors.valueError(STEP_MSG);
        }
      }
    }
    return new ISlice(a[0], Ops.iter(args[0]), start, stop, step);
  });

  static final class Pairwise extends It {
    PyIterator source;
    Object previous;

    Pairwise(Object cls, PyIterator source) {
      super(cls);
      this.source = source;
    }

    @Override
    public Object next() {
      if (source == null) {
        return null;
      }
      if (previous == null) {
        previous = source.next();
        if (previous == null) {
          source = null;
          return null;
        }
      }
      Object v = source.next();
      if (v == null) {
        source = null;
        previous = null;
        return null;
      }
      PyTuple pair = PyTuple.of(previous, v);
      previous = v;
      return pair;
    }
  }

  static final PyType PAIRWISE = type("pairwise", "cls, iterable, /",
      a -> new Pairwise(a[0], Ops.iter(a[1])));

  static final class StarMap extends It {
    final Object func;
    final PyIterator source;

    StarMap(Object cls, Object func, PyIterator source) {
      super(cls);
      this.func = func;
      this.source = source;
    }

    @Override
    public Object next() {
      Object v = source.next();
      if (v == null) {
        return null;
      }
      Object[] args = v instanceof PyTuple ? ((PyTuple) v).array()
          : dev.moat.runtime.Builtins.toArray(v);
      return Ops.call(func, args, null);
    }
  }

  static final PyType STARMAP = type("starmap", "cls, function, iterable, /",
      a -> new StarMap(a[0], a[1], Ops.iter(a[2])));

  static final class ZipLongest extends It {
    final PyIterator[] sources;
    final Object fill;
    int active;

    ZipLongest(Object cls, PyIterator[] sources, Object fill) {
      super(cls);
      this.sources = sources;
      this.fill = fill;
      this.active = sources.length;
    }

    @Override
    public Object next() {
      if (active == 0) {
        return null;
      }
      Object[] row = new Object[sources.length];
      for (int i = 0; i < sources.length; i++) {
        Object v = sources[i] == null ? null : sources[i].next();
        if (v == null) {
          if (sources[i] != null) {
            sources[i] = null;
            active--;
            if (active == 0) {
              return null;
            }
          }
          v = fill;
        }
        row[i] = v;
      }
      return PyTuple.of(row);
    }
  }

  static final PyType ZIP_LONGEST = type("zip_longest", "cls, *iterables, fillvalue=None", a -> {
    Object[] its = ((PyTuple) a[1]).array();
    PyIterator[] sources = new PyIterator[its.length];
    for (int i = 0; i < its.length; i++) {
      sources[i] = Ops.iter(its[i]);
    }
    return new ZipLongest(a[0], sources, a[2]);
  });

  // ---------------------------------------------------------------- combinatorics

  private static Object[] pool(Object iterable) {
    return dev.moat.runtime.Builtins.toArray(iterable).clone();
  }

  private static long rArg(Object o) {
    if (Ops.indexOrNull(o) == null) {
      throw Errors.typeError("Expected int as r");
    }
    long r = Ops.asIndex(o, "Expected int as r");
    if (r < 0) {
      throw Errors.valueError("r must be non-negative");
    }
    return r;
  }

  /** Emits tuples picked from {@code pool} by an index array that {@link #advance} moves on. */
  abstract static class Picker extends It {
    final Object[] pool;
    final int[] idx;
    boolean started;
    boolean done;

    Picker(Object cls, Object[] pool, int[] idx, boolean empty) {
      super(cls);
      this.pool = pool;
      this.idx = idx;
      this.done = empty;
    }

    /** Moves the indices to the next selection; false when there is none. */
    abstract boolean advance();

    @Override
    public Object next() {
      if (done) {
        return null;
      }
      if (started && !advance()) {
        done = true;
        return null;
      }
      started = true;
      Budget.chargeSteps(idx.length + 1);
      Object[] out = new Object[idx.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = pool[idx[i]];
      }
      return PyTuple.of(out);
    }
  }

  /** product: idx[i] indexes pools[i] (flattened into {@code pool} at offset[i]). */
  static final class Product extends It {
    final Object[][] pools;
    final int[] idx;
    boolean started;
    boolean done;

    Product(Object cls, Object[][] pools) {
      super(cls);
      this.pools = pools;
      this.idx = new int[pools.length];
      for (Object[] p : pools) {
        if (p.length == 0) {
          done = true;
        }
      }
    }

    @Override
    public Object next() {
      if (done) {
        return null;
      }
      if (started) {
        int i = idx.length - 1;
        while (i >= 0 && idx[i] == pools[i].length - 1) {
          idx[i] = 0;
          i--;
        }
        if (i < 0) {
          done = true;
          return null;
        }
        idx[i]++;
      }
      started = true;
      Budget.chargeSteps(idx.length + 1);
      Object[] out = new Object[idx.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = pools[i][idx[i]];
      }
      return PyTuple.of(out);
    }
  }

  static final PyType PRODUCT = type("product", "cls, *iterables, repeat=1", a -> {
    Object[] its = ((PyTuple) a[1]).array();
    long repeat = Ops.asIndex(a[2], "'" + Types.typeName(a[2])
        + "' object cannot be interpreted as an integer");
    if (repeat < 0) {
      throw Errors.valueError("repeat argument cannot be negative");
    }
    Object[][] distinct = new Object[its.length][];
    for (int i = 0; i < its.length; i++) {
      distinct[i] = pool(its[i]);
    }
    long total = its.length * repeat;
    if (total > Integer.MAX_VALUE / 8) {
      throw Errors.overflowError("repeat argument too large");
    }
    Budget.reserveMemory(total * 8);
    Object[][] pools = new Object[(int) total][];
    for (int i = 0; i < pools.length; i++) {
      pools[i] = distinct[i % its.length];
    }
    return new Product(a[0], pools);
  });

  static final class Permutations extends Picker {
    final boolean[] used;

    Permutations(Object cls, Object[] pool, int r) {
      super(cls, pool, new int[r], r > pool.length);
      used = new boolean[pool.length];
      for (int i = 0; i < r && r <= pool.length; i++) {
        idx[i] = i;
        used[i] = true;
      }
    }

    @Override
    boolean advance() {
      int n = pool.length;
      for (int i = idx.length - 1; i >= 0; i--) {
        used[idx[i]] = false;
        int bigger = idx[i] + 1;
        while (bigger < n && used[bigger]) {
          bigger++;
        }
        if (bigger < n) {
          idx[i] = bigger;
          used[bigger] = true;
          int free = 0;
          for (int j = i + 1; j < idx.length; j++) {
            while (used[free]) {
              free++;
            }
            idx[j] = free;
            used[free] = true;
          }
          return true;
        }
      }
      return false;
    }
  }

  static final PyType PERMUTATIONS = type("permutations", "cls, iterable, r=None", a -> {
    Object[] p = pool(a[1]);
    long r = a[2] == PyNone.NONE ? p.length : rArg(a[2]);
    return new Permutations(a[0], p, (int) Math.min(r, p.length + 1L));
  });

  static final class Combinations extends Picker {
    final boolean replace;

    Combinations(Object cls, Object[] pool, int r, boolean replace) {
      super(cls, pool, new int[r], replace ? pool.length == 0 && r > 0 : r > pool.length);
      this.replace = replace;
      if (!replace) {
        for (int i = 0; i < r; i++) {
          idx[i] = i;
        }
      }
    }

    @Override
    boolean advance() {
      int n = pool.length;
      int r = idx.length;
      for (int i = r - 1; i >= 0; i--) {
        int limit = replace ? n - 1 : n - r + i;
        if (idx[i] < limit) {
          idx[i]++;
          for (int j = i + 1; j < r; j++) {
            idx[j] = replace ? idx[i] : idx[j - 1] + 1;
          }
          return true;
        }
      }
      return false;
    }
  }

  static final PyType COMBINATIONS = type("combinations", "cls, iterable, r", a -> {
    Object[] p = pool(a[1]);
    long r = rArg(a[2]);
    return new Combinations(a[0], p, (int) Math.min(r, p.length + 1L), false);
  });

  static final PyType COMBINATIONS_WR = type("combinations_with_replacement",
      "cls, iterable, r", a -> {
        Object[] p = pool(a[1]);
        long r = rArg(a[2]);
        if (r > Integer.MAX_VALUE / 8) {
          throw Errors.overflowError("r is too large");
        }
        Budget.reserveMemory(r * 4);
        return new Combinations(a[0], p, (int) r, true);
      });

  // ---------------------------------------------------------------- tee

  /** One value in a tee's shared buffer; the last node is empty until someone reads on. */
  static final class Node {
    Object value;
    Node next;
  }

  /** What the tees of one source share. */
  static final class TeeSource {
    PyIterator source;
  }

  static final class Tee extends PyIterator {
    final TeeSource shared;
    Node at;

    Tee(TeeSource shared, Node at) {
      super(TEE);
      this.shared = shared;
      this.at = at;
    }

    @Override
    public Object next() {
      if (at.next == null) {
        if (shared.source == null) {
          return null;
        }
        Object v = shared.source.next();
        if (v == null) {
          shared.source = null;
          return null;
        }
        Budget.reserveMemory(16);
        at.value = v;
        at.next = new Node();
      }
      Object v = at.value;
      at = at.next;
      return v;
    }
  }

  static final PyType TEE = LibClasses.iterator(MOD, "_tee", null, null, NONE_EXTRA);

  static Object tee(Object iterable, Object nObj) {
    long n = Ops.asIndex(nObj, "'" + Types.typeName(nObj)
        + "' object cannot be interpreted as an integer");
    if (n < 0) {
      throw Errors.valueError("n must be >= 0");
    }
    PyIterator it = Ops.iter(iterable);
    if (n == 0) {
      return PyTuple.EMPTY;
    }
    Budget.reserveMemory(n * 16);
    Tee first;
    if (it instanceof Tee) {
      first = new Tee(((Tee) it).shared, ((Tee) it).at);
    } else {
      TeeSource s = new TeeSource();
      s.source = it;
      first = new Tee(s, new Node());
    }
    Object[] out = new Object[(int) n];
    out[0] = first;
    for (int i = 1; i < n; i++) {
      out[i] = new Tee(first.shared, first.at);
    }
    return PyTuple.of(out);
  }

  static {
    LibClasses.share(COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE, FILTERFALSE, GROUPER, GROUPBY, ISLICE, PAIRWISE, STARMAP, ZIP_LONGEST, PRODUCT, PERMUTATIONS, COMBINATIONS, COMBINATIONS_WR, TEE);
  }
}
