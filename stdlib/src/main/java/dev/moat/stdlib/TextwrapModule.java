package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code textwrap}: {@code TextWrapper} with all of its options, {@code wrap},
 * {@code fill}, {@code shorten}, {@code dedent} and {@code indent}. Text is cut into chunks
 * (whitespace runs, words, and word pieces after hyphens between letters, em-dashes) the way
 * CPython cuts it, then chunks are packed greedily into lines.
 */
public final class TextwrapModule implements ModuleProvider {
  private static final Object NONE = PyNone.NONE;
  private static final String WS = "\t\n\u000b\f\r ";
  private static final String[] OPTIONS = {"width", "initial_indent", "subsequent_indent",
      "expand_tabs", "replace_whitespace", "fix_sentence_endings", "break_long_words",
      "drop_whitespace", "break_on_hyphens", "tabsize", "max_lines", "placeholder"};
  private static final String INIT_PARAMS = "self, width=70, initial_indent='',"
      + " subsequent_indent='', expand_tabs=True, replace_whitespace=True,"
      + " fix_sentence_endings=False, break_long_words=True, drop_whitespace=True,"
      + " break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=' [...]'";

  @Override
  public Set<String> moduleNames() {
    return Set.of("textwrap");
  }

  // ---------------------------------------------------------------- code point helpers

  private static int len(String s) {
    return dev.moat.runtime.Str.length(s);
  }

  /** s[from:to] in code points (bounds already clamped). */
  private static String slice(String s, int from, int to) {
    if (dev.moat.runtime.Str.isBmp(s)) {
      return s.substring(from, to);
    }
    int a = s.offsetByCodePoints(0, from);
    int b = s.offsetByCodePoints(a, to - from);
    return s.substring(a, b);
  }

  private static boolean isWs(int c) {
    return c < 128 && WS.indexOf(c) >= 0;
  }

