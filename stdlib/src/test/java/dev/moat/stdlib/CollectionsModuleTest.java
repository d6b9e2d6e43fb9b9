package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.Interpreter;
import dev.moat.PythonException;
import org.junit.jupiter.api.Test;

/** Generated from CPython 3.11: each expression's repr (or its exception) as CPython gives it. */
class CollectionsModuleTest {
  private static final String SETUP = "from collections import deque, Counter, OrderedDict, defaultdict, ChainMap\n";

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
    assertEquals("deque([2, 3], maxlen=2)", eval("deque([1, 2, 3], maxlen=2)"));
    assertEquals("deque(['a', 'b'])", eval("deque('ab')"));
    assertRaises("deque().pop()", "IndexError", "pop from an empty deque");
    assertRaises("deque([1])[3]", "IndexError", "deque index out of range");
    assertRaises("deque([1]).index(2)", "ValueError", "2 is not in deque");
    assertEquals("Counter({'b': 3, 'a': 2, 'c': 1})", eval("Counter('aabbbc')"));
    assertEquals("[('b', 3)]", eval("Counter('aabbbc').most_common(1)"));
    assertEquals("0", eval("Counter('aab')['z']"));
    assertEquals("Counter({'a': 2})", eval("Counter(a=3) - Counter(a=1, b=2)"));
    assertEquals("Counter({'a': 4, 'b': 2})", eval("Counter(a=3) + Counter(a=1, b=2)"));
    assertEquals("Counter({'a': 1})", eval("Counter(a=3) & Counter(a=1, b=2)"));
    assertEquals("Counter({'a': 3, 'b': 2})", eval("Counter(a=3) | Counter(a=1, b=2)"));
    assertEquals("['a', 'a', 'b']", eval("sorted(Counter(a=2, b=1).elements())"));
    assertEquals("Counter()", eval("Counter()"));
    assertEquals("OrderedDict([('a', 1), ('b', 2)])", eval("OrderedDict(a=1, b=2)"));
    assertEquals("OrderedDict()", eval("OrderedDict()"));
    assertEquals("('a', 1)", eval("OrderedDict(a=1).popitem(last=False)"));
    assertRaises("OrderedDict().popitem()", "KeyError", "'dictionary is empty'");
    assertEquals("defaultdict(<class 'list'>, {'a': [1]})", eval("defaultdict(list, {'a': [1]})"));
    assertEquals("0", eval("defaultdict(int)['x']"));
    assertRaises("defaultdict(None)['x']", "KeyError", "'x'");
    assertRaises("defaultdict(3)", "TypeError", "first argument must be callable or None");
    assertEquals("3", eval("ChainMap({'a': 1}, {'a': 2, 'b': 3})['b']"));
    assertEquals("ChainMap({'a': 1}, {'b': 2})", eval("ChainMap({'a': 1}, {'b': 2})"));
    assertEquals("ChainMap({'b': 2})", eval("ChainMap({'a': 1}, {'b': 2}).parents"));
    assertEquals("2", eval("len(ChainMap({'a': 1}, {'a': 2, 'b': 3}))"));
    assertEquals("ChainMap({'x': 1}, {})", eval("ChainMap({}).new_child({'x': 1})"));
  }
}
