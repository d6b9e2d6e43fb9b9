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
 * (the C encoder, and the pure-Python one when {@code indent} is given). {@link #chunks} gives
 * the pieces the pure-Python {@code iterencode} generator yields, cut at the same places.
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
  /** True for the pure-Python encoder's messages (out-of-range floats name the value). */
  private boolean pythonMessages;
  /** The chunks of {@link #chunks}, or null for one-shot encoding. */
  private List<String> out;

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

  /** Uses the pure-Python encoder's messages (set for {@code indent} and {@code iterencode}). */
  JsonEncoder pythonMessages() {
    this.pythonMessages = true;
    return this;
  }

  String encode(Object o) {
    encodeValue(o, 0);
    return sb.toString();
  }

  /** {@code o} encoded as a JSON string literal. */
  String quote(String s) {
    int at = sb.length();
    string(s);
    String r = sb.substring(at);
    sb.setLength(at);
    return r;
  }

  // ------------------------------------------------------------------ iterencode's chunks

  /**
   * The chunks CPython's pure-Python {@code iterencode} yields for {@code o}. When encoding
   * fails part way, the chunks made before the error are returned and the error is kept in
   * {@link #failure}: CPython's generator yields those chunks before raising.
   */
  List<String> chunks(Object o) {
    out = new java.util.ArrayList<>();
    pythonMessages = true;
    try {
      iterValue(o, 0);
    } catch (dev.moat.runtime.PyException e) {
      failure = e;
    }
    return out;
  }

  /** The error that ended {@link #chunks}, or null. */
  dev.moat.runtime.PyException failure;

  /** Keeps a chunk, counting every kept character against the memory budget. */
  private void emit(String s) {
    chunkChars += s.length();
    if (chunkChars > reserved) {
      long more = Math.max(chunkChars - reserved, RESERVE_CHUNK);
      Budget.reserveMemory(2 * more);
      reserved += more;
    }
    out.add(s);
  }

  private long chunkChars;

  /** A scalar's text, or null for containers and other objects. */
  private String scalar(Object o) {
    if (o instanceof String) {
      return quote((String) o);
    } else if (o == PyNone.NONE) {
      return "null";
    } else if (o instanceof Boolean) {
      return (Boolean) o ? "true" : "false";
    } else if (o instanceof Long || o instanceof BigInteger) {
      return Ops.repr(o);
    } else if (o instanceof Double) {
      return floatStr((Double) o);
    }
    return null;
  }

  /** What {@code default()} gives for {@code o}, which JSON cannot encode (marked for cycles). */
  private Object viaDefault(Object o) {
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
    return n;
  }

  /** Undoes {@link #viaDefault} once the replacement of {@code o} is encoded. */
  private void leaveDefault(Object o) {
    depth--;
    if (markers != null) {
      markers.remove(o);
    }
  }

  private void iterValue(Object o, int level) {
    Budget.chargeSteps(1);
    String s = scalar(o);
    if (s != null) {
      emit(s);
    } else if (o instanceof PyList || o instanceof PyTuple) {
      iterList((List<?>) o, level);
    } else if (o instanceof PyDict) {
      iterDict((PyDict) o, level);
    } else {
      Object n = viaDefault(o);
      iterValue(n, level);
      leaveDefault(o);
    }
  }

  private void iterNested(Object v, int level) {
    if (v instanceof PyList || v instanceof PyTuple) {
      iterList((List<?>) v, level);
    } else if (v instanceof PyDict) {
      iterDict((PyDict) v, level);
    } else {
      iterValue(v, level);
    }
  }

  private void iterList(List<?> seq, int level) {
    Budget.chargeSteps(1);
    if (seq.isEmpty()) {
      emit("[]");
      return;
    }
    mark(seq);
    String buf = "[";
    String nl = null;
    String sep = itemSep;
    if (indent != null) {
      level++;
      nl = "\n" + indentOf(level);
      sep = itemSep + nl;
      buf += nl;
    }
    for (int i = 0; i < seq.size(); i++) {
      if (i > 0) {
        buf = sep;
      }
      Object v = seq.get(i);
      Budget.chargeSteps(1);
      String s = scalar(v);
      if (s != null) {
        emit(buf + s);
      } else {
        emit(buf);
        iterNested(v, level);
      }
    }
    if (nl != null) {
      level--;
      emit("\n" + indentOf(level));
    }
    emit("]");
    unmark(seq);
  }

  private void iterDict(PyDict d, int level) {
    Budget.chargeSteps(1);
    if (d.isEmpty()) {
      emit("{}");
      return;
    }
    mark(d);
    emit("{");
    String sep = itemSep;
    String nl = null;
    if (indent != null) {
      level++;
      nl = "\n" + indentOf(level);
      sep = itemSep + nl;
      emit(nl);
    }
    boolean first = true;
    for (Object it : items(d)) {
      PyTuple kv = (PyTuple) it;
      String k = keyText(kv.get(0));
      if (k == null) {
        continue;
      }
      if (first) {
        first = false;
      } else {
        emit(sep);
      }
      emit(quote(k));
      emit(keySep);
      Object v = kv.get(1);
      String s = scalar(v);
      if (s != null) {
        emit(s);
      } else {
        iterNested(v, level);
      }
    }
    if (nl != null) {
      level--;
      emit("\n" + indentOf(level));
    }
    emit("}");
    unmark(d);
  }

  private PyList items(PyDict d) {
    PyList items = new PyList(d.size());
    for (PyDict.Entry e : d.entries()) {
      items.append(PyTuple.of(e.key, e.value));
    }
    Budget.chargeSteps(items.size());
    if (sortKeys) {
      Ops.call(Ops.getAttr(items, "sort"), new Object[0], null);
    }
    return items;
  }

  /** A key's JSON text before quoting; null to skip it ({@code skipkeys}). */
  private String keyText(Object key) {
    key = dev.moat.runtime.ValueSubclass.unwrap(key); // int/float/str subclasses as values
    if (key instanceof String) {
      return (String) key;
    } else if (key instanceof Double) {
      return floatStr((Double) key);
    } else if (key instanceof Boolean) {
      return (Boolean) key ? "true" : "false";
    } else if (key == PyNone.NONE) {
      return "null";
    } else if (key instanceof Long || key instanceof BigInteger) {
      return Ops.repr(key);
    } else if (skipkeys) {
      return null;
    }
    throw Errors.typeError("keys must be str, int, float, bool or None, not "
        + Types.typeName(key));
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
      Object n = viaDefault(o);
      encodeValue(n, level);
      leaveDefault(o);
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
      throw Errors.valueError("Out of range float values are not JSON compliant"
          + (pythonMessages ? ": " + Ops.repr(d) : ""));
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
    boolean first = true;
    for (Object it : items(d)) {
      PyTuple kv = (PyTuple) it;
      String k = keyText(kv.get(0));
      if (k == null) {
        continue;
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
