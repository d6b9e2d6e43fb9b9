package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** secrets: sizes bounded by the memory budget; values differ between calls. */
class SecretsModuleTest {
  @Test
  void hugeTokensHitTheMemoryBudget() {
    Interpreter i = Interpreter.builder()
        .limits(Limits.builder().maxMemoryBytes(10_000_000).build()).build();
    for (String expr : new String[] {"secrets.token_bytes(10**9)", "secrets.token_hex(10**12)",
        "secrets.token_urlsafe(2**40)"}) {
      BudgetExceededException e = assertThrows(BudgetExceededException.class,
          () -> i.eval("import secrets\n" + expr), expr);
      assertEquals(BudgetExceededException.Budget.MEMORY, e.budget(), expr);
    }
  }

  @Test
  void tokensAreRandom() throws Exception {
    Interpreter i = Interpreter.builder().build();
    assertNotEquals(i.eval("import secrets\nsecrets.token_hex()"),
        i.eval("import secrets\nsecrets.token_hex()"));
    assertEquals(100L, i.eval("import secrets\nlen({secrets.token_bytes(16) for _ in range(100)})"));
  }
}
