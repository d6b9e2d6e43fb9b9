package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** struct: huge formats are checked against the memory budget before packing. */
class StructModuleTest {
  @Test
  void hugePackHitsMemoryBudget() {
    Interpreter i = Interpreter.builder()
        .limits(Limits.builder().maxMemoryBytes(10_000_000).build()).build();
    for (String expr : new String[] {"struct.pack('2000000000x')",
        "struct.pack('99999999999s', b'')", "struct.Struct('<999999999q').pack(*range(999999999))"}) {
      BudgetExceededException e = assertThrows(BudgetExceededException.class,
          () -> i.eval("import struct\n" + expr), expr);
      assertEquals(BudgetExceededException.Budget.MEMORY, e.budget(), expr);
    }
  }

  @Test
  void largeFormatsStillComputeTheirSize() throws Exception {
    assertEquals(799_999_999_992L, Interpreter.builder().build().eval(
        "import struct\nstruct.calcsize('<99999999999q')"));
  }
}
