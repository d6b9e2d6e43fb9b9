package dev.moat.sandbox;

import static dev.moat.BudgetExceededException.Budget.MEMORY;
import static dev.moat.BudgetExceededException.Budget.STEPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.moat.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bytearray's memory is checked before it grows: single huge requests, buffers growing a little
 * at a time and buffers only Java code holds all end with the MEMORY budget.
 */
class ByteArrayBudgetTest {
  /** Generous steps and time, so that memory is the budget that runs out. */
  private static final Limits LIMITS = Limits.builder().maxSteps(2_000_000_000L)
      .timeoutMillis(20_000).maxMemoryBytes(32L << 20).maxOutputBytes(1L << 20).build();

  @ParameterizedTest
  @ValueSource(strings = {
      // one huge request
      "bytearray(10**10)",
      "bytearray(2**31 - 1)",
      "b = bytearray(b'x')\nb *= 10**9",
      "b = bytearray(b'xy') * 10**9",
      "b = 10**9 * bytearray(b'xy')",
      "b = bytearray(1000)\nb[len(b):] = bytes(10**9)",
      // growing without end, by each mutator
      "ba = bytearray()\nwhile True:\n    ba.extend(b'abcdefgh' * 100)",
      "ba = bytearray()\nwhile True:\n    ba.extend([1, 2, 3] * 100)",
      "ba = bytearray()\nwhile True:\n    ba += b'z' * 1000",
      "ba = bytearray(b'ab')\nwhile True:\n    ba += ba",
      "ba = bytearray()\nwhile True:\n    ba.append(7)",
      "ba = bytearray()\nwhile True:\n    ba[len(ba):] = b'q' * 512",
      "keep = []\nwhile True:\n    keep.append(bytearray(100_000))",
      // a buffer filled from an endless iterator: only Java code holds it
      "def g():\n    while True:\n        yield 1\nbytearray(g())",
      "def g():\n    while True:\n        yield 1\nba = bytearray()\nba.extend(g())",
      // results of methods that grow the content
      "ba = bytearray(b'a' * 1000)\nwhile True:\n    ba = ba + ba",
      "ba = bytearray(b'\\t' * 1000)\nba.expandtabs(10**7)",
      "ba = bytearray(b'ab' * 1000)\nba.replace(b'a', b'x' * 10**6)",
      "ba = bytearray(b'ab')\nba.center(10**10)",
  })
  void growthEndsWithTheMemoryBudget(String src) {
    Sandbox.assertBudget(src, MEMORY, LIMITS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ba = bytearray(10**7)\nfor i in range(10**5):\n    ba.insert(0, 1)",
      "ba = bytearray(10**7)\nfor i in range(10**5):\n    ba.pop(0)",
      "ba = bytearray(10**7)\nfor i in range(10**5):\n    del ba[0]",
      "ba = bytearray(10**7)\nfor i in range(10**5):\n    ba[:1] = b''",
      "ba = bytearray(10**7)\nfor i in range(10**5):\n    ba.remove(0)",
      "ba = bytearray(10**7)\nfor i in range(10**5):\n    x = 1 in ba",
      "ba = bytearray(10**7)\nfor i in range(10**5):\n    x = ba.find(b'a')",
      "ba = bytearray(10**7)\nfor i in range(10**5):\n    x = ba == bytes(ba)",
  })
  void workOnABigBufferIsChargedInSteps(String src) {
    // without charging for the bytes each call moves or reads, these would run out of time
    Sandbox.assertBudget(src, STEPS, Limits.builder().maxSteps(1_000_000L)
        .timeoutMillis(30_000).maxMemoryBytes(256L << 20).maxOutputBytes(1L << 20).build());
  }

  @Test
  void reusingOneBufferRunsToTheEnd() {
    // ~300 MB written in total through a buffer that never holds more than 1 MB
    String src = "ba = bytearray()\n"
        + "total = 0\n"
        + "for i in range(300):\n"
        + "    ba.extend(b'x' * 1_000_000)\n"
        + "    total += len(ba)\n"
        + "    del ba[:]\n"
        + "total";
    Sandbox.Outcome o = Sandbox.run(src, LIMITS);
    assertNull(o.error, () -> o.toString());
    assertEquals(300_000_000L, o.value);
  }

  @Test
  void memoryErrorFromAHugeRequestCanBeCaught() {
    // past the limit, like a huge bytes(), the script cannot carry on regardless
    Sandbox.Outcome o = Sandbox.run("try:\n    bytearray(10**10)\nexcept MemoryError:\n"
        + "    pass\n'unreached'", LIMITS);
    assertEquals(dev.moat.BudgetExceededException.class, o.error.getClass(), () -> o.toString());
  }
}
