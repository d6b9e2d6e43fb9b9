package dev.moat.stdlib;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.moat.ast.Ast;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.BytesLike;
import dev.moat.runtime.Budget;
import dev.moat.runtime.Codecs;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.runtime.text.NumberParse;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code json} module: {@code dumps}/{@code dump} (a hand-written emitter, see
 * {@link JsonEncoder}), {@code loads}/{@code load} (Jackson's streaming parser, with CPython's
 * error messages and positions recovered by {@link JsonErrorLocator}) and
 * {@code JSONDecodeError}. {@code JSONEncoder}/{@code JSONDecoder} are not provided.
 */
public final class JsonModule implements ModuleProvider {
  /** Nesting levels accepted by loads/dumps before RecursionError (CPython at module level). */
  static final int MAX_DEPTH = 995;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .build())
      .build();

  private static final String DUMPS_PARAMS = "obj, /, *, skipkeys=False, ensure_ascii=True, "
      + "check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, "
      + "default=None, sort_keys=False, **kw";
  private static final String DUMP_PARAMS = "obj, fp, /, *, skipkeys=False, ensure_ascii=True, "
      + "check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, "
      + "default=None, sort_keys=False, **kw";
  private static final String LOADS_PARAMS = "s, /, *, cls=None, object_hook=None, "
      + "parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw";
  private static final String LOAD_PARAMS = "fp, /, *, cls=None, object_hook=None, "
      + "parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw";
  private static final String[] ENCODER_KW = {"skipkeys", "ensure_ascii", "check_circular",
      "allow_nan", "indent", "separators", "default", "sort_keys"};
  private static final String[] DECODER_KW = {"object_hook", "parse_float", "parse_int",
      "parse_constant", "object_pairs_hook"};

  @Override
  public Set<String> moduleNames() {
    return Set.of("json");
  }

  @Override
  public PyModule create(String name) {
    PyType decodeError = makeDecodeError();
    return ModuleBuilder.named("json")
        .function("dumps", DUMPS_PARAMS, a -> dumps(a, 1))
        .function("dump", DUMP_PARAMS, a -> {
          Object s = dumps(a, 2);
          Ops.call(Ops.getAttr(a[1], "write"), new Object[] {s}, null);
          return PyNone.NONE;
        })
        .function("loads", LOADS_PARAMS, a -> loads(decodeError, a[0], a, 1))
        .function("load", LOAD_PARAMS, a -> {
          Object s = Ops.call(Ops.getAttr(a[0], "read"), new Object[0], null);
          return loads(decodeError, s, a, 1);
        })
        .constant("JSONDecodeError", decodeError)
        .build();
  }

  // ------------------------------------------------------------------ JSONDecodeError

  private static PyType makeDecodeError() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "json.decoder");
    ns.put("__qualname__", "JSONDecodeError");
    ns.put("__doc__", "Subclass of ValueError with the following additional properties:\n\n"
        + "msg: The unformatted error message\ndoc: The JSON document being parsed\n"
        + "pos: The start index of doc where parsing failed\n"
        + "lineno: The line corresponding to pos\ncolno: The column corresponding to pos\n\n");
    ns.put("__init__", BuiltinFunction.of("__init__", "self, msg, doc, pos", a -> {
      initDecodeError((PyBaseException) a[0], a[1], a[2], a[3]);
      return PyNone.NONE;
    }));
    return PyType.createClass("JSONDecodeError",
        new PyType[] {ExceptionTypes.VALUE_ERROR}, ns);
  }

  private static void initDecodeError(PyBaseException e, Object msg, Object doc, Object pos) {
    Object lineno;
    Object colno;
    if (doc instanceof String && pos instanceof Long) {
      String d = (String) doc;
      long p = (Long) pos;
      long line = 1;
      long lastNl = -1;
      long cp = 0;
      for (int i = 0; i < d.length() && cp < p; cp++) {
        int ch = d.codePointAt(i);
        if (ch == '\n') {
          line++;
          lastNl = cp;
        }
        i += Character.charCount(ch);
      }
      lineno = line;
      colno = p - lastNl;
    } else {
      Object count = Ops.call(Ops.getAttr(doc, "count"), new Object[] {"\n", 0L, pos}, null);
      lineno = Ops.binary(Ast.BinaryOp.ADD, count, 1L);
      Object rfind = Ops.call(Ops.getAttr(doc, "rfind"), new Object[] {"\n", 0L, pos}, null);
      colno = Ops.binary(Ast.BinaryOp.SUB, pos, rfind);
    }
    String errmsg = Ops.str(msg) + ": line " + Ops.str(lineno) + " column " + Ops.str(colno)
        + " (char " + Ops.str(pos) + ")";
    e.setArgs(PyTuple.of(errmsg));
    PyDict dict = e.dict();
    dict.put("msg", msg);
    dict.put("doc", doc);
    dict.put("pos", pos);
    dict.put("lineno", lineno);
    dict.put("colno", colno);
  }

  private static PyException decodeError(PyType type, String msg, String doc, int pos) {
    Object e = Ops.call(type, new Object[] {msg, doc, (long) pos}, null);
    return new PyException((PyBaseException) e);
  }

  static void checkDepth(int depth, String what) {
    if (depth > MAX_DEPTH) {
      throw Errors.recursionError("maximum recursion depth exceeded while decoding a JSON "
          + what + " from a unicode string");
    }
  }

  // ------------------------------------------------------------------ dumps

  /** Keyword arguments (name, value) for a {@code cls(...)} call, from the bound slots. */
  private static Object callCls(Object cls, String[] names, Object[] a, int first, Object kw) {
    List<Object> args = new ArrayList<>();
    List<String> kwnames = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      args.add(a[first + i]);
      kwnames.add(names[i]);
    }
    for (PyDict.Entry e : ((PyDict) kw).entries()) {
      args.add(e.value);
      kwnames.add((String) e.key);
    }
    return Ops.call(cls, args.toArray(), kwnames.toArray(new String[0]));
  }

  private static void rejectKw(String fname, Object kw, String cls) {
    PyDict d = (PyDict) kw;
    if (!d.isEmpty()) {
      throw Errors.typeError(cls + ".__init__() got an unexpected keyword argument '"
          + d.keyList().get(0) + "'");
    }
  }

  /** {@code a}: obj, [fp], skipkeys..sort_keys, kw starting at slot {@code first}. */
  private static Object dumps(Object[] a, int first) {
    Object obj = a[0];
    Object skipkeys = a[first];
    Object ensureAscii = a[first + 1];
    Object checkCircular = a[first + 2];
    Object allowNan = a[first + 3];
    Object cls = a[first + 4];
    Object indent = a[first + 5];
    Object separators = a[first + 6];
    Object dflt = a[first + 7];
    Object sortKeys = a[first + 8];
    Object kw = a[first + 9];
    if (cls != PyNone.NONE) {
      Object[] slots = {skipkeys, ensureAscii, checkCircular, allowNan, indent, separators, dflt,
          sortKeys};
      Object enc = callCls(cls, ENCODER_KW, slots, 0, kw);
      return Ops.call(Ops.getAttr(enc, "encode"), new Object[] {obj}, null);
    }
    rejectKw("dumps", kw, "JSONEncoder");
    String indentStr = null;
    if (indent != PyNone.NONE) {
      indentStr = indent instanceof String ? (String) indent
          : Ops.str(Ops.binary(Ast.BinaryOp.MULT, " ", indent));
    }
    String itemSep;
    String keySep;
    if (separators != PyNone.NONE) {
      Object[] parts = unpack2(separators);
      itemSep = asStr(parts[0]);
      keySep = asStr(parts[1]);
    } else {
      itemSep = indentStr != null ? "," : ", ";
      keySep = ": ";
    }
    JsonEncoder enc = new JsonEncoder(Ops.truth(skipkeys), Ops.truth(ensureAscii),
        Ops.truth(checkCircular), Ops.truth(allowNan), indentStr, itemSep, keySep,
        dflt == PyNone.NONE ? null : dflt, Ops.truth(sortKeys));
    return enc.encode(obj);
  }

  private static Object[] unpack2(Object seq) {
    List<Object> items = new ArrayList<>();
    var it = Ops.iter(seq);
    Object v;
    while ((v = it.next()) != null) {
      items.add(v);
      if (items.size() > 2) {
        throw Errors.valueError("too many values to unpack (expected 2)");
      }
    }
    if (items.size() < 2) {
      throw Errors.valueError("not enough values to unpack (expected 2, got " + items.size()
          + ")");
    }
    return items.toArray();
  }

  private static String asStr(Object o) {
    if (o instanceof String) {
      return (String) o;
    }
    throw Errors.typeError("make_encoder() argument must be str, not " + Types.typeName(o));
  }

  // ------------------------------------------------------------------ loads

  /** Decoding options for one {@code loads} call. */
  private static final class Hooks {
    Object objectHook;
    Object parseFloat;
    Object parseInt;
    Object parseConstant;
    Object pairsHook;
  }

  private static Object orNull(Object o) {
    return o == PyNone.NONE ? null : o;
  }

  /** {@code a}: s/fp, cls, object_hook, parse_float, parse_int, parse_constant, pairs, kw. */
  private static Object loads(PyType errType, Object input, Object[] a, int first) {
    String s;
    if (input instanceof String) {
      s = (String) input;
      if (s.startsWith("\ufeff")) {
        throw decodeError(errType, "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
      }
    } else if (BytesLike.check(input)) {
      byte[] b = BytesLike.bytes(input);
      int skip = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb
          && (b[2] & 0xff) == 0xbf ? 3 : 0;
      if (skip > 0) {
        byte[] c = new byte[b.length - 3];
        System.arraycopy(b, 3, c, 0, c.length);
        b = c;
      }
      s = Codecs.decode(b, "utf-8", "strict");
    } else {
      throw Errors.typeError("the JSON object must be str, bytes or bytearray, not "
          + Types.typeName(input));
    }
    Object cls = a[first];
    Object kw = a[first + 6];
    if (cls != PyNone.NONE) {
      Object dec = callCls(cls, DECODER_KW, a, first + 1, kw);
      return Ops.call(Ops.getAttr(dec, "decode"), new Object[] {s}, null);
    }
    rejectKw("loads", kw, "JSONDecoder");
    Hooks h = new Hooks();
    h.objectHook = orNull(a[first + 1]);
    h.parseFloat = orNull(a[first + 2]);
    h.parseInt = orNull(a[first + 3]);
    h.parseConstant = orNull(a[first + 4]);
    h.pairsHook = orNull(a[first + 5]);
    return decode(errType, s, h);
  }

  /** Thrown when Jackson accepted something CPython rejects. */
  private static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    Rejected() {
      super(null, null, false, false);
    }
  }

  private static Object decode(PyType errType, String s, Hooks h) {
    Budget.reserveMemory(4L * s.length());
    try (JsonParser p = FACTORY.createParser(s)) {
      Object v = value(p, p.nextToken(), h, 0);
      if (p.nextToken() != null) {
        throw new Rejected();
      }
      return v;
    } catch (JsonProcessingException | Rejected e) {
      JsonErrorLocator.Found f = JsonErrorLocator.locate(s);
      if (f == null) {
        f = new JsonErrorLocator.Found("Expecting value", 0);
      }
      throw decodeError(errType, f.msg(), s, f.pos());
    } catch (IOException e) {
      throw Errors.valueError("malformed JSON document");
    }
  }

  private static Object value(JsonParser p, JsonToken t, Hooks h, int depth)
      throws IOException, Rejected {
    Budget.chargeSteps(1);
    if (t == null) {
      throw new Rejected();
    }
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT: {
        String text = p.getText();
        if (h.parseInt != null) {
          return Ops.call(h.parseInt, new Object[] {text}, null);
        }
        return NumberParse.parseInt(text, 10);
      }
      case VALUE_NUMBER_FLOAT: {
        String text = p.getText();
        if (p.isNaN()) {
          if (!text.equals("NaN") && !text.equals("Infinity") && !text.equals("-Infinity")) {
            throw new Rejected();
          }
          if (h.parseConstant != null) {
            return Ops.call(h.parseConstant, new Object[] {text}, null);
          }
          return text.equals("NaN") ? Double.NaN
              : text.equals("Infinity") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (h.parseFloat != null) {
          return Ops.call(h.parseFloat, new Object[] {text}, null);
        }
        return Double.parseDouble(text);
      }
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return PyNone.NONE;
      case START_ARRAY: {
        checkDepth(depth + 1, "array");
        PyList list = new PyList();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          list.append(value(p, n, h, depth + 1));
        }
        return list;
      }
      case START_OBJECT: {
        checkDepth(depth + 1, "object");
        PyList pairs = h.pairsHook != null ? new PyList() : null;
        PyDict dict = pairs == null ? new PyDict() : null;
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_OBJECT) {
          if (n != JsonToken.FIELD_NAME) {
            throw new Rejected();
          }
          String key = p.currentName();
          Object v = value(p, p.nextToken(), h, depth + 1);
          if (pairs != null) {
            pairs.append(PyTuple.of(key, v));
          } else {
            dict.put(key, v);
          }
        }
        if (pairs != null) {
          return Ops.call(h.pairsHook, new Object[] {pairs}, null);
        }
        if (h.objectHook != null) {
          return Ops.call(h.objectHook, new Object[] {dict}, null);
        }
        return dict;
      }
      default:
        throw new Rejected();
    }
  }
}
