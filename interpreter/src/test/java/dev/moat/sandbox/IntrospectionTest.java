package dev.moat.sandbox;

import static dev.moat.sandbox.Sandbox.assertClean;
import static dev.moat.sandbox.Sandbox.assertPyError;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Escape attempts through attributes, built-ins, imports and format strings. */
class IntrospectionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "().__class__.__base__.__subclasses__()|AttributeError",
      "type(1).__mro__[-1].__subclasses__()|AttributeError",
      "type.__subclasses__(object)|AttributeError",
      "object.__subclasses__()|AttributeError",
      "int.__subclasses__()|AttributeError",
      "BaseException.__subclasses__()|AttributeError",
      "def f(): pass\\nf.__globals__|AttributeError",
      "def f(): pass\\nf.__code__|AttributeError",
      "def f(): pass\\nf.__closure__|AttributeError",
      "def f(): pass\\nf.__builtins__|AttributeError",
      "(lambda: 0).__globals__|AttributeError",
      "try:\\n    1/0\\nexcept Exception as e:\\n    e.__traceback__.tb_frame|AttributeError",
      "__builtins__|NameError",
      "__import__('os')|NameError",
      "open('/etc/passwd')|NameError",
      "eval('1')|NameError",
      "exec('x=1')|NameError",
      "compile('1', 'a', 'eval')|NameError",
      "breakpoint()|NameError",
      "input()|NameError",
      "exit()|NameError",
      "quit()|NameError",
      "import os|ModuleNotFoundError",
      "import sys|ModuleNotFoundError",
      "import jdk|ModuleNotFoundError",
      "from os import system|ModuleNotFoundError",
      "import builtins|ModuleNotFoundError",
      "class A: pass\\n'{0.__init__.__globals__}'.format(A())|AttributeError",
      "'{0.__class__.__subclasses__}'.format(1)|AttributeError",
      "print.__self__|AttributeError",
      "len.__module__|AttributeError",
      "(1).__reduce__()|AttributeError",
      "object.__reduce_ex__|AttributeError",
      "getattr(1, '__globals__')|AttributeError",
      "getattr(print, '__self__')|AttributeError",
      "type('A', (), {}).__subclasses__()|AttributeError",
  })
  void escapeAttemptsArePythonErrors(String src, String type) {
    assertPyError(src.replace("\\n", "\n"), type);
  }

  @Test
  void frameIntrospectionGivesSnapshotsOfScriptValuesOnly() throws Exception {
    dev.moat.Interpreter in = dev.moat.Interpreter.builder().build();
    Object g = in.eval("x = 1\ndef f(a):\n    b = a\n    return locals()\n"
        + "r = (sorted(globals()), f(2), vars(), dir())\nglobals()['x'] = 99\nr");
    org.junit.jupiter.api.Assertions.assertTrue(g.toString().startsWith(
        "[[__name__, f, x], {a=2, b=2}, {__name__=__main__, x=1, f=<function f at 0x"),
        g.toString());
    org.junit.jupiter.api.Assertions.assertEquals(1L, in.get("x"),
        "globals() is a snapshot: writing to it changes nothing");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "print(getattr(1, '__class__'))",
      "print('{0.__class__.__mro__}'.format(1))",
      "print(type(1).__mro__, type(print), print, type(len), len.__class__, type(type), object)",
      "print([].append, type([].append), (1).__add__, {}.keys(), iter([]), map(abs, []))",
      "print(int.__dict__, object.__dict__, type.__dict__, [].__class__.__dict__)",
      "print(object(), NotImplemented, Ellipsis, type(NotImplemented), property, super)",
      "class A:\n    def f(self): return super()\nprint(A().f(), A, A(), A.__mro__)",
      "def f(): pass\nprint(f, f.__name__)",
      "try:\n    1/0\nexcept Exception as e:\n    print(repr(e), e.__traceback__, e.args)",
      "print({}.__class__.fromkeys, str.maketrans, int.from_bytes, range(3).__iter__())",
      "print(repr(object.__getattribute__(1, '__class__')))",
      "print(hash(print) != 0, id(1) > 0)",
  })
  void whatScriptsMaySeeNamesNoHostClass(String src) {
    Sandbox.Outcome o = Sandbox.run(src, Sandbox.SMALL);
    assertNull(o.error, () -> o.toString());
    assertClean(o.out);
  }
}
