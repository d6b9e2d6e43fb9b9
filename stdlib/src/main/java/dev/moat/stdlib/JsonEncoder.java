package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.Types;
import dev.moat.runtime.text.FloatRepr;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code json.dumps}: a hand-written emitter reproducing CPython 3.11's encoder byte for byte
 * (the C encoder, and the pure-Python one when {@code indent} is given).
 */
final class JsonEncoder {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int RESERVE_CHUNK = 1 << 16;

  private final boolean skipkeys;
  private final boolean ensureAscii;
  private final boolean allowNan;
  private final boolean sortKeys;
  private final IdentityHashMap<Object, Boolean> markers;
  private final String indent;
  private final String itemSep;
  private final String keySep;
  private final Object defaultFn;
  private final StringBuilder sb = new StringBuilder();
  private long reserved;
  private int depth;

  JsonEncoder(boolean skipkeys, boolean ensureAscii, boolean checkCircular, boolean allowNan,
      String indent, String itemSep, String keySep, Object defaultFn, boolean sortKeys) {
    this.skipkeys = skipkeys;
    this.ensureAscii = ensureAscii;
    this.markers = checkCircular ? new IdentityHashMap<>() : null;
    this.allowNan = allowNan;
    this.indent = indent;
    this.itemSep = itemSep;
    this.keySep = keySep;
    this.defaultFn = defaultFn;
    this.sortKeys = sortKeys;
  }

  String encode(Object o) {
    encodeValue(o, 0);
    return sb.toString();
  }

  /** Reserves memory before the output grows by up to {@code chars} characters. */
  private void ensure(long chars) {
    long need = sb.length() + chars;
    if (need > reserved) {
      long more = Math.max(need - reserved, RESERVE_CHUNK);
      Budget.reserveMemory(2 * more);
      reserved += more;
    }
  }

  private void raw(String s) {
    ensure(s.length());
    sb.append(s);
  }

  private void enter() {
    if (++depth > JsonModule.MAX_DEPTH) {
      throw Errors.recursionError("maximum recursion depth exceeded while encoding a JSON object");
    }
  }

  private void encodeValue(Object o, int level) {
    Budget.chargeSteps(1);
    o = dev.moat.runtime.ValueSubclass.unwrap(o); // int/float/str subclasses encode as values
    if (o == PyNone.NONE) {
      raw("null");
    } else if (o instanceof Boolean) {
      raw((Boolean) o ? "true" : "false");
    } else if (o instanceof String) {
      string((String) o);
    } else if (o instanceof Long || o instanceof BigInteger) {
      raw(Ops.repr(o));
    } else if (o instanceof Double) {
      raw(floatStr((Double) o));
    } else if (o instanceof PyList || o instanceof PyTuple) {
      list((List<?>) o, level);
    } else if (o instanceof PyDict) {
      dict((PyDict) o, level);
    } else {
      if (markers != null) {
        if (markers.containsKey(o)) {
          throw Errors.valueError("Circular reference detected");
        }
        markers.put(o, Boolean.TRUE);
      }
      if (defaultFn == null) {
        throw Errors.typeError("Object of type " + Types.typeName(o) + " is not JSON serializable");
      }
      Object n = Ops.call(defaultFn, new Object[] {o}, null);
      enter();
      encodeValue(n, level);
      depth--;
      if (markers != null) {
        markers.remove(o);
      }
    }
  }

  String floatStr(double d) {
    String text;
    if (Double.isNaN(d)) {
      text = "NaN";
    } else if (d == Double.POSITIVE_INFINITY) {
      text = "Infinity";
    } else if (d == Double.NEGATIVE_INFINITY) {
      text = "-Infinity";
    } else {
      return FloatRepr.repr(d);
    }
    if (!allowNan) {
      throw Errors.valueError("Out of range float values are not JSON compliant");
    }
    return text;
  }

  private void mark(Object o) {
    if (markers != null) {
      if (markers.containsKey(o)) {
        throw Errors.valueError("Circular reference detected");
      }
      markers.put(o, Boolean.TRUE);
    }
    enter();
  }

  private void unmark(Object o) {
    depth--;
    if (markers != null) {
      markers.remove(o);
    }
  }

  private void list(List<?> seq, int level) {
    if (seq.isEmpty()) {
      raw("[]");
      return;
    }
    mark(seq);
    raw("[");
    String nl = null;
    if (indent != null) {
      level++;
      nl = "\n" + indentOf(level);
      raw(nl);
    }
    String sep = nl == null ? itemSep : itemSep + nl;
    for (int i = 0; i < seq.size(); i++) {
      if (i > 0) {
        raw(sep);
      }
      encodeValue(seq.get(i), level);
    }
    if (nl != null) {
      level--;
      raw("\n" + indentOf(level));
    }
    raw("]");
    unmark(seq);
  }

  private String indentOf(int level) {
    ensure((long) indent.length() * level);
    return indent.repeat(level);
  }

  private void dict(PyDict d, int level) {
    if (d.isEmpty()) {
      raw("{}");
      return;
    }
    mark(d);
    raw("{");
    String nl = null;
    if (indent != null) {
      level++;
      nl = "\n" + indentOf(level);
      raw(nl);
    }
    String sep = nl == null ? itemSep : itemSep + nl;
    PyList items = new PyList(d.size());
    for (PyDict.Entry e : d.entries()) {
      items.append(PyTuple.of(e.key, e.value));
    }
    Budget.chargeSteps(items.size());
    if (sortKeys) {
      Ops.call(Ops.getAttr(items, "sort"), new Object[0], null);
    }
    boolean first = true;
    for (Object it : items) {
      PyTuple kv = (PyTuple) it;
      Object key = dev.moat.runtime.ValueSubclass.unwrap(kv.get(0));
      String k;
      if (key instanceof String) {
        k = (String) key;
      } else if (key instanceof Double) {
        k = floatStr((Double) key);
      } else if (key instanceof Boolean) {
        k = (Boolean) key ? "true" : "false";
      } else if (key == PyNone.NONE) {
        k = "null";
      } else if (key instanceof Long || key instanceof BigInteger) {
        k = Ops.repr(key);
      } else if (skipkeys) {
        continue;
      } else {
        throw Errors.typeError("keys must be str, int, float, bool or None, not "
            + Types.typeName(key));
      }
      if (first) {
        first = false;
      } else {
        raw(sep);
      }
      string(k);
      raw(keySep);
      encodeValue(kv.get(1), level);
    }
    if (nl != null) {
      level--;
      raw("\n" + indentOf(level));
    }
    raw("}");
    unmark(d);
  }

  private void string(String s) {
    int n = s.length();
    ensure(6L * n + 2);
    Budget.chargeSteps(1 + (n >> 6));
    sb.append('"');
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || (ensureAscii && c > 0x7e)) {
            sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
