package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** io: in-memory buffers are charged to the script's memory and step budgets. */
class IoModuleTest {
  private static Interpreter limited(Limits limits) {
    return Interpreter.builder().limits(limits).build();
  }

  @Test
  void growingStringIoHitsTheMemoryBudget() {
    Interpreter in = limited(Limits.builder().maxMemoryBytes(1 << 20).build());
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import io\ns = io.StringIO()\nchunk = 'x' * 1000\nwhile True:\n    s.write(chunk)\n"));
    assertEquals(BudgetExceededException.Budget.MEMORY, e.budget());
  }

  @Test
  void seekingFarAheadThenWritingHitsTheMemoryBudget() {
    Interpreter in = limited(Limits.builder().maxMemoryBytes(1 << 20).build());
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import io\nb = io.BytesIO()\nb.seek(10**8)\nb.write(b'x')\n"));
    assertEquals(BudgetExceededException.Budget.MEMORY, e.budget());
    BudgetExceededException e2 = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import io\ns = io.StringIO()\ns.seek(10**8)\ns.write('x')\n"));
    assertEquals(BudgetExceededException.Budget.MEMORY, e2.budget());
  }

  @Test
  void copyingLargeBuffersChargesSteps() {
    Interpreter in = limited(Limits.builder().maxSteps(200_000).build());
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import io\nb = io.BytesIO(b'x' * 500000)\nfor i in range(100):\n    b.getvalue()\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
    BudgetExceededException e2 = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import io\ns = io.StringIO('y' * 500000)\nfor i in range(100):\n"
            + "    s.seek(0)\n    s.read()\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e2.budget());
  }

  @Test
  void normalUseFitsDefaultLimits() throws Exception {
    Interpreter in = Interpreter.builder().build();
    assertEquals(100000L, in.eval("import io\ns = io.StringIO()\nfor i in range(10000):\n"
        + "    s.write('0123456789')\nlen(s.getvalue())"));
  }
}
