package dev.moat.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Creating an interpreter per request must stay cheap: 10,000 idle ones fit in 256 MB. */
class IdleFootprintTest {
  @Test
  void tenThousandIdleInterpretersFitInAQuarterGigabyte() throws Exception {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    List<Interpreter> idle = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      idle.add(Interpreter.builder().build());
    }
    System.gc();
    long held = rt.totalMemory() - rt.freeMemory() - before;
    assertTrue(held < 256L << 20, () -> "10,000 idle interpreters hold " + (held >> 20) + " MB");
    // they are usable, not placeholders
    StringBuilder out = new StringBuilder();
    Interpreter last = Interpreter.builder().stdout(out).build();
    last.exec("print(len(str(2 ** 100)))");
    assertEquals("31\n", out.toString());
    assertEquals(10_000, idle.size());
  }
}
