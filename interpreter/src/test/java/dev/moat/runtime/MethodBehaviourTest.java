package dev.moat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of the built-in methods beyond single calls: delegation to the formatting code,
 * the operators that reach the methods' algorithms, budgets, and the sandbox boundary. Expected
 * values come from CPython 3.11.
 */
class MethodBehaviourTest extends MethodTestSupport {

  private static String repr(Object o) {
    return Ops.repr(o);
  }

  // ---------------------------------------------------------------- str.format

  @Test
  void formatRendersEachFieldWithFormatting() {
    // every field goes through format(value, spec), whatever the spec language does
    Object r = Ops.call(Ops.getAttr("{0:>5}|{1!r:^9}|{x:{w}}|{0}", "format"),
        args(1L, "a", 2.5, "08.3f"), kw("x", "w"));
    assertEquals(Formatting.format(1L, ">5") + "|" + Formatting.format("'a'", "^9") + "|"
        + Formatting.format(2.5, "08.3f") + "|1", r);
  }

  @Test
  void formatNestedSpecIsExpandedBeforeFormatting() {
    Object r = Ops.call(Ops.getAttr("{0:{1}{2}}", "format"), args(5L, ">", 4L), null);
    assertEquals(Formatting.format(5L, ">4"), r);
    r = Ops.call(Ops.getAttr("{:{}}|{:{}}", "format"), args("a", "3", 7L, "4"), null);
    assertEquals(Formatting.format("a", "3") + "|" + Formatting.format(7L, "4"), r);
  }

  @Test
  void formatAttributesGoThroughGetAttr() {
    PyType point = PyType.createClass("Point", new PyType[0], new LinkedHashMap<>());
    PyInstance p = new PyInstance(point);
    Ops.setAttr(p, "x", 3L);
    Ops.setAttr(p, "tags", list("a", "b"));
    assertEquals("3 b", Ops.call(Ops.getAttr("{0.x} {0.tags[1]}", "format"), args(p), null));
    PyException e = assertThrows(PyException.class,
        () -> Ops.call(Ops.getAttr("{0.y}", "format"), args(p), null));
    assertEquals("AttributeError", e.pyType().name());
    assertEquals("'Point' object has no attribute 'y'", Ops.str(e.exception()));
  }

