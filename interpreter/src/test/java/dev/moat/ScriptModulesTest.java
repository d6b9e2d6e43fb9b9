package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Imports of modules written in Python, provided by the host (expected output from CPython). */
class ScriptModulesTest {
  private static final Map<String, String> SOURCES = Map.of(
      "helpers", "print('loading helpers')\ndef double(x):\n    return 2 * x\nVALUE = 21\n",
      "pkg", "from .util import shout\nNAME = 'pkg'\n",
      "pkg.util", "def shout(s):\n    return s.upper() + '!'\n",
      "pkg.sub", "",
      "pkg.sub.deep", "from .. import util\nfrom ..util import shout as s2\n"
          + "def run():\n    return util.shout('deep') + ' ' + s2('x')\n",
      "a", "import b\ndef fa():\n    return 'fa sees ' + b.NAME\nNAME = 'a'\n",
      "b", "import a\nNAME = 'b'\ndef fb():\n    return a.fa()\n",
      "broken", "def f(:\n    pass\n",
      "raises", "x = 1\n1 / 0\n");

  @Test
  void importsPackagesRelativeAndCircularImportsAsCPythonDoes() throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter in = Interpreter.builder().stdout(out)
        .scriptModules(ScriptModules.of(SOURCES)).build();
    in.exec("import helpers\nimport helpers as h2\nfrom helpers import double, VALUE\n"
        + "print(double(VALUE), h2 is helpers)\n"
        + "import pkg\nprint(pkg.shout('hi'), pkg.NAME)\n"
        + "import pkg.sub.deep\nprint(pkg.sub.deep.run())\n"
        + "from pkg.sub import deep as d\nprint(d.run())\n"
        + "import b\nprint(b.fb())\n"
        + "try:\n    import missing_mod\nexcept ModuleNotFoundError as e:\n"
        + "    print(type(e).__name__, e)\n"
        + "try:\n    from helpers import nothing\nexcept ImportError as e:\n"
        + "    print(type(e).__name__, e)\n");
    assertEquals("loading helpers\n42 True\nHI! pkg\nDEEP! X!\nDEEP! X!\nfa sees b\n"
        + "ModuleNotFoundError No module named 'missing_mod'\n"
        + "ImportError cannot import name 'nothing' from 'helpers' (helpers.py)\n",
        out.toString());
    // each module runs once per interpreter
    in.exec("import helpers");
    assertEquals(1, out.toString().split("loading helpers", -1).length - 1);
  }

  @Test
  void modulesAreSeparatePerInterpreterAndErrorsPropagate() throws Exception {
    Interpreter one = Interpreter.builder().scriptModules(ScriptModules.of(SOURCES)).build();
    Interpreter two = Interpreter.builder().scriptModules(ScriptModules.of(SOURCES)).build();
    one.exec("import helpers\nhelpers.VALUE = 99");
    assertEquals(21L, two.eval("import helpers\nhelpers.VALUE"));
    assertEquals(99L, one.eval("import helpers\nhelpers.VALUE"));
    PythonException e = assertThrows(PythonException.class, () -> one.exec("import raises"));
    assertEquals("ZeroDivisionError", e.pythonType());
    assertEquals(2, e.line());
    PythonException s = assertThrows(PythonException.class, () -> one.exec("import broken"));
    assertEquals("SyntaxError", s.pythonType());
    PythonException r = assertThrows(PythonException.class,
        () -> one.exec("from . import helpers"));
    assertEquals("attempted relative import with no known parent package", r.pythonMessage());
  }
}
