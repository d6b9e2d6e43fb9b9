package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Formatting;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code string.Formatter}: {@code format}/{@code vformat} driven by the overridable methods
 * {@code parse}, {@code get_field}, {@code get_value}, {@code check_unused_args},
 * {@code format_field} and {@code convert_field}, all looked up on the instance so that
 * subclasses can replace any of them.
 */
final class StringFormatter {
  private StringFormatter() {}

  private static final Object NONE = PyNone.NONE;

  private static Object call(Object self, String method, Object... args) {
    return Ops.call(Ops.getAttr(self, method), args, null);
  }

  // ---------------------------------------------------------------- parse

  /** A lazy parser of a format string into (literal, field_name, format_spec, conversion). */
  static final class Parser extends PyIterator {
    private final String s;
    private int pos;

    Parser(String s) {
      super(PARSER_TYPE);
      this.s = s;
    }

    @Override
    public Object next() {
      int end = s.length();
      if (pos >= end) {
        return null;
      }
      Budget.chargeSteps(1);
      int litStart = pos;
      char c = 0;
      boolean markup = false;
      while (pos < end) {
        c = s.charAt(pos++);
        if (c == '{' || c == '}') {
          markup = true;
          break;
        }
      }
      boolean atEnd = pos >= end;
      int len = pos - litStart;
      if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
        pos = end;
        throw Errors.valueError("Single '}' encountered in format string");
      }
      if (markup && atEnd && c == '{') {
        pos = end;
        throw Errors.valueError("Single '{' encountered in format string");
      }
      if (markup) {
        if (s.charAt(pos) == c) {
          // a doubled brace: the literal ends with one of them
          pos++;
          return PyTuple.of(s.substring(litStart, litStart + len), NONE, NONE, NONE);
        }
        len--;
      } else {
        return PyTuple.of(s.substring(litStart, litStart + len), NONE, NONE, NONE);
      }
      String literal = s.substring(litStart, litStart + len);
      try {
        return field(literal);
      } catch (dev.moat.runtime.PyException e) {
        pos = end;
        throw e;
      }
    }

