package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** unittest.main(): finds the script's tests, reports on sys.stderr, exits with the status. */
class UnittestModuleTest {
  private static final String SCRIPT = String.join("\n",
      "import unittest",
      "class T(unittest.TestCase):",
      "    def test_ok(self):",
      "        self.assertEqual(2, 2)",
      "    def test_bad(self):",
      "        self.assertEqual([1, 2], [1, 3])",
      "    @unittest.skip('later')",
      "    def test_later(self):",
      "        pass",
      "print('before')",
      "if __name__ == '__main__':",
      "    unittest.main()",
      "print('not reached')",
      "");

  private static Interpreter interpreter(StringBuilder out, StringBuilder err,
      List<String> argv) {
    return Interpreter.builder().stdout(out).stderr(err).argv(argv).build();
  }

  @Test
  void failingTestsExitWithStatusTrueAndReportOnStderr() {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Interpreter in = interpreter(out, err, List.of("tests.py"));
    PythonException e = assertThrows(PythonException.class, () -> in.exec(SCRIPT));
    assertEquals("SystemExit", e.pythonType());
    assertEquals("True", e.pythonMessage());
    assertEquals("before\n", out.toString());
    String text = err.toString().replaceAll("Ran (\\d+) tests in [0-9.]+s", "Ran $1 tests");
    assertEquals(String.join("\n",
        "Fs.",
        "======================================================================",
        "FAIL: test_bad (__main__.T.test_bad)",
        "----------------------------------------------------------------------",
        "Traceback (most recent call last):",
        "  File \"<string>\", line 6, in test_bad",
        "    self.assertEqual([1, 2], [1, 3])",
        "AssertionError: Lists differ: [1, 2] != [1, 3]",
        "",
        "First differing element 1:",
        "2",
        "3",
        "",
        "- [1, 2]",
        "?     ^",
        "",
        "+ [1, 3]",
        "?     ^",
        "",
        "",
        "----------------------------------------------------------------------",
        "Ran 3 tests",
        "",
        "FAILED (failures=1, skipped=1)",
        ""), text);
  }

  @Test
  void passingTestsExitWithStatusFalseAndArgvSelectsTests() {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Interpreter in = interpreter(out, err, List.of("tests.py", "-v", "T.test_ok"));
    PythonException e = assertThrows(PythonException.class, () -> in.exec(SCRIPT));
    assertEquals("SystemExit", e.pythonType());
    assertEquals("False", e.pythonMessage());
    String text = err.toString();
    assertTrue(text.startsWith("test_ok (__main__.T.test_ok) ... ok\n\n"
        + "----------------------------------------------------------------------\nRan 1 test in "),
        text);
    assertTrue(text.endsWith("s\n\nOK\n"), text);
  }

  @Test
  void exitFalseReturnsTheProgram() throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Interpreter in = interpreter(out, err, List.of("tests.py"));
    in.exec(SCRIPT.replace("unittest.main()", "p = unittest.main(exit=False)\n"
        + "    print(p.result.testsRun, len(p.result.failures))"));
    assertEquals("before\n3 1\nnot reached\n", out.toString());
  }

  @Test
  void aTestThatLoopsForeverStillRunsOutOfSteps() {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(200_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import unittest\n"
            + "class T(unittest.TestCase):\n"
            + "    def test_loop(self):\n"
            + "        while True:\n"
            + "            pass\n"
            + "unittest.main(exit=False)\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }
}
