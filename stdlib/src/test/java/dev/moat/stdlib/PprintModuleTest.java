package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** pprint: formatting charges steps per element, and prints to the interpreter's stdout. */
class PprintModuleTest {
  @Test
  void formattingLargeStructuresChargesSteps() {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(50_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import pprint\ndata = [[i] * 10 for i in range(3000)]\npprint.pformat(data, width=5)\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void buildingTheDataAloneFitsTheBudget() throws Exception {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(50_000).build()).build();
    in.exec("data = [[i] * 10 for i in range(3000)]\n");
  }

  @Test
  void pprintWritesToTheConfiguredStdout() throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter in = Interpreter.builder().stdout(out).build();
    in.exec("import pprint\npprint.pprint({'b': [1, 2], 'a': 'x'}, width=10)\n");
    assertEquals("{'a': 'x',\n 'b': [1,\n       2]}\n", out.toString());
  }
}
