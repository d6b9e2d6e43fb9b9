package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import org.junit.jupiter.api.Test;

/** fractions: budgets for script-sized work; values come from CPython 3.11. */
class FractionsModuleTest {
  private static Interpreter limited(long steps, long memory) {
    return Interpreter.builder().limits(Limits.builder().maxSteps(steps)
        .maxMemoryBytes(memory).build()).build();
  }

  private static void assertStopped(Interpreter interp, String code) {
    Exception e = assertThrows(Exception.class, () -> interp.eval("from fractions import "
        + "Fraction as F\n" + code));
    assertTrue(!(e instanceof PythonException)
        || "MemoryError".equals(((PythonException) e).pythonType()), e.toString());
  }

  @Test
  void hugeExponentsInStringsAreBudgeted() {
    assertStopped(limited(100_000, 64L << 20), "F('1e999999999')");
    assertStopped(limited(100_000, 64L << 20), "F('1e99999999999999999999')");
    assertStopped(limited(100_000, 64L << 20), "round(F(1, 3), 10**12)");
  }

  @Test
  void bigArithmeticChargesSteps() {
    assertStopped(limited(20_000, 256L << 20),
        "x = F(3, 7)\nfor i in range(200):\n    x = x * x + F(1, 3)");
    assertStopped(limited(100_000, 16L << 20), "F(3, 7) ** (10**9)");
  }

  @Test
  void valuesMatchCPython() throws Exception {
    Interpreter i = Interpreter.builder().build();
    assertEquals("Fraction(3, 4)", i.eval("from fractions import Fraction\n"
        + "repr(Fraction('0.75'))"));
    assertEquals(Boolean.TRUE, i.eval("from fractions import Fraction\n"
        + "hash(Fraction(1, 2)) == hash(0.5) and hash(Fraction(-7)) == hash(-7)"));
    assertEquals(0.3333333333333333, i.eval("from fractions import Fraction\n"
        + "float(Fraction(1, 3))"));
  }
}
