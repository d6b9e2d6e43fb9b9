package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** base64 and binascii: work on large inputs is charged to the step budget. */
class Base64ModuleTest {
  private static Interpreter limited(long steps) {
    return Interpreter.builder().limits(Limits.builder().maxSteps(steps).build()).build();
  }

  @Test
  void largeInputsAreCharged() throws Exception {
    String setup = "import base64, binascii\nd = b'A' * 20_000_000\n";
    assertEquals(20_000_000L, limited(100_000).eval(setup + "len(d)"));
    for (String expr : new String[] {"base64.b64encode(d)", "base64.b64decode(d)",
        "base64.b32encode(d)", "base64.b16encode(d)", "base64.a85encode(d)",
        "base64.b85encode(d)", "base64.encodebytes(d)", "binascii.hexlify(d)",
        "binascii.unhexlify(d)", "binascii.crc32(d)", "binascii.crc_hqx(d, 0)"}) {
      BudgetExceededException e = assertThrows(BudgetExceededException.class,
          () -> limited(100_000).eval(setup + expr), expr);
      assertEquals(BudgetExceededException.Budget.STEPS, e.budget(), expr);
    }
  }

  @Test
  void sharedErrorClass() throws Exception {
    assertEquals(Boolean.TRUE, Interpreter.builder().build().eval(
        "import base64, binascii\ntry:\n  base64.b64decode(b'abc')\n  r = False\n"
            + "except binascii.Error as e:\n  r = str(e) == 'Incorrect padding'\nr"));
  }
}
