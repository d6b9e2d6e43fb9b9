package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moat.Interpreter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One interpreter cannot change what another sees through the standard library: classes that
 * every interpreter shares refuse new attributes, and everything else belongs to one
 * interpreter's module instances.
 */
class StdlibIsolationTest {
  @ParameterizedTest
  @ValueSource(strings = {"collections.deque", "collections.Counter", "collections.OrderedDict",
      "collections.defaultdict", "collections.ChainMap", "functools.partial",
      "itertools.count", "itertools.chain", "operator.itemgetter", "fractions.Fraction",
      "array.array"})
  void sharedLibraryClassesCannotBeChangedByScripts(String cls) throws Exception {
    String module = cls.substring(0, cls.indexOf('.'));
    Interpreter first = Interpreter.builder().build();
    Object outcome = first.eval("import " + module + "\n"
        + "def attempt(f):\n"
        + "    try:\n"
        + "        f()\n"
        + "        return 'changed'\n"
        + "    except TypeError as e:\n"
        + "        return 'TypeError'\n"
        + "def setit():\n    " + cls + ".leak = 1\n"
        + "def delit():\n    del " + cls + ".__repr__\n"
        + "def viaset():\n    setattr(" + cls + ", '__len__', lambda self: 99)\n"
        + "[attempt(setit), attempt(delit), attempt(viaset)]");
    assertEquals(List.of("TypeError", "TypeError", "TypeError"), outcome);
    Interpreter second = Interpreter.builder().build();
    assertEquals(false, second.eval("import " + module + "\nhasattr(" + cls + ", 'leak')"));
  }

  @Test
  void moduleStateBelongsToOneInterpreter() throws Exception {
    Interpreter first = Interpreter.builder().build();
    first.exec("import dataclasses, json, random\n"
        + "dataclasses.MISSING.__class__.__repr__ = lambda self: 'patched'\n"
        + "json.dumps = None\nrandom.seed(1)\nrandom.random()");
    Interpreter second = Interpreter.builder().build();
    assertEquals(Boolean.TRUE, second.eval("import dataclasses\n"
        + "repr(dataclasses.MISSING).startswith('<dataclasses._MISSING_TYPE object at 0x')"));
    assertEquals("[1]", second.eval("import json\njson.dumps([1])"));
  }

  @Test
  void interpretersCreatedConcurrentlyKeepTheirOwnDataclassesClasses() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> Interpreter.builder().build().eval(
            "import dataclasses\n"
                + "@dataclasses.dataclass(frozen=True)\nclass P:\n    x: int = 0\n"
                + "p = P(1)\n"
                + "try:\n    p.x = 2\n    r = 'mutable'\n"
                + "except dataclasses.FrozenInstanceError:\n    r = 'frozen'\n"
                + "r + str(dataclasses.fields(P)[0].default)")));
      }
      for (Future<Object> f : results) {
        assertEquals("frozen0", f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
