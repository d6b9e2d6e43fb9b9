package dev.moat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs each benchmark body once (no JMH, no timing) and checks its result. */
class SmokeTest {
  @Test
  void benchmarkBodiesRunAndAgreeWithCPython() throws Exception {
    MoatBenchmarks b = new MoatBenchmarks();
    b.setup();
    // expected values computed with CPython 3.11
    assertEquals(List.of("10 boxes, total 330", true), b.createAndEval20Lines());
    assertEquals(500, MoatBenchmarks.SCRIPT_500.split("\n").length);
    assertNotNull(b.compile500Lines());
    assertEquals(40000L, b.callKernel());
    assertEquals(-1L, b.loopKernel());
    assertEquals(200439768L, b.attributeKernel());
    assertEquals(7516L, b.dictStrKernel());
  }

  @Test
  void medianOfOddAndEven() {
    assertEquals(2.0, WarmRunner.median(new long[] {3, 1, 2}));
    assertEquals(2.5, WarmRunner.median(new long[] {4, 1, 3, 2}));
    assertTrue(WarmRunner.LIMITS.maxSteps() >= 1_000_000_000_000L);
  }
}
