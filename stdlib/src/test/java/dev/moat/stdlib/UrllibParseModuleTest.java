package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** urllib.parse: what the conformance corpus cannot show (budgets). */
class UrllibParseModuleTest {
  @Test
  void quotingChargesSteps() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(200_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("from urllib.parse import quote, unquote\n"
            + "s = 'é' * 100000\nfor i in range(20):\n    unquote(quote(s))"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void parsingQueryChargesSteps() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(200_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("from urllib.parse import parse_qsl\n"
            + "q = '&'.join(['a=1'] * 100000)\nfor i in range(5):\n    parse_qsl(q)"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void quotingReservesMemory() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxMemoryBytes(8_000_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("from urllib.parse import quote\nquote(b'\\xff' * 3_000_000)"));
    assertEquals(BudgetExceededException.Budget.MEMORY, e.budget());
  }

  @Test
  void joinAndSplitStillWorkUnderLimits() throws Exception {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(100_000).build()).build();
    assertEquals("http://a/g", limited.eval(
        "from urllib.parse import urljoin\nurljoin('http://a/b/c/d;p?q', '../../g')"));
  }
}
