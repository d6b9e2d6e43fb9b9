package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.Interpreter;
import dev.moat.PythonException;
import org.junit.jupiter.api.Test;

/** Generated from CPython 3.11: each expression's repr (or its exception) as CPython gives it. */
class ItertoolsModuleTest {
  private static final String SETUP = "import itertools as it\n";

  private Object eval(String expr) throws Exception {
    Interpreter interp = Interpreter.builder().build();
    interp.exec(SETUP);
    return interp.eval("repr(" + expr + ")");
  }

  private void assertRaises(String expr, String type, String message) {
    PythonException e = assertThrows(PythonException.class, () -> eval(expr));
    assertEquals(type, e.pythonType(), expr);
    assertEquals(message, e.pythonMessage(), expr);
  }

  @Test
  void cases0() throws Exception {
    assertEquals("[0, 1, 2, 3, 4]", eval("list(it.islice(it.count(), 5))"));
    assertEquals("count(3)", eval("it.count(3)"));
    assertEquals("count(1, 2)", eval("it.count(1, 2)"));
    assertEquals("['a', 'b', 'a', 'b', 'a']", eval("list(it.islice(it.cycle('ab'), 5))"));
    assertEquals("['x', 'x', 'x']", eval("list(it.repeat('x', 3))"));
    assertEquals("repeat(1, 2)", eval("it.repeat(1, 2)"));
    assertEquals("[4, 5, 7, 10]", eval("list(it.accumulate([1, 2, 3], initial=4))"));
    assertEquals("['a', 'b', 1]", eval("list(it.chain('ab', [1]))"));
    assertEquals("['a', 'b', 'c']", eval("list(it.chain.from_iterable(['ab', 'c']))"));
    assertEquals("['a', 'c']", eval("list(it.compress('abc', [1, 0, 1]))"));
    assertEquals("[2, 1]", eval("list(it.dropwhile(lambda x: x < 2, [1, 2, 1]))"));
    assertEquals("[1]", eval("list(it.takewhile(lambda x: x < 2, [1, 2, 1]))"));
    assertEquals("[0]", eval("list(it.filterfalse(None, [0, 1, 2]))"));
    assertEquals("[('a', ['a', 'a']), ('b', ['b']), ('c', ['c']), ('a', ['a'])]", eval("[(k, list(g)) for k, g in it.groupby('aabca')]"));
    assertEquals("[('a', []), ('b', [])]", eval("[(k, list(g)) for k, g in list(it.groupby('aab'))]"));
    assertEquals("['b', 'd']", eval("list(it.islice('abcdef', 1, 5, 2))"));
    assertRaises("it.islice('abc', -1)", "ValueError", "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    assertRaises("it.islice('abc', 0, 1, 0)", "ValueError", "Step for islice() must be a positive integer or None.");
    assertRaises("it.islice('abc', -1, 2)", "ValueError", "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    assertRaises("it.islice('abc')", "TypeError", "islice expected at least 2 arguments, got 1");
    assertEquals("[(1, 2), (2, 3)]", eval("list(it.pairwise([1, 2, 3]))"));
    assertEquals("[2, 4]", eval("list(it.starmap(max, [(1, 2), (4, 3)]))"));
    assertEquals("[['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c']]", eval("[list(t) for t in it.tee('abc', 3)]"));
    assertEquals("[('a', 'c'), ('b', 0)]", eval("list(it.zip_longest('ab', 'c', fillvalue=0))"));
    assertEquals("[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]", eval("list(it.product('ab', repeat=2))"));
    assertEquals("[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]", eval("list(it.permutations([1, 2, 3], 2))"));
    assertEquals("[('a', 'b'), ('a', 'c'), ('b', 'c')]", eval("list(it.combinations('abc', 2))"));
    assertEquals("[('a', 'a', 'a'), ('a', 'a', 'b'), ('a', 'b', 'b'), ('b', 'b', 'b')]", eval("list(it.combinations_with_replacement('ab', 3))"));
    assertRaises("it.combinations('a', -1)", "ValueError", "r must be non-negative");
    assertRaises("it.product('a', repeat=-1)", "ValueError", "repeat argument cannot be negative");
    assertRaises("it.tee('a', -1)", "ValueError", "n must be >= 0");
    assertEquals("'permutations'", eval("type(it.permutations('a')).__name__"));
  }
}
