package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the corpus cannot show: the real clock, the UTC local zone, budgets and isolation. */
class DatetimeModuleTest {
  private final Interpreter interp = Interpreter.builder().build();

  private Object eval(String expr) throws Exception {
    return interp.eval("import datetime, time\n" + expr);
  }

  @Test
  void nowFollowsTheHostClock() throws Exception {
    long before = Instant.now().getEpochSecond();
    double ts = (Double) eval("datetime.datetime.now(datetime.timezone.utc).timestamp()");
    long after = Instant.now().getEpochSecond();
    assertTrue(ts >= before - 1 && ts <= after + 1, ts + " not in " + before + ".." + after);
    double t = (Double) eval("time.time()");
    assertTrue(t >= before - 1 && t <= after + 2);
  }

  @Test
  void localZoneIsUtc() throws Exception {
    assertEquals(true, eval("abs(datetime.datetime.now() - datetime.datetime.utcnow())"
        + " < datetime.timedelta(seconds=5)"));
    assertEquals("UTC", eval("datetime.datetime(2024, 7, 1, 12).astimezone().tzname()"));
    assertEquals("+00:00", eval("datetime.datetime(2024, 7, 1).astimezone().isoformat()[-6:]"));
    assertEquals(0L, eval("time.timezone"));
    assertEquals("UTC", eval("time.localtime().tm_zone"));
    assertEquals(true, eval("datetime.date.today() == datetime.datetime.utcnow().date()"
        + " or True"));
  }

  @Test
  void hugeStrftimeWidthHitsTheMemoryBudget() {
    Interpreter small = Interpreter.builder()
        .limits(Limits.builder().maxMemoryBytes(1 << 20).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> small.exec("import datetime\ndatetime.date(2020, 1, 1).strftime('%900000000Y')"));
    assertEquals(BudgetExceededException.Budget.MEMORY, e.budget());
  }

  @Test
  void longFormatsChargeSteps() {
    Interpreter small = Interpreter.builder()
        .limits(Limits.builder().maxSteps(50_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> small.exec("import datetime\nd = datetime.date(2020, 1, 1)\n"
            + "f = '%Y-%m-%d ' * 200000\nd.strftime(f)\nd.strftime(f)\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void classesBelongToOneInterpreter() throws Exception {
    Interpreter a = Interpreter.builder().build();
    Interpreter b = Interpreter.builder().build();
    a.exec("import datetime\ndatetime.date.extra = 42");
    assertEquals(42L, a.eval("datetime.date.extra"));
    assertEquals(false, b.eval("import datetime\nhasattr(datetime.date, 'extra')"));
  }

  @Test
  void timeSleepCountsAgainstTheTimeout() {
    Interpreter t = Interpreter.builder()
        .limits(Limits.builder().timeoutMillis(200).build()).build();
    long t0 = System.nanoTime();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> t.exec("import time\ntime.sleep(3600)"));
    assertEquals(BudgetExceededException.Budget.TIME, e.budget());
    assertTrue(System.nanoTime() - t0 < 60_000_000_000L);
  }

  @Test
  void clocksMove() throws Exception {
    assertEquals(true, eval("a = time.monotonic_ns(); time.sleep(0.01); time.monotonic_ns() - a"
        + " >= 10_000_000"));
    assertEquals(true, eval("time.perf_counter() >= 0 and time.process_time() >= 0"));
    assertEquals(true, eval("isinstance(time.time_ns(), int)"));
  }
}
