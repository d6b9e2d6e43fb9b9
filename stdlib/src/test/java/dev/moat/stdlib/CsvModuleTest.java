package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** csv: budgets and per-interpreter state, which the conformance corpus cannot show. */
class CsvModuleTest {
  @Test
  void readingChargesSteps() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(300_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("import csv\nline = ','.join(['abcdef'] * 20000)\n"
            + "for i in range(10):\n    list(csv.reader([line]))"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void writingChargesSteps() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(300_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("import csv\nclass S:\n    def write(self, s): pass\n"
            + "w = csv.writer(S())\nrow = ['x' * 1000] * 100\n"
            + "for i in range(100):\n    w.writerow(row)"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void registryAndFieldLimitArePerInterpreter() throws Exception {
    Interpreter a = Interpreter.builder().build();
    Interpreter b = Interpreter.builder().build();
    a.eval("import csv\ncsv.register_dialect('mine', delimiter=';')\ncsv.field_size_limit(5)");
    assertEquals(false, b.eval("import csv\n'mine' in csv.list_dialects()"));
    assertEquals(131072L, b.eval("import csv\ncsv.field_size_limit()"));
    assertEquals(5L, a.eval("import csv\ncsv.field_size_limit()"));
  }
}
