package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the host sees of a report beyond its text (whole reports are compared with CPython's in
 * the {@code tracebacks/} corpus): a "Did you mean" hint is part of the report, not the message.
 */
class TracebackTextTest {
  @Test
  void didYouMeanHintsAreInTheReportButNotInTheMessage() {
    String src = "def summarize(order):\n"
        + "    return 'order'\n"
        + "\n"
        + "summarise(1)\n";
    Interpreter interp = Interpreter.builder().stdout(new StringBuilder()).build();
    PythonException e = assertThrows(PythonException.class, () -> interp.eval(src, "hints.py"));
    assertEquals("name 'summarise' is not defined", e.pythonMessage());
    assertTrue(e.traceback().endsWith(
        "NameError: name 'summarise' is not defined. Did you mean: 'summarize'?\n"),
        e.traceback());
  }
}
