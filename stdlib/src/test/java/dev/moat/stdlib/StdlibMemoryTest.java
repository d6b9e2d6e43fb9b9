package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Data kept in the standard library's own objects (deques, caches, parsed documents, iterator
 * buffers) counts against the memory budget like data in lists and dicts.
 */
class StdlibMemoryTest {
  private static final Limits LIMITS = Limits.builder().maxSteps(2_000_000_000L)
      .timeoutMillis(30_000).maxMemoryBytes(32L << 20).build();

  @ParameterizedTest
  @ValueSource(strings = {
      "import collections\nd = collections.deque()\nwhile True:\n    d.append(str(len(d)) * 10)",
      "import collections\nc = collections.Counter()\ni = 0\nwhile True:\n    c[i] += 1\n"
          + "    i += 1",
      "import collections\nd = collections.defaultdict(list)\ni = 0\nwhile True:\n"
          + "    d[i % 7].append(str(i))\n    i += 1",
      "import functools\n@functools.lru_cache(maxsize=None)\ndef f(n):\n    return str(n) * 5\n"
          + "i = 0\nwhile True:\n    f(i)\n    i += 1",
      "import json\nx = json.loads('[' + '[1, 2],' * 3_000_000 + '[]]')",
      "import json\nx = json.JSONDecoder().decode('[' + '[1, 2],' * 3_000_000 + '[]]')",
      "import json\nx = json.loads('[' + '[1, 2],' * 3_000_000 + '[]]', strict=False)",
      "import json\nx = list(json.JSONEncoder().iterencode([[1, 2]] * 3_000_000))",
      "import itertools\na, b = itertools.tee(itertools.count())\nwhile True:\n    next(a)",
      "import heapq\nh = []\ni = 0\nwhile True:\n    heapq.heappush(h, (i, str(i)))\n    i += 1",
  })
  void dataHeldInLibraryObjectsEndsWithTheMemoryBudget(String src) {
    Interpreter interp = Interpreter.builder().limits(LIMITS).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> interp.exec(src));
    assertEquals(BudgetExceededException.Budget.MEMORY, e.budget(), e.getMessage());
  }
}
