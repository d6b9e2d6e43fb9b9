package dev.moat.stdlib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a Python (CPython 3.11 {@code re._parser}) regular expression, reporting CPython's
 * errors and positions, and translates it to an equivalent {@link java.util.regex.Pattern}
 * source. Every literal is emitted as {@code \x{h}} and every class/anchor explicitly, so the
 * Java pattern needs no flags other than case-insensitivity.
 */
final class ReParser {
  static final int I = 2;
  static final int L = 4;
  static final int M = 8;
  static final int S = 16;
  static final int U = 32;
  static final int X = 64;
  static final int A = 256;
  static final long MAXREPEAT = 4294967295L;

  /** A syntax error: message and code-point position (or -1). */
  static final class Error extends RuntimeException {
    final String msg;
    final int pos;

    Error(String msg, int pos) {
      super(msg, null, false, false);
      this.msg = msg;
      this.pos = pos;
    }
  }

  /** The translation result. */
  static final class Result {
    String java;
    int flags;
    int groups;
    Map<String, Integer> groupindex = new LinkedHashMap<>();
    /**
     * True when the Java pattern has extra (marker) groups, so Python group i must be read as
     * the Java group named "g" + i.
     */
    boolean named;
  }

  private static final class Item {
    final String java;
    final long lo;
    final long hi;
    final int kind;

    Item(String java, long lo, long hi, int kind) {
      this.java = java;
      this.lo = lo;
      this.hi = hi;
      this.kind = kind;
    }
  }

  private static final int K_OTHER = 0;
  private static final int K_AT = 1;
  private static final int K_REPEAT = 2;

  private final int[] s;
  private int index;
  private String next;
  private int nextLen;
  private int flags;
  private int groupsOpen = 1;
  private final List<long[]> groupWidths = new ArrayList<>();
  private final Map<String, Integer> groupdict = new LinkedHashMap<>();
  private Integer lookbehindGroups;
  /** A bytes pattern (given as Latin-1 text): ASCII classes and case rules, no u/U/N escapes. */
  private final boolean bytes;
  /**
   * Set when the pattern may contain a conditional group: every group then ends with an empty
   * marker group "c" + n, which has matched exactly when group n has (the translation of
   * {@code (?(n)yes|no)} tests it with a backreference).
   */
  private final boolean markers;
  /** Numbered conditional references and where they were made (checked at the end). */
  private final Map<Integer, Integer> condRefs = new LinkedHashMap<>();

  private ReParser(String pattern, int flags, boolean bytes) {
    this.s = pattern.codePoints().toArray();
    this.flags = flags;
    this.bytes = bytes;
    this.markers = pattern.contains("(?(");
    groupWidths.add(null);
    advance();
  }

  static Result parse(String pattern, int flags) {
    return parse(pattern, flags, false);
  }

  /** Parses a str pattern, or a bytes pattern given as Latin-1 text. */
  static Result parse(String pattern, int flags, boolean bytes) {
    ReParser p = new ReParser(pattern, flags, bytes);
    Item sub = p.parseSub((flags & X) != 0, 0);
    if (bytes) {
      if ((p.flags & U) != 0) {
        throw new Error("cannot use UNICODE flag with a bytes pattern", -2);
      }
      if ((p.flags & L) != 0 && (p.flags & A) != 0) {
        throw new Error("ASCII and LOCALE flags are incompatible", -2);
      }
    } else if ((p.flags & L) != 0) {
      throw new Error("cannot use LOCALE flag with a str pattern", -2);
    } else if ((p.flags & A) == 0) {
      p.flags |= U;
    } else if ((p.flags & U) != 0) {
      throw new Error("ASCII and UNICODE flags are incompatible", -2);
    }
    if (p.next != null) {
      throw p.error("unbalanced parenthesis", 0);
    }
    for (Map.Entry<Integer, Integer> e : p.condRefs.entrySet()) {
      if (e.getKey() >= p.groupsOpen) {
        throw new Error("invalid group reference " + e.getKey(), e.getValue());
      }
    }
    Result r = new Result();
    r.named = p.markers;
    r.java = sub.java;
    r.flags = p.flags;
    r.groups = p.groupsOpen - 1;
    r.groupindex.putAll(p.groupdict);
    return r;
  }

  // ------------------------------------------------------------------ tokenizer

