package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** unicodedata: budgets and the bundled tables. */
class UnicodedataModuleTest {
  @Test
  void normalizingChargesSteps() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(100_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("import unicodedata\ns = 'e\\u0301' * 200000\n"
            + "for i in range(10):\n    unicodedata.normalize('NFC', s)"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void tablesGiveUnicode14Answers() throws Exception {
    Interpreter interp = Interpreter.builder().build();
    // U+1FAE0 and U+061D were added in Unicode 14, after the JDK 17's Unicode 13
    assertEquals("MELTING FACE", interp.eval(
        "import unicodedata\nunicodedata.name('\\U0001FAE0')"));
    assertEquals("Po", interp.eval("import unicodedata\nunicodedata.category('\\u061d')"));
    assertEquals(0.5, interp.eval("import unicodedata\nunicodedata.numeric('\\u00bd')"));
  }
}
