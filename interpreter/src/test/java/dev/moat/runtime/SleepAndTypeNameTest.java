package dev.moat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Budget.sleep (time.sleep's engine) and library type names in error messages. */
class SleepAndTypeNameTest {
  private static Interpreter withSleep(long timeoutMillis) {
    return Interpreter.builder()
        .limits(Limits.builder().timeoutMillis(timeoutMillis).build())
        .function("nap", (args, kw) -> {
          Budget.sleep(((Number) args.get(0)).longValue() * 1_000_000L);
          return null;
        })
        .build();
  }

  @Test
  void shortSleepReturns() throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter in = Interpreter.builder().stdout(out)
        .function("nap", (args, kw) -> {
          Budget.sleep(1_000_000L);
          return null;
        }).build();
    in.exec("nap(1)\nprint('awake')");
    assertEquals("awake\n", out.toString());
  }

  @Test
  void sleepPastTheDeadlineEndsWithTheTimeBudget() {
    Interpreter in = withSleep(300);
    long t0 = System.nanoTime();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> in.exec("try:\n    nap(600000)\nexcept BaseException:\n    pass\n"));
    assertEquals(BudgetExceededException.Budget.TIME, e.budget());
    // ended at the deadline, not after ten minutes (a loose bound: the machine is shared)
    assertTrue(System.nanoTime() - t0 < 60_000_000_000L);
  }

  @Test
  void cancellationWakesASleepingScript() throws Exception {
    Interpreter in = withSleep(600_000);
    CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
      try {
        in.exec("nap(600000)");
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    Thread.sleep(200);
    in.cancel();
    Throwable t = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
    assertTrue(t instanceof BudgetExceededException, String.valueOf(t));
    assertEquals(BudgetExceededException.Budget.CANCELLED, ((BudgetExceededException) t).budget());
  }

  @Test
  void libraryTypeNameAppearsInMessages() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "lib");
    PyType t = PyType.createClass("thing", new PyType[0], ns);
    t.setTypeName("lib.thing");
    PyInstance x = new PyInstance(t);
    assertEquals("thing", t.name());
    assertEquals("lib.thing", Types.typeName(x));
    PyException e = assertThrows(PyException.class,
        () -> Ops.compare(x, 1L, dev.moat.ast.Ast.CmpOp.LT));
    assertTrue(Ops.str(e.exception()).contains("'lib.thing' and 'int'"), Ops.str(e.exception()));
    assertThrows(IllegalStateException.class, () -> Types.INT.setTypeName("x"));
  }
}
