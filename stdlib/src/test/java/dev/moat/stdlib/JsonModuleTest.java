package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.Interpreter;
import dev.moat.PythonException;
import dev.moat.runtime.text.FloatRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** json module: expected strings produced by CPython 3.11 and committed as literals. */
class JsonModuleTest {
  private final Interpreter interp = Interpreter.builder().build();

  private Object eval(String code) throws Exception {
    return interp.eval("import json\n" + code);
  }

  private void check(String expected, String code) throws Exception {
    assertEquals(expected, eval(code), code);
  }

  private void raises(String type, String message, String code) {
    PythonException e = assertThrows(PythonException.class, () -> eval(code), code);
    assertEquals(type, e.pythonType(), code);
    assertEquals(message, e.pythonMessage(), code);
  }

  @Test
  void decoderAndIterencodeChargeSteps() {
    for (String src : new String[] {
        "import json\njson.JSONDecoder().decode('[' + '1,' * 200_000 + '1]')",
        "import json\nfor c in json.JSONEncoder().iterencode([1] * 200_000): pass",
        "import json\nclass E(json.JSONEncoder): pass\njson.dumps([[1]] * 200_000, cls=E)"}) {
      Interpreter small = Interpreter.builder()
          .limits(dev.moat.Limits.builder().maxSteps(100_000).build()).build();
      dev.moat.BudgetExceededException e = assertThrows(dev.moat.BudgetExceededException.class,
          () -> small.exec(src), src);
      assertEquals(dev.moat.BudgetExceededException.Budget.STEPS, e.budget(), src);
    }
  }

  @Test
  void dumpsScalarsAndContainers() throws Exception {
    check("[null, true, false, 1, -2, 1.5, \"s\", [], {}]",
        "json.dumps([None, True, False, 1, -2, 1.5, 's', (), {}])");
    check("1267650600228229401496703205376", "json.dumps(2 ** 100)");
    check("[1e+300, 1e-07, -0.0, 0.1, 1.0]", "json.dumps([1e300, 1e-7, -0.0, 0.1, 1.0])");
    check("[NaN, Infinity, -Infinity]",
        "json.dumps([float('nan'), float('inf'), float('-inf')])");
    check("{\"a\": [1, 2], \"b\": {\"c\": null}}", "json.dumps({'a': [1, 2], 'b': {'c': None}})");
  }

  @Test
  void dumpsStrings() throws Exception {
    check("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\\u007f\\u00e9\\ud83d\\ude00\"",
        "json.dumps('\"\\\\\\b\\f\\n\\r\\t\\x00\\x1f\\x7f\\u00e9\\U0001F600')");
    check("\"\u007f\u00e9\ud83d\ude00\\n\"",
        "json.dumps('\\x7f\\u00e9\\U0001F600\\n', ensure_ascii=False)");
  }

  @Test
  void dumpsIndentSeparatorsSortKeys() throws Exception {
    check("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}",
        "json.dumps({'a': [1, 2], 'b': {}}, indent=2)");
    check("[\n1\n]", "json.dumps([1], indent=0)");
    check("[\n\t1,\n\t[]\n]", "json.dumps([1, []], indent='\\t')");
    check("{\"a\":1,\"b\":2}", "json.dumps({'b': 2, 'a': 1}, separators=(',', ':'), sort_keys=True)");
    check("{\n \"a\" = 1\n}", "json.dumps({'a': 1}, indent=1, separators=(',', ' = '))");
    raises("TypeError", "'<' not supported between instances of 'str' and 'int'",
        "json.dumps({1: 1, 'a': 2}, sort_keys=True)");
  }

  @Test
  void dumpsKeys() throws Exception {
    check("{\"1\": 0, \"2.5\": 0, \"false\": 0, \"null\": 0, \"Infinity\": 0}",
        "json.dumps({1: 0, 2.5: 0, True: 0, False: 0, None: 0, float('inf'): 0})");
    check("{\"true\": 1}", "json.dumps({True: 1})");
    raises("TypeError", "keys must be str, int, float, bool or None, not tuple",
        "json.dumps({(1,): 2})");
    check("{\"a\": 1}", "json.dumps({(1,): 2, 'a': 1}, skipkeys=True)");
  }

  @Test
  void dumpsErrorsAndDefault() throws Exception {
    raises("ValueError", "Out of range float values are not JSON compliant",
        "json.dumps([float('nan')], allow_nan=False)");
    raises("TypeError", "Object of type set is not JSON serializable", "json.dumps({1})");
    check("[1, 2]", "json.dumps({2, 1}, default=sorted)");
    raises("ValueError", "Circular reference detected", "a = []\na.append(a)\njson.dumps(a)");
    raises("RecursionError", "maximum recursion depth exceeded while encoding a JSON object",
        "a = []\na.append(a)\njson.dumps(a, check_circular=False)");
    raises("TypeError", "dumps() takes 1 positional argument but 2 were given",
        "json.dumps(1, 2)");
  }

