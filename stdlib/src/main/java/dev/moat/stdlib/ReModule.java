package dev.moat.stdlib;

import dev.moat.runtime.BoundMethod;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BytesLike;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyByteArray;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Python's {@code re} module on {@link java.util.regex}: patterns are parsed and checked as
 * CPython 3.11 does ({@link ReParser}), translated, and matched against a step-charging view
 * of the subject, so catastrophic backtracking ends with the run's step or time budget.
 */
public final class ReModule implements ModuleProvider {
  private static final int CACHE_MAX = 512;
  private static final Map<String, Compiled> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Compiled> e) {
      return size() > CACHE_MAX;
    }
  };

  /** An immutable compiled pattern, shared by every interpreter. */
  static final class Compiled {
    final String source;
    final int flags;
    final Pattern java;
    final int groups;
    final Map<String, Integer> groupindex;
    final String[] groupNames;
    /** A bytes pattern: {@link #source} is its Latin-1 text, {@link #patternObj} the bytes. */
    final boolean bytes;
    final Object patternObj;
    /** Python group i is the Java group named "g" + i (the pattern has marker groups). */
    final boolean named;

    Compiled(String source, ReParser.Result r, Pattern java, boolean bytes, Object patternObj) {
      this.source = source;
      this.bytes = bytes;
      this.patternObj = patternObj;
      this.named = r.named;
      this.flags = r.flags;
      this.java = java;
      this.groups = r.groups;
      this.groupindex = r.groupindex;
      this.groupNames = new String[r.groups + 1];
      for (Map.Entry<String, Integer> e : r.groupindex.entrySet()) {
        groupNames[e.getValue()] = e.getKey();
      }
    }
  }

  @Override
  public Set<String> moduleNames() {
    return Set.of("re");
  }

  /** Per-module (per-interpreter) types. */
  static final class Types3 {
    PyType error;
    PyType pattern;
    PyType match;
  }

  @Override
  public PyModule create(String name) {
    Types3 t = new Types3();
    t.error = makeError();
    t.pattern = makePatternType(t);
    t.match = makeMatchType(t);
    ModuleBuilder b = ModuleBuilder.named("re");
    b.constant("NOFLAG", 0L).constant("I", 2L).constant("IGNORECASE", 2L)
        .constant("L", 4L).constant("LOCALE", 4L).constant("M", 8L).constant("MULTILINE", 8L)
        .constant("S", 16L).constant("DOTALL", 16L).constant("U", 32L).constant("UNICODE", 32L)
        .constant("X", 64L).constant("VERBOSE", 64L).constant("A", 256L).constant("ASCII", 256L)
        .constant("DEBUG", 128L)
        .constant("error", t.error).constant("Pattern", t.pattern).constant("Match", t.match);
    b.function("compile", "pattern, flags=0", a -> compile(t, a[0], a[1]));
    b.function("search", "pattern, string, flags=0",
        a -> ((PatternObj) compile(t, a[0], a[2])).run(t, a[1], 0L, null, MODE_SEARCH));
    b.function("match", "pattern, string, flags=0",
        a -> ((PatternObj) compile(t, a[0], a[2])).run(t, a[1], 0L, null, MODE_MATCH));
    b.function("fullmatch", "pattern, string, flags=0",
        a -> ((PatternObj) compile(t, a[0], a[2])).run(t, a[1], 0L, null, MODE_FULL));
    b.function("findall", "pattern, string, flags=0",
        a -> findall(t, (PatternObj) compile(t, a[0], a[2]), a[1], 0L, null));
    b.function("finditer", "pattern, string, flags=0",
        a -> finditer(t, (PatternObj) compile(t, a[0], a[2]), a[1], 0L, null));
    b.function("sub", "pattern, repl, string, count=0, flags=0",
        a -> sub(t, (PatternObj) compile(t, a[0], a[4]), a[1], a[2], a[3], false));
    b.function("subn", "pattern, repl, string, count=0, flags=0",
        a -> sub(t, (PatternObj) compile(t, a[0], a[4]), a[1], a[2], a[3], true));
    b.function("split", "pattern, string, maxsplit=0, flags=0",
        a -> split(t, (PatternObj) compile(t, a[0], a[3]), a[1], a[2]));
    b.function("escape", "pattern", a -> {
      if (BytesLike.check(a[0])) {
        return toBytes(ReParser.escapePattern(latin1(BytesLike.bytes(a[0]))));
      }
      if (!(a[0] instanceof String)) {
        throw Errors.typeError("escape() argument must be str");
      }
      return ReParser.escapePattern((String) a[0]);
    });
    b.function("purge", "", a -> {
      synchronized (CACHE) {
        CACHE.clear();
      }
      return PyNone.NONE;
    });
    return b.build();
  }

  // ------------------------------------------------------------------ re.error

  private static PyType makeError() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "re");
    ns.put("__qualname__", "error");
    ns.put("__init__", BuiltinFunction.of("__init__", "self, msg, pattern=None, pos=None", a -> {
      PyBaseException e = (PyBaseException) a[0];
      Object msg = a[1];
      Object pattern = a[2];
      Object pos = a[3];
      Object lineno = PyNone.NONE;
      Object colno = PyNone.NONE;
      String full = Ops.str(msg);
      if ((pattern instanceof String || pattern instanceof PyBytes) && pos instanceof Long) {
        String p = pattern instanceof String ? (String) pattern
            : latin1(((PyBytes) pattern).array());
        int[] cps = p.codePoints().toArray();
        long ps = (Long) pos;
        long line = 1;
        long lastNl = -1;
        for (int i = 0; i < cps.length && i < ps; i++) {
          if (cps[i] == '\n') {
            line++;
            lastNl = i;
          }
        }
        lineno = line;
        colno = ps - lastNl;
        full = full + " at position " + ps;
        if (p.indexOf('\n') >= 0) {
          full = full + " (line " + line + ", column " + (ps - lastNl) + ")";
        }
      }
      e.setArgs(PyTuple.of(full));
      PyDict d = e.dict();
      d.put("msg", msg);
      d.put("pattern", pattern);
      d.put("pos", pos);
      d.put("lineno", lineno);
      d.put("colno", colno);
      return PyNone.NONE;
    }));
    return PyType.createClass("error", new PyType[] {ExceptionTypes.EXCEPTION}, ns);
  }

  private static PyException reError(Types3 t, String msg, Object pattern, int pos) {
    Object e = pos < 0 ? Ops.call(t.error, new Object[] {msg}, null)
        : Ops.call(t.error, new Object[] {msg, pattern, (long) pos}, null);
    return new PyException((PyBaseException) e);
  }

  /** Bytes as Latin-1 text: one char per byte, so a bytes pattern can match them. */
  static String latin1(byte[] b) {
    Budget.reserveMemory(2L * b.length);
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Latin-1 text (chars up to U+00FF) back to bytes. */
  static PyBytes toBytes(String s) {
    Budget.reserveMemory(s.length());
    return new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  // ------------------------------------------------------------------ compile

  private static Object compile(Types3 t, Object pattern, Object flagsObj) {
    if (pattern instanceof PatternObj) {
      if (Ops.truth(flagsObj)) {
        throw Errors.valueError("cannot process flags argument with a compiled pattern");
      }
      return pattern;
    }
    long fl = Ops.asIndex(flagsObj, "flags must be an integer");
    if (pattern instanceof PyByteArray) {
      throw Errors.typeError("unhashable type: 'bytearray'");
    }
    if (pattern instanceof PyBytes) {
      return new PatternObj(t.pattern, compiled(t, latin1(((PyBytes) pattern).array()),
          (int) fl, true, pattern));
    }
    if (!(pattern instanceof String)) {
      throw Errors.typeError("first argument must be string or compiled pattern");
    }
    return new PatternObj(t.pattern, compiled(t, (String) pattern, (int) fl, false, pattern));
  }

  static Compiled compiled(Types3 t, String p, int flags) {
    return compiled(t, p, flags, false, p);
  }

  /** {@code p}: the pattern text (Latin-1 for a bytes pattern, whose object is patternObj). */
  static Compiled compiled(Types3 t, String p, int flags, boolean bytes, Object patternObj) {
    String key = flags + (bytes ? "b:" : ":") + p;
    synchronized (CACHE) {
      Compiled c = CACHE.get(key);
      if (c != null) {
        return c;
      }
    }
    ReParser.Result r;
    try {
      r = ReParser.parse(p, flags, bytes);
    } catch (ReParser.Error e) {
      if (e.pos == -2) {
        throw Errors.valueError(e.msg);
      }
      if (e.pos == -3) {
        throw Errors.of(ExceptionTypes.OVERFLOW_ERROR, e.msg);
      }
      throw reError(t, e.msg, patternObj, e.pos);
    }
    int jf = 0;
    if ((r.flags & ReParser.I) != 0) {
      jf |= Pattern.CASE_INSENSITIVE;
      if ((r.flags & ReParser.A) == 0 && !bytes) {
        jf |= Pattern.UNICODE_CASE;
      }
    }
    Pattern jp;
    try {
      jp = Pattern.compile(r.java, jf);
    } catch (PatternSyntaxException | StackOverflowError e) {
      throw reError(t, "pattern not supported by this implementation", null, -1);
    }
    Compiled c = new Compiled(p, r, jp, bytes, patternObj);
    synchronized (CACHE) {
      CACHE.put(key, c);
    }
    return c;
  }

  // ------------------------------------------------------------------ subject

  /** The subject string: code-point/UTF-16 conversions and a step-charging view. */
  static final class Subject implements CharSequence {
    final String s;
    final int end;
    final int[] unitOfCp; // null when the string is all BMP
    int counter;

    Subject(String s, int[] unitOfCp, int end) {
      this.s = s;
      this.unitOfCp = unitOfCp;
      this.end = end;
    }

    static int[] unitMap(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isSurrogate(s.charAt(i))) {
          int n = s.codePointCount(0, s.length());
          int[] m = new int[n + 1];
          int u = 0;
          for (int k = 0; k < n; k++) {
            m[k] = u;
            u += Character.charCount(s.codePointAt(u));
          }
          m[n] = u;
          return m;
        }
      }
      return null;
    }

    int cpLength() {
      return unitOfCp == null ? s.length() : unitOfCp.length - 1;
    }

    int toUnit(int cp) {
      return unitOfCp == null ? cp : unitOfCp[cp];
    }

    int toCp(int unit) {
      if (unitOfCp == null || unit < 0) {
        return unit;
      }
      int lo = 0;
      int hi = unitOfCp.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (unitOfCp[mid] < unit) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    @Override
    public int length() {
      return end;
    }

    @Override
    public char charAt(int index) {
      if ((++counter & 63) == 0) {
        Budget.chargeSteps(1);
      }
      return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int stop) {
      return s.substring(start, stop);
    }

    @Override
    public String toString() {
      return s.substring(0, end);
    }
  }

  // ------------------------------------------------------------------ Pattern objects

  static final int MODE_SEARCH = 0;
  static final int MODE_MATCH = 1;
  static final int MODE_FULL = 2;

  static final class PatternObj extends PyInstance {
    final Compiled c;

    PatternObj(PyType type, Compiled c) {
      super(type);
      this.c = c;
    }

    /** The text to match: the str itself, or bytes as Latin-1 for a bytes pattern. */
    String subjectText(Object string) {
      if (string instanceof String) {
        if (c.bytes) {
          throw Errors.typeError("cannot use a bytes pattern on a string-like object");
        }
        return (String) string;
      }
      if (BytesLike.check(string)) {
        if (!c.bytes) {
          throw Errors.typeError("cannot use a string pattern on a bytes-like object");
        }
        return latin1(BytesLike.bytes(string));
      }
      throw Errors.typeError("expected string or bytes-like object, got '"
          + Types.typeName(string) + "'");
    }

    /** A piece of matched text as the pattern's type (str, or bytes). */
    Object text(String piece) {
      return c.bytes ? toBytes(piece) : piece;
    }

    /** The empty value of the pattern's type. */
    Object empty() {
      return c.bytes ? PyBytes.EMPTY : "";
    }

    /** A prepared matcher over string[pos:endpos]; null if pos > endpos. */
    Object[] prepare(Object string, Object posObj, Object endObj) {
      String s = subjectText(string);
      int[] map = Subject.unitMap(s);
      int n = map == null ? s.length() : map.length - 1;
      long pos = Ops.asIndex(posObj, "an integer is required");
      long endpos = endObj == null || endObj == PyNone.NONE ? n
          : Ops.asIndex(endObj, "an integer is required");
      pos = Math.max(0, Math.min(pos, n));
      endpos = Math.max(0, Math.min(endpos, n));
      Subject subj = new Subject(s, map, map == null ? (int) endpos : map[(int) endpos]);
      Matcher m = c.java.matcher(subj);
      m.useAnchoringBounds(false);
      m.useTransparentBounds(true);
      return new Object[] {subj, m, (int) pos, (int) endpos};
    }

    Object run(Types3 t, Object string, Object pos, Object endpos, int mode) {
      Object[] p = prepare(string, pos, endpos);
      Subject subj = (Subject) p[0];
      Matcher m = (Matcher) p[1];
      int ps = (Integer) p[2];
      int pe = (Integer) p[3];
      if (ps > pe) {
        return PyNone.NONE;
      }
      m.region(subj.toUnit(ps), subj.end);
      boolean ok = mode == MODE_SEARCH ? m.find() : mode == MODE_MATCH ? m.lookingAt()
          : m.matches();
      if (!ok) {
        return PyNone.NONE;
      }
      return new MatchObj(t.match, this, subj, m, ps, pe, string);
    }
  }

  static final class MatchObj extends PyInstance {
    final PatternObj re;
    /** The subject as matched (Latin-1 text for bytes); {@link #subject} is what was given. */
    final String string;
    final Object subject;
    final int pos;
    final int endpos;
    final int[] spans; // code point starts/ends, -1 for unmatched

    MatchObj(PyType type, PatternObj re, Subject subj, Matcher m, int pos, int endpos,
        Object subject) {
      super(type);
      this.re = re;
      this.string = subj.s;
      this.subject = subject;
      this.pos = pos;
      this.endpos = endpos;
      int g = re.c.groups;
      spans = new int[2 * (g + 1)];
      for (int i = 0; i <= g; i++) {
        if (re.c.named && i > 0) {
          spans[2 * i] = subj.toCp(m.start("g" + i));
          spans[2 * i + 1] = subj.toCp(m.end("g" + i));
        } else {
          spans[2 * i] = subj.toCp(m.start(i));
          spans[2 * i + 1] = subj.toCp(m.end(i));
        }
      }
    }

    int groupIndex(Object g) {
      if (g instanceof Long || g instanceof Boolean) {
        long i = g instanceof Boolean ? ((Boolean) g ? 1 : 0) : (Long) g;
        if (i >= 0 && i <= re.c.groups) {
          return (int) i;
        }
      } else if (g instanceof String) {
        Integer i = re.c.groupindex.get(g);
        if (i != null) {
          return i;
        }
      }
      throw Errors.indexError("no such group");
    }

    Object group(int i, Object dflt) {
      int st = spans[2 * i];
      if (st < 0) {
        return dflt;
      }
      return re.text(substring(string, st, spans[2 * i + 1]));
    }

    /** Group {@code i}'s text as a Java string (Latin-1 for bytes), "" when unmatched. */
    String groupText(int i) {
      int st = spans[2 * i];
      return st < 0 ? "" : substring(string, st, spans[2 * i + 1]);
    }

    int lastindex() {
      int best = -1;
      for (int i = 1; i <= re.c.groups; i++) {
        if (spans[2 * i] < 0) {
          continue;
        }
        if (best < 0 || spans[2 * i + 1] > spans[2 * best + 1]) {
          best = i;
        } else if (spans[2 * i + 1] == spans[2 * best + 1]) {
          boolean inside = spans[2 * i] >= spans[2 * best] && spans[2 * i] < spans[2 * i + 1];
          if (!inside) {
            best = i;
          }
        }
      }
      return best;
    }
  }

  static String substring(String s, int cpStart, int cpEnd) {
    if (s.length() == s.codePointCount(0, s.length())) {
      return s.substring(cpStart, cpEnd);
    }
    int a = s.offsetByCodePoints(0, cpStart);
    int b = s.offsetByCodePoints(a, cpEnd - cpStart);
    return s.substring(a, b);
  }

  // ------------------------------------------------------------------ types

  /** A method whose descriptor is not a BuiltinFunction, so that repr() dispatches to it. */
  private static PyType wrapperType;

  private static synchronized PyType wrapperType() {
    if (wrapperType == null) {
      Map<String, Object> ns = new LinkedHashMap<>();
      ns.put("__module__", "builtins");
      ns.put("__get__", BuiltinFunction.of("__get__", "self, obj, type=None", a -> {
        BuiltinFunction f = ((Wrapper) a[0]).fn;
        return a[1] == PyNone.NONE ? f : new BoundMethod(a[1], f);
      }));
      wrapperType = PyType.createClass("wrapper_descriptor", new PyType[0], ns);
    }
    return wrapperType;
  }

  private static final class Wrapper extends PyInstance {
    final BuiltinFunction fn;

    Wrapper(BuiltinFunction fn) {
      super(wrapperType());
      this.fn = fn;
    }
  }

  private static void method(Map<String, Object> ns, String name, String params,
      BuiltinFunction.Body body) {
    ns.put(name, BuiltinFunction.of(name, params, body));
  }

  private static void attr(Map<String, Object> ns, String name,
      java.util.function.Function<Object, Object> getter) {
    ns.put(name, new Descriptors.GetSet(name, getter, null));
  }

  private static PatternObj pat(Object o) {
    if (o instanceof PatternObj) {
      return (PatternObj) o;
    }
    throw Errors.typeError("descriptor requires a 're.Pattern' object but received a '"
        + Types.typeName(o) + "'");
  }

  private static MatchObj mat(Object o) {
    if (o instanceof MatchObj) {
      return (MatchObj) o;
    }
    throw Errors.typeError("descriptor requires a 're.Match' object but received a '"
        + Types.typeName(o) + "'");
  }

  private static Object endArg(Object o) {
    return o == Signature.MISSING ? null : o;
  }

  private PyType makePatternType(Types3 t) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "re");
    ns.put("__qualname__", "Pattern");
    String pe = "self, string, pos=0, endpos=?";
    method(ns, "search", pe, a -> pat(a[0]).run(t, a[1], a[2], endArg(a[3]), MODE_SEARCH));
    method(ns, "match", pe, a -> pat(a[0]).run(t, a[1], a[2], endArg(a[3]), MODE_MATCH));
    method(ns, "fullmatch", pe, a -> pat(a[0]).run(t, a[1], a[2], endArg(a[3]), MODE_FULL));
    method(ns, "findall", pe, a -> findall(t, pat(a[0]), a[1], a[2], endArg(a[3])));
    method(ns, "finditer", pe, a -> finditer(t, pat(a[0]), a[1], a[2], endArg(a[3])));
    method(ns, "sub", "self, repl, string, count=0",
        a -> sub(t, pat(a[0]), a[1], a[2], a[3], false));
    method(ns, "subn", "self, repl, string, count=0",
        a -> sub(t, pat(a[0]), a[1], a[2], a[3], true));
    method(ns, "split", "self, string, maxsplit=0", a -> split(t, pat(a[0]), a[1], a[2]));
    ns.put("__repr__", new Wrapper(BuiltinFunction.of("__repr__", "self",
        a -> patternRepr(pat(a[0])))));
    ns.put("__eq__", new Wrapper(BuiltinFunction.of("__eq__", "self, other", a -> {
      if (!(a[1] instanceof PatternObj)) {
        return Boolean.FALSE;
      }
      Compiled x = pat(a[0]).c;
      Compiled y = ((PatternObj) a[1]).c;
      return x.flags == y.flags && x.bytes == y.bytes && x.source.equals(y.source);
    })));
    ns.put("__hash__", new Wrapper(BuiltinFunction.of("__hash__", "self",
        a -> (long) (pat(a[0]).c.source.hashCode() * 31 + pat(a[0]).c.flags))));
    attr(ns, "pattern", o -> pat(o).c.patternObj);
    attr(ns, "flags", o -> (long) pat(o).c.flags);
    attr(ns, "groups", o -> (long) pat(o).c.groups);
    attr(ns, "groupindex", o -> {
      PyDict d = new PyDict();
      for (Map.Entry<String, Integer> e : pat(o).c.groupindex.entrySet()) {
        d.put(e.getKey(), (long) e.getValue());
      }
      // a read-only view, as CPython's mappingproxy
      return Ops.getAttr(Ops.callMethod(Ops.getAttr(Types.DICT, "keys"), d), "mapping");
    });
    return PyType.createClass("Pattern", new PyType[0], ns);
  }

  private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE",
      "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

  static String patternRepr(PatternObj p) {
    String r = Ops.repr(p.c.patternObj);
    if (r.codePointCount(0, r.length()) > 200) {
      r = r.substring(0, r.offsetByCodePoints(0, 200));
    }
    int flags = p.c.flags;
    if ((flags & (ReParser.L | ReParser.U | ReParser.A)) == ReParser.U) {
      flags &= ~ReParser.U;
    }
    if (flags == 0) {
      return "re.compile(" + r + ")";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < FLAG_NAMES.length; i++) {
      int bit = 1 << i;
      if ((flags & bit) != 0) {
        if (sb.length() > 0) {
          sb.append('|');
        }
        sb.append(FLAG_NAMES[i]);
        flags &= ~bit;
      }
    }
    if (flags != 0) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append("0x").append(Integer.toHexString(flags));
    }
    return "re.compile(" + r + ", " + sb + ")";
  }

  private PyType makeMatchType(Types3 t) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "re");
    ns.put("__qualname__", "Match");
    method(ns, "group", "self, *args", a -> {
      MatchObj m = mat(a[0]);
      PyTuple args = (PyTuple) a[1];
      if (args.size() == 0) {
        return m.group(0, PyNone.NONE);
      }
      if (args.size() == 1) {
        return m.group(m.groupIndex(args.get(0)), PyNone.NONE);
      }
      Object[] out = new Object[args.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = m.group(m.groupIndex(args.get(i)), PyNone.NONE);
      }
      return PyTuple.of(out);
    });
    method(ns, "__getitem__", "self, g, /", a -> {
      MatchObj m = mat(a[0]);
      return m.group(m.groupIndex(a[1]), PyNone.NONE);
    });
    method(ns, "groups", "self, default=None", a -> {
      MatchObj m = mat(a[0]);
      Object[] out = new Object[m.re.c.groups];
      for (int i = 0; i < out.length; i++) {
        out[i] = m.group(i + 1, a[1]);
      }
      return PyTuple.of(out);
    });
    method(ns, "groupdict", "self, default=None", a -> {
      MatchObj m = mat(a[0]);
      PyDict d = new PyDict();
      for (Map.Entry<String, Integer> e : m.re.c.groupindex.entrySet()) {
        d.put(e.getKey(), m.group(e.getValue(), a[1]));
      }
      return d;
    });
    method(ns, "start", "self, group=0, /", a -> {
      MatchObj m = mat(a[0]);
      return (long) m.spans[2 * m.groupIndex(a[1])];
    });
    method(ns, "end", "self, group=0, /", a -> {
      MatchObj m = mat(a[0]);
      return (long) m.spans[2 * m.groupIndex(a[1]) + 1];
    });
    method(ns, "span", "self, group=0, /", a -> {
      MatchObj m = mat(a[0]);
      int i = m.groupIndex(a[1]);
      return PyTuple.of((long) m.spans[2 * i], (long) m.spans[2 * i + 1]);
    });
    method(ns, "expand", "self, template", a -> {
      MatchObj m = mat(a[0]);
      Repl r = repl(t, m.re, a[1]);
      return m.re.text(r.apply(m, 0));
    });
    ns.put("__repr__", new Wrapper(BuiltinFunction.of("__repr__", "self", a -> {
      MatchObj m = mat(a[0]);
      String r = Ops.repr(m.group(0, PyNone.NONE));
      if (r.codePointCount(0, r.length()) > 50) {
        r = r.substring(0, r.offsetByCodePoints(0, 50));
      }
      return "<re.Match object; span=(" + m.spans[0] + ", " + m.spans[1] + "), match=" + r
          + ">";
    })));
    attr(ns, "string", o -> mat(o).subject);
    attr(ns, "re", o -> mat(o).re);
    attr(ns, "pos", o -> (long) mat(o).pos);
    attr(ns, "endpos", o -> (long) mat(o).endpos);
    attr(ns, "lastindex", o -> {
      int i = mat(o).lastindex();
      return i < 0 ? PyNone.NONE : (Object) (long) i;
    });
    attr(ns, "lastgroup", o -> {
      MatchObj m = mat(o);
      int i = m.lastindex();
      return i < 0 || m.re.c.groupNames[i] == null ? PyNone.NONE : m.re.c.groupNames[i];
    });
    attr(ns, "regs", o -> {
      MatchObj m = mat(o);
      Object[] out = new Object[m.re.c.groups + 1];
      for (int i = 0; i < out.length; i++) {
        out[i] = PyTuple.of((long) m.spans[2 * i], (long) m.spans[2 * i + 1]);
      }
      return PyTuple.of(out);
    });
    return PyType.createClass("Match", new PyType[0], ns);
  }

  // ------------------------------------------------------------------ iteration

  /** Calls {@code each} for every match (Python 3.7+ empty-match rules), up to {@code max}. */
  interface Each {
    boolean accept(MatchObj m);
  }

  static void scan(Types3 t, PatternObj p, Object string, Object pos, Object endpos, Each each) {
    Object[] pr = p.prepare(string, pos, endpos);
    Subject subj = (Subject) pr[0];
    Matcher m = (Matcher) pr[1];
    int ps = (Integer) pr[2];
    int pe = (Integer) pr[3];
    if (ps > pe) {
      return;
    }
    int unit = subj.toUnit(ps);
    int endUnit = subj.end;
    boolean mustAdvance = false;
    while (unit <= endUnit) {
      Budget.chargeSteps(1);
      m.region(unit, endUnit);
      if (!m.find()) {
        return;
      }
      if (mustAdvance && m.start() == unit && m.end() == unit) {
        if (unit >= endUnit) {
          return;
        }
        int next = unit + Character.charCount(subj.s.codePointAt(unit));
        m.region(next, endUnit);
        if (!m.find()) {
          return;
        }
      }
      MatchObj mo = new MatchObj(t.match, p, subj, m, ps, pe, string);
      if (!each.accept(mo)) {
        return;
      }
      mustAdvance = m.end() == m.start();
      unit = m.end();
    }
  }

  static Object findall(Types3 t, PatternObj p, Object string, Object pos, Object endpos) {
    PyList out = new PyList();
    int g = p.c.groups;
    scan(t, p, string, pos, endpos, m -> {
      if (g == 0) {
        out.append(m.group(0, p.empty()));
      } else if (g == 1) {
        out.append(m.group(1, p.empty()));
      } else {
        Object[] items = new Object[g];
        for (int i = 0; i < g; i++) {
          items[i] = m.group(i + 1, p.empty());
        }
        out.append(PyTuple.of(items));
      }
      return true;
    });
    return out;
  }

  private static PyType iterType;

  private static synchronized PyType iterType() {
    if (iterType == null) {
      iterType = PyIterator.newType("callable_iterator");
    }
    return iterType;
  }

  static Object finditer(Types3 t, PatternObj p, Object string, Object pos, Object endpos) {
    List<MatchObj> all = new ArrayList<>();
    // Matches are produced lazily in CPython; here they are found up front (same results).
    scan(t, p, string, pos, endpos, m -> {
      all.add(m);
      return true;
    });
    return new PyIterator(iterType()) {
      int i;

      @Override
      public Object next() {
        return i < all.size() ? all.get(i++) : null;
      }
    };
  }

  /**
   * A replacement: a template (str or bytes) or a callable. As in CPython, a template or a
   * callable result of the other type than the pattern fails only when it is used, with the
   * TypeError of joining the pieces ("sequence item N: ...").
   */
  static final class Repl {
    final PatternObj p;
    final ReTemplate tpl;
    final Object callable;
    final boolean wrongType;
    final boolean literal;
    final String typeName;

    Repl(PatternObj p, ReTemplate tpl, Object callable, boolean wrongType, boolean literal,
        String typeName) {
      this.p = p;
      this.tpl = tpl;
      this.callable = callable;
      this.wrongType = wrongType;
      this.literal = literal;
      this.typeName = typeName;
    }

    private PyException wrong(int index, String found) {
      return Errors.typeError("sequence item " + index + ": expected "
          + (p.c.bytes ? "a bytes-like object" : "str instance") + ", " + found + " found");
    }

    /** The replacement text for {@code m} (Latin-1 for bytes), or null to add nothing. */
    String apply(MatchObj m, int pieces) {
      if (callable != null) {
        Object r = Ops.call(callable, new Object[] {m}, null);
        if (r == PyNone.NONE) {
          return null;
        }
        if (p.c.bytes) {
          if (!BytesLike.check(r)) {
            throw wrong(pieces, Types.typeName(r));
          }
          return latin1(BytesLike.bytes(r));
        }
        if (!(r instanceof String)) {
          throw wrong(pieces, Types.typeName(r));
        }
        return (String) r;
      }
      if (wrongType) {
        int at = literal ? pieces : tpl.firstLiteral();
        if (at >= 0) {
          throw wrong(at, typeName);
        }
      }
      return tpl.expand(m);
    }
  }

  static Repl repl(Types3 t, PatternObj p, Object repl) {
    if (repl instanceof String || BytesLike.check(repl)) {
      String src = repl instanceof String ? (String) repl : latin1(BytesLike.bytes(repl));
      ReTemplate tpl = ReTemplate.parse(t, p.c, src, repl);
      boolean wrongType = (repl instanceof String) == p.c.bytes;
      return new Repl(p, tpl, null, wrongType, src.indexOf('\\') < 0, Types.typeName(repl));
    }
    if (Ops.isCallable(repl)) {
      return new Repl(p, null, repl, false, false, null);
    }
    throw Errors.typeError("decoding to str: need a bytes-like object, " + Types.typeName(repl)
        + " found");
  }

  static Object sub(Types3 t, PatternObj p, Object repl, Object string, Object countObj,
      boolean withCount) {
    long count = Ops.asIndex(countObj, "an integer is required");
    Repl r = repl(t, p, repl);
    String s = p.subjectText(string);
    StringBuilder sb = new StringBuilder();
    int[] last = {0};
    long[] n = {0};
    int[] pieces = {0};
    scan(t, p, string, 0L, null, m -> {
      if (count > 0 && n[0] >= count) {
        return false;
      }
      if (m.spans[0] > last[0]) {
        sb.append(substring(s, last[0], m.spans[0]));
        pieces[0]++;
      }
      String rep = r.apply(m, pieces[0]);
      if (rep != null) {
        sb.append(rep);
        pieces[0]++;
      }
      Budget.reserveMemory(sb.length());
      last[0] = m.spans[1];
      n[0]++;
      return true;
    });
    sb.append(substring(s, last[0], s.codePointCount(0, s.length())));
    Object result = p.text(sb.toString());
    return withCount ? PyTuple.of(result, n[0]) : result;
  }

  static Object split(Types3 t, PatternObj p, Object string, Object maxObj) {
    long maxsplit = Ops.asIndex(maxObj, "an integer is required");
    PyList out = new PyList();
    String s = p.subjectText(string);
    if (maxsplit < 0) {
      out.append(p.c.bytes ? p.text(s) : string);
      return out;
    }
    int[] last = {0};
    long[] n = {0};
    scan(t, p, string, 0L, null, m -> {
      if (maxsplit > 0 && n[0] >= maxsplit) {
        return false;
      }
      out.append(p.text(substring(s, last[0], m.spans[0])));
      for (int i = 1; i <= p.c.groups; i++) {
        out.append(m.group(i, PyNone.NONE));
      }
      last[0] = m.spans[1];
      n[0]++;
      return true;
    });
    out.append(p.text(substring(s, last[0], s.codePointCount(0, s.length()))));
    return out;
  }

  static PyException templateError(Types3 t, String msg, Object tpl, int pos) {
    return reError(t, msg, tpl, pos);
  }

  static PyType errorType(Types3 t) {
    return t.error;
  }
}
