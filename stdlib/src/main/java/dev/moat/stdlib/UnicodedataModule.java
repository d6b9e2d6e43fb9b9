package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * {@code unicodedata} with CPython 3.11's answers (Unicode 14.0.0): the character properties
 * come from a table generated from CPython's database (stdlib/tools/gen_unicodedata_tables.py),
 * names from the JDK plus that table's corrections and the algorithmic CJK/Hangul names, and
 * normalization from {@link java.text.Normalizer} after applying the table's mappings of the
 * characters the JDK does not know.
 */
public final class UnicodedataModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("unicodedata");
  }

  /** Runs of equal values over the code points: value of cp is vals[last start <= cp]. */
  private static final class Runs {
    final int[] starts;
    final String[] vals;

    Runs(List<int[]> s, List<String> v) {
      starts = new int[s.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = s.get(i)[0];
      }
      vals = v.toArray(new String[0]);
    }

    String get(int cp) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= cp) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return vals[lo];
    }
  }

  /** The tables, loaded on first use. */
  private static final class Db {
    static final Runs CAT;
    static final Runs BIDI;
    static final Runs EAW;
    static final Runs CCC;
    static final Runs MIRRORED;
    static final Map<Integer, String> NUM_KIND = new HashMap<>();
    static final Map<Integer, Double> NUM = new HashMap<>();
    static final Map<Integer, String> DECOMP = new HashMap<>();
    /** Names that differ from the rules; a null value means "no name". */
    static final Map<Integer, String> NAMES = new HashMap<>();
    static final Map<String, Integer> BY_NAME = new HashMap<>();
    /** Name aliases and named sequences: upper-case name to the string lookup() returns. */
    static final Map<String, String> ALIASES = new HashMap<>();

    static {
      Map<String, List<int[]>> starts = new HashMap<>();
      Map<String, List<String>> vals = new HashMap<>();
      String section = "";
      try (InputStream in = UnicodedataModule.class.getResourceAsStream("unicodedata.txt.gz");
          BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
              StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith("#")) {
            section = line.substring(1);
            starts.put(section, new ArrayList<>());
            vals.put(section, new ArrayList<>());
            continue;
          }
          int sp = line.indexOf(' ');
          switch (section) {
            case "num": {
              String[] p = line.split(" ");
              int cp = Integer.parseInt(p[0], 16);
              NUM_KIND.put(cp, p[1]);
              NUM.put(cp, Double.parseDouble(p[2]));
              break;
            }
            case "decomp":
              DECOMP.put(Integer.parseInt(line.substring(0, sp), 16), line.substring(sp + 1));
              break;
            case "aliases": {
              int tab = line.indexOf('\t');
              StringBuilder sb = new StringBuilder();
              for (String h : line.substring(tab + 1).split(" ")) {
                sb.appendCodePoint(Integer.parseInt(h, 16));
              }
              ALIASES.put(line.substring(0, tab), sb.toString());
              break;
            }
            case "names":
              if (sp < 0) {
                NAMES.put(Integer.parseInt(line, 16), null);
              } else {
                int cp = Integer.parseInt(line.substring(0, sp), 16);
                NAMES.put(cp, line.substring(sp + 1));
                BY_NAME.put(line.substring(sp + 1), cp);
              }
              break;
            default: {
              String[] p = line.split(" ");
              starts.get(section).add(new int[] {Integer.parseInt(p[0], 16)});
              vals.get(section).add(p[2]);
            }
          }
        }
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("unicodedata tables missing", e);
      }
      CAT = new Runs(starts.get("cat"), vals.get("cat"));
      BIDI = new Runs(starts.get("bidi"), vals.get("bidi"));
      EAW = new Runs(starts.get("eaw"), vals.get("eaw"));
      CCC = new Runs(starts.get("ccc"), vals.get("ccc"));
      MIRRORED = new Runs(starts.get("mirrored"), vals.get("mirrored"));
    }
  }

  private static final int[][] CJK = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF},
      {0x2A700, 0x2B738}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0},
      {0x30000, 0x3134A}};
  private static final String[] JAMO_L = "G GG N D DD R M B BB S SS _ J JJ C K T P H".split(" ");
  private static final String[] JAMO_V =
      "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split(" ");
  private static final String[] JAMO_T =
      "_ G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H".split(" ");

  private static boolean isCjk(int cp) {
    for (int[] r : CJK) {
      if (cp >= r[0] && cp <= r[1]) {
        return true;
      }
    }
    return false;
  }

  private static String hangulName(int cp) {
    int s = cp - 0xAC00;
    StringBuilder sb = new StringBuilder("HANGUL SYLLABLE ");
    for (String p : new String[] {JAMO_L[s / 588], JAMO_V[(s % 588) / 28], JAMO_T[s % 28]}) {
      if (!p.equals("_")) {
        sb.append(p);
      }
    }
    return sb.toString();
  }

  /** CPython's name of {@code cp}, or null. */
  static String nameOf(int cp) {
    if (isCjk(cp)) {
      return String.format("CJK UNIFIED IDEOGRAPH-%X", cp);
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      return hangulName(cp);
    }
    if (Db.NAMES.containsKey(cp)) {
      return Db.NAMES.get(cp);
    }
    String j = Character.getName(cp);
    if (j == null || Character.getType(cp) == Character.CONTROL
        || j.endsWith(String.format(" %X", cp))) {
      return null;
    }
    return j;
  }

  private static String lookupString(String name) {
    String alias = Db.ALIASES.get(name.toUpperCase(Locale.ROOT));
    if (alias != null) {
      return alias;
    }
    Integer cp = lookupName(name);
    return cp == null ? null : new String(Character.toChars(cp));
  }

  private static Integer lookupName(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.startsWith("CJK UNIFIED IDEOGRAPH-")) {
      // the rule-named characters are looked up case-sensitively, as in CPython
      if (!name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
        return null;
      }
      String hex = name.substring(22);
      if ((hex.length() == 4 || hex.length() == 5) && hex.chars().allMatch(
          c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
        int cp = Integer.parseInt(hex, 16);
        if (isCjk(cp)) {
          return cp;
        }
      }
      return null;
    }
    if (n.startsWith("HANGUL SYLLABLE ")) {
      Budget.chargeSteps(100);
      for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
        if (hangulName(cp).equals(name)) {
          return cp;
        }
      }
      return null;
    }
    Integer cp = Db.BY_NAME.get(n);
    if (cp != null) {
      return cp;
    }
    try {
      int c = Character.codePointOf(n);
      String real = nameOf(c);
      return real != null && real.equals(n) ? c : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** How CPython's argument parser names the type of a bad argument. */
  private static String argType(Object o) {
    return o == dev.moat.runtime.PyNone.NONE ? "None" : Types.typeName(o);
  }

  /** The one code point of a single-character string argument. */
  private static int chr(Object o, String fn, boolean numbered) {
    if (o instanceof String) {
      String s = (String) o;
      if (!s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
        return s.codePointAt(0);
      }
    }
    throw Errors.typeError(fn + "() argument " + (numbered ? "1 " : "")
        + "must be a unicode character, not " + argType(o));
  }

  private static Normalizer.Form form(Object f, Object s, String fn) {
    if (!(f instanceof String)) {
      throw Errors.typeError(fn + "() argument 1 must be str, not " + argType(f));
    }
    if (!(s instanceof String)) {
      throw Errors.typeError(fn + "() argument 2 must be str, not " + argType(s));
    }
    switch ((String) f) {
      case "NFC":
        return Normalizer.Form.NFC;
      case "NFD":
        return Normalizer.Form.NFD;
      case "NFKC":
        return Normalizer.Form.NFKC;
      case "NFKD":
        return Normalizer.Form.NFKD;
      default:
        throw Errors.valueError("invalid normalization form");
    }
  }

  private static Object numberOr(Object[] a, String fn, String kinds, String err,
      boolean asFloat) {
    int cp = chr(a[0], fn, true);
    String kind = Db.NUM_KIND.get(cp);
    if (kind == null || kinds.indexOf(kind.charAt(0)) < 0) {
      if (a[1] != Signature.MISSING) {
        return a[1];
      }
      throw Errors.valueError(err);
    }
    double v = Db.NUM.get(cp);
    return asFloat ? (Object) v : (Object) (long) v;
  }

  /**
   * Applies the decomposition mappings of the characters the JDK does not know (added in Unicode
   * 14) before the JDK normalizes: canonical mappings for every form, compatibility ones for
   * NFKC/NFKD. Returns null when the string has no such character.
   */
  private static String predecompose(String s, boolean compat) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      String d = Character.getType(cp) == Character.UNASSIGNED ? Db.DECOMP.get(cp) : null;
      boolean tagged = d != null && d.startsWith("<");
      if (d != null && (compat || !tagged)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        String mapping = tagged ? d.substring(d.indexOf('>') + 1).trim() : d;
        for (String h : mapping.split(" ")) {
          out.appendCodePoint(Integer.parseInt(h, 16));
        }
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out == null ? null : out.toString();
  }

  private static String normalize(Normalizer.Form f, String s) {
    boolean compat = f == Normalizer.Form.NFKC || f == Normalizer.Form.NFKD;
    String pre = predecompose(s, compat);
    for (int round = 0; pre != null && round < 4; round++) {
      s = pre;
      pre = predecompose(s, compat);
    }
    return Normalizer.normalize(s, f);
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("unicodedata")
        .constant("unidata_version", "14.0.0")
        .function("name", "chr, default=?, /", a -> {
          String n = nameOf(chr(a[0], "name", true));
          if (n == null) {
            if (a[1] != Signature.MISSING) {
              return a[1];
            }
            throw Errors.valueError("no such name");
          }
          return n;
        })
        .function("lookup", "name, /", a -> {
          if (!(a[0] instanceof String)) {
            throw Errors.typeError("a bytes-like object is required, not '"
                + Types.typeName(a[0]) + "'");
          }
          String n = (String) a[0];
          if (n.length() > 256) {
            throw Errors.keyError("name too long");
          }
          String found = lookupString(n);
          if (found == null) {
            throw Errors.keyError("undefined character name '" + n + "'");
          }
          return found;
        })
        .function("category", "chr, /", a -> Db.CAT.get(chr(a[0], "category", false)))
        .function("bidirectional", "chr, /", a -> {
          String v = Db.BIDI.get(chr(a[0], "bidirectional", false));
          return v.equals("-") ? "" : v;
        })
        .function("combining", "chr, /",
            a -> Long.parseLong(Db.CCC.get(chr(a[0], "combining", false))))
        .function("east_asian_width", "chr, /",
            a -> Db.EAW.get(chr(a[0], "east_asian_width", false)))
        .function("mirrored", "chr, /",
            a -> Long.parseLong(Db.MIRRORED.get(chr(a[0], "mirrored", false))))
        .function("decimal", "chr, default=?, /",
            a -> numberOr(a, "decimal", "d", "not a decimal", false))
        .function("digit", "chr, default=?, /",
            a -> numberOr(a, "digit", "dg", "not a digit", false))
        .function("numeric", "chr, default=?, /",
            a -> numberOr(a, "numeric", "dgn", "not a numeric character", true))
        .function("decomposition", "chr, /",
            a -> Db.DECOMP.getOrDefault(chr(a[0], "decomposition", false), ""))
        .function("normalize", "form, unistr, /", a -> {
          Normalizer.Form f = form(a[0], a[1], "normalize");
          String s = (String) a[1];
          Budget.chargeSteps(1 + s.length() / 16);
          Budget.reserveMemory(2L * 18 * s.length());
          return normalize(f, s);
        })
        .function("is_normalized", "form, unistr, /", a -> {
          Normalizer.Form f = form(a[0], a[1], "is_normalized");
          String s = (String) a[1];
          Budget.chargeSteps(1 + s.length() / 16);
          if (predecompose(s, f == Normalizer.Form.NFKC || f == Normalizer.Form.NFKD) != null) {
            return normalize(f, s).equals(s);
          }
          return Normalizer.isNormalized(s, f);
        })
        .build();
  }
}
