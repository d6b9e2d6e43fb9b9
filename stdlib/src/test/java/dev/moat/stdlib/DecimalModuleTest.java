package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import org.junit.jupiter.api.Test;

/** decimal: precision and exponents are bounded by the step and memory budgets. */
class DecimalModuleTest {
  private static Interpreter limited() {
    return Interpreter.builder().limits(Limits.builder().maxSteps(1_000_000)
        .maxMemoryBytes(64L << 20).timeoutMillis(20_000).build()).build();
  }

  private static void assertStopped(String code) {
    Interpreter interp = limited();
    Exception e = assertThrows(Exception.class, () -> interp.eval(
        "from decimal import *\n" + code));
    assertTrue(!(e instanceof PythonException)
        || "MemoryError".equals(((PythonException) e).pythonType()), e.toString());
  }

  @Test
  void hugePrecisionIsBudgeted() {
    assertStopped("getcontext().prec = 10**9\nDecimal(1) / 3");
    assertStopped("getcontext().prec = MAX_PREC\nDecimal(2).sqrt()");
    assertStopped("getcontext().prec = 10**9\nDecimal('1.0000001') ** 10**8");
    assertStopped("getcontext().prec = 10**9\nDecimal(1).quantize(Decimal('1e-900000000'))");
    assertStopped("getcontext().prec = 10**6\nDecimal(2).exp()");
    assertStopped("getcontext().prec = 10**6\nDecimal(2).ln()");
    assertStopped("getcontext().prec = 10**6\nDecimal(2) ** Decimal('0.5')");
  }

  @Test
  void hugeExponentsAreBudgeted() {
    assertStopped("int(Decimal('1e999999999'))");
    assertStopped("format(Decimal('1e999999999'), 'f')");
    assertStopped("Decimal('1e999999999').as_integer_ratio()");
  }

  @Test
  void cheapResultsForHugeExponents() throws Exception {
    Interpreter i = limited();
    assertEquals("1E+999999999", i.eval("from decimal import *\nstr(Decimal('1e999999999'))"));
    assertEquals("Infinity", i.eval("from decimal import *\ngetcontext().traps[Overflow] = "
        + "False\nstr(Decimal('1e999999') * Decimal('1e999999'))"));
    assertEquals("1.000000000000000000000000000E+400000000", i.eval("from decimal import *\n"
        + "c = Context(Emax=MAX_EMAX, Emin=MIN_EMIN)\n"
        + "str(c.add(Decimal('1e400000000'), Decimal('1e-400000000')))"));
    assertEquals(Boolean.TRUE, i.eval("from decimal import *\n"
        + "hash(Decimal('1e-500000')) == hash(Decimal('1e-500000'))"));
  }
}
