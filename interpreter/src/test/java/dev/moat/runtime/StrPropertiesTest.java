package dev.moat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * str methods against straightforward reference implementations over code points, on random
 * strings mixing ASCII, Unicode whitespace, accented and non-BMP characters.
 */
class StrPropertiesTest extends MethodTestSupport {

  /** Characters chosen to exercise separators, whitespace and surrogate pairs. */
  private static final String[] ALPHABET = {"a", "b", ",", " ", "\t", "\n", "\u00e9", "\u3000",
      "\u2028", "\u00a0", "\u200b", "\ud83d\ude00", "\ud801\udc00", "x"};

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(ALPHABET).list().ofMaxSize(16).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> piece() {
    return Arbitraries.of(ALPHABET).list().ofMinSize(1).ofMaxSize(3)
        .map(l -> String.join("", l));
  }

  private static List<String> cps(String s) {
    List<String> out = new ArrayList<>();
    s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
    return out;
  }

  /** Code point index of the first occurrence of {@code sub} at or after {@code from}. */
  private static long refFind(String s, String sub, int from, int to) {
    List<String> a = cps(s);
    List<String> b = cps(sub);
    for (int i = Math.max(0, from); i + b.size() <= Math.min(to, a.size()); i++) {
      if (a.subList(i, i + b.size()).equals(b)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> refSplit(String s, String sep) {
    List<String> a = cps(s);
    List<String> b = cps(sep);
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    while (i < a.size()) {
      if (i + b.size() <= a.size() && a.subList(i, i + b.size()).equals(b)) {
        out.add(cur.toString());
        cur.setLength(0);
        i += b.size();
      } else {
        cur.append(a.get(i++));
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static boolean isSpace(String cp) {
    return UnicodeProps.isSpace(cp.codePointAt(0));
  }

  @Property
  void splitMatchesReferenceAndJoinRestores(@ForAll("text") String s, @ForAll("piece") String sep) {
    Object parts = call(s, "split", args(sep), null);
    assertEquals(Ops.repr(PyList.copyOf(refSplit(s, sep))), Ops.repr(parts));
    assertEquals(s, call(sep, "join", args(parts), null));
    Object rparts = call(s, "rsplit", args(sep), null);
    // rsplit matches from the right, so it differs from split when separators overlap
    // ('aaa'.rsplit('aa') == ['a', '']); both must rebuild the string
    assertEquals(s, call(sep, "join", args(rparts), null));
    assertEquals(Ops.len(parts), Ops.len(rparts));
  }

  @Property
  void whitespaceSplitMatchesReference(@ForAll("text") String s) {
    List<String> ref = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String c : cps(s)) {
      if (isSpace(c)) {
        if (cur.length() > 0) {
          ref.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      ref.add(cur.toString());
    }
    assertEquals(Ops.repr(PyList.copyOf(ref)), Ops.repr(call(s, "split", args(), null)));
    assertEquals(Ops.repr(PyList.copyOf(ref)), Ops.repr(call(s, "rsplit", args(), null)));
  }

  @Property
  void stripMatchesReference(@ForAll("text") String s, @ForAll("piece") String chars) {
    List<String> a = cps(s);
    int i = 0;
    int j = a.size();
    while (i < j && isSpace(a.get(i))) {
      i++;
    }
    while (j > i && isSpace(a.get(j - 1))) {
      j--;
    }
    assertEquals(String.join("", a.subList(i, j)), call(s, "strip", args(), null));
    List<String> set = cps(chars);
    i = 0;
    j = a.size();
    while (i < j && set.contains(a.get(i))) {
      i++;
    }
    assertEquals(String.join("", a.subList(i, j)), call(s, "lstrip", args(chars), null));
    while (j > i && set.contains(a.get(j - 1))) {
      j--;
    }
    assertEquals(String.join("", a.subList(i, j)), call(s, "strip", args(chars), null));
  }

  @Property
  void findAndCountMatchReference(@ForAll("text") String s, @ForAll("piece") String sub,
      @ForAll @IntRange(min = -20, max = 20) int start,
      @ForAll @IntRange(min = -20, max = 20) int end) {
    int n = cps(s).size();
    int lo = start < 0 ? Math.max(0, start + n) : start;
    int hi = end < 0 ? Math.max(0, end + n) : Math.min(end, n);
    long expected = lo > n ? -1 : refFind(s, sub, lo, hi);
    assertEquals(expected, call(s, "find", args(sub, (long) start, (long) end), null));
    long count = 0;
    for (long k = lo > n ? -1 : refFind(s, sub, lo, hi); k >= 0;
        k = refFind(s, sub, (int) k + cps(sub).size(), hi)) {
      count++;
    }
    assertEquals(count, call(s, "count", args(sub, (long) start, (long) end), null));
    boolean starts = lo <= n && lo + cps(sub).size() <= hi
        && refFind(s, sub, lo, lo + cps(sub).size()) == lo;
    assertEquals(starts, call(s, "startswith", args(sub, (long) start, (long) end), null));
  }

  @Property
  void rfindFindsTheLastOccurrence(@ForAll("text") String s, @ForAll("piece") String sub) {
    long last = -1;
    for (long k = refFind(s, sub, 0, Integer.MAX_VALUE); k >= 0;
        k = refFind(s, sub, (int) k + 1, Integer.MAX_VALUE)) {
      last = k;
    }
    assertEquals(last, call(s, "rfind", args(sub), null));
  }

  @Property
  void replaceMatchesSplitJoin(@ForAll("text") String s, @ForAll("piece") String old,
      @ForAll("text") String rep) {
    assertEquals(String.join(rep, refSplit(s, old)), call(s, "replace", args(old, rep), null));
  }

  @Property
  void partitionAndSplitlinesRestoreTheString(@ForAll("text") String s,
      @ForAll("piece") String sep) {
    PyTuple p = (PyTuple) call(s, "partition", args(sep), null);
    assertEquals(s, "" + p.get(0) + p.get(1) + p.get(2));
    PyTuple r = (PyTuple) call(s, "rpartition", args(sep), null);
    assertEquals(s, "" + r.get(0) + r.get(1) + r.get(2));
    assertEquals(s, call("", "join", args(call(s, "splitlines", args(true), null)), null));
  }

  @Property
  void paddingHasTheRequestedLength(@ForAll("text") String s,
      @ForAll @IntRange(min = -2, max = 30) int width) {
    int n = cps(s).size();
    for (String m : new String[] {"center", "ljust", "rjust", "zfill"}) {
      Object[] a = m.equals("zfill") ? args((long) width) : args((long) width, "\ud83d\ude00");
      Object r = call(s, m, a, null);
      assertEquals((long) Math.max(n, width), (long) Ops.len(r), m);
      // no sign characters in the alphabet, so the original text is kept whole
      assertEquals(Boolean.TRUE, Ops.contains(r, s), m);
    }
  }

  @Property
  void caseMappingsAgreeOnAsciiWithJava(@ForAll("text") String s) {
    String ascii = s.replaceAll("[^\\x00-\\x7f]", "");
    assertEquals(ascii.toUpperCase(java.util.Locale.ROOT), call(ascii, "upper", args(), null));
    assertEquals(ascii.toLowerCase(java.util.Locale.ROOT), call(ascii, "lower", args(), null));
    Object swapped = call(s, "swapcase", args(), null);
    assertEquals(Ops.len(s), Ops.len(swapped));
  }
}
