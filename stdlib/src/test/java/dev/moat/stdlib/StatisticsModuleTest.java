package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import org.junit.jupiter.api.Test;

/** statistics: budgets for script-sized work; values come from CPython 3.11. */
class StatisticsModuleTest {
  private static void assertStopped(String code) {
    Interpreter interp = Interpreter.builder().limits(Limits.builder().maxSteps(200_000)
        .maxMemoryBytes(64L << 20).build()).build();
    Exception e = assertThrows(Exception.class, () -> interp.eval("import statistics as st\n"
        + code));
    assertTrue(!(e instanceof PythonException)
        || "MemoryError".equals(((PythonException) e).pythonType()), e.toString());
  }

  @Test
  void hugeRequestsAreBudgeted() {
    assertStopped("st.quantiles([1, 2, 3], n=10**12)");
    assertStopped("st.quantiles([1, 2, 3], n=5_000_000)");
    assertStopped("st.NormalDist().samples(10**9, seed=1)");
    assertStopped("st.mean([1, 2] * 1_000_000)");
  }

  @Test
  void exactResults() throws Exception {
    Interpreter i = Interpreter.builder().build();
    assertEquals("Fraction(7, 12)", i.eval("import statistics as st\n"
        + "from fractions import Fraction as F\nrepr(st.mean([F(1, 3), F(5, 6)]))"));
    assertEquals(1.0810874155219827, i.eval("import statistics as st\n"
        + "st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])"));
    assertEquals(-4.753424308822899, i.eval("import statistics as st\n"
        + "st.NormalDist().inv_cdf(1e-6)"));
  }
}
