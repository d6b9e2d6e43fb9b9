package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** textwrap: chunking and packing charge steps in proportion to the text. */
class TextwrapModuleTest {
  @Test
  void wrappingHugeTextChargesSteps() {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(100_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import textwrap\ntextwrap.wrap('ab ' * 200000, 10)\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void dedentAndIndentChargeSteps() {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(100_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import textwrap\nt = '  x\\n' * 300000\ntextwrap.dedent(t)\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
    BudgetExceededException e2 = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import textwrap\nt = 'x\\n' * 300000\ntextwrap.indent(t, '> ')\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e2.budget());
  }

  @Test
  void buildingTheInputsAloneFitsTheBudget() throws Exception {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(100_000).build()).build();
    in.exec("t1 = 'ab ' * 200000\nt2 = '  x\\n' * 300000\nt3 = 'x\\n' * 300000\n");
  }

  @Test
  void ordinaryUseIsCheap() throws Exception {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(100_000).build()).build();
    assertEquals(3L, in.eval("import textwrap\nlen(textwrap.wrap('aa bb cc dd ee ff', 5))"));
  }
}
