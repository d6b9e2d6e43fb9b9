package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** difflib: the matching work is charged to the step budget. */
class DifflibModuleTest {
  @Test
  void matchingChargesSteps() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(500_000).build()).build();
    // autojunk=False keeps every element indexed: quadratic matching work in one call.
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("import difflib\na = 'ab' * 3000\nb = 'ba' * 3000\n"
            + "difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void ndiffChargesSteps() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(500_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("import difflib\n"
            + "a = ['line %d of text\\n' % i for i in range(300)]\n"
            + "b = ['line %d of txet\\n' % i for i in range(300)]\n"
            + "list(difflib.ndiff(a, b))"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void smallDiffsRunUnderDefaultLimits() throws Exception {
    Interpreter interp = Interpreter.builder().build();
    assertEquals(0.75, interp.eval(
        "import difflib\ndifflib.SequenceMatcher(None, 'abcd', 'bcde').ratio()"));
  }
}
