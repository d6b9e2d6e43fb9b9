package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import org.junit.jupiter.api.Test;

/** array: growth is reserved from the memory budget and element work is charged. */
class ArrayModuleTest {
  private static Interpreter limited() {
    return Interpreter.builder().limits(Limits.builder().maxSteps(2_000_000)
        .maxMemoryBytes(32L << 20).build()).build();
  }

  private static void assertStopped(String code) {
    Interpreter interp = limited();
    Exception e = assertThrows(Exception.class, () -> interp.eval("from array import array\n"
        + code));
    assertTrue(!(e instanceof PythonException)
        || "MemoryError".equals(((PythonException) e).pythonType()), e.toString());
  }

  @Test
  void growthIsBudgeted() {
    assertStopped("array('d', [0.0]) * 10**8");
    assertStopped("a = array('q', [1, 2]) * 10**6\na *= 100");
    assertStopped("a = array('b')\nwhile True:\n    a.extend([1] * 1000)");
    assertStopped("array('i', [1]) * 10**12");
    assertStopped("a = array('l', range(10**5))\nfor _ in range(1000):\n    a.tobytes()");
  }

  @Test
  void smallArraysWork() throws Exception {
    Interpreter i = limited();
    assertEquals("array('i', [1, 2, 3, 1, 2, 3])", i.eval("from array import array\n"
        + "repr(array('i', [1, 2, 3]) * 2)"));
    assertEquals(24000L, i.eval("from array import array\nlen(array('d', range(3000)).tobytes())"));
  }
}
