package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code string}: the character-class constants, {@code capwords} and {@code Template}
 * ({@code $name}, {@code ${name}}, {@code $$}; {@code substitute} and {@code safe_substitute}).
 * {@code Formatter} lives in {@link StringFormatter}.
 */
public final class StringModule implements ModuleProvider {
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String DIGITS = "0123456789";
  static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  static final String WHITESPACE = " \t\n\r\u000b\u000c";

  @Override
  public Set<String> moduleNames() {
    return Set.of("string");
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("string")
        .constant("ascii_lowercase", LOWER)
        .constant("ascii_uppercase", UPPER)
        .constant("ascii_letters", LOWER + UPPER)
        .constant("digits", DIGITS)
        .constant("hexdigits", DIGITS + "abcdefABCDEF")
        .constant("octdigits", "01234567")
        .constant("punctuation", PUNCTUATION)
        .constant("whitespace", WHITESPACE)
        .constant("printable", DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE)
        .function("capwords", "s, sep=None", a -> capwords(a[0], a[1]))
        .constant("Template", templateClass())
        .constant("Formatter", StringFormatter.create())
        .build();
  }

  private static Object capwords(Object s, Object sep) {
    Object words = Ops.call(Ops.getAttr(s, "split"), sep == PyNone.NONE ? new Object[0]
        : new Object[] {sep}, null);
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (Object w : dev.moat.runtime.Builtins.toArray(words)) {
      if (!first) {
        out.append(sep == PyNone.NONE ? " " : Ops.str(sep));
      }
      first = false;
      out.append(Ops.str(Ops.call(Ops.getAttr(w, "capitalize"), new Object[0], null)));
    }
    return out.toString();
  }

  private static PyType templateClass() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "string");
    ns.put("delimiter", "$");
    ns.put("__init__", BuiltinFunction.of("__init__", "self, template", a -> {
      Ops.setAttr(a[0], "template", a[1]);
      return PyNone.NONE;
    }));
    ns.put("substitute", BuiltinFunction.of("substitute", "self, mapping=?, /, **kws",
        a -> substitute(a[0], a[1], (PyDict) a[2], false)));
    ns.put("safe_substitute", BuiltinFunction.of("safe_substitute",
        "self, mapping=?, /, **kws", a -> substitute(a[0], a[1], (PyDict) a[2], true)));
    ns.put("get_identifiers", BuiltinFunction.of("get_identifiers", "self", a -> {
      dev.moat.runtime.PyList ids = new dev.moat.runtime.PyList();
      scan(a[0], (id, braced) -> {
        if (!ids.contains(id)) {
          ids.append(id);
        }
        return "";
      }, true);
      return ids;
    }));
    ns.put("is_valid", BuiltinFunction.of("is_valid", "self", a -> {
      try {
        scan(a[0], (id, braced) -> "", false);
        return true;
      } catch (dev.moat.runtime.PyException e) {
        return false;
      }
    }));
    return PyType.createClass("Template", new PyType[0], ns);
  }

  /** Replaces one placeholder; returns null to keep it as written. */
  private interface Replacer {
    String replace(String identifier, boolean braced);
  }

  private static Object substitute(Object self, Object mapping, PyDict kws, boolean safe) {
    Object lookup;
    if (mapping == dev.moat.runtime.Signature.MISSING) {
      lookup = kws;
    } else if (kws.size() > 0) {
      PyDict merged = new PyDict();
      dev.moat.runtime.Builtins.dictUpdate(merged, mapping);
      merged.putAll(kws);
      lookup = merged;
    } else {
      lookup = mapping;
    }
    Object map = lookup;
    return scan(self, (id, braced) -> {
      if (safe) {
        try {
          return Ops.str(Ops.getItem(map, id));
        } catch (dev.moat.runtime.PyException e) {
          if (e.isInstance(dev.moat.runtime.ExceptionTypes.KEY_ERROR)) {
            return null;
          }
          throw e;
        }
      }
      return Ops.str(Ops.getItem(map, id));
    }, safe);
  }

  private static boolean idStart(char c) {
    return c == '_' || c < 128 && Character.isLetter(c);
  }

  private static boolean idPart(char c) {
    return idStart(c) || c >= '0' && c <= '9';
  }

  private static String scan(Object self, Replacer r, boolean lenient) {
    String delim = Ops.str(Ops.getAttr(self, "delimiter"));
    Object t = Ops.getAttr(self, "template");
    if (!(t instanceof String)) {
      throw Errors.typeError("expected string or bytes-like object, got '"
          + Types.typeName(t) + "'");
    }
    String s = (String) t;
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int d = s.indexOf(delim, i);
      if (d < 0 || delim.isEmpty()) {
        out.append(s, i, s.length());
        break;
      }
      out.append(s, i, d);
      int p = d + delim.length();
      if (s.startsWith(delim, p)) {
        out.append(delim);
        i = p + delim.length();
        continue;
      }
      int end = p;
      boolean braced = p < s.length() && s.charAt(p) == '{';
      int idStart = braced ? p + 1 : p;
      end = idStart;
      if (end < s.length() && idStart(s.charAt(end))) {
        end++;
        while (end < s.length() && idPart(s.charAt(end))) {
          end++;
        }
      }
      boolean valid = end > idStart && (!braced || end < s.length() && s.charAt(end) == '}');
      if (!valid) {
        if (lenient) {
          out.append(delim);
          i = p;
          continue;
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < d; k++) {
          if (s.charAt(k) == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        throw Errors.valueError("Invalid placeholder in string: line " + line + ", col "
            + (d - lineStart + 1));
      }
      String id = s.substring(idStart, end);
      int next = braced ? end + 1 : end;
      String rep = r.replace(id, braced);
      out.append(rep != null ? rep : s.substring(d, next));
      i = next;
    }
    return out.toString();
  }

}
