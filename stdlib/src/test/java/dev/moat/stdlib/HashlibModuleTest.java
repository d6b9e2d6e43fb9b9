package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** hashlib and hmac: work proportional to input is charged to the step budget. */
class HashlibModuleTest {
  private static Interpreter limited(long steps) {
    return Interpreter.builder().limits(Limits.builder().maxSteps(steps).build()).build();
  }

  @Test
  void pbkdf2IterationsAreCharged() {
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited(1_000_000).eval(
            "import hashlib\nhashlib.pbkdf2_hmac('sha256', b'p', b's', 10**9)"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void pbkdf2WithinBudgetRuns() throws Exception {
    assertEquals("120fb6cffcf8b32c43e7225256c4f837a86548c9",
        limited(1_000_000).eval(
            "import hashlib\nhashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1, 20).hex()"));
  }

  @Test
  void hashingLargeDataIsCharged() throws Exception {
    String setup = "import hashlib, hmac\nd = b'x' * 20_000_000\n";
    assertEquals(20_000_000L, limited(100_000).eval(setup + "len(d)"));
    for (String expr : new String[] {"hashlib.sha256(d)", "hashlib.blake2b(d)",
        "hashlib.md5().update(d)", "hashlib.new('sha3_256', d)",
        "hashlib.shake_128().hexdigest(20_000_000)", "hmac.new(b'k', d, 'sha256')",
        "hmac.digest(b'k', d, 'md5')"}) {
      BudgetExceededException e = assertThrows(BudgetExceededException.class,
          () -> limited(100_000).eval(setup + expr), expr);
      assertEquals(BudgetExceededException.Budget.STEPS, e.budget(), expr);
    }
  }

  @Test
  void hugeShakeOutputHitsMemoryBudget() {
    Interpreter i = Interpreter.builder()
        .limits(Limits.builder().maxMemoryBytes(10_000_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> i.eval("import hashlib\nhashlib.shake_256(b'').digest(2_000_000_000)"));
    assertEquals(BudgetExceededException.Budget.MEMORY, e.budget());
  }
}
