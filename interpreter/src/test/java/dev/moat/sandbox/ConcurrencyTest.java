package dev.moat.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 200 interpreters at once on 8 host threads: every result exact, heap back near baseline. */
class ConcurrencyTest {
  // the step budget bounds every loop here; the generous clock only guards against a hang
  private static final Limits L = Limits.builder().maxSteps(2_000_000).timeoutMillis(30_000)
      .maxMemoryBytes(32L << 20).maxOutputBytes(64 << 10).build();

  private static String check(int i) throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter interp = Interpreter.builder().stdout(out).limits(L).build();
    switch (i % 5) {
      case 0:
        interp.exec("total = 0\nfor k in range(" + i + " * 100):\n    total += k\nprint(total)");
        long n = i * 100L;
        assertEquals(n * (n - 1) / 2 + "\n", out.toString());
        break;
      case 1:
        try {
          interp.exec("while True: pass");
          return "no budget error";
        } catch (BudgetExceededException e) {
          assertTrue(e.budget() == BudgetExceededException.Budget.STEPS
              || e.budget() == BudgetExceededException.Budget.TIME);
        }
        break;
      case 2:
        try {
          // one huge allocation, or many small ones kept alive
          interp.exec(i % 2 == 0 ? "x = 'a' * 10**9"
              : "keep = []\nwhile True:\n    keep.append(str(len(keep)) * 20)");
          return "no memory error";
        } catch (BudgetExceededException e) {
          assertEquals(BudgetExceededException.Budget.MEMORY, e.budget());
        }
        break;
      case 3:
        try {
          interp.exec("def f(n): return f(n + 1)\nf(" + i + ")");
          return "no recursion error";
        } catch (PythonException e) {
          assertEquals("RecursionError", e.pythonType());
        }
        break;
      default:
        interp.exec("d = {str(k): k * " + i + " for k in range(1000)}\n"
            + "print(sorted(d.values())[-1], len(set(d)), '-'.join(sorted(d)[:3]))");
        assertEquals(999L * i + " 1000 0-1-10\n", out.toString());
        break;
    }
    out.setLength(0);
    interp.exec("print(6*7)");
    assertEquals("42\n", out.toString());
    return "ok";
  }

  @Test
  void twoHundredInterpretersOnEightThreads() throws Exception {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long baseline = rt.totalMemory() - rt.freeMemory();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> fs = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < 200; i++) {
      int k = i;
      fs.add(pool.submit(() -> check(k)));
    }
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      String r;
      try {
        r = fs.get(i).get(120, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        r = String.valueOf(e.getCause());
      }
      if (!"ok".equals(r)) {
        bad.add(i + ": " + r);
      }
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    assertTrue((System.nanoTime() - t0) / 1_000_000_000 < 120);
    fs.clear();
    long after = Long.MAX_VALUE;
    for (int i = 0; i < 5 && after > baseline + (64L << 20); i++) {
      System.gc();
      Thread.sleep(100);
      after = rt.totalMemory() - rt.freeMemory();
    }
    long a = after;
    assertTrue(a < baseline + (64L << 20),
        () -> "heap grew from " + (baseline >> 20) + " MB to " + (a >> 20) + " MB");
  }
}