  private static boolean isWord(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c)
        == Character.LETTER_NUMBER || Character.getType(c) == Character.OTHER_NUMBER;
  }

  private static boolean isLetter(int c) {
    return isWord(c) && !Character.isDigit(c);
  }

  private static boolean isWordPunct(int c) {
    return isWord(c) || c == '!' || c == '"' || c == '\'' || c == '&' || c == '.' || c == ','
        || c == '?';
  }

  // ---------------------------------------------------------------- options

  /** One wrapping run's settings, read from a TextWrapper's attributes. */
  static final class Opts {
    double width;
    String widthRepr;
    String initialIndent;
    String subsequentIndent;
    boolean expandTabs;
    boolean replaceWhitespace;
    boolean fixSentenceEndings;
    boolean breakLongWords;
    boolean dropWhitespace;
    boolean breakOnHyphens;
    Object tabsize;
    Long maxLines;
    String placeholder;

    static Opts of(Object w) {
      Opts o = new Opts();
      Object width = Ops.getAttr(w, "width");
      Double d = Ops.floatOrNull(width);
      if (d == null) {
        throw Errors.typeError("'<=' not supported between instances of '"
            + Types.typeName(width) + "' and 'int'");
      }
      o.width = d;
      o.widthRepr = Ops.repr(width);
      o.initialIndent = Ops.str(Ops.getAttr(w, "initial_indent"));
      o.subsequentIndent = Ops.str(Ops.getAttr(w, "subsequent_indent"));
      o.expandTabs = Ops.truth(Ops.getAttr(w, "expand_tabs"));
      o.replaceWhitespace = Ops.truth(Ops.getAttr(w, "replace_whitespace"));
      o.fixSentenceEndings = Ops.truth(Ops.getAttr(w, "fix_sentence_endings"));
      o.breakLongWords = Ops.truth(Ops.getAttr(w, "break_long_words"));
      o.dropWhitespace = Ops.truth(Ops.getAttr(w, "drop_whitespace"));
      o.breakOnHyphens = Ops.truth(Ops.getAttr(w, "break_on_hyphens"));
      o.tabsize = Ops.getAttr(w, "tabsize");
      Object ml = Ops.getAttr(w, "max_lines");
      o.maxLines = ml == NONE ? null : Ops.asIndex(ml, "'" + Types.typeName(ml)
          + "' object cannot be interpreted as an integer");
      o.placeholder = Ops.str(Ops.getAttr(w, "placeholder"));
      return o;
    }
  }

  // ---------------------------------------------------------------- the algorithm

  static String munge(Object text, Opts o) {
    if (!(text instanceof String)) {
      String what = o.expandTabs ? "expandtabs" : o.replaceWhitespace ? "translate" : "split";
      throw Errors.attributeError("'" + Types.typeName(text) + "' object has no attribute '"
          + what + "'");
    }
    String s = (String) text;
    if (o.expandTabs) {
      s = (String) Ops.call(Ops.getAttr(s, "expandtabs"), new Object[] {o.tabsize}, null);
    }
    if (o.replaceWhitespace) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        sb.append(isWs(c) ? ' ' : c);
      }
      s = sb.toString();
    }
    return s;
  }

  /** Splits text into chunks: whitespace runs and words (or word pieces). */
  static List<String> split(String text, boolean onHyphens) {
    int[] cp = text.codePoints().toArray();
    int n = cp.length;
    List<String> chunks = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Budget.chargeSteps(1);
      int end;
      if (isWs(cp[i])) {
        end = i;
        while (end < n && isWs(cp[end])) {
          end++;
        }
      } else if (!onHyphens) {
        end = i;
        while (end < n && !isWs(cp[end])) {
          end++;
        }
      } else {
        end = emDashAt(cp, i);
        if (end < 0) {
          end = wordEnd(cp, i);
        }
      }
      chunks.add(new String(cp, i, end - i));
      i = end;
    }
    return chunks;
  }

  /** Length of a run of 2+ hyphens at i followed by a word character, or -1. */
  private static int dashRunEnd(int[] cp, int i) {
    int j = i;
    while (j < cp.length && cp[j] == '-') {
      j++;
    }
    if (j - i >= 2 && j < cp.length && isWord(cp[j])) {
      return j;
    }
    return -1;
  }

  /** An em-dash chunk ("--" between words) starting at i: its end, or -1. */
  private static int emDashAt(int[] cp, int i) {
    if (i == 0 || !isWordPunct(cp[i - 1]) || cp[i] != '-') {
      return -1;
    }
    return dashRunEnd(cp, i);
  }

  /**
   * The end of the word chunk starting at i: the shortest non-empty run of non-space
   * characters that is followed by whitespace or the end, or by a hyphen that joins letters
   * (the hyphen is then part of the chunk), or that ends with word punctuation and is followed
   * by an em-dash.
   */
  private static int wordEnd(int[] cp, int i) {
    int n = cp.length;
    for (int j = i + 1; j <= n; j++) {
      if (isWs(cp[j - 1])) {
        break;
      }
      if (j < n && cp[j] == '-' && !isWs(cp[j]) && hyphenJoins(cp, j)) {
        return j + 1;
      }
      if (j == n || isWs(cp[j])) {
        return j;
      }
      if (isWordPunct(cp[j - 1]) && cp[j] == '-' && dashRunEnd(cp, j) >= 0) {
        return j;
      }
    }
    return n;
  }

  /** For a hyphen at h: letters around it make a break point after it. */
  private static boolean hyphenJoins(int[] cp, int h) {
    int n = cp.length;
    boolean before = h >= 2 && isLetter(cp[h - 1]) && isLetter(cp[h - 2])
        || h >= 3 && isLetter(cp[h - 1]) && cp[h - 2] == '-' && isLetter(cp[h - 3]);
    if (!before) {
      return false;
    }
    int a = h + 1;
    if (a >= n || !isLetter(cp[a])) {
      return false;
    }
    return a + 1 < n && (isLetter(cp[a + 1])
        || cp[a + 1] == '-' && a + 2 < n && isLetter(cp[a + 2]));
  }

  static void fixSentenceEndings(List<String> chunks) {
    int i = 0;
    while (i < chunks.size() - 1) {
      if (chunks.get(i + 1).equals(" ") && endsSentence(chunks.get(i))) {
        chunks.set(i + 1, "  ");
        i += 2;
      } else {
        i++;
      }
    }
  }

  private static boolean endsSentence(String c) {
    int n = c.length();
    if (n > 0 && (c.charAt(n - 1) == '"' || c.charAt(n - 1) == '\'')) {
      n--;
    }
    if (n < 2) {
      return false;
    }
    char p = c.charAt(n - 1);
    char l = c.charAt(n - 2);
    return (p == '.' || p == '!' || p == '?') && l >= 'a' && l <= 'z';
  }

  private static boolean blank(String s) {
    return ((String) Ops.call(Ops.getAttr(s, "strip"), new Object[0], null)).isEmpty();
  }

  private static String lstrip(String s) {
    return (String) Ops.call(Ops.getAttr(s, "lstrip"), new Object[0], null);
  }

  private static String rstrip(String s) {
    return (String) Ops.call(Ops.getAttr(s, "rstrip"), new Object[0], null);
  }

  private static long sumLen(List<String> l) {
    long t = 0;
    for (String s : l) {
      t += len(s);
    }
    return t;
  }

  static List<String> wrapChunks(List<String> chunksIn, Opts o) {
    if (o.width <= 0) {
      throw Errors.valueError("invalid width " + o.widthRepr + " (must be > 0)");
    }
    if (o.maxLines != null) {
      String ind = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
      if (len(ind) + len(lstrip(o.placeholder)) > o.width) {
        throw Errors.valueError("placeholder too large for max width");
      }
    }
    // chunks as a stack: the next chunk is at the end
    List<String> chunks = new ArrayList<>(chunksIn);
    java.util.Collections.reverse(chunks);
    List<String> lines = new ArrayList<>();
    while (!chunks.isEmpty()) {
      Budget.chargeSteps(1);
      List<String> cur = new ArrayList<>();
      long curLen = 0;
      String indent = lines.isEmpty() ? o.initialIndent : o.subsequentIndent;
      double width = o.width - len(indent);
      if (o.dropWhitespace && blank(last(chunks)) && !lines.isEmpty()) {
        chunks.remove(chunks.size() - 1);
      }
      while (!chunks.isEmpty()) {
        int l = len(last(chunks));
        if (curLen + l <= width) {
          cur.add(chunks.remove(chunks.size() - 1));
          curLen += l;
        } else {
          break;
        }
      }
      if (!chunks.isEmpty() && len(last(chunks)) > width) {
        handleLongWord(chunks, cur, curLen, width, o);
        curLen = sumLen(cur);
      }
      if (o.dropWhitespace && !cur.isEmpty() && blank(last(cur))) {
        curLen -= len(last(cur));
        cur.remove(cur.size() - 1);
      }
      if (!cur.isEmpty()) {
        boolean fits = o.maxLines == null || lines.size() + 1 < o.maxLines
            || (chunks.isEmpty() || o.dropWhitespace && chunks.size() == 1
                && blank(chunks.get(0))) && curLen <= width;
        if (fits) {
          lines.add(indent + String.join("", cur));
        } else {
          boolean placed = false;
          while (!cur.isEmpty()) {
            if (!blank(last(cur)) && curLen + len(o.placeholder) <= width) {
              cur.add(o.placeholder);
              lines.add(indent + String.join("", cur));
              placed = true;
              break;
            }
            curLen -= len(last(cur));
            cur.remove(cur.size() - 1);
          }
          if (!placed) {
            boolean done = false;
            if (!lines.isEmpty()) {
              String prev = rstrip(lines.get(lines.size() - 1));
              if (len(prev) + len(o.placeholder) <= o.width) {
                lines.set(lines.size() - 1, prev + o.placeholder);
                done = true;
              }
            }
            if (!done) {
              lines.add(indent + lstrip(o.placeholder));
            }
          }
          break;
        }
      }
    }
    return lines;
  }

  private static String last(List<String> l) {
    return l.get(l.size() - 1);
  }

  private static void handleLongWord(List<String> chunks, List<String> cur, long curLen,
      double width, Opts o) {
    double spaceLeft = width < 1 ? 1 : width - curLen;
    if (o.breakLongWords) {
      double end = spaceLeft;
      String chunk = last(chunks);
      int clen = len(chunk);
      if (o.breakOnHyphens && clen > spaceLeft) {
        int[] cp = chunk.codePoints().toArray();
        int hyphen = -1;
        int lim = (int) Math.min(Math.ceil(spaceLeft), clen);
        for (int k = lim - 1; k >= 0; k--) {
          if (cp[k] == '-') {
            hyphen = k;
            break;
          }
        }
        if (hyphen > 0) {
          boolean nonDash = false;
          for (int k = 0; k < hyphen; k++) {
            if (cp[k] != '-') {
              nonDash = true;
              break;
            }
          }
          if (nonDash) {
            end = hyphen + 1;
          }
        }
      }
      int e = (int) Math.max(0, Math.min(end, clen));
      if (end != Math.floor(end)) {
        throw Errors.typeError("slice indices must be integers or None or have an __index__"
            + " method");
      }
      cur.add(slice(chunk, 0, e));
      chunks.set(chunks.size() - 1, slice(chunk, e, clen));
    } else if (cur.isEmpty()) {
      cur.add(chunks.remove(chunks.size() - 1));
    }
  }

  static List<String> wrap(Object wrapper, Object text) {
    Opts o = Opts.of(wrapper);
    String s = munge(text, o);
    List<String> chunks = split(s, o.breakOnHyphens);
    if (o.fixSentenceEndings) {
      fixSentenceEndings(chunks);
    }
    return wrapChunks(chunks, o);
  }

  // ---------------------------------------------------------------- dedent / indent

  static String dedent(Object textObj) {
    if (!(textObj instanceof String)) {
      throw Errors.typeError("expected string or bytes-like object, got '"
          + Types.typeName(textObj) + "'");
    }
    String[] lines = ((String) textObj).split("\n", -1);
    Budget.chargeSteps(lines.length);
    String margin = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int k = 0;
      while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
        k++;
      }
      if (k == line.length()) {
        lines[i] = "";
        continue;
      }
      String ind = line.substring(0, k);
      if (margin == null) {
        margin = ind;
      } else if (ind.startsWith(margin)) {
        continue;
      } else if (margin.startsWith(ind)) {
        margin = ind;
      } else {
        int m = 0;
        while (m < margin.length() && m < ind.length() && margin.charAt(m) == ind.charAt(m)) {
          m++;
        }
        margin = margin.substring(0, m);
      }
    }
    if (margin != null && !margin.isEmpty()) {
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].startsWith(margin)) {
          lines[i] = lines[i].substring(margin.length());
        }
      }
    }
    return String.join("\n", lines);
  }

  static String indent(Object text, Object prefix, Object predicate) {
    Object parts = Ops.call(Ops.getAttr(text, "splitlines"), new Object[] {true}, null);
    StringBuilder sb = new StringBuilder();
    for (Object l : dev.moat.runtime.Builtins.toArray(parts)) {
      Budget.chargeSteps(1);
      String line = (String) l;
      boolean add = predicate == NONE ? !blank(line)
          : Ops.truth(Ops.call(predicate, new Object[] {line}, null));
      if (add && !(prefix instanceof String)) {
        throw Errors.typeError("unsupported operand type(s) for +: '" + Types.typeName(prefix)
            + "' and 'str'");
      }
      if (add) {
        Budget.reserveMemory(2L * (sb.length() + line.length() + ((String) prefix).length()));
        sb.append((String) prefix);
      }
      sb.append(line);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- module

  private static Object newWrapper(PyType cls, Object width, PyDict kwargs) {
    Object[] args = new Object[1 + kwargs.size()];
    String[] names = new String[args.length];
    args[0] = width;
    names[0] = "width";
    int i = 1;
    for (PyDict.Entry e : kwargs.entries()) {
      args[i] = e.value;
      names[i++] = (String) e.key;
    }
    return Ops.call(cls, args, names);
  }

  @Override
  public PyModule create(String name) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "textwrap");
    ns.put("__init__", BuiltinFunction.of("TextWrapper.__init__", INIT_PARAMS, a -> {
      for (int i = 0; i < OPTIONS.length; i++) {
        Ops.setAttr(a[0], OPTIONS[i], a[i + 1]);
      }
      return NONE;
    }));
    ns.put("wrap", BuiltinFunction.of("wrap", "self, text", a -> {
      PyList out = new PyList();
      for (String l : wrap(a[0], a[1])) {
        out.append(l);
      }
      return out;
    }));
    ns.put("fill", BuiltinFunction.of("fill", "self, text", a -> {
      Object lines = Ops.call(Ops.getAttr(a[0], "wrap"), new Object[] {a[1]}, null);
      return Ops.call(Ops.getAttr("\n", "join"), new Object[] {lines}, null);
    }));
    PyType wrapperType = PyType.createClass("TextWrapper", new PyType[0], ns);

    return ModuleBuilder.named("textwrap")
        .constant("TextWrapper", wrapperType)
        .function("wrap", "text, width=70, **kwargs", a -> Ops.call(Ops.getAttr(
            newWrapper(wrapperType, a[1], (PyDict) a[2]), "wrap"), new Object[] {a[0]}, null))
        .function("fill", "text, width=70, **kwargs", a -> Ops.call(Ops.getAttr(
            newWrapper(wrapperType, a[1], (PyDict) a[2]), "fill"), new Object[] {a[0]}, null))
        .function("shorten", "text, width, **kwargs", a -> {
          PyDict kw = ((PyDict) a[2]).copy();
          if (kw.containsKey("max_lines")) {
            throw Errors.typeError("textwrap.TextWrapper() got multiple values for keyword"
                + " argument 'max_lines'");
          }
          kw.put("max_lines", 1L);
          Object w = newWrapper(wrapperType, a[1], kw);
          Object stripped = Ops.call(Ops.getAttr(a[0], "strip"), new Object[0], null);
          Object words = Ops.call(Ops.getAttr(stripped, "split"), new Object[0], null);
          Object joined = Ops.call(Ops.getAttr(" ", "join"), new Object[] {words}, null);
          return Ops.call(Ops.getAttr(w, "fill"), new Object[] {joined}, null);
        })
        .function("dedent", "text", a -> dedent(a[0]))
        .function("indent", "text, prefix, predicate=None", a -> indent(a[0], a[1], a[2]))
        .build();
  }
}
