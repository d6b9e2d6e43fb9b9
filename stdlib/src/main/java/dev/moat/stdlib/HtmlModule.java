package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code html}: {@code escape} and {@code unescape} (all HTML5 named character
 * references, numeric references with the standard's replacement rules). The reference tables
 * are data generated from CPython by {@code stdlib/tools/gen_html_entities.py}; the
 * {@code html.entities} submodule exposes {@code html5}, {@code name2codepoint} and
 * {@code codepoint2name}.
 */
public final class HtmlModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("html", "html.entities");
  }

  /** The tables, loaded once on first use. */
  private static final class Tables {
    static final Map<String, String> NAMED = new java.util.LinkedHashMap<>();
    static final Map<Integer, String> REPLACED = new HashMap<>();
    static final Set<Integer> DROPPED = new HashSet<>();
    /** HTML 4 names in CPython's order. */
    static final java.util.List<String[]> HTML4 = new java.util.ArrayList<>();

    static {
      try (InputStream in = HtmlModule.class.getResourceAsStream("html_entities.txt");
          BufferedReader r = new BufferedReader(new InputStreamReader(in,
              StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] f = line.split("\t", -1);
          switch (f[0]) {
            case "N" -> NAMED.put(f[1], codePoints(f[2]));
            case "R" -> REPLACED.put(Integer.parseInt(f[1], 16), codePoints(f[2]));
            case "I" -> DROPPED.add(Integer.parseInt(f[1], 16));
            case "H" -> HTML4.add(new String[] {f[1], f[2]});
            default -> throw new IllegalStateException("bad html entity table");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String codePoints(String hex) {
      StringBuilder sb = new StringBuilder();
      for (String h : hex.split(" ")) {
        sb.appendCodePoint(Integer.parseInt(h, 16));
      }
      return sb.toString();
    }
  }

  static String escape(String s, boolean quote) {
    Budget.chargeSteps(1 + s.length() / 64);
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> quote ? "&quot;" : null;
        case '\'' -> quote ? "&#x27;" : null;
        default -> null;
      };
      if (rep != null && sb == null) {
        Budget.reserveMemory(12L * s.length());
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean nameChar(int c) {
    return c != '\t' && c != '\n' && c != '\f' && c != ' ' && c != '<' && c != '&' && c != '#'
        && c != ';';
  }

  private static boolean hex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Budget.chargeSteps(1 + s.length() / 16);
    Budget.reserveMemory(4L * s.length());
    int[] cp = s.codePoints().toArray();
    int n = cp.length;
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < n) {
      int c = cp[i];
      if (c != '&' || i + 1 >= n) {
        out.appendCodePoint(c);
        i++;
        continue;
      }
      int j = i + 1;
      if (cp[j] == '#') {
        int k = j + 1;
        boolean isHex = false;
        int digitsStart = k;
        while (k < n && cp[k] >= '0' && cp[k] <= '9') {
          k++;
        }
        if (k == digitsStart && k < n && (cp[k] == 'x' || cp[k] == 'X')) {
          isHex = true;
          digitsStart = ++k;
          while (k < n && hex(cp[k])) {
            k++;
          }
        }
        if (k == digitsStart) {
          out.append('&');
          i++;
          continue;
        }
        String digits = new String(cp, digitsStart, k - digitsStart);
        if (k < n && cp[k] == ';') {
          k++;
        }
        out.append(numeric(digits, isHex));
        i = k;
        continue;
      }
      int k = j;
      while (k < n && k - j < 32 && nameChar(cp[k])) {
        k++;
      }
      if (k == j) {
        out.append('&');
        i++;
        continue;
      }
      if (k < n && cp[k] == ';') {
        k++;
      }
      String name = new String(cp, j, k - j);
      out.append(named(name));
      i = k;
    }
    return out.toString();
  }

  private static String numeric(String digits, boolean isHex) {
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    long num;
    if (trimmed.length() > (isHex ? 8 : 10)) {
      num = Long.MAX_VALUE;
    } else {
      num = Long.parseLong(trimmed, isHex ? 16 : 10);
    }
    if (num <= Integer.MAX_VALUE) {
      String r = Tables.REPLACED.get((int) num);
      if (r != null) {
        return r;
      }
    }
    if (num >= 0xD800 && num <= 0xDFFF || num > 0x10FFFF) {
      return "\uFFFD";
    }
    if (Tables.DROPPED.contains((int) num)) {
      return "";
    }
    return new String(Character.toChars((int) num));
  }

  private static String named(String name) {
    String v = Tables.NAMED.get(name);
    if (v != null) {
      return v;
    }
    int[] cp = name.codePoints().toArray();
    for (int x = cp.length - 1; x > 1; x--) {
      String prefix = new String(cp, 0, x);
      v = Tables.NAMED.get(prefix);
      if (v != null) {
        return v + new String(cp, x, cp.length - x);
      }
    }
    return "&" + name;
  }

  @Override
  public PyModule create(String name) {
    if (name.equals("html.entities")) {
      PyDict html5 = new PyDict();
      for (Map.Entry<String, String> e : Tables.NAMED.entrySet()) {
        html5.put(e.getKey(), e.getValue());
      }
      PyDict name2cp = new PyDict();
      PyDict cp2name = new PyDict();
      PyDict entitydefs = new PyDict();
      for (String[] h : Tables.HTML4) {
        long cp = Long.parseLong(h[1], 16);
        name2cp.put(h[0], cp);
        cp2name.put(cp, h[0]);
        entitydefs.put(h[0], new String(Character.toChars((int) cp)));
      }
      return ModuleBuilder.named("html.entities")
          .constant("html5", html5)
          .constant("name2codepoint", name2cp)
          .constant("codepoint2name", cp2name)
          .constant("entitydefs", entitydefs)
          .build();
    }
    return ModuleBuilder.named("html")
        .function("escape", "s, quote=True", a -> {
          if (a[0] instanceof String) {
            return escape((String) a[0], Ops.truth(a[1]));
          }
          if (a[0] instanceof dev.moat.runtime.PyBytes) {
            throw Errors.typeError("a bytes-like object is required, not 'str'");
          }
          Object r = a[0];
          String[][] reps = Ops.truth(a[1])
              ? new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"},
                  {"'", "&#x27;"}}
              : new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}};
          for (String[] rep : reps) {
            r = Ops.call(Ops.getAttr(r, "replace"), new Object[] {rep[0], rep[1]}, null);
          }
          return r;
        })
        .function("unescape", "s", a -> {
          if (a[0] instanceof String) {
            return unescape((String) a[0]);
          }
          if (!Ops.contains(a[0], "&")) {
            return a[0];
          }
          throw Errors.typeError("expected string or bytes-like object, got '"
              + Types.typeName(a[0]) + "'");
        })
        .build();
  }
}
