package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.Interpreter;
import dev.moat.PythonException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The random module; expected values come from CPython 3.11. */
class RandomModuleTest {
  private final Interpreter interp = Interpreter.builder().build();

  private Object eval(String expr) throws Exception {
    return interp.eval("import random\n" + expr);
  }

  private void assertRaises(String expr, String type, String message) {
    PythonException e = assertThrows(PythonException.class, () -> eval(expr));
    assertEquals(type, e.pythonType(), expr);
    assertEquals(message, e.pythonMessage(), expr);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RandomModuleTest.class.getResourceAsStream("/random/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** 1000 random() values per seed and samples of every method, against CPython's table. */
  @Test
  void sameNumbersAsCPython() throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter i = Interpreter.builder().stdout(out).build();
    i.exec(resource("table.py"));
    String[] expected = resource("table.txt").split("\n");
    String[] actual = out.toString().split("\n");
    assertEquals(expected.length, actual.length);
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], actual[k], "line " + (k + 1));
    }
  }

  @Test
  void seeds() throws Exception {
    assertEquals(0.6394267984578837, eval("random.Random(42).random()"));
    assertEquals(0.3537754404730722, eval("random.Random('hello').random()"));
    assertEquals(0.3537754404730722, eval("random.Random(b'hello').random()"));
    assertEquals(0.551763726942059, eval("random.Random(1.5).random()"));
    assertEquals(0.4779490710306722, eval("random.Random(-2.5).random()"));
    assertEquals(0.13436424411240122, eval("random.Random(True).random()"));
    assertEquals(1484549092569213973L, eval("random.Random(2**100).getrandbits(64)"));
    assertEquals(3626764237L, eval("random.Random(0).getrandbits(32)"));
    assertEquals(7758176404715800194L, eval("random.Random(0).randrange(10**20)"));
    assertEquals("6ea68776fb9c", eval("random.Random(9).randbytes(6).hex()"));
    assertEquals(0.09639374978773074, eval("r = random.Random()\nr.seed('abc', version=1)\nr.random()"));
  }

  @Test
  void stateRoundTripsAndInstancesAreIndependent() throws Exception {
    assertEquals(Boolean.TRUE, eval("r = random.Random(5)\ns = r.getstate()\na = r.random()\n"
        + "r.setstate(s)\na == r.random() and len(s[1]) == 625 and s[0] == 3"));
    assertEquals(Boolean.TRUE, eval("random.seed(3)\na = random.random()\n"
        + "random.seed(3)\nr = random.Random(3)\nr.random() == a == random.random()"));
    assertEquals(Boolean.TRUE, eval("random.seed(8)\nx = random.gauss()\ns = random.getstate()\n"
        + "y = random.gauss()\nrandom.setstate(s)\nrandom.gauss() == y"));
    assertNotEquals(eval("random.Random().random()"), eval("random.Random().random()"));
  }

  @Test
  void subclassesKeepTheGenerator() throws Exception {
    assertEquals(Boolean.TRUE, eval("class R(random.Random):\n"
        + "    def seed(self, a=None):\n        super().seed(a)\n        self.n = 0\n"
        + "r = R(42)\nr.random() == random.Random(42).random() and r.n == 0 and "
        + "isinstance(r, random.Random)"));
  }

  @Test
  void errors() {
    assertRaises("random.choice([])", "IndexError",
        "Cannot choose from an empty sequence");
    assertRaises("random.randrange(0)", "ValueError",
        "empty range for randrange()");
    assertRaises("random.randrange(5, 5)", "ValueError",
        "empty range for randrange() (5, 5, 0)");
    assertRaises("random.randrange(1, 10, 0)", "ValueError",
        "zero step for randrange()");
    assertRaises("random.sample([1,2], 3)", "ValueError",
        "Sample larger than population or is negative");
    assertRaises("random.sample({1,2}, 1)", "TypeError",
        "Population must be a sequence.  For dicts or sets, use sorted(d).");
    assertRaises("random.getrandbits(-1)", "ValueError",
        "number of bits must be non-negative");
    assertRaises("random.seed([1])", "TypeError",
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    assertRaises("random.choices('ab', [1], k=2)", "ValueError",
        "The number of weights does not match the population");
    assertRaises("random.choices('ab', [1,1], cum_weights=[1,2])", "TypeError",
        "Cannot specify both weights and cumulative weights");
    assertRaises("random.choices('ab', 3)", "TypeError",
        "The number of choices must be a keyword argument: k=3");
    assertRaises("random.gammavariate(0, 1)", "ValueError",
        "gammavariate: alpha and beta must be > 0.0");
    assertRaises("random.setstate((9, (), None))", "ValueError",
        "state with version 9 passed to Random.setstate() of version 3");
    assertRaises("random.Random().setstate((3, (1,2), None))", "ValueError",
        "state vector is the wrong size");
    assertRaises("random.choices('ab', [0, 0])", "ValueError",
        "Total of weights must be greater than zero");
    assertRaises("random.sample('abc', 2, counts=[1, 2])", "ValueError",
        "The number of counts does not match the population");
    assertRaises("random.randint(1, 0)", "ValueError",
        "empty range for randrange() (1, 1, 0)");
    assertRaises("random.SystemRandom().getstate()", "NotImplementedError",
        "System entropy source does not have state.");
    assertRaises("random.randrange(10, step=2)", "TypeError",
        "Missing a non-None stop argument");
  }
}
