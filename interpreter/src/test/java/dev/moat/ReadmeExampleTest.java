package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, so the documentation stays true. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleDoesWhatItSays() throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter interp = Interpreter.builder()
        .stdout(out)
        .limits(Limits.builder().maxSteps(1_000_000).timeoutMillis(2_000).build())
        .function("shout", (args, kwargs) -> args.get(0).toString().toUpperCase())
        .build();
    interp.set("names", List.of("ada", "grace"));
    Object n = interp.eval("loud = [shout(x) for x in names]\nprint(loud)\nlen(loud)");
    assertEquals(2L, n);
    assertEquals("['ADA', 'GRACE']\n", out.toString());
    assertEquals(List.of("ADA", "GRACE"), interp.get("loud"));
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> interp.exec("while True:\n    pass\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
    assertEquals(1_000_000, e.limit());
  }
}