  private void advance() {
    if (index >= s.length) {
      next = null;
      nextLen = 0;
      return;
    }
    int c = s[index];
    if (c == '\\') {
      if (index + 1 >= s.length) {
        throw new Error("bad escape (end of pattern)", s.length - 1);
      }
      next = "\\" + new String(Character.toChars(s[index + 1]));
      nextLen = 2;
      index += 2;
    } else {
      next = new String(Character.toChars(c));
      nextLen = 1;
      index += 1;
    }
  }

  private boolean match(char c) {
    if (next != null && next.length() == 1 && next.charAt(0) == c) {
      advance();
      return true;
    }
    return false;
  }

  private String get() {
    String t = next;
    advance();
    return t;
  }

  private int tell() {
    return index - nextLen;
  }

  private Error error(String msg, int offset) {
    return new Error(msg, tell() - offset);
  }

  private static int cpLen(String t) {
    return t.codePointCount(0, t.length());
  }

  private static boolean isChar(String t, String set) {
    return t != null && t.length() == 1 && set.indexOf(t.charAt(0)) >= 0;
  }

  private String getWhile(int n, String charset) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (!isChar(next, charset)) {
        break;
      }
      sb.append(next);
      advance();
    }
    return sb.toString();
  }

  private String getUntil(char terminator, String name) {
    StringBuilder result = new StringBuilder();
    while (true) {
      String c = next;
      advance();
      if (c == null) {
        if (result.length() == 0) {
          throw error("missing " + name, 0);
        }
        throw error("missing " + terminator + ", unterminated name", cpLen(result.toString()));
      }
      if (c.length() == 1 && c.charAt(0) == terminator) {
        if (result.length() == 0) {
          throw error("missing " + name, 1);
        }
        break;
      }
      result.append(c);
    }
    return result.toString();
  }

  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
      return false;
    }
    for (int i = Character.charCount(first); i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private void checkGroupName(String name, int offset) {
    if (!isIdentifier(name)) {
      throw error("bad character in group name " + dev.moat.runtime.Ops.repr(name), cpLen(name) + offset);
    }
  }

  private boolean checkGroup(int gid) {
    return gid < groupsOpen && groupWidths.get(gid) != null;
  }

  private void checkLookbehindGroup(int gid, int offset) {
    if (lookbehindGroups != null) {
      if (!checkGroup(gid)) {
        throw error("cannot refer to an open group", offset);
      }
      if (gid >= lookbehindGroups) {
        throw error("cannot refer to group defined in the same lookbehind subpattern", offset);
      }
    }
  }

  // ------------------------------------------------------------------ emission helpers

  static String lit(int cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
      return String.valueOf((char) cp);
    }
    return "\\x{" + Integer.toHexString(cp) + "}";
  }

  private boolean ascii(int fl) {
    return bytes || (fl & A) != 0;
  }

  /** Class body (without brackets) for a category escape letter d, s, w. */
  private static String categoryBody(char c, boolean ascii) {
    switch (c) {
      case 'd':
        return ascii ? "0-9" : "\\p{Nd}";
      case 's':
        return ascii ? "\\x{9}-\\x{d}\\x{20}"
            : "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
              + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";
      default:
        return ascii ? "a-zA-Z0-9_" : "\\p{L}\\p{N}_";
    }
  }

  /** The class member for \d \D \s \S \w \W (inside a class). */
  private static String categoryMember(char c, boolean ascii) {
    char lower = Character.toLowerCase(c);
    String body = categoryBody(lower, ascii);
    return c == lower ? body : "[^" + body + "]";
  }

  // ------------------------------------------------------------------ parsing

  private Item parseSub(boolean verbose, int nested) {
    List<Item> branches = new ArrayList<>();
    int start = tell();
    while (true) {
      branches.add(parseSeq(verbose, nested + 1, nested == 0 && branches.isEmpty()));
      if (!match('|')) {
        break;
      }
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    StringBuilder sb = new StringBuilder("(?:");
    long lo = Long.MAX_VALUE;
    long hi = 0;
    for (int i = 0; i < branches.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      Item b = branches.get(i);
      sb.append(b.java);
      lo = Math.min(lo, b.lo);
      hi = Math.max(hi, b.hi);
    }
    sb.append(')');
    return new Item(sb.toString(), lo, hi, K_OTHER);
  }

  private Item parseSeq(boolean verbose, int nested, boolean first) {
    List<Item> items = new ArrayList<>();
    while (true) {
      String t = next;
      if (t == null || isChar(t, "|)")) {
        break;
      }
      advance();
      if (verbose) {
        if (isChar(t, " \t\n\r\u000b\f")) {
          continue;
        }
        if (t.equals("#")) {
          while (true) {
            t = get();
            if (t == null || t.equals("\n")) {
              break;
            }
          }
          continue;
        }
      }
      if (t.charAt(0) == '\\') {
        items.add(escape(t));
      } else if (!isChar(t, ".\\[{()*+?^$|")) {
        items.add(new Item(lit(t.codePointAt(0)), 1, 1, K_OTHER));
      } else if (t.equals("[")) {
        items.add(parseClass());
      } else if (isChar(t, "*+?{")) {
        int here = tell();
        long min;
        long max;
        if (t.equals("?")) {
          min = 0;
          max = 1;
        } else if (t.equals("*")) {
          min = 0;
          max = MAXREPEAT;
        } else if (t.equals("+")) {
          min = 1;
          max = MAXREPEAT;
        } else {
          if ("}".equals(next)) {
            items.add(new Item(lit('{'), 1, 1, K_OTHER));
            continue;
          }
          min = 0;
          max = MAXREPEAT;
          String lo = getWhile(Integer.MAX_VALUE, "0123456789");
          String hi;
          if (match(',')) {
            hi = getWhile(Integer.MAX_VALUE, "0123456789");
          } else {
            hi = lo;
          }
          if (!match('}')) {
            items.add(new Item(lit('{'), 1, 1, K_OTHER));
            seek(here);
            continue;
          }
          if (!lo.isEmpty()) {
            min = parseCount(lo);
          }
          if (!hi.isEmpty()) {
            max = parseCount(hi);
            if (max < min) {
              throw error("min repeat greater than max repeat", tell() - here);
            }
          }
        }
        Item item = items.isEmpty() ? null : items.get(items.size() - 1);
        if (item == null || item.kind == K_AT) {
          throw error("nothing to repeat", tell() - here + 1);
        }
        if (item.kind == K_REPEAT) {
          throw error("multiple repeat", tell() - here + 1);
        }
        String q;
        if (min == 0 && max == MAXREPEAT) {
          q = "*";
        } else if (min == 1 && max == MAXREPEAT) {
          q = "+";
        } else if (min == 0 && max == 1) {
          q = "?";
        } else if (max == MAXREPEAT) {
          q = "{" + Math.min(min, Integer.MAX_VALUE) + ",}";
        } else if (min == max) {
          q = "{" + Math.min(min, Integer.MAX_VALUE) + "}";
        } else {
          q = "{" + Math.min(min, Integer.MAX_VALUE) + "," + Math.min(max, Integer.MAX_VALUE)
              + "}";
        }
        if (match('?')) {
          q += "?";
        } else if (match('+')) {
          q += "+";
        }
        long lo = Math.min(item.lo * min, MAXREPEAT - 1);
        long hi = item.hi == 0 ? 0 : (max == MAXREPEAT ? MAXREPEAT
            : Math.min(item.hi * max, MAXREPEAT));
        items.set(items.size() - 1, new Item("(?:" + item.java + ")" + q, lo, hi, K_REPEAT));
      } else if (t.equals(".")) {
        items.add(new Item((flags & S) != 0 ? "[\\x{0}-\\x{10ffff}]" : "[^\\x{a}]", 1, 1,
            K_OTHER));
      } else if (t.equals("(")) {
        Item g = parseGroup(verbose, nested, first, items.isEmpty());
        if (g == GLOBAL_FLAGS) {
          verbose = (flags & X) != 0;
          continue;
        }
        if (g != null) {
          items.add(g);
        }
      } else if (t.equals("^")) {
        items.add(new Item((flags & M) != 0 ? "(?<![^\\x{a}])" : "^", 0, 0, K_AT));
      } else if (t.equals("$")) {
        items.add(new Item((flags & M) != 0 ? "(?=\\x{a}|\\z)" : "(?=\\x{a}?\\z)", 0, 0,
            K_AT));
      }
    }
    StringBuilder sb = new StringBuilder();
    long lo = 0;
    long hi = 0;
    for (Item it : items) {
      sb.append(it.java);
      lo = Math.min(lo + it.lo, MAXREPEAT - 1);
      hi = Math.min(hi + it.hi, MAXREPEAT);
    }
    int kind = items.size() == 1 ? items.get(0).kind : K_OTHER;
    return new Item(sb.toString(), lo, hi, kind == K_REPEAT ? K_OTHER : kind);
  }

  private static final Item GLOBAL_FLAGS = new Item("", 0, 0, K_OTHER);

  private void seek(int pos) {
    index = pos;
    advance();
  }

  private static long parseCount(String digits) {
    if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
      throw new Error("the repetition number is too large", -3);
    }
    return Long.parseLong(digits);
  }

  /** Parses after "(": returns the item, null (comment), or GLOBAL_FLAGS. */
  private Item parseGroup(boolean verbose, int nested, boolean first, boolean emptySoFar) {
    int start = tell() - 1;
    boolean capture = true;
    boolean atomic = false;
    String name = null;
    int addFlags = 0;
    int delFlags = 0;
    if (match('?')) {
      String c = get();
      if (c == null) {
        throw error("unexpected end of pattern", 0);
      }
      if (c.equals("P")) {
        if (match('<')) {
          name = getUntil('>', "group name");
          checkGroupName(name, 1);
        } else if (match('=')) {
          String ref = getUntil(')', "group name");
          checkGroupName(ref, 1);
          Integer gid = groupdict.get(ref);
          if (gid == null) {
            throw error("unknown group name " + dev.moat.runtime.Ops.repr(ref), cpLen(ref) + 1);
          }
          if (!checkGroup(gid)) {
            throw error("cannot refer to an open group", cpLen(ref) + 1);
          }
          checkLookbehindGroup(gid, cpLen(ref) + 1);
          long[] w = groupWidths.get(gid);
          return new Item("\\k<g" + gid + ">", w[0], w[1], K_OTHER);
        } else {
          String c2 = get();
          if (c2 == null) {
            throw error("unexpected end of pattern", 0);
          }
          throw error("unknown extension ?P" + c2, cpLen(c2) + 2);
        }
      } else if (c.equals(":")) {
        capture = false;
      } else if (c.equals("#")) {
        while (true) {
          if (next == null) {
            throw error("missing ), unterminated comment", tell() - start);
          }
          if (")".equals(get())) {
            break;
          }
        }
        return null;
      } else if (isChar(c, "=!<")) {
        boolean behind = false;
        if (c.equals("<")) {
          c = get();
          if (c == null) {
            throw error("unexpected end of pattern", 0);
          }
          if (!isChar(c, "=!")) {
            throw error("unknown extension ?<" + c, cpLen(c) + 2);
          }
          behind = true;
        }
        Integer saved = lookbehindGroups;
        if (behind && saved == null) {
          lookbehindGroups = groupsOpen;
        }
        Item p = parseSub(verbose, nested + 1);
        if (behind && saved == null) {
          lookbehindGroups = null;
        }
        if (!match(')')) {
          throw error("missing ), unterminated subpattern", tell() - start);
        }
        if (behind && p.lo != p.hi) {
          throw new Error("look-behind requires fixed-width pattern", -1);
        }
        String op = (behind ? "(?<" : "(?") + c;
        return new Item(op + p.java + ")", 0, 0, K_OTHER);
      } else if (c.equals("(")) {
        return conditional(verbose, nested, start);
      } else if (c.equals(">")) {
        capture = false;
        atomic = true;
      } else if (isChar(c, "aiLmsux-")) {
        int[] fl = parseFlags(c);
        if (fl == null) {
          if (!first || !emptySoFar) {
            throw error("global flags not at the start of the expression", tell() - start);
          }
          return GLOBAL_FLAGS;
        }
        addFlags = fl[0];
        delFlags = fl[1];
        capture = false;
      } else {
        throw error("unknown extension ?" + c, cpLen(c) + 1);
      }
    }
    int group = -1;
    if (capture) {
      group = groupsOpen++;
      groupWidths.add(null);
      if (name != null) {
        Integer ogid = groupdict.get(name);
        if (ogid != null) {
          throw error("redefinition of group name " + dev.moat.runtime.Ops.repr(name) + " as group " + group
              + "; was group " + ogid, cpLen(name) + 1);
        }
        groupdict.put(name, group);
      }
    }
    boolean subVerbose = (verbose || (addFlags & X) != 0) && (delFlags & X) == 0;
    int savedFlags = flags;
    flags = (flags | addFlags) & ~delFlags;
    Item p;
    try {
      p = parseSub(subVerbose, nested + 1);
    } finally {
      flags = savedFlags;
    }
    if (!match(')')) {
      throw error("missing ), unterminated subpattern", tell() - start);
    }
    if (group >= 0) {
      groupWidths.set(group, new long[] {p.lo, p.hi});
      String marker = markers ? "(?<c" + group + ">)" : "";
      return new Item("(?<g" + group + ">" + p.java + marker + ")", p.lo, p.hi, K_OTHER);
    }
    if (atomic) {
      return new Item("(?>" + p.java + ")", p.lo, p.hi, K_OTHER);
    }
    StringBuilder open = new StringBuilder("(?");
    if ((addFlags & I) != 0) {
      open.append(ascii(flags | addFlags) ? "i" : "iu");
    }
    if ((delFlags & I) != 0) {
      open.append("-i");
    }
    open.append(':');
    return new Item(open + p.java + ")", p.lo, p.hi, K_OTHER);
  }

  private static final long MAXGROUPS = 1073741823L;

  /** {@code (?(group)yes|no)}, after "(?(" (CPython's GROUPREF_EXISTS). */
  private Item conditional(boolean verbose, int nested, int start) {
    String condname = getUntil(')', "group name");
    int condgroup;
    if (isIdentifier(condname)) {
      Integer g = groupdict.get(condname);
      if (g == null) {
        throw error("unknown group name " + dev.moat.runtime.Ops.repr(condname),
            cpLen(condname) + 1);
      }
      condgroup = g;
    } else {
      java.math.BigInteger v = intOrNull(condname);
      if (v == null || v.signum() < 0) {
        throw error("bad character in group name " + dev.moat.runtime.Ops.repr(condname),
            cpLen(condname) + 1);
      }
      if (v.signum() == 0) {
        throw error("bad group number", cpLen(condname) + 1);
      }
      if (v.compareTo(java.math.BigInteger.valueOf(MAXGROUPS)) >= 0) {
        throw error("invalid group reference " + v, cpLen(condname) + 1);
      }
      condgroup = v.intValue();
      condRefs.putIfAbsent(condgroup, tell() - cpLen(condname) - 1);
    }
    if (lookbehindGroups != null) {
      if (!checkGroup(condgroup)) {
        throw error("cannot refer to an open group", 0);
      }
      if (condgroup >= lookbehindGroups) {
        throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
      }
    }
    Item yes = parseSeq(verbose, nested + 1, false);
    Item no = null;
    if (match('|')) {
      no = parseSeq(verbose, nested + 1, false);
      if ("|".equals(next)) {
        throw error("conditional backref with more than two branches", 0);
      }
    }
    if (!match(')')) {
      throw error("missing ), unterminated subpattern", tell() - start);
    }
    String ref = "\\k<c" + condgroup + ">";
    String java = "(?:" + ref + "(?:" + yes.java + ")|(?!" + ref + ")(?:"
        + (no == null ? "" : no.java) + "))";
    long lo = no == null ? 0 : Math.min(yes.lo, no.lo);
    long hi = no == null ? yes.hi : Math.max(yes.hi, no.hi);
    return new Item(java, lo, hi, K_OTHER);
  }

  /** Python's int() of a group reference ("+1", " 2 ", "1_0"), or null. */
  private static java.math.BigInteger intOrNull(String text) {
    String t = text.strip();
    if (t.startsWith("+") || t.startsWith("-")) {
      t = (t.charAt(0) == '-' ? "-" : "") + t.substring(1);
    }
    String digits = t.startsWith("-") ? t.substring(1) : t;
    if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_")
        || digits.contains("__")) {
      return null;
    }
    StringBuilder sb = new StringBuilder(t.startsWith("-") ? "-" : "");
    for (int i = 0; i < digits.length(); ) {
      int cp = digits.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '_') {
        continue;
      }
      int d = Character.digit(cp, 10);
      if (d < 0 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
        return null;
      }
      sb.append((char) ('0' + d));
    }
    return new java.math.BigInteger(sb.toString());
  }

  private static int flagOf(String c) {
    switch (c) {
      case "a": return A;
      case "i": return I;
      case "L": return L;
      case "m": return M;
      case "s": return S;
      case "u": return U;
      case "x": return X;
      default: return 0;
    }
  }

  private static final int TYPE_FLAGS = A | L | U;

  private int[] parseFlags(String c) {
    int add = 0;
    int del = 0;
    if (!c.equals("-")) {
      while (true) {
        int flag = flagOf(c);
        if (!bytes && c.equals("L")) {
          throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
        }
        if (bytes && c.equals("u")) {
          throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
        }
        add |= flag;
        if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
          throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
        }
        c = get();
        if (c == null) {
          throw error("missing -, : or )", 0);
        }
        if (isChar(c, ")-:")) {
          break;
        }
        if (flagOf(c) == 0) {
          throw error(Character.isLetter(c.codePointAt(0)) ? "unknown flag"
              : "missing -, : or )", cpLen(c));
        }
      }
    }
    if (c.equals(")")) {
      flags |= add;
      return null;
    }
    if (c.equals("-")) {
      c = get();
      if (c == null) {
        throw error("missing flag", 0);
      }
      if (flagOf(c) == 0) {
        throw error(Character.isLetter(c.codePointAt(0)) ? "unknown flag" : "missing flag",
            cpLen(c));
      }
      while (true) {
        int flag = flagOf(c);
        if ((flag & TYPE_FLAGS) != 0) {
          throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
        }
        del |= flag;
        c = get();
        if (c == null) {
          throw error("missing :", 0);
        }
        if (c.equals(":")) {
          break;
        }
        if (flagOf(c) == 0) {
          throw error(Character.isLetter(c.codePointAt(0)) ? "unknown flag" : "missing :",
              cpLen(c));
        }
      }
    }
    if ((add & del) != 0) {
      throw error("bad inline flags: flag turned on and off", 1);
    }
    return new int[] {add, del};
  }

  // ------------------------------------------------------------------ escapes

  private static final String HEX = "0123456789abcdefABCDEF";
  private static final String OCT = "01234567";
  private static final String DIGITS = "0123456789";

  private static int simpleEscape(char c) {
    switch (c) {
      case 'a': return 7;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'v': return 11;
      case '\\': return '\\';
      default: return -1;
    }
  }

  private static boolean asciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** x, u, U, N escapes; returns the code point or -1 when c is none of them. */
  private int unicodeEscape(String esc, char c) {
    if (bytes && c != 'x') {
      return -1; // u, U and N escapes are bad escapes in bytes patterns
    }
    int n;
    switch (c) {
      case 'x': n = 2; break;
      case 'u': n = 4; break;
      case 'U': n = 8; break;
      case 'N': {
        if (!match('{')) {
          throw error("missing {", 0);
        }
        String charname = getUntil('}', "character name");
        int cp;
        try {
          cp = Character.codePointOf(charname);
        } catch (IllegalArgumentException e) {
          throw error("undefined character name " + dev.moat.runtime.Ops.repr(charname),
              cpLen(charname) + 4);
        }
        return cp;
      }
      default:
        return -1;
    }
    String e = esc + getWhile(n, HEX);
    if (e.length() != n + 2) {
      throw error("incomplete escape " + e, e.length());
    }
    long v = Long.parseLong(e.substring(2), 16);
    if (v > 0x10FFFF) {
      throw error("bad escape " + e, e.length());
    }
    return (int) v;
  }

  private Item escape(String esc) {
    char c = esc.length() == 2 ? esc.charAt(1) : 0;
    boolean ascii = ascii(flags);
    switch (c) {
      case 'A': return new Item("\\A", 0, 0, K_AT);
      case 'Z': return new Item("\\z", 0, 0, K_AT);
      case 'b':
      case 'B': {
        String w = "[" + categoryBody('w', ascii) + "]";
        String b = "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))";
        if (c == 'B') {
          b = "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))";
        }
        return new Item(b, 0, 0, K_AT);
      }
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        return new Item("[" + categoryMember(c, ascii) + "]", 1, 1, K_OTHER);
      default:
        break;
    }
    int se = simpleEscape(c);
    if (se >= 0) {
      return new Item(lit(se), 1, 1, K_OTHER);
    }
    int u = unicodeEscape(esc, c);
    if (u >= 0) {
      return new Item(lit(u), 1, 1, K_OTHER);
    }
    if (c == '0') {
      String e = esc + getWhile(2, OCT);
      return new Item(lit(Integer.parseInt(e.substring(1), 8)), 1, 1, K_OTHER);
    }
    if (c >= '1' && c <= '9') {
      String e = esc;
      if (isChar(next, DIGITS)) {
        e += get();
        if (OCT.indexOf(e.charAt(1)) >= 0 && OCT.indexOf(e.charAt(2)) >= 0
            && isChar(next, OCT)) {
          e += get();
          int v = Integer.parseInt(e.substring(1), 8);
          if (v > 0377) {
            throw error("octal escape value " + e + " outside of range 0-0o377", e.length());
          }
          return new Item(lit(v), 1, 1, K_OTHER);
        }
      }
      int group = Integer.parseInt(e.substring(1));
      if (group < groupsOpen) {
        if (!checkGroup(group)) {
          throw error("cannot refer to an open group", e.length());
        }
        checkLookbehindGroup(group, e.length());
        long[] w = groupWidths.get(group);
        return new Item("\\k<g" + group + ">", w[0], w[1], K_OTHER);
      }
      throw error("invalid group reference " + group, e.length() - 1);
    }
    int cp = esc.codePointAt(1);
    if (asciiLetter(cp)) {
      throw error("bad escape " + esc, cpLen(esc));
    }
    return new Item(lit(cp), 1, 1, K_OTHER);
  }

  /** A class escape: returns [kind, value] where kind 0 = literal code point, 1 = member. */
  private Object classEscape(String esc) {
    char c = esc.length() == 2 ? esc.charAt(1) : 0;
    if (c == 'b') {
      return 8;
    }
    int se = simpleEscape(c);
    if (se >= 0) {
      return se;
    }
    if ("dDsSwW".indexOf(c) >= 0 && c != 0) {
      return categoryMember(c, ascii(flags));
    }
    int u = unicodeEscape(esc, c);
    if (u >= 0) {
      return u;
    }
    if (c >= '0' && c <= '7') {
      String e = esc + getWhile(2, OCT);
      int v = Integer.parseInt(e.substring(1), 8);
      if (v > 0377) {
        throw error("octal escape value " + e + " outside of range 0-0o377", e.length());
      }
      return v;
    }
    int cp = esc.codePointAt(1);
    if (c == '8' || c == '9' || asciiLetter(cp)) {
      throw error("bad escape " + esc, cpLen(esc));
    }
    return cp;
  }

  private Item parseClass() {
    int here = tell() - 1;
    StringBuilder body = new StringBuilder();
    boolean nestedMember = false;
    boolean negate = match('^');
    int count = 0;
    while (true) {
      String t = get();
      if (t == null) {
        throw error("unterminated character set", tell() - here);
      }
      if (t.equals("]") && count > 0) {
        break;
      }
      Object code1 = t.charAt(0) == '\\' && t.length() == 2 ? classEscape(t)
          : (Object) t.codePointAt(0);
      count++;
      if (match('-')) {
        String that = get();
        if (that == null) {
          throw error("unterminated character set", tell() - here);
        }
        if (that.equals("]")) {
          nestedMember |= append(body, code1);
          body.append(lit('-'));
          break;
        }
        Object code2 = that.charAt(0) == '\\' && that.length() == 2 ? classEscape(that)
            : (Object) that.codePointAt(0);
        if (!(code1 instanceof Integer) || !(code2 instanceof Integer)) {
          throw error("bad character range " + t + "-" + that, cpLen(t) + 1 + cpLen(that));
        }
        int lo = (Integer) code1;
        int hi = (Integer) code2;
        if (hi < lo) {
          throw error("bad character range " + t + "-" + that, cpLen(t) + 1 + cpLen(that));
        }
        body.append(lit(lo)).append('-').append(lit(hi));
      } else {
        nestedMember |= append(body, code1);
      }
    }
    String java;
    if (!negate) {
      java = "[" + body + "]";
    } else if (!nestedMember) {
      java = "[^" + body + "]";
    } else {
      java = "(?:(?![" + body + "])[\\x{0}-\\x{10ffff}])";
    }
    return new Item(java, 1, 1, K_OTHER);
  }

  private static boolean append(StringBuilder body, Object code) {
    if (code instanceof Integer) {
      body.append(lit((Integer) code));
      return false;
    }
    String m = (String) code;
    body.append(m);
    return m.startsWith("[");
  }

  // ------------------------------------------------------------------ escape()

  /** re.escape (3.7+ rules). */
  static String escapePattern(String p) {
    StringBuilder sb = new StringBuilder(p.length() + 8);
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
