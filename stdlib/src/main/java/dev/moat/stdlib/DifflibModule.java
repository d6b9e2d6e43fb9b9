package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code difflib}: {@code SequenceMatcher} (longest-matching-block recursion with junk and the
 * popularity heuristic, giving CPython's blocks and opcodes), {@code get_close_matches},
 * {@code unified_diff}, {@code context_diff}, {@code ndiff}/{@code Differ}, {@code restore} and
 * the junk predicates. The matching work is charged to the step budget.
 */
public final class DifflibModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("difflib");
  }

  /** A hashable element compared with Python's {@code ==} and {@code hash}. */
  private static final class Key {
    final Object o;
    final int h;

    Key(Object o) {
      this.o = o;
      this.h = Long.hashCode(Ops.hash(o));
    }

    @Override
    public int hashCode() {
      return h;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Key)) {
        return false;
      }
      Object p = ((Key) other).o;
      if (o instanceof String && p instanceof String) {
        return o.equals(p);
      }
      return o == p || Ops.eq(o, p);
    }
  }

  private static boolean same(Object x, Object y) {
    if (x instanceof String && y instanceof String) {
      return x.equals(y);
    }
    return x == y || Ops.eq(x, y);
  }

  /** The state of one SequenceMatcher. */
  static final class Matcher extends PyInstance {
    Object isjunk = PyNone.NONE;
    boolean autojunk = true;
    Object aObj;
    Object bObj;
    Object[] a = new Object[0];
    Object[] b = new Object[0];
    Key[] aKeys;
    Map<Key, int[]> b2j = new LinkedHashMap<>();
    Set<Key> bjunk = new LinkedHashSet2();
    Set<Key> bpopular = new LinkedHashSet2();
    boolean[] bIsJunk = new boolean[0];
    Map<Key, Integer> fullbcount;
    List<int[]> matchingBlocks;
    List<Object[]> opcodes;
    /** The lists get_matching_blocks()/get_opcodes() return: cached and shared, as in CPython. */
    PyList pyBlocks;
    PyList pyOpcodes;
    int[] prevLen;
    long[] prevStamp;
    int[] curLen;
    long[] curStamp;
    long stamp;

    Matcher(PyType t) {
      super(t);
    }

    void setSeq1(Object seq) {
      if (seq == aObj) {
        return;
      }
      aObj = seq;
      a = null;
      aKeys = null;
      matchingBlocks = null;
      opcodes = null;
      pyBlocks = null;
      pyOpcodes = null;
    }

    void setSeq2(Object seq) {
      if (seq == bObj) {
        return;
      }
      bObj = seq;
      b = elements(seq);
      matchingBlocks = null;
      opcodes = null;
      pyBlocks = null;
      pyOpcodes = null;
      fullbcount = null;
      chainB();
    }

    /** Converts the first sequence when it is first needed (CPython only indexes it then). */
    void needA() {
      if (a == null) {
        a = elements(aObj);
      }
    }

    private static Object[] elements(Object seq) {
      Object[] items = Builtins.toArray(seq);
      Budget.chargeSteps(1 + items.length / 8);
      return items;
    }

    private void chainB() {
      Budget.reserveMemory(64L * b.length);
      Map<Key, List<Integer>> lists = new LinkedHashMap<>();
      for (int i = 0; i < b.length; i++) {
        lists.computeIfAbsent(new Key(b[i]), k -> new ArrayList<>()).add(i);
      }
      Budget.chargeSteps(b.length);
      bjunk = new LinkedHashSet2();
      if (isjunk != PyNone.NONE) {
        for (Key k : lists.keySet()) {
          if (Ops.truth(Ops.call(isjunk, new Object[] {k.o}, null))) {
            bjunk.add(k);
          }
        }
        for (Key k : bjunk) {
          lists.remove(k);
        }
      }
      bpopular = new LinkedHashSet2();
      int n = b.length;
      if (autojunk && n >= 200) {
        int ntest = n / 100 + 1;
        for (Map.Entry<Key, List<Integer>> e : lists.entrySet()) {
          if (e.getValue().size() > ntest) {
            bpopular.add(e.getKey());
          }
        }
        for (Key k : bpopular) {
          lists.remove(k);
        }
      }
      b2j = new LinkedHashMap<>();
      for (Map.Entry<Key, List<Integer>> e : lists.entrySet()) {
        int[] idx = new int[e.getValue().size()];
        for (int i = 0; i < idx.length; i++) {
          idx[i] = e.getValue().get(i);
        }
        b2j.put(e.getKey(), idx);
      }
      bIsJunk = new boolean[n];
      if (!bjunk.isEmpty()) {
        for (int j = 0; j < n; j++) {
          bIsJunk[j] = bjunk.contains(new Key(b[j]));
        }
      }
      prevLen = null;
    }

    /** {i, j, size} of the longest matching block in a[alo:ahi] and b[blo:bhi]. */
    int[] findLongestMatch(int alo, int ahi, int blo, int bhi) {
      needA();
      if (aKeys == null) {
        aKeys = new Key[a.length];
      }
      if (prevLen == null || prevLen.length < b.length + 1) {
        Budget.reserveMemory(24L * (b.length + 1) * 2);
        prevLen = new int[b.length + 1];
        curLen = new int[b.length + 1];
        prevStamp = new long[b.length + 1];
        curStamp = new long[b.length + 1];
        stamp = 0;
      }
      int besti = alo;
      int bestj = blo;
      int bestsize = 0;
      long work = 0;
      for (int i = alo; i < ahi; i++) {
        stamp++;
        aAt(i);
        if (aKeys[i] == null) {
          aKeys[i] = new Key(a[i]);
        }
        int[] js = b2j.get(aKeys[i]);
        if (js != null) {
          for (int j : js) {
            if (j < blo) {
              continue;
            }
            if (j >= bhi) {
              break;
            }
            work++;
            // prev arrays are indexed by j + 1 so that j - 1 == -1 maps to slot 0
            int k = (prevStamp[j] == stamp - 1 ? prevLen[j] : 0) + 1;
            curLen[j + 1] = k;
            curStamp[j + 1] = stamp;
            if (k > bestsize) {
              besti = i - k + 1;
              bestj = j - k + 1;
              bestsize = k;
            }
          }
        }
        int[] tl = prevLen;
        prevLen = curLen;
        curLen = tl;
        long[] ts = prevStamp;
        prevStamp = curStamp;
        curStamp = ts;
        if (work > 4096) {
          Budget.chargeSteps(work);
          work = 0;
        }
      }
      Budget.chargeSteps(1 + work + (ahi - alo) / 4);
      stamp++;
      while (besti > alo && bestj > blo && !bIsJunk[bestj - 1]
          && same(a[besti - 1], b[bestj - 1])) {
        besti--;
        bestj--;
        bestsize++;
      }
      while (besti + bestsize < ahi && bestj + bestsize < bhi && !bJunkAt(bestj + bestsize)
          && same(aAt(besti + bestsize), b[bestj + bestsize])) {
        bestsize++;
      }
      while (besti > alo && bestj > blo && bIsJunk[bestj - 1]
          && same(a[besti - 1], b[bestj - 1])) {
        besti--;
        bestj--;
        bestsize++;
      }
      while (besti + bestsize < ahi && bestj + bestsize < bhi && bJunkAt(bestj + bestsize)
          && same(aAt(besti + bestsize), b[bestj + bestsize])) {
        bestsize++;
      }
      return new int[] {besti, bestj, bestsize};
    }

    /** a[i], raising the sequence's own IndexError past its end. */
    private Object aAt(int i) {
      if (i >= a.length) {
        Ops.getItem(aObj, (Object) (long) i);
      }
      return a[i];
    }

    private boolean bJunkAt(int j) {
      if (j >= b.length) {
        Ops.getItem(bObj, (Object) (long) j);
      }
      return bIsJunk[j];
    }

    List<int[]> matchingBlocks() {
      if (matchingBlocks != null) {
        return matchingBlocks;
      }
      needA();
      int la = a.length;
      int lb = b.length;
      List<int[]> found = new ArrayList<>();
      ArrayList<int[]> queue = new ArrayList<>();
      queue.add(new int[] {0, la, 0, lb});
      while (!queue.isEmpty()) {
        int[] q = queue.remove(queue.size() - 1);
        int[] m = findLongestMatch(q[0], q[1], q[2], q[3]);
        int i = m[0];
        int j = m[1];
        int k = m[2];
        if (k > 0) {
          found.add(m);
          if (q[0] < i && q[2] < j) {
            queue.add(new int[] {q[0], i, q[2], j});
          }
          if (i + k < q[1] && j + k < q[3]) {
            queue.add(new int[] {i + k, q[1], j + k, q[3]});
          }
        }
      }
      found.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0])
          : x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[2], y[2]));
      List<int[]> out = new ArrayList<>();
      int i1 = 0;
      int j1 = 0;
      int k1 = 0;
      for (int[] m : found) {
        if (i1 + k1 == m[0] && j1 + k1 == m[1]) {
          k1 += m[2];
        } else {
          if (k1 > 0) {
            out.add(new int[] {i1, j1, k1});
          }
          i1 = m[0];
          j1 = m[1];
          k1 = m[2];
        }
      }
      if (k1 > 0) {
        out.add(new int[] {i1, j1, k1});
      }
      out.add(new int[] {la, lb, 0});
      matchingBlocks = out;
      return out;
    }

    List<Object[]> opcodes() {
      if (opcodes != null) {
        return opcodes;
      }
      int i = 0;
      int j = 0;
      List<Object[]> out = new ArrayList<>();
      for (int[] m : matchingBlocks()) {
        int ai = m[0];
        int bj = m[1];
        int size = m[2];
        String tag = i < ai && j < bj ? "replace" : i < ai ? "delete" : j < bj ? "insert" : null;
        if (tag != null) {
          out.add(new Object[] {tag, i, ai, j, bj});
        }
        i = ai + size;
        j = bj + size;
        if (size > 0) {
          out.add(new Object[] {"equal", ai, i, bj, j});
        }
      }
      opcodes = out;
      return out;
    }

    /** The opcodes as get_opcodes() shares them (built once per pair of sequences). */
    PyList pyOpcodes() {
      if (pyOpcodes == null) {
        pyOpcodes = new PyList();
        for (Object[] c : opcodes()) {
          pyOpcodes.append(opTuple(c));
        }
      }
      return pyOpcodes;
    }

    List<List<Object[]>> groupedOpcodes(int n) {
      // As in CPython, the end fix-ups below change the shared opcode list itself.
      PyList shared = pyOpcodes();
      List<Object[]> codes = new ArrayList<>();
      for (int k = 0; k < shared.size(); k++) {
        Object[] c = Builtins.toArray(shared.get(k));
        if (c.length != 5) {
          throw Errors.valueError(c.length < 5 ? "not enough values to unpack (expected 5, got "
              + c.length + ")" : "too many values to unpack (expected 5)");
        }
        codes.add(new Object[] {c[0], Ops.asInt(c[1], "i1"), Ops.asInt(c[2], "i2"),
            Ops.asInt(c[3], "j1"), Ops.asInt(c[4], "j2")});
      }
      boolean empty = codes.isEmpty();
      if (empty) {
        codes.add(new Object[] {"equal", 0, 1, 0, 1});
      }
      Object[] first = codes.get(0);
      if ("equal".equals(first[0])) {
        first = new Object[] {first[0], Math.max((int) first[1], (int) first[2] - n),
            first[2], Math.max((int) first[3], (int) first[4] - n), first[4]};
        codes.set(0, first);
        if (!empty) {
          shared.set(0, opTuple(first));
        }
      }
      Object[] last = codes.get(codes.size() - 1);
      if ("equal".equals(last[0])) {
        last = new Object[] {last[0], last[1], Math.min((int) last[2], (int) last[1] + n),
            last[3], Math.min((int) last[4], (int) last[3] + n)};
        codes.set(codes.size() - 1, last);
        if (!empty) {
          shared.set(shared.size() - 1, opTuple(last));
        }
      }
      int nn = n + n;
      List<List<Object[]>> groups = new ArrayList<>();
      List<Object[]> group = new ArrayList<>();
      for (Object[] c : codes) {
        Object tag = c[0];
        int i1 = (int) c[1];
        int i2 = (int) c[2];
        int j1 = (int) c[3];
        int j2 = (int) c[4];
        if ("equal".equals(tag) && i2 - i1 > nn) {
          group.add(new Object[] {tag, i1, Math.min(i2, i1 + n), j1, Math.min(j2, j1 + n)});
          groups.add(group);
          group = new ArrayList<>();
          i1 = Math.max(i1, i2 - n);
          j1 = Math.max(j1, j2 - n);
        }
        group.add(new Object[] {tag, i1, i2, j1, j2});
      }
      if (!group.isEmpty() && !(group.size() == 1 && group.get(0)[0].equals("equal"))) {
        groups.add(group);
      }
      return groups;
    }

    double ratio() {
      int matches = 0;
      for (int[] m : matchingBlocks()) {
        matches += m[2];
      }
      needA();
      return ratioOf(matches, a.length + b.length);
    }

    double quickRatio() {
      needA();
      if (fullbcount == null) {
        fullbcount = new HashMap<>();
        for (Object x : b) {
          fullbcount.merge(new Key(x), 1, Integer::sum);
        }
      }
      Map<Key, Integer> avail = new HashMap<>();
      int matches = 0;
      for (Object x : a) {
        Key k = new Key(x);
        Integer have = avail.get(k);
        int numb = have != null ? have : fullbcount.getOrDefault(k, 0);
        avail.put(k, numb - 1);
        if (numb > 0) {
          matches++;
        }
      }
      Budget.chargeSteps(1 + (a.length + b.length) / 8);
      return ratioOf(matches, a.length + b.length);
    }

    double realQuickRatio() {
      needA();
      return ratioOf(Math.min(a.length, b.length), a.length + b.length);
    }
  }

  /** Insertion-ordered set (a plain name keeps the code above readable). */
  private static final class LinkedHashSet2 extends java.util.LinkedHashSet<Key> {
    private static final long serialVersionUID = 1L;
  }

  static double ratioOf(int matches, int length) {
    return length > 0 ? 2.0 * matches / length : 1.0;
  }

  private static Matcher m(Object[] a) {
    return (Matcher) a[0];
  }

  private static Object sliceIndex(Object o, long dflt, String what) {
    return o == PyNone.NONE ? dflt : Ops.asIndex(o, "'" + Types.typeName(o)
        + "' object cannot be interpreted as an integer");
  }

  private static PyTuple opTuple(Object[] c) {
    return PyTuple.of(c[0], (long) (int) c[1], (long) (int) c[2], (long) (int) c[3],
        (long) (int) c[4]);
  }

  private static final class Mod {
    PyType match;
    PyType matcherType;

    Object match(int[] m) {
      return Ops.call(match, new Object[] {(long) m[0], (long) m[1], (long) m[2]}, null);
    }

    Matcher newMatcher(Object isjunk, boolean autojunk) {
      Matcher s = new Matcher(matcherType);
      s.isjunk = isjunk;
      s.autojunk = autojunk;
      return s;
    }
  }

  @Override
  public PyModule create(String name) {
    Mod mod = new Mod();
    mod.match = NamedTuples.create("Match", "a b size", false, PyNone.NONE, "difflib");
    mod.matcherType = matcherClass(mod);
    BuiltinFunction charJunk = BuiltinFunction.of("IS_CHARACTER_JUNK", "ch, ws=?",
        a -> Ops.contains(a[1] == dev.moat.runtime.Signature.MISSING ? " \t" : a[1], a[0]));
    PyType differ = differClass(mod);
    return ModuleBuilder.named("difflib")
        .constant("Match", mod.match)
        .constant("SequenceMatcher", mod.matcherType)
        .constant("Differ", differ)
        .constant("IS_CHARACTER_JUNK", charJunk)
        .function("IS_LINE_JUNK", "line, pat=None", a -> {
          if (a[1] != PyNone.NONE) {
            return Ops.call(a[1], new Object[] {a[0]}, null) != PyNone.NONE;
          }
          return isLineJunk(Ops.str(a[0]));
        })
        .function("get_close_matches", "word, possibilities, n=3, cutoff=0.6",
            a -> closeMatches(mod, a[0], a[1], a[2], a[3]))
        .function("ndiff", "a, b, linejunk=None, charjunk=?", a -> {
          Object cj = a[3] == dev.moat.runtime.Signature.MISSING ? charJunk : a[3];
          Object[] la = Builtins.toArray(a[0]);
          Object[] lb = Builtins.toArray(a[1]);
          return lazy(() -> compare(mod, a[2], cj, la, lb));
        })
        .function("restore", "delta, which", a -> restore(a[0], a[1]))
        .function("unified_diff", "a, b, fromfile='', tofile='', fromfiledate='',"
            + " tofiledate='', n=3, lineterm=?", a -> lazy(() -> unifiedDiff(mod, a, false)))
        .function("context_diff", "a, b, fromfile='', tofile='', fromfiledate='',"
            + " tofiledate='', n=3, lineterm=?", a -> lazy(() -> unifiedDiff(mod, a, true)))
        .build();
  }

  /** A generator-like iterator whose items are computed on the first {@code next}. */
  private static PyIterator lazy(Supplier<List<Object>> compute) {
    return new PyIterator(PyIterator.GENERATOR) {
      List<Object> items;
      int i;

      @Override
      public Object next() {
        if (items == null) {
          items = compute.get();
        }
        return i < items.size() ? items.get(i++) : null;
      }
    };
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  static boolean isLineJunk(String line) {
    int i = 0;
    int n = line.length();
    while (i < n && isSpace(line.charAt(i))) {
      i++;
    }
    if (i < n && line.charAt(i) == '#') {
      i++;
      while (i < n && isSpace(line.charAt(i))) {
        i++;
      }
    }
    return i == n;
  }

  // ---------------------------------------------------------------- SequenceMatcher class

  private static PyType matcherClass(Mod mod) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "difflib");
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("SequenceMatcher",
        "cls, *args, **kwargs", a -> new Matcher((PyType) a[0]))));
    ns.put("__init__", BuiltinFunction.of("__init__",
        "self, isjunk=None, a='', b='', autojunk=True", a -> {
          Matcher s = m(a);
          s.isjunk = a[1];
          s.autojunk = Ops.truth(a[4]);
          s.aObj = null;
          s.bObj = null;
          s.setSeq1(a[2]);
          s.setSeq2(a[3]);
          return PyNone.NONE;
        }));
    ns.put("set_seqs", BuiltinFunction.of("set_seqs", "self, a, b", a -> {
      m(a).setSeq1(a[1]);
      m(a).setSeq2(a[2]);
      return PyNone.NONE;
    }));
    ns.put("set_seq1", BuiltinFunction.of("set_seq1", "self, a", a -> {
      m(a).setSeq1(a[1]);
      return PyNone.NONE;
    }));
    ns.put("set_seq2", BuiltinFunction.of("set_seq2", "self, b", a -> {
      m(a).setSeq2(a[1]);
      return PyNone.NONE;
    }));
    ns.put("find_longest_match", BuiltinFunction.of("find_longest_match",
        "self, alo=0, ahi=None, blo=0, bhi=None", a -> {
          Matcher s = m(a);
          s.needA();
          long alo = (Long) sliceIndex(a[1], 0, "alo");
          long ahi = (Long) sliceIndex(a[2], s.a.length, "ahi");
          long blo = (Long) sliceIndex(a[3], 0, "blo");
          long bhi = (Long) sliceIndex(a[4], s.b.length, "bhi");
          alo = Math.max(0, alo);
          blo = Math.max(0, blo);
          bhi = Math.min(bhi, Integer.MAX_VALUE - 1);
          ahi = Math.min(ahi, Integer.MAX_VALUE - 1);
          return mod.match(s.findLongestMatch((int) alo, (int) Math.max(alo, ahi), (int) blo,
              (int) Math.max(blo, bhi)));
        }));
    ns.put("get_matching_blocks", BuiltinFunction.of("get_matching_blocks", "self", a -> {
      Matcher s = m(a);
      if (s.pyBlocks == null) {
        s.pyBlocks = new PyList();
        for (int[] b : s.matchingBlocks()) {
          s.pyBlocks.append(mod.match(b));
        }
      }
      return s.pyBlocks;
    }));
    ns.put("get_opcodes", BuiltinFunction.of("get_opcodes", "self", a -> m(a).pyOpcodes()));
    ns.put("get_grouped_opcodes", BuiltinFunction.of("get_grouped_opcodes", "self, n=3", a -> {
      Matcher s = m(a);
      int n = Ops.asInt(a[1], "n");
      return lazy(() -> {
        List<Object> out = new ArrayList<>();
        for (List<Object[]> g : s.groupedOpcodes(n)) {
          PyList l = new PyList();
          for (Object[] c : g) {
            l.append(opTuple(c));
          }
          out.add(l);
        }
        return out;
      });
    }));
    ns.put("ratio", BuiltinFunction.of("ratio", "self", a -> m(a).ratio()));
    ns.put("quick_ratio", BuiltinFunction.of("quick_ratio", "self", a -> m(a).quickRatio()));
    ns.put("real_quick_ratio", BuiltinFunction.of("real_quick_ratio", "self",
        a -> m(a).realQuickRatio()));
    ns.put("a", new Descriptors.GetSet("a", o -> orEmpty(((Matcher) o).aObj), null));
    ns.put("b", new Descriptors.GetSet("b", o -> orEmpty(((Matcher) o).bObj), null));
    ns.put("isjunk", new Descriptors.GetSet("isjunk", o -> ((Matcher) o).isjunk, null));
    ns.put("autojunk", new Descriptors.GetSet("autojunk", o -> ((Matcher) o).autojunk, null));
    ns.put("bjunk", new Descriptors.GetSet("bjunk", o -> keySet(((Matcher) o).bjunk), null));
    ns.put("bpopular", new Descriptors.GetSet("bpopular",
        o -> keySet(((Matcher) o).bpopular), null));
    ns.put("b2j", new Descriptors.GetSet("b2j", o -> {
      PyDict d = new PyDict();
      Matcher s = (Matcher) o;
      if (s.b2j != null) {
        for (Map.Entry<Key, int[]> e : s.b2j.entrySet()) {
          PyList l = new PyList();
          for (int j : e.getValue()) {
            l.append((long) j);
          }
          d.put(e.getKey().o, l);
        }
      }
      return d;
    }, null));
    return PyType.createClass("SequenceMatcher", new PyType[0], ns);
  }

  private static Object orEmpty(Object o) {
    return o == null ? "" : o;
  }

  private static PySet keySet(Set<Key> keys) {
    PySet s = new PySet(false);
    if (keys != null) {
      for (Key k : keys) {
        s.add(k.o);
      }
    }
    return s;
  }

  // ---------------------------------------------------------------- get_close_matches

  private static Object closeMatches(Mod mod, Object word, Object possibilities, Object nObj,
      Object cutoffObj) {
    if (!Ops.lessThan(0L, nObj)) {
      throw Errors.valueError("n must be > 0: " + Ops.repr(nObj));
    }
    if (Ops.lessThan(cutoffObj, 0.0) || Ops.lessThan(1.0, cutoffObj)) {
      throw Errors.valueError("cutoff must be in [0.0, 1.0]: " + Ops.repr(cutoffObj));
    }
    double cutoff = ((Number) (cutoffObj instanceof Boolean ? (Boolean) cutoffObj ? 1L : 0L
        : cutoffObj)).doubleValue();
    Object ni = Ops.indexOrNull(nObj);
    if (ni == null) {
      throw Errors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    long n = ni instanceof Long ? (Long) ni : Long.MAX_VALUE;
    Matcher s = mod.newMatcher(PyNone.NONE, true);
    s.setSeq2(word);
    PyList result = new PyList();
    PyIterator it = Ops.iter(possibilities);
    for (Object x = it.next(); x != null; x = it.next()) {
      s.setSeq1(x);
      if (s.realQuickRatio() >= cutoff && s.quickRatio() >= cutoff && s.ratio() >= cutoff) {
        result.append(PyTuple.of(s.ratio(), x));
      }
    }
    Builtins.sort(result, PyNone.NONE, true);
    PyList out = new PyList();
    for (int i = 0; i < result.size() && i < n; i++) {
      out.append(((PyTuple) result.get(i)).get(1));
    }
    return out;
  }

  // ---------------------------------------------------------------- Differ / ndiff

  private static PyType differClass(Mod mod) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "difflib");
    ns.put("__init__", BuiltinFunction.of("__init__", "self, linejunk=None, charjunk=None",
        a -> {
          Ops.setAttr(a[0], "linejunk", a[1]);
          Ops.setAttr(a[0], "charjunk", a[2]);
          return PyNone.NONE;
        }));
    ns.put("compare", BuiltinFunction.of("compare", "self, a, b", a -> {
      Object lj = Ops.getAttr(a[0], "linejunk");
      Object cj = Ops.getAttr(a[0], "charjunk");
      Object[] la = Builtins.toArray(a[1]);
      Object[] lb = Builtins.toArray(a[2]);
      return lazy(() -> compare(mod, lj, cj, la, lb));
    }));
    return PyType.createClass("Differ", new PyType[0], ns);
  }

  private static List<Object> compare(Mod mod, Object linejunk, Object charjunk, Object[] a,
      Object[] b) {
    Matcher cruncher = mod.newMatcher(linejunk, true);
    cruncher.setSeq1(PyList.copyOf(java.util.Arrays.asList(a)));
    cruncher.setSeq2(PyList.copyOf(java.util.Arrays.asList(b)));
    List<Object> out = new ArrayList<>();
    for (Object[] c : cruncher.opcodes()) {
      int alo = (int) c[1];
      int ahi = (int) c[2];
      int blo = (int) c[3];
      int bhi = (int) c[4];
      switch ((String) c[0]) {
        case "replace":
          fancyReplace(mod, charjunk, a, alo, ahi, b, blo, bhi, out);
          break;
        case "delete":
          dump("-", a, alo, ahi, out);
          break;
        case "insert":
          dump("+", b, blo, bhi, out);
          break;
        default:
          dump(" ", a, alo, ahi, out);
      }
    }
    return out;
  }

  private static void dump(String tag, Object[] x, int lo, int hi, List<Object> out) {
    for (int i = lo; i < hi; i++) {
      out.add(tag + " " + Ops.str(x[i]));
    }
  }

  private static void plainReplace(Object[] a, int alo, int ahi, Object[] b, int blo, int bhi,
      List<Object> out) {
    if (bhi - blo < ahi - alo) {
      dump("+", b, blo, bhi, out);
      dump("-", a, alo, ahi, out);
    } else {
      dump("-", a, alo, ahi, out);
      dump("+", b, blo, bhi, out);
    }
  }

  private static void fancyReplace(Mod mod, Object charjunk, Object[] a, int alo, int ahi,
      Object[] b, int blo, int bhi, List<Object> out) {
    double bestRatio = 0.74;
    double cutoff = 0.75;
    Matcher cruncher = mod.newMatcher(charjunk, true);
    int eqi = -1;
    int eqj = -1;
    int besti = -1;
    int bestj = -1;
    for (int j = blo; j < bhi; j++) {
      Object bj = b[j];
      cruncher.setSeq2(bj);
      for (int i = alo; i < ahi; i++) {
        Object ai = a[i];
        if (same(ai, bj)) {
          if (eqi < 0) {
            eqi = i;
            eqj = j;
          }
          continue;
        }
        cruncher.setSeq1(ai);
        if (cruncher.realQuickRatio() > bestRatio && cruncher.quickRatio() > bestRatio
            && cruncher.ratio() > bestRatio) {
          bestRatio = cruncher.ratio();
          besti = i;
          bestj = j;
        }
      }
    }
    boolean identical;
    if (bestRatio < cutoff) {
      if (eqi < 0) {
        plainReplace(a, alo, ahi, b, blo, bhi, out);
        return;
      }
      besti = eqi;
      bestj = eqj;
      identical = true;
    } else {
      identical = false;
    }
    fancyHelper(mod, charjunk, a, alo, besti, b, blo, bestj, out);
    Object aelt = a[besti];
    Object belt = b[bestj];
    if (!identical) {
      StringBuilder atags = new StringBuilder();
      StringBuilder btags = new StringBuilder();
      cruncher.setSeq1(aelt);
      cruncher.setSeq2(belt);
      for (Object[] c : cruncher.opcodes()) {
        int la = (int) c[2] - (int) c[1];
        int lb = (int) c[4] - (int) c[3];
        switch ((String) c[0]) {
          case "replace":
            atags.append("^".repeat(la));
            btags.append("^".repeat(lb));
            break;
          case "delete":
            atags.append("-".repeat(la));
            break;
          case "insert":
            btags.append("+".repeat(lb));
            break;
          default:
            atags.append(" ".repeat(la));
            btags.append(" ".repeat(lb));
        }
      }
      String as = Ops.str(aelt);
      String bs = Ops.str(belt);
      String at = rstrip(keepWs(as, atags.toString()));
      String bt = rstrip(keepWs(bs, btags.toString()));
      out.add("- " + as);
      if (!at.isEmpty()) {
        out.add("? " + at + "\n");
      }
      out.add("+ " + bs);
      if (!bt.isEmpty()) {
        out.add("? " + bt + "\n");
      }
    } else {
      out.add("  " + Ops.str(aelt));
    }
    fancyHelper(mod, charjunk, a, besti + 1, ahi, b, bestj + 1, bhi, out);
  }

  /** Tag characters, with tab/space kept where the line has whitespace under a ' ' tag. */
  private static String keepWs(String s, String tags) {
    int[] cs = s.codePoints().toArray();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cs.length && i < tags.length(); i++) {
      char t = tags.charAt(i);
      if (t == ' ' && isSpace(cs[i])) {
        sb.appendCodePoint(cs[i]);
      } else {
        sb.append(t);
      }
    }
    return sb.toString();
  }

  private static String rstrip(String s) {
    int e = s.length();
    while (e > 0 && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(0, e);
  }

  private static void fancyHelper(Mod mod, Object charjunk, Object[] a, int alo, int ahi,
      Object[] b, int blo, int bhi, List<Object> out) {
    if (alo < ahi) {
      if (blo < bhi) {
        fancyReplace(mod, charjunk, a, alo, ahi, b, blo, bhi, out);
      } else {
        dump("-", a, alo, ahi, out);
      }
    } else if (blo < bhi) {
      dump("+", b, blo, bhi, out);
    }
  }

  private static Object restore(Object delta, Object which) {
    Object w;
    try {
      w = Ops.call(Types.INT, new Object[] {which}, null);
    } catch (dev.moat.runtime.PyException e) {
      w = null;
      if (!e.isInstance(dev.moat.runtime.ExceptionTypes.VALUE_ERROR)
          && !e.isInstance(dev.moat.runtime.ExceptionTypes.TYPE_ERROR)) {
        throw e;
      }
      throw e;
    }
    String tag;
    if (Ops.eq(w, 1L)) {
      tag = "- ";
    } else if (Ops.eq(w, 2L)) {
      tag = "+ ";
    } else {
      throw Errors.valueError("unknown delta choice (must be 1 or 2): " + Ops.repr(which));
    }
    PyIterator it = Ops.iter(delta);
    return new PyIterator(PyIterator.GENERATOR) {
      @Override
      public Object next() {
        for (Object line = it.next(); line != null; line = it.next()) {
          String s = Ops.str(line);
          String p = s.length() >= 2 ? s.substring(0, 2) : s;
          if (p.equals("  ") || p.equals(tag)) {
            return s.substring(Math.min(2, s.length()));
          }
        }
        return null;
      }
    };
  }

  // ---------------------------------------------------------------- unified / context diff

  private static void checkTypes(Object a, Object b, Object[] args) {
    for (Object seq : new Object[] {a, b}) {
      if (Ops.truth(seq)) {
        Object first = Ops.getItem(seq, 0L);
        if (!(first instanceof String)) {
          throw Errors.typeError("lines to compare must be str, not " + Types.typeName(first)
              + " (" + Ops.repr(first) + ")");
        }
      }
    }
    for (Object arg : args) {
      if (!(arg instanceof String)) {
        throw Errors.typeError("all arguments must be str, not: " + Ops.repr(arg));
      }
    }
  }

  private static String rangeUnified(int start, int stop) {
    int beginning = start + 1;
    int length = stop - start;
    if (length == 1) {
      return Integer.toString(beginning);
    }
    if (length == 0) {
      beginning--;
    }
    return beginning + "," + length;
  }

  private static String rangeContext(int start, int stop) {
    int beginning = start + 1;
    int length = stop - start;
    if (length == 0) {
      beginning--;
    }
    if (length <= 1) {
      return Integer.toString(beginning);
    }
    return beginning + "," + (beginning + length - 1);
  }

  private static List<Object> unifiedDiff(Mod mod, Object[] args, boolean context) {
    if (args[7] == dev.moat.runtime.Signature.MISSING) {
      args[7] = "\n";
    }
    checkTypes(args[0], args[1], new Object[] {args[2], args[3], args[4], args[5], args[7]});
    Object[] a = Builtins.toArray(args[0]);
    Object[] b = Builtins.toArray(args[1]);
    String fromfile = (String) args[2];
    String tofile = (String) args[3];
    String fromdate = ((String) args[4]).isEmpty() ? "" : "\t" + args[4];
    String todate = ((String) args[5]).isEmpty() ? "" : "\t" + args[5];
    int n = Ops.asInt(args[6], "n");
    String term = (String) args[7];
    Matcher s = mod.newMatcher(PyNone.NONE, true);
    s.setSeq1(PyList.copyOf(java.util.Arrays.asList(a)));
    s.setSeq2(PyList.copyOf(java.util.Arrays.asList(b)));
    List<Object> out = new ArrayList<>();
    boolean started = false;
    for (List<Object[]> group : s.groupedOpcodes(n)) {
      if (!started) {
        started = true;
        out.add((context ? "*** " : "--- ") + fromfile + fromdate + term);
        out.add((context ? "--- " : "+++ ") + tofile + todate + term);
      }
      Object[] first = group.get(0);
      Object[] last = group.get(group.size() - 1);
      if (!context) {
        out.add("@@ -" + rangeUnified((int) first[1], (int) last[2]) + " +"
            + rangeUnified((int) first[3], (int) last[4]) + " @@" + term);
        for (Object[] c : group) {
          String tag = (String) c[0];
          if (tag.equals("equal")) {
            lines(" ", a, (int) c[1], (int) c[2], out);
            continue;
          }
          if (tag.equals("replace") || tag.equals("delete")) {
            lines("-", a, (int) c[1], (int) c[2], out);
          }
          if (tag.equals("replace") || tag.equals("insert")) {
            lines("+", b, (int) c[3], (int) c[4], out);
          }
        }
      } else {
        out.add("***************" + term);
        out.add("*** " + rangeContext((int) first[1], (int) last[2]) + " ****" + term);
        boolean anyA = false;
        boolean anyB = false;
        for (Object[] c : group) {
          anyA |= c[0].equals("replace") || c[0].equals("delete");
          anyB |= c[0].equals("replace") || c[0].equals("insert");
        }
        if (anyA) {
          for (Object[] c : group) {
            if (!c[0].equals("insert")) {
              lines(prefix((String) c[0]), a, (int) c[1], (int) c[2], out);
            }
          }
        }
        out.add("--- " + rangeContext((int) first[3], (int) last[4]) + " ----" + term);
        if (anyB) {
          for (Object[] c : group) {
            if (!c[0].equals("delete")) {
              lines(prefix((String) c[0]), b, (int) c[3], (int) c[4], out);
            }
          }
        }
      }
    }
    return out;
  }

  private static String prefix(String tag) {
    switch (tag) {
      case "insert":
        return "+ ";
      case "delete":
        return "- ";
      case "replace":
        return "! ";
      default:
        return "  ";
    }
  }

  private static void lines(String prefix, Object[] x, int lo, int hi, List<Object> out) {
    for (int i = lo; i < hi; i++) {
      out.add(prefix + Ops.str(x[i]));
    }
  }
}