  @Test
  void formatMapUsesAnyMapping() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__getitem__", BuiltinFunction.of("__getitem__", "self, key",
        a -> ((String) a[1]).toUpperCase(java.util.Locale.ROOT)));
    PyType upper = PyType.createClass("Upper", new PyType[0], ns);
    Object r = Ops.call(Ops.getAttr("{a}-{bc}", "format_map"), args(new PyInstance(upper)),
        null);
    assertEquals("A-BC", r);
  }

  // ---------------------------------------------------------------- bytes %

  @Test
  void bytesPercentDelegatesNumbersToStrFormatting() {
    Object r = Ops.call(Ops.getAttr(b("%x|%5d|%-4o|%.2f|%s"), "__mod__"),
        args(tup(255L, 3L, 8L, 1.5, b("z"))), null);
    String expected = Formatting.percent("%x|%5d|%-4o|%.2f|", tup(255L, 3L, 8L, 1.5)) + "z";
    assertEquals(new PyBytes(expected.getBytes(StandardCharsets.ISO_8859_1)), r);
  }

  // ---------------------------------------------------------------- operators

  @Test
  void setOperatorsIterateInCpythonOrder() {
    // CPython: {1} ^ {9} == {9, 1}; {1, 9} & {9, 1} iterates the right operand
    assertEquals("{9, 1}", repr(Ops.binary(BinaryOp.BITXOR, set(1L), set(9L))));
    assertEquals("{1, 9}", repr(Ops.binary(BinaryOp.BITXOR, set(9L), set(1L))));
    assertEquals("{9, 1}", repr(Ops.binary(BinaryOp.BITAND, set(1L, 9L), set(9L, 1L))));
    assertEquals("{16, 1, 2, 3, 4}", repr(set(1L, 2L, 3L, 4L, 16L).copy(false)));
    assertEquals("frozenset({1, 2})", repr(Ops.binary(BinaryOp.SUB, fset(1L, 2L, 3L),
        set(3L))));
  }

  @Test
  void inPlaceSetOperatorsUseTheMethodsAlgorithms() {
    assertEquals("{9, 1}", repr(Ops.inplace(BinaryOp.BITAND, set(1L, 2L, 3L, 9L),
        set(9L, 1L, 17L))));
    PySet big = set();
    for (long i = 0; i < 40; i++) {
      big.add(i);
    }
    PySet drop = set();
    for (long i = 3; i < 40; i++) {
      drop.add(i);
    }
    assertEquals("{0, 1, 2}", repr(Ops.inplace(BinaryOp.SUB, big, drop)));
    assertEquals("{1, 9, 17}", repr(Ops.inplace(BinaryOp.BITXOR, set(1L, 2L),
        set(2L, 9L, 17L))));
  }

  @Test
  void divmodFallsBackWhenTheMethodDeclines() {
    PyException e = assertThrows(PyException.class,
        () -> Ops.call(Builtins.defaults().get("divmod"), args(1L, "a"), null));
    assertEquals("unsupported operand type(s) for divmod(): 'int' and 'str'",
        Ops.str(e.exception()));
    assertEquals("(2, 1)", repr(Ops.call(Builtins.defaults().get("divmod"), args(7L, 3L),
        null)));
  }

  @Test
  void dictViewOperatorsAndComparisons() {
    PyDict d = dict(1L, "a", 2L, "b");
    DictView keys = view(d, "keys");
    DictView items = view(d, "items");
    assertEquals("{2}", repr(Ops.binary(BinaryOp.BITAND, keys, set(2L, 5L))));
    assertEquals("{2}", repr(Ops.binary(BinaryOp.BITAND, set(2L, 5L), keys)));
    assertEquals("{1, 2, 3}", repr(Ops.binary(BinaryOp.BITOR, list(3L), keys)));
    assertEquals("{1}", repr(Ops.binary(BinaryOp.SUB, keys, list(2L))));
    assertEquals("{1, 2, 5}", repr(Ops.binary(BinaryOp.BITXOR, keys, set(5L))));
    assertEquals("{(1, 'a')}", repr(Ops.binary(BinaryOp.SUB, items, set(tup(2L, "b")))));
    assertEquals(Boolean.TRUE, Ops.compare(keys, set(1L, 2L), CmpOp.EQ));
    assertEquals(Boolean.TRUE, Ops.compare(set(1L, 2L), keys, CmpOp.EQ));
    assertEquals(Boolean.FALSE, Ops.compare(keys, list(1L, 2L), CmpOp.EQ));
    assertEquals(Boolean.TRUE, Ops.compare(keys, set(1L, 2L, 3L), CmpOp.LT));
    assertEquals(Boolean.TRUE, Ops.compare(set(1L, 2L, 3L), keys, CmpOp.GT));
    assertEquals(Boolean.TRUE, Ops.compare(items, view(dict(2L, "b", 1L, "a"), "items"),
        CmpOp.EQ));
    DictView values = view(d, "values");
    assertEquals(Boolean.FALSE, Ops.compare(values, view(d, "values"), CmpOp.EQ));
    PyException e = assertThrows(PyException.class,
        () -> Ops.binary(BinaryOp.BITAND, values, set(1L)));
    assertEquals("unsupported operand type(s) for &: 'dict_values' and 'set'",
        Ops.str(e.exception()));
    e = assertThrows(PyException.class, () -> Ops.compare(keys, list(1L), CmpOp.LT));
    assertEquals("'<' not supported between instances of 'dict_keys' and 'list'",
        Ops.str(e.exception()));
    e = assertThrows(PyException.class, () -> Ops.hash(keys));
    assertEquals("unhashable type: 'dict_keys'", Ops.str(e.exception()));
  }

  @Test
  void reversedDictAndViewsAndLiveValues() {
    PyDict d = dict(1L, "a", 2L, "b", 3L, "c");
    assertEquals("[3, 2, 1]", repr(apply("list", apply("reversed", d))));
    assertEquals("[(3, 'c'), (2, 'b'), (1, 'a')]",
        repr(apply("list", apply("reversed", view(d, "items")))));
    assertEquals("[3, 2, 1]", repr(apply("list", apply("reversed",
        Ops.getAttr(view(d, "keys"), "mapping")))));
    PyIterator it = (PyIterator) apply("reversed", d);
    assertEquals("dict_reversekeyiterator", Types.typeName(it));
    it.next();
    d.put(4L, "d");
    PyException e = assertThrows(PyException.class, it::next);
    assertEquals("dictionary changed size during iteration", Ops.str(e.exception()));
  }

  @Test
  void boolBitwiseOperatorsKeepBool() {
    assertEquals(Boolean.FALSE, Ops.binary(BinaryOp.BITAND, true, false));
    assertEquals(Boolean.TRUE, Ops.binary(BinaryOp.BITXOR, true, false));
    assertEquals(1L, Ops.binary(BinaryOp.BITAND, true, 3L));
  }

  @Test
  void classMethodsAndStaticMethodsBindThroughTypeAndInstance() {
    assertEquals("b'\\xab'", repr(call(Types.BYTES, "fromhex", args("ab"), null)));
    assertEquals("b'\\xab'", repr(call(b(""), "fromhex", args("ab"), null)));
    assertEquals("True", repr(call(Types.BOOL, "from_bytes", args(b("\001")), null)));
    assertEquals("{'a': 0}", repr(call(Types.DICT, "fromkeys", args("a", 0L), null)));
    assertEquals("3.0", repr(call(Types.FLOAT, "fromhex", args("0x1.8p1"), null)));
    assertEquals("{97: 98}", repr(call(Types.STR, "maketrans", args("a", "b"), null)));
    assertEquals("{97: 98}", repr(call("x", "maketrans", args("a", "b"), null)));
    raises(Types.STR, "upper", args(1L), null, "TypeError",
        "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
    assertSame(NONE, Ops.getAttr(list(), "__hash__"));
    assertEquals(1L, Ops.getAttr(true, "real"));
  }

  @Test
  void surrogateHalvesDoNotMatchInsidePairs() {
    String smile = "\ud83d\ude00";
    assertEquals(-1L, call(smile, "find", args("\ud83d"), null));
    assertEquals(-1L, call(smile, "find", args("\ude00"), null));
    assertEquals(0L, call(smile, "count", args("\ude00"), null));
    assertEquals("['a\ud83d\ude00b']", repr(call("a" + smile + "b", "split", args("\ude00"),
        null)));
    assertEquals(Boolean.FALSE, call(smile, "startswith", args("\ud83d"), null));
    assertEquals(1L, call("a" + smile, "index", args(smile), null));
    assertEquals(smile, call(smile, "removeprefix", args("\ud83d"), null));
  }

  // ---------------------------------------------------------------- budgets

  private static <T> T withBudget(long maxMemory, long maxSteps,
      java.util.function.Supplier<T> body) {
    InterpreterState st = new InterpreterState(Builtins.newNamespace());
    st.configure(maxSteps, Long.MAX_VALUE, maxMemory, 1000, Long.MAX_VALUE);
    InterpreterState prev = st.enter();
    try {
      st.startRun();
      return body.get();
    } finally {
      InterpreterState.leave(prev);
    }
  }

  @Test
  void bigResultsAreCheckedAgainstTheMemoryBudgetFirst() {
    long mb = 1 << 20;
    PyBytes megabyte = new PyBytes(new byte[(int) mb]);
    for (Object[] c : new Object[][] {
        {"a", "center", args(100_000_000L)},
        {"a", "ljust", args(100_000_000L, "*")},
        {"a", "zfill", args(100_000_000L)},
        {"\t", "expandtabs", args(100_000_000L)},
        {"a", "__mul__", args(100_000_000L)},
        {b("a"), "rjust", args(100_000_000L)},
        {megabyte, "hex", args()},
        {(Object) 1L, "to_bytes", args(100_000_000L)}}) {
      Object recv = c[0];
      BudgetExceededError e = assertThrows(BudgetExceededError.class,
          () -> withBudget(mb, Long.MAX_VALUE, () -> call(recv, (String) c[1], (Object[]) c[2],
              null)), (String) c[1]);
      assertEquals(BudgetExceededError.Kind.MEMORY, e.kind());
    }
    String big = "ab".repeat(300_000);
    assertThrows(BudgetExceededError.class, () -> withBudget(mb, Long.MAX_VALUE,
        () -> call(big, "replace", args("a", "xyz"), null)));
    assertThrows(BudgetExceededError.class, () -> withBudget(mb, Long.MAX_VALUE,
        () -> call(",", "join", args(list(big, big)), null)));
  }

  @Test
  void hugeSizesFailAsPythonErrorsWithoutABudget() {
    for (Object[] c : new Object[][] {
        {"a", "center", args(Long.MAX_VALUE, "\ud83d\ude00")},
        {"a", "rjust", args(1L << 40)},
        {"\t\t\t", "expandtabs", args(1L << 62)},
        {b("\t\t\t"), "expandtabs", args(1L << 62)},
        {b("a"), "ljust", args(Long.MAX_VALUE)},
        {(Object) 1L, "to_bytes", args(1L << 40)}}) {
      PyException e = assertThrows(PyException.class,
          () -> call(c[0], (String) c[1], (Object[]) c[2], null), (String) c[1]);
      assertEquals("MemoryError", e.pyType().name(), (String) c[1]);
    }
    raises(b("%99999999999999999999s"), "__mod__", args(b("a")), null, "ValueError",
        "width too big");
    raises(b("%.99999999999999999999s"), "__mod__", args(b("a")), null, "ValueError",
        "prec too big");
    raises("a", "splitlines", args(1L << 40), null, "OverflowError",
        "Python int too large to convert to C int");
  }

  @Test
  void longScansChargeSteps() {
    String big = "a".repeat(1 << 20);
    BudgetExceededError e = assertThrows(BudgetExceededError.class,
        () -> withBudget(Long.MAX_VALUE, 1000, () -> {
          for (int i = 0; i < 100; i++) {
            call(big, "count", args("b"), null);
          }
          return null;
        }));
    assertEquals(BudgetExceededError.Kind.STEPS, e.kind());
    long used = withBudget(Long.MAX_VALUE, Long.MAX_VALUE, () -> {
      call(big, "upper", args(), null);
      return InterpreterState.current().stepsUsed();
    });
    assertTrue(used >= (1 << 20) / 64, "steps used: " + used);
  }
}
