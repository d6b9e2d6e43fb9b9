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
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
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
 * {@code JSONDecodeError}, and the subclassable {@code JSONEncoder} ({@code default},
 * {@code encode}, {@code iterencode}) and {@code JSONDecoder} ({@code decode},
 * {@code raw_decode}, {@code scan_once} from {@link JsonScanner}) that {@code cls=} selects.
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

  @Override
  public Set<String> moduleNames() {
    return Set.of("json", "json.decoder", "json.encoder");
  }

  /** The classes of one module instance (each interpreter has its own). */
  private static final class Classes {
    PyType decodeError;
    PyType encoder;
    PyType decoder;
    /** {@code _CONSTANTS.__getitem__}: the default {@code parse_constant}. */
    Object constants;
  }

  @Override
  public PyModule create(String name) {
    if (!name.equals("json")) {
      // the submodules live in the package, as CPython's json/__init__ imports them
      dev.moat.runtime.InterpreterState st = dev.moat.runtime.InterpreterState.current();
      PyModule pkg = st == null ? null : st.modules().get("json");
      if (pkg == null) {
        pkg = create("json");
      }
      return (PyModule) Ops.getAttr(pkg, name.substring(5));
    }
    Classes k = new Classes();
    k.decodeError = makeDecodeError();
    k.encoder = makeEncoder();
    k.decoder = makeDecoder(k);
    return ModuleBuilder.named("json")
        .function("dumps", DUMPS_PARAMS, a -> dumps(k, a, 1))
        .function("dump", DUMP_PARAMS, a -> {
          Object write = Ops.getAttr(a[1], "write");
          if (allDefaults(a, 2)) {
            JsonEncoder enc = new JsonEncoder(false, true, true, true, null, ", ", ": ", null,
                false);
            for (String chunk : enc.chunks(a[0])) {
              Ops.call(write, new Object[] {chunk}, null);
            }
            if (enc.failure != null) {
              throw enc.failure;
            }
            return PyNone.NONE;
          }
          Object enc = encoderInstance(k, a, 2);
          PyIterator it = Ops.iter(Ops.call(Ops.getAttr(enc, "iterencode"),
              new Object[] {a[0]}, null));
          for (Object chunk = it.next(); chunk != null; chunk = it.next()) {
            Ops.call(write, new Object[] {chunk}, null);
          }
          return PyNone.NONE;
        })
        .function("loads", LOADS_PARAMS, a -> loads(k, a[0], a, 1))
        .function("load", LOAD_PARAMS, a -> {
          Object s = Ops.call(Ops.getAttr(a[0], "read"), new Object[0], null);
          return loads(k, s, a, 1);
        })
        .constant("JSONDecodeError", k.decodeError)
        .constant("JSONEncoder", k.encoder)
        .constant("JSONDecoder", k.decoder)
        .constant("__path__", new PyList())
        .constant("decoder", ModuleBuilder.named("json.decoder")
            .constant("JSONDecoder", k.decoder)
            .constant("JSONDecodeError", k.decodeError)
            .build())
        .constant("encoder", ModuleBuilder.named("json.encoder")
            .constant("JSONEncoder", k.encoder)
            .function("encode_basestring", "s, /", a -> basestring(a[0], false))
            .function("encode_basestring_ascii", "s, /", a -> basestring(a[0], true))
            .build())
        .build();
  }

  private static String basestring(Object s, boolean ascii) {
    if (!(s instanceof String)) {
      throw Errors.typeError("first argument must be a string, not " + Types.typeName(s));
    }
    return new JsonEncoder(false, ascii, false, true, null, ", ", ": ", null, false)
        .quote((String) s);
  }

  // ------------------------------------------------------------------ JSONEncoder

  /** A method whose argument errors name {@code qual}, e.g. "JSONEncoder.__init__()". */
  private static BuiltinFunction method(String mname, String qual, String params,
      BuiltinFunction.Body body) {
    Signature sig = Signature.parse(qual, params);
    return BuiltinFunction.of(mname, "self, /, *args, **kwargs", a -> {
      Object[] pos = ((PyTuple) a[1]).array();
      PyDict kw = (PyDict) a[2];
      Object[] args = new Object[1 + pos.length + kw.size()];
      args[0] = a[0];
      System.arraycopy(pos, 0, args, 1, pos.length);
      String[] names = kw.size() == 0 ? null : new String[kw.size()];
      int i = 0;
      for (PyDict.Entry e : kw.entries()) {
        names[i] = (String) e.key;
        args[1 + pos.length + i++] = e.value;
      }
      return body.call(sig.bind(args, names));
    });
  }

  private static final String ENCODER_INIT = "self, *, skipkeys=False, ensure_ascii=True,"
      + " check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None,"
      + " default=None";

  private static PyType makeEncoder() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "json.encoder");
    ns.put("item_separator", ", ");
    ns.put("key_separator", ": ");
    ns.put("__init__", method("__init__", "JSONEncoder.__init__", ENCODER_INIT, a -> {
      Object self = a[0];
      String[] names = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys",
          "indent"};
      for (int i = 0; i < names.length; i++) {
        Ops.setAttr(self, names[i], a[1 + i]);
      }
      if (a[7] != PyNone.NONE) {
        Object[] parts = unpack2(a[7]);
        Ops.setAttr(self, "item_separator", parts[0]);
        Ops.setAttr(self, "key_separator", parts[1]);
      } else if (a[6] != PyNone.NONE) {
        Ops.setAttr(self, "item_separator", ",");
      }
      if (a[8] != PyNone.NONE) {
        Ops.setAttr(self, "default", a[8]);
      }
      return PyNone.NONE;
    }));
    ns.put("default", BuiltinFunction.of("default", "self, o", a -> {
      throw Errors.typeError("Object of type " + Types.typeOf(a[1]).name()
          + " is not JSON serializable");
    }));
    BuiltinFunction iterencode = BuiltinFunction.of("iterencode", "self, o, _one_shot=False",
        a -> {
          if (Ops.truth(a[2]) && Ops.getAttr(a[0], "indent") == PyNone.NONE) {
            return PyList.of(encoderOf(a[0]).encode(a[1]));
          }
          JsonEncoder enc = encoderOf(a[0]);
          Object o = a[1];
          return new PyIterator(PyIterator.GENERATOR) {
            private List<String> chunks;
            private int next;

            @Override
            public Object next() {
              if (chunks == null) {
                chunks = enc.chunks(o); // computed on the first next(), up to any error
              }
              if (next < chunks.size()) {
                return chunks.get(next++);
              }
              if (enc.failure != null) {
                dev.moat.runtime.PyException f = enc.failure;
                enc.failure = null;
                throw f;
              }
              return null;
            }
          };
        });
    ns.put("iterencode", iterencode);
    ns.put("encode", BuiltinFunction.of("encode", "self, o", a -> {
      Object self = a[0];
      if (a[1] instanceof String) {
        return encoderOf(self).quote((String) a[1]);
      }
      if (Types.typeOf(self).lookup("iterencode") == iterencode) {
        JsonEncoder enc = encoderOf(self);
        if (Ops.getAttr(self, "indent") != PyNone.NONE) {
          enc.pythonMessages();
        }
        return enc.encode(a[1]);
      }
      Object chunks = Ops.call(Ops.getAttr(self, "iterencode"), new Object[] {a[1], true},
          new String[] {"_one_shot"});
      StringBuilder sb = new StringBuilder();
      Object[] parts = dev.moat.runtime.Builtins.toArray(chunks);
      for (int i = 0; i < parts.length; i++) {
        Object c = parts[i];
        if (!(c instanceof String)) {
          throw Errors.typeError("sequence item " + i + ": expected str instance, "
              + Types.typeName(c) + " found");
        }
        Budget.reserveMemory(2L * ((String) c).length());
        sb.append((String) c);
      }
      return sb.toString();
    }));
    PyType t = PyType.createClass("JSONEncoder", new PyType[0], ns);
    return t;
  }

  /** An emitter configured from an encoder instance's attributes, read now. */
  private static JsonEncoder encoderOf(Object self) {
    Object indent = Ops.getAttr(self, "indent");
    String indentStr = null;
    if (indent != PyNone.NONE) {
      indentStr = indent instanceof String ? (String) indent
          : Ops.str(Ops.binary(Ast.BinaryOp.MULT, " ", indent));
    }
    return new JsonEncoder(Ops.truth(Ops.getAttr(self, "skipkeys")),
        Ops.truth(Ops.getAttr(self, "ensure_ascii")),
        Ops.truth(Ops.getAttr(self, "check_circular")),
        Ops.truth(Ops.getAttr(self, "allow_nan")), indentStr,
        asStr(Ops.getAttr(self, "item_separator")), asStr(Ops.getAttr(self, "key_separator")),
        Ops.getAttr(self, "default"), Ops.truth(Ops.getAttr(self, "sort_keys")));
  }

  // ------------------------------------------------------------------ JSONDecoder

  private static final String DECODER_INIT = "self, *, object_hook=None, parse_float=None,"
      + " parse_int=None, parse_constant=None, strict=True, object_pairs_hook=None";

  private static PyType makeDecoder(Classes k) {
    PyDict constants = new PyDict();
    constants.put("-Infinity", Double.NEGATIVE_INFINITY);
    constants.put("Infinity", Double.POSITIVE_INFINITY);
    constants.put("NaN", Double.NaN);
    k.constants = Ops.getAttr(constants, "__getitem__");
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "json.decoder");
    ns.put("__init__", method("__init__", "JSONDecoder.__init__", DECODER_INIT, a -> {
      Object self = a[0];
      Object objectHook = a[1];
      Object parseFloat = Ops.truth(a[2]) ? a[2] : Types.FLOAT;
      Object parseInt = Ops.truth(a[3]) ? a[3] : Types.INT;
      Object parseConstant = Ops.truth(a[4]) ? a[4] : k.constants;
      Object strict = a[5];
      Object pairsHook = a[6];
      Ops.setAttr(self, "object_hook", objectHook);
      Ops.setAttr(self, "parse_float", parseFloat);
      Ops.setAttr(self, "parse_int", parseInt);
      Ops.setAttr(self, "parse_constant", parseConstant);
      Ops.setAttr(self, "strict", strict);
      Ops.setAttr(self, "object_pairs_hook", pairsHook);
      Ops.setAttr(self, "memo", new PyDict());
      // like CPython's C scanner, scan_once takes the settings as they are now
      JsonScanner scanner = new JsonScanner(k.decodeError, Ops.truth(strict),
          objectHook == PyNone.NONE ? null : objectHook,
          pairsHook == PyNone.NONE ? null : pairsHook,
          parseFloat == Types.FLOAT ? null : parseFloat,
          parseInt == Types.INT ? null : parseInt,
          parseConstant == k.constants ? null : parseConstant);
      Ops.setAttr(self, "scan_once", BuiltinFunction.of("scan_once", "string, idx, /", b -> {
        if (!(b[0] instanceof String)) {
          throw Errors.typeError("first argument must be a string, not "
              + Types.typeName(b[0]));
        }
        long idx = Ops.asIndex(b[1], "idx");
        if (idx < 0) {
          throw Errors.valueError("idx cannot be negative");
        }
        String s = (String) b[0];
        if (idx > s.length()) {
          throw Errors.stopIteration(idx);
        }
        try {
          Object[] r = scanner.scanOnce(s, (int) idx);
          return PyTuple.of(r[0], (long) (Integer) r[1]);
        } catch (JsonScanner.Stop e) {
          throw Errors.stopIteration((long) e.pos);
        }
      }));
      return PyNone.NONE;
    }));
    ns.put("raw_decode", BuiltinFunction.of("raw_decode", "self, s, idx=0", a -> {
      Object scan = Ops.getAttr(a[0], "scan_once");
      try {
        return Ops.call(scan, new Object[] {a[1], a[2]}, null);
      } catch (PyException e) {
        if (!e.isInstance(ExceptionTypes.STOP_ITERATION)) {
          throw e;
        }
        Object pos = Ops.getAttr(e.exception(), "value");
        throw new PyException((PyBaseException) Ops.call(k.decodeError,
            new Object[] {"Expecting value", a[1], pos}, null));
      }
    }));
    ns.put("decode", BuiltinFunction.of("decode", "self, s, _w=None", a -> {
      Object s = a[1];
      if (!(s instanceof String)) {
        throw Errors.typeError(BytesLike.check(s)
            ? "cannot use a string pattern on a bytes-like object"
            : "expected string or bytes-like object, got '" + Types.typeName(s) + "'");
      }
      String str = (String) s;
      int start = 0;
      while (start < str.length() && isWs(str.charAt(start))) {
        start++;
      }
      Object r = Ops.call(Ops.getAttr(a[0], "raw_decode"), new Object[] {str, (long) start},
          new String[] {"idx"});
      Object[] pair = unpack2(r);
      long end = Ops.asIndex(pair[1], "end");
      int cpLen = str.codePointCount(0, str.length());
      if (end >= 0 && end <= cpLen) {
        int ci = str.offsetByCodePoints(0, (int) end);
        int skipped = 0;
        while (ci < str.length() && isWs(str.charAt(ci))) {
          ci++;
          skipped++;
        }
        end += skipped;
      }
      if (end != cpLen) {
        throw new PyException((PyBaseException) Ops.call(k.decodeError,
            new Object[] {"Extra data", str, end}, null));
      }
      return pair[0];
    }));
    return PyType.createClass("JSONDecoder", new PyType[0], ns);
  }

  private static boolean isWs(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
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

  /** True when every dumps option is at its default (CPython's shared-encoder shortcut). */
  private static boolean allDefaults(Object[] a, int first) {
    return !Ops.truth(a[first]) && Ops.truth(a[first + 1]) && Ops.truth(a[first + 2])
        && Ops.truth(a[first + 3]) && a[first + 4] == PyNone.NONE
        && a[first + 5] == PyNone.NONE && a[first + 6] == PyNone.NONE
        && a[first + 7] == PyNone.NONE && !Ops.truth(a[first + 8])
        && ((PyDict) a[first + 9]).isEmpty();
  }

  /** An encoder instance for dumps/dump: {@code cls} (JSONEncoder by default) with the options. */
  private static Object encoderInstance(Classes k, Object[] a, int first) {
    Object cls = a[first + 4] == PyNone.NONE ? k.encoder : a[first + 4];
    Object[] slots = {a[first], a[first + 1], a[first + 2], a[first + 3], a[first + 5],
        a[first + 6], a[first + 7], a[first + 8]};
    return callCls(cls, ENCODER_KW, slots, 0, a[first + 9]);
  }

  /** {@code a}: obj, [fp], skipkeys..sort_keys, kw starting at slot {@code first}. */
  private static Object dumps(Classes k, Object[] a, int first) {
    Object obj = a[0];
    Object cls = a[first + 4];
    if (cls != PyNone.NONE) {
      Object enc = encoderInstance(k, a, first);
      return Ops.call(Ops.getAttr(enc, "encode"), new Object[] {obj}, null);
    }
    Object skipkeys = a[first];
    Object ensureAscii = a[first + 1];
    Object checkCircular = a[first + 2];
    Object allowNan = a[first + 3];
    Object indent = a[first + 5];
    Object separators = a[first + 6];
    Object dflt = a[first + 7];
    Object sortKeys = a[first + 8];
    Object kw = a[first + 9];
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
    if (indentStr != null) {
      enc.pythonMessages();
    }
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
  private static Object loads(Classes k, Object input, Object[] a, int first) {
    PyType errType = k.decodeError;
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
    PyDict kw = (PyDict) a[first + 6];
    if (cls != PyNone.NONE || !kw.isEmpty()) {
      // cls(**kw).decode(s), passing the hooks that were given (in CPython's order)
      List<Object> args = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (PyDict.Entry e : kw.entries()) {
        args.add(e.value);
        names.add((String) e.key);
      }
      int[] order = {1, 5, 2, 3, 4};
      String[] hookNames = {"object_hook", "object_pairs_hook", "parse_float", "parse_int",
          "parse_constant"};
      for (int i = 0; i < order.length; i++) {
        Object h = a[first + order[i]];
        if (h != PyNone.NONE) {
          int at = names.indexOf(hookNames[i]);
          if (at >= 0) {
            args.set(at, h);
          } else {
            args.add(h);
            names.add(hookNames[i]);
          }
        }
      }
      Object dec = Ops.call(cls == PyNone.NONE ? k.decoder : cls, args.toArray(),
          names.toArray(new String[0]));
      return Ops.call(Ops.getAttr(dec, "decode"), new Object[] {s}, null);
    }
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
