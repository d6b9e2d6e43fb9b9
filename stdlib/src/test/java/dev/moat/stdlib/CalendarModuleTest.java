package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** calendar: budgets and per-interpreter state. */
class CalendarModuleTest {
  @Test
  void hugeWidthsHitTheMemoryBudget() {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxMemoryBytes(1 << 20).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> in.exec("import calendar\ncalendar.month(2024, 1, 10**8)"));
    assertEquals(BudgetExceededException.Budget.MEMORY, e.budget());
  }

  @Test
  void firstWeekdayBelongsToOneInterpreter() throws Exception {
    Interpreter a = Interpreter.builder().build();
    Interpreter b = Interpreter.builder().build();
    a.exec("import calendar\ncalendar.setfirstweekday(6)");
    assertEquals(6L, a.eval("calendar.firstweekday()"));
    assertEquals(0L, b.eval("import calendar\ncalendar.firstweekday()"));
  }
}
