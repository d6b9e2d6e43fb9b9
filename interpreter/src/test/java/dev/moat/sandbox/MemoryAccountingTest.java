package dev.moat.sandbox;

import static dev.moat.BudgetExceededException.Budget.MEMORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memory budget counts what a script holds over time, not only single large allocations:
 * many small allocations kept alive end with the MEMORY budget wherever the script keeps them,
 * while a script that allocates much more than the limit in total but keeps little runs to the
 * end.
 */
class MemoryAccountingTest {
  /** Generous steps and time, so that memory is the budget that runs out. */
  private static final Limits LIMITS = Limits.builder().maxSteps(2_000_000_000L)
      .timeoutMillis(20_000).maxMemoryBytes(32L << 20).maxOutputBytes(1L << 20).build();

  @ParameterizedTest
  @ValueSource(strings = {
      // module globals
      "data = []\nwhile True:\n    data.append('x' * 1000 + str(len(data)))",
      // a function's locals, each item small
      "def f():\n    keep = []\n    i = 0\n    while True:\n        keep.append(str(i))\n"
          + "        i += 1\nf()",
      // nested lists built from small pieces
      "def f():\n    keep = []\n    for i in range(10**9):\n        keep.append([i] * 50)\nf()",
      // a comprehension that is still being built
      "x = [str(i) * 20 for i in range(10**8)]",
      "x = {i: str(i) for i in range(10**8)}",
      "x = {str(i) for i in range(10**8)}",
      // list() filling from a generator: only the Java stack holds the list
      "x = list(str(i) * 10 for i in range(10**8))",
      "x = sorted(str(i) for i in range(10**8))",
      "x = tuple(range(10**8))",
      // results that Java code builds from a much smaller input
      "x = ('a,' * 5_000_000).split(',')",
      "x = ('ab\\n' * 4_000_000).splitlines()",
      "x = [*map(str, range(10**8))]",
      "x = dict(zip(range(10**8), map(str, range(10**8))))",
      // a generator's own frame
      "def g():\n    acc = []\n    while True:\n        acc.append('y' * 100 + str(len(acc)))\n"
          + "        yield len(acc)\nfor n in g():\n    pass",
      // a closure cell
      "def outer():\n    acc = []\n    def add(v):\n        acc.append(v)\n    return add\n"
          + "add = outer()\ni = 0\nwhile True:\n    add(str(i) * 5)\n    i += 1",
      // attributes of objects, class attributes, exception arguments
      "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\n        self.pad = 'p' * 64\n"
          + "n = None\nwhile True:\n    n = Node(n)",
      "class C:\n    items = []\nwhile True:\n    C.items.append(str(len(C.items)) * 30)",
      "try:\n    acc = []\n    while True:\n        acc.append(str(len(acc)) * 30)\n"
          + "except MemoryError:\n    pass",
      // a dict growing key by key, and a string growing by concatenation
      "d = {}\ni = 0\nwhile True:\n    d[i] = i * 1.5\n    i += 1",
      "s = ''\nparts = []\nwhile True:\n    s += 'abc' * 1000\n    parts.append(s[-3000:])",
  })
  void heldMemoryEndsWithTheMemoryBudget(String src) {
    Sandbox.assertBudget(src, MEMORY, LIMITS);
  }

  @Test
  void allocatingMuchMoreThanTheLimitWhileHoldingLittleRunsToTheEnd() {
    // about 20 times the limit allocated in total, never more than ~2 MB held
    String src = "total = 0\n"
        + "for i in range(300):\n"
        + "    s = 'y' * 1_000_000\n"
        + "    l = list(range(20_000))\n"
        + "    d = {k: k for k in range(5_000)}\n"
        + "    total += len(s) + len(l) + len(d)\n"
        + "total";
    Sandbox.Outcome o = Sandbox.run(src, LIMITS);
    assertNull(o.error, () -> o.toString());
    assertEquals(300L * (1_000_000 + 20_000 + 5_000), o.value);
  }

  @Test
  void holdingLessThanTheLimitIsAllowed() {
    // roughly 8 MB held for a 32 MB budget
    String src = "def f():\n"
        + "    keep = [str(i) * 10 for i in range(100_000)]\n"
        + "    more = {i: 'v' * 20 for i in range(50_000)}\n"
        + "    return len(keep) + len(more)\n"
        + "f()";
    Sandbox.Outcome o = Sandbox.run(src, LIMITS);
    assertNull(o.error, () -> o.toString());
    assertEquals(150_000L, o.value);
  }

  @Test
  void theSameInterpreterRunsAgainAfterTheMemoryBudgetRanOut() {
    StringBuilder out = new StringBuilder();
    Interpreter interp = Sandbox.newInterpreter(out, LIMITS);
    Sandbox.Outcome first = Sandbox.run(interp, out,
        "def f():\n    keep = []\n    while True:\n        keep.append(str(len(keep)) * 8)\nf()");
    assertTrue(first.error instanceof BudgetExceededException, () -> first.toString());
    assertEquals(MEMORY, ((BudgetExceededException) first.error).budget());
    Sandbox.Outcome second = Sandbox.run(interp, out, "len([str(i) for i in range(1000)])");
    assertNull(second.error, () -> second.toString());
    assertEquals(1000L, second.value);
    Sandbox.assertHealthy(interp, out);
  }
}