  @Test
  void loadsValuesAndHooks() throws Exception {
    check("{'a': [1, 2.5, 'x', True, False, None]}",
        "repr(json.loads('{\"a\": [1, 2.5, \"x\", true, false, null]}'))");
    check("[123456789012345678901234567890, inf, nan, -inf]",
        "repr(json.loads('[123456789012345678901234567890, 1e400, NaN, -Infinity]'))");
    check("{'a': 2}", "repr(json.loads('{\"a\": 1, \"a\": 2}'))");
    check("[('a', 1), ('a', 2)]",
        "repr(json.loads('{\"a\": 1, \"a\": 2}', object_pairs_hook=lambda p: p))");
    check("[['a', 1]]", "repr(json.loads('{\"a\": 1}', object_hook=lambda d: [list(i) for i in d.items()]))");
    check("['F1.5', 'I2', 'nan']",
        "repr(json.loads('[1.5, 2, NaN]', parse_float=lambda s: 'F' + s,"
        + " parse_int=lambda s: 'I' + s, parse_constant=str.lower))");
    check("é😀", "json.loads('\"\\\\u00e9\\\\ud83d\\\\ude00\"')");
    check("[1]", "repr(json.loads(b'[1]'))");
  }

  @Test
  void loadsErrors() throws Exception {
    raises("json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)",
        "json.loads('')");
    raises("json.decoder.JSONDecodeError",
        "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)",
        "json.loads('{\"a\":1,}')");
    raises("json.decoder.JSONDecodeError", "Expecting ',' delimiter: line 1 column 4 (char 3)",
        "json.loads('[1 2]')");
    raises("json.decoder.JSONDecodeError", "Expecting ':' delimiter: line 1 column 5 (char 4)",
        "json.loads('{\"a\"')");
    raises("json.decoder.JSONDecodeError", "Extra data: line 1 column 5 (char 4)",
        "json.loads('\"\\U0001F600\" x')");
    raises("json.decoder.JSONDecodeError",
        "Unterminated string starting at: line 2 column 1 (char 2)", "json.loads('[\\n\"abc')");
    raises("json.decoder.JSONDecodeError", "Invalid control character at: line 1 column 3 (char 2)",
        "json.loads('\"a\\nb\"')");
    raises("json.decoder.JSONDecodeError", "Invalid \\escape: line 1 column 3 (char 2)",
        "json.loads('\"a\\\\x\"')");
    raises("json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)",
        "json.loads('-INF')");
    raises("RecursionError",
        "maximum recursion depth exceeded while decoding a JSON array from a unicode string",
        "json.loads('[' * 5000)");
    raises("TypeError", "the JSON object must be str, bytes or bytearray, not int",
        "json.loads(1)");
    check("Expecting value 4 2 3", "try:\n  json.loads('[\\n1,]')\n"
        + "except json.JSONDecodeError as e:\n  r = f'{e.msg} {e.pos} {e.lineno} {e.colno}'\nr");
  }

  @Test
  void dumpAndLoadUseFileLikeObjects() throws Exception {
    check("['{', '\"a\"', ': ', '1', '}'] {'b': [2]}", "class W:\n  def __init__(self): self.parts = []\n"
        + "  def write(self, s): self.parts.append(s)\n"
        + "class R:\n  def read(self): return '{\"b\": [2]}'\n"
        + "w = W()\njson.dump({'a': 1}, w)\nf'{w.parts} {json.load(R())}'");
  }

  // ---------------------------------------------------------------- property

  @Provide
  Arbitrary<Object> values() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
        Arbitraries.strings().withChars("\"\\\n\t\u0000\u001féü中😀/ ").ofMaxLength(8)
            .map(s -> (Object) s),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.bigIntegers().between(BigInteger.TWO.pow(80).negate(), BigInteger.TWO.pow(80))
            .map(b -> b.bitLength() < 64 ? (Object) b.longValue() : (Object) b),
        Arbitraries.doubles().filter(Double::isFinite).map(d -> (Object) d),
        Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b),
        Arbitraries.just(null));
    return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
        inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l)),
        Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), inner).ofMaxSize(4)
            .map(m -> (Object) new LinkedHashMap<>(m))), 3);
  }

  @Property(tries = 150)
  void roundTripsAndMatchesReference(@ForAll("values") Object x) throws Exception {
    interp.set("x", x);
    assertEquals(reference(x), eval("json.dumps(x)"));
    assertEquals(Boolean.TRUE, eval("json.loads(json.dumps(x)) == x"));
  }

  /** json.dumps with default options, written independently of the module. */
  static String reference(Object v) {
    StringBuilder sb = new StringBuilder();
    ref(v, sb);
    return sb.toString();
  }

  private static void ref(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Boolean) {
      sb.append(((Boolean) v) ? "true" : "false");
    } else if (v instanceof Long || v instanceof BigInteger) {
      sb.append(v);
    } else if (v instanceof Double) {
      sb.append(FloatRepr.repr((Double) v));
    } else if (v instanceof String) {
      sb.append('"');
      for (char c : ((String) v).toCharArray()) {
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (c == '\t') {
          sb.append("\\t");
        } else if (c == '\r') {
          sb.append("\\r");
        } else if (c == '\b') {
          sb.append("\\b");
        } else if (c == '\f') {
          sb.append("\\f");
        } else if (c < 0x20 || c > 0x7e) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    } else if (v instanceof List) {
      sb.append('[');
      String sep = "";
      for (Object o : (List<?>) v) {
        sb.append(sep);
        ref(o, sb);
        sep = ", ";
      }
      sb.append(']');
    } else {
      sb.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        sb.append(sep);
        ref(e.getKey(), sb);
        sb.append(": ");
        ref(e.getValue(), sb);
        sep = ", ";
      }
      sb.append('}');
    }
  }
}
