package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.Interpreter;
import dev.moat.PythonException;
import org.junit.jupiter.api.Test;

/** Generated from CPython 3.11: each expression's repr (or its exception) as CPython gives it. */
class OperatorModuleTest {
  private static final String SETUP = "import operator as op\nclass A: pass\na = A(); a.b = A(); a.b.c = 42; a.x = 1\n";

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
    assertEquals("3", eval("op.add(1, 2)"));
    assertEquals("1.5", eval("op.sub(5, 3.5)"));
    assertEquals("'ababab'", eval("op.mul('ab', 3)"));
    assertEquals("3.5", eval("op.truediv(7, 2)"));
    assertEquals("-4", eval("op.floordiv(-7, 2)"));
    assertEquals("2", eval("op.mod(-7, 3)"));
    assertEquals("1267650600228229401496703205376", eval("op.pow(2, 100)"));
    assertEquals("-3", eval("op.neg(3)"));
    assertEquals("-3", eval("op.pos(-3)"));
    assertEquals("4.5", eval("op.abs(-4.5)"));
    assertEquals("-6", eval("op.invert(5)"));
    assertEquals("-1", eval("op.inv(0)"));
    assertEquals("1180591620717411303424", eval("op.lshift(1, 70)"));
    assertEquals("4", eval("op.rshift(16, 2)"));
    assertEquals("2", eval("op.and_(6, 3)"));
    assertEquals("{1, 2}", eval("op.or_({1}, {2})"));
    assertEquals("5", eval("op.xor(6, 3)"));
    assertEquals("True", eval("op.not_(0)"));
    assertEquals("False", eval("op.truth([])"));
    assertEquals("True", eval("op.is_(None, None)"));
    assertEquals("True", eval("op.is_not(1, None)"));
    assertEquals("True", eval("op.eq(1, 1.0)"));
    assertEquals("True", eval("op.ne(1, 2)"));
    assertEquals("True", eval("op.lt(1, 2)"));
    assertEquals("True", eval("op.le(2, 2)"));
    assertEquals("False", eval("op.gt('a', 'b')"));
    assertEquals("True", eval("op.ge(3, 2)"));
    assertEquals("True", eval("op.contains([1, 2], 2)"));
    assertEquals("2", eval("op.countOf([1, 2, 1], 1)"));
    assertEquals("2", eval("op.indexOf('abc', 'c')"));
    assertRaises("op.indexOf([1], 5)", "ValueError", "sequence.index(x): x not in sequence");
    assertEquals("[2, 3]", eval("op.getitem([1, 2, 3], slice(1, None))"));
    assertRaises("op.getitem({}, 'k')", "KeyError", "'k'");
    assertEquals("[1, 2]", eval("op.concat([1], [2])"));
    assertRaises("op.concat(1, 2)", "TypeError", "'int' object can't be concatenated");
    assertEquals("7", eval("op.index(7)"));
    assertRaises("op.index(1.5)", "TypeError", "'float' object cannot be interpreted as an integer");
    assertEquals("2", eval("op.length_hint([1, 2])"));
    assertEquals("7", eval("op.length_hint(5, 7)"));
    assertRaises("op.add(1, 'a')", "TypeError", "unsupported operand type(s) for +: 'int' and 'str'");
  }

  @Test
  void cases1() throws Exception {
    assertRaises("op.truediv(1, 0)", "ZeroDivisionError", "division by zero");
    assertEquals("'b'", eval("op.itemgetter(1)('abc')"));
    assertEquals("('a', 'c')", eval("op.itemgetter(0, 2)('abc')"));
    assertEquals("operator.itemgetter(1)", eval("op.itemgetter(1)"));
    assertEquals("operator.itemgetter(1, 'a')", eval("op.itemgetter(1, 'a')"));
    assertEquals("operator.attrgetter('a.b', 'c')", eval("op.attrgetter('a.b', 'c')"));
    assertEquals("operator.methodcaller('split', ',', maxsplit=1)", eval("op.methodcaller('split', ',', maxsplit=1)"));
    assertEquals("42", eval("op.attrgetter('b.c')(a)"));
    assertEquals("(1, 42)", eval("op.attrgetter('x', 'b.c')(a)"));
    assertRaises("op.attrgetter('zz')(a)", "AttributeError", "'A' object has no attribute 'zz'");
    assertRaises("op.attrgetter(1)", "TypeError", "attribute name must be a string");
    assertRaises("op.methodcaller(1)", "TypeError", "method name must be a string");
    assertEquals("['a', 'b,c']", eval("op.methodcaller('split', ',', maxsplit=1)('a,b,c')"));
    assertEquals("[1, 2]", eval("op.iadd([1], [2])"));
    assertEquals("3", eval("op.isub(5, 2)"));
    assertEquals("9", eval("op.imul(3, 3)"));
    assertEquals("8", eval("op.ipow(2, 3)"));
    assertEquals("'ab'", eval("op.iconcat('a', 'b')"));
    assertEquals("{1, 2}", eval("op.ior({1}, {2})"));
    assertEquals("0.25", eval("op.itruediv(1, 4)"));
    assertEquals("2", eval("op.ifloordiv(9, 4)"));
    assertEquals("1", eval("op.imod(9, 4)"));
    assertEquals("8", eval("op.ilshift(1, 3)"));
    assertEquals("1", eval("op.irshift(8, 3)"));
    assertEquals("2", eval("op.iand(7, 2)"));
    assertEquals("5", eval("op.ixor(7, 2)"));
    assertEquals("[(2, 'a'), (1, 'b'), (0, 'c')]", eval("sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1))"));
    assertEquals("'itemgetter'", eval("type(op.itemgetter(1)).__name__"));
    assertEquals("5", eval("op.__add__(2, 3)"));
    assertEquals("3", eval("op.call(len, 'abc')"));
  }
}
