package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moat.Interpreter;
import org.junit.jupiter.api.Test;

/** logging: the default stream is the interpreter's stderr sink; sys.exc_info feeds exception(). */
class LoggingModuleTest {
  @Test
  void defaultHandlersWriteToTheStderrSink() throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Interpreter in = Interpreter.builder().stdout(out).stderr(err).build();
    in.exec("import logging\n"
        + "logging.getLogger('a').warning('last resort %d', 1)\n"
        + "logging.info('dropped')\n"
        + "logging.warning('root %s', 'configured')\n"
        + "try:\n"
        + "    1 / 0\n"
        + "except ZeroDivisionError:\n"
        + "    logging.exception('failed')\n"
        + "print('done')\n");
    assertEquals("done\n", out.toString());
    assertEquals("last resort 1\n"
        + "WARNING:root:root configured\n"
        + "ERROR:root:failed\n"
        + "Traceback (most recent call last):\n"
        + "  File \"<string>\", line 6, in <module>\n"
        + "    1 / 0\n"
        + "    ~~^~~\n"
        + "ZeroDivisionError: division by zero\n", err.toString());
  }

  @Test
  void eachInterpreterHasItsOwnLoggers() throws Exception {
    StringBuilder out1 = new StringBuilder();
    Interpreter first = Interpreter.builder().stdout(out1).build();
    first.exec("import logging\nlogging.getLogger('x').setLevel(10)\n"
        + "print(logging.getLogger('x').level)\n");
    StringBuilder out2 = new StringBuilder();
    Interpreter second = Interpreter.builder().stdout(out2).build();
    second.exec("import logging\nprint(logging.getLogger('x').level)\n");
    assertEquals("10\n", out1.toString());
    assertEquals("0\n", out2.toString());
  }
}
