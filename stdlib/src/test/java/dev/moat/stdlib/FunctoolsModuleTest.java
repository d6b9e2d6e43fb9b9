package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.Interpreter;
import dev.moat.PythonException;
import org.junit.jupiter.api.Test;

/** Generated from CPython 3.11: each expression's repr (or its exception) as CPython gives it. */
class FunctoolsModuleTest {
  private static final String SETUP = "import functools as ft\nimport operator\ndef f(a, b, c=3, *, d=4): return (a, b, c, d)\n@ft.lru_cache(maxsize=2)\ndef sq(x): return x * x\n";

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
    assertEquals("6", eval("ft.reduce(operator.add, [1, 2, 3])"));
    assertEquals("7", eval("ft.reduce(operator.add, [], 7)"));
    assertRaises("ft.reduce(operator.add, [])", "TypeError", "reduce() of empty iterable with no initial value");
    assertRaises("ft.reduce(operator.add, 3)", "TypeError", "reduce() arg 2 must support iteration");
    assertRaises("ft.reduce(operator.add)", "TypeError", "reduce expected at least 2 arguments, got 1");
    assertEquals("(1, 2, 3, 5)", eval("ft.partial(f, 1, d=5)(2)"));
    assertEquals("(1, 2)", eval("ft.partial(ft.partial(f, 1), 2, c=0).args"));
    assertEquals("{'d': 0}", eval("ft.partial(ft.partial(f, 1, d=1), 2, d=0).keywords"));
    assertEquals("True", eval("ft.partial(f, 1).func is f"));
    assertEquals("functools.partial(<built-in function len>, 'a')", eval("ft.partial(len, 'a')"));
    assertRaises("ft.partial(1)", "TypeError", "the first argument must be callable");
    assertEquals("[4, 4, 9, 16, 4, CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)]", eval("[sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info()]"));
    assertEquals("0", eval("sq.cache_info().hits"));
    assertEquals("(0, 0, 2, 0)", eval("tuple(sq.cache_info())"));
    assertRaises("ft.lru_cache('x')", "TypeError", "Expected first argument to be an integer, a callable, or None");
    assertEquals("3", eval("ft.cache(len)('abc')"));
    assertEquals("[3, 2, 1]", eval("sorted([1, 3, 2], key=ft.cmp_to_key(lambda a, b: b - a))"));
    assertEquals("('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')", eval("ft.WRAPPER_ASSIGNMENTS"));
    assertEquals("'f'", eval("ft.update_wrapper(lambda: 0, f).__name__"));
    assertEquals("True", eval("ft.update_wrapper(lambda: 0, f).__wrapped__ is f"));
  }
}