    private PyTuple field(String literal) {
      int end = s.length();
      int nameStart = pos;
      char c = 0;
      while (pos < end) {
        c = s.charAt(pos++);
        if (c == '{') {
          throw Errors.valueError("unexpected '{' in field name");
        }
        if (c == '[') {
          while (pos < end && s.charAt(pos) != ']') {
            pos++;
          }
          continue;
        }
        if (c == '}' || c == ':' || c == '!') {
          break;
        }
      }
      int nameEnd = pos - 1;
      Object conversion = NONE;
      String spec = "";
      if (c == '!' || c == ':') {
        boolean specFollows = true;
        if (c == '!') {
          if (pos >= end) {
            throw Errors.valueError("end of string while looking for conversion specifier");
          }
          int conv = s.codePointAt(pos);
          pos += Character.charCount(conv);
          conversion = new String(Character.toChars(conv));
          if (pos < end) {
            char d = s.charAt(pos++);
            if (d == '}') {
              specFollows = false;
            } else if (d != ':') {
              throw Errors.valueError("expected ':' after conversion specifier");
            }
          }
        }
        if (specFollows) {
          int specStart = pos;
          int count = 1;
          boolean closed = false;
          while (pos < end) {
            char d = s.charAt(pos++);
            if (d == '{') {
              count++;
            } else if (d == '}') {
              count--;
              if (count == 0) {
                spec = s.substring(specStart, pos - 1);
                closed = true;
                break;
              }
            }
          }
          if (!closed) {
            throw Errors.valueError("unmatched '{' in format spec");
          }
        }
      } else if (c != '}') {
        throw Errors.valueError("expected '}' before end of string");
      }
      return PyTuple.of(literal, s.substring(nameStart, nameEnd), spec, conversion);
    }
  }

  static final PyType PARSER_TYPE = PyIterator.newType("formatteriterator");

  // ---------------------------------------------------------------- field names

  /** The leading integer of a field name part, or -1 when it is not all decimal digits. */
  private static long integer(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    long acc = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
        return -1;
      }
      int d = Character.digit(cp, 10);
      if (d < 0) {
        return -1;
      }
      if (acc > (Long.MAX_VALUE - d) / 10) {
        throw Errors.valueError("Too many decimal digits in format string");
      }
      acc = acc * 10 + d;
    }
    return acc;
  }

  /** formatter_field_name_split: the first part, and (is_attribute, key) pairs. */
  static Object[] splitFieldName(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
      i++;
    }
    String firstText = s.substring(0, i);
    long n = integer(firstText);
    Object first = n >= 0 ? (Object) n : firstText;
    List<Object> rest = new ArrayList<>();
    int end = s.length();
    while (i < end) {
      Budget.chargeSteps(1);
      char c = s.charAt(i++);
      int nameStart = i;
      boolean attribute;
      if (c == '.') {
        attribute = true;
        while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
          i++;
        }
      } else if (c == '[') {
        attribute = false;
        while (i < end && s.charAt(i) != ']') {
          i++;
        }
        if (i >= end) {
          throw Errors.valueError("Missing ']' in format string");
        }
        i++;
      } else {
        throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      int nameEnd = attribute ? i : i - 1;
      if (nameStart == nameEnd) {
        throw Errors.valueError("Empty attribute in format string");
      }
      String name = s.substring(nameStart, nameEnd);
      long idx = attribute ? -1 : integer(name);
      rest.add(PyTuple.of(attribute, idx >= 0 ? (Object) idx : name));
    }
    return new Object[] {first, rest};
  }

  // ---------------------------------------------------------------- vformat

  /** Auto-numbering state: a next index, or -1 once manual numbering was used. */
  private static final class Auto {
    long next;
    boolean manual;
  }

  private static String vformat(Object self, Object formatString, Object args, Object kwargs,
      PySet used, int depth, Auto auto) {
    if (depth < 0) {
      throw Errors.valueError("Max string recursion exceeded");
    }
    PyList result = new PyList();
    PyIterator it = Ops.iter(call(self, "parse", formatString));
    for (Object item = it.next(); item != null; item = it.next()) {
      Budget.chargeSteps(1);
      Object[] parts = dev.moat.runtime.Builtins.toArray(item);
      if (parts.length != 4) {
        throw Errors.valueError((parts.length > 4 ? "too many values to unpack (expected 4)"
            : "not enough values to unpack (expected 4, got " + parts.length + ")"));
      }
      Object literal = parts[0];
      Object fieldName = parts[1];
      if (Ops.truth(literal)) {
        result.append(literal);
      }
      if (fieldName == NONE) {
        continue;
      }
      if (fieldName instanceof String && ((String) fieldName).isEmpty()) {
        if (auto.manual) {
          throw Errors.valueError("cannot switch from manual field specification to automatic"
              + " field numbering");
        }
        fieldName = Long.toString(auto.next++);
      } else if (fieldName instanceof String && isDigits((String) fieldName)) {
        if (!auto.manual && auto.next != 0) {
          throw Errors.valueError("cannot switch from manual field specification to automatic"
              + " field numbering");
        }
        auto.manual = true;
      }
      Object got = call(self, "get_field", fieldName, args, kwargs);
      Object[] pair = dev.moat.runtime.Builtins.toArray(got);
      if (pair.length != 2) {
        throw Errors.valueError(pair.length > 2 ? "too many values to unpack (expected 2)"
            : "not enough values to unpack (expected 2, got " + pair.length + ")");
      }
      used.add(pair[1]);
      Object obj = call(self, "convert_field", pair[0], parts[3]);
      String spec = vformat(self, parts[2], args, kwargs, used, depth - 1, auto);
      result.append(call(self, "format_field", obj, spec));
    }
    return (String) Ops.call(Ops.getAttr("", "join"), new Object[] {result}, null);
  }

  /** str.isdigit() for a field name. */
  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    return Ops.truth(Ops.call(Ops.getAttr(s, "isdigit"), new Object[0], null));
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  static PyType create() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "string");
    ns.put("format", fn("Formatter.format", "self, format_string, /, *args, **kwargs",
        a -> call(a[0], "vformat", a[1], a[2], a[3])));
    ns.put("vformat", fn("vformat", "self, format_string, args, kwargs", a -> {
      PySet used = new PySet(false);
      String r = vformat(a[0], a[1], a[2], a[3], used, 2, new Auto());
      call(a[0], "check_unused_args", used, a[2], a[3]);
      return r;
    }));
    ns.put("parse", fn("parse", "self, format_string", a -> {
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("expected str, got " + dev.moat.runtime.Types.typeName(a[1]));
      }
      return new Parser((String) a[1]);
    }));
    ns.put("get_field", fn("get_field", "self, field_name, args, kwargs", a -> {
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("expected str, got " + dev.moat.runtime.Types.typeName(a[1]));
      }
      Object[] split = splitFieldName((String) a[1]);
      Object first = split[0];
      Object obj = call(a[0], "get_value", first, a[2], a[3]);
      @SuppressWarnings("unchecked")
      List<Object> rest = (List<Object>) split[1];
      for (Object r : rest) {
        PyTuple t = (PyTuple) r;
        if ((Boolean) t.get(0)) {
          obj = Ops.getAttr(obj, (String) t.get(1));
        } else {
          obj = Ops.getItem(obj, t.get(1));
        }
      }
      return PyTuple.of(obj, first);
    }));
    ns.put("get_value", fn("get_value", "self, key, args, kwargs", a -> {
      if (a[1] instanceof Long || a[1] instanceof java.math.BigInteger
          || a[1] instanceof Boolean) {
        return Ops.getItem(a[2], a[1]);
      }
      return Ops.getItem(a[3], a[1]);
    }));
    ns.put("check_unused_args", fn("check_unused_args", "self, used_args, args, kwargs",
        a -> NONE));
    ns.put("format_field", fn("format_field", "self, value, format_spec",
        a -> Formatting.format(a[1], Ops.str(a[2]))));
    ns.put("convert_field", fn("convert_field", "self, value, conversion", a -> {
      Object conv = a[2];
      if (conv == NONE) {
        return a[1];
      }
      if ("s".equals(conv)) {
        return Ops.str(a[1]);
      }
      if ("r".equals(conv)) {
        return Ops.repr(a[1]);
      }
      if ("a".equals(conv)) {
        return Ops.ascii(a[1]);
      }
      throw Errors.valueError("Unknown conversion specifier " + Ops.str(conv));
    }));
    return PyType.createClass("Formatter", new PyType[0], ns);
  }

  static {
    LibClasses.share(PARSER_TYPE);
  }
}
