package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Whole uncaught tracebacks compared with CPython 3.11's output for the same file (without its
 * {@code ~~^^} marker lines, which Moat does not print): chaining, line numbers, hints.
 */
class TracebackTextTest {
  private static void assertTraceback(String src, String fileName, String expected) {
    Interpreter interp = Interpreter.builder().stdout(new StringBuilder()).build();
    PythonException e = assertThrows(PythonException.class, () -> interp.eval(src, fileName));
    assertEquals(expected, e.traceback());
  }

  @Test
  void builtinErrorsInFinallyAndExitChainAsInCPython() {
    String src = "class Failing:\n"
        + "    def __enter__(self):\n"
        + "        return self\n"
        + "\n"
        + "    def __exit__(self, *exc):\n"
        + "        return {}['exit']\n"
        + "\n"
        + "\n"
        + "def close(resource):\n"
        + "    try:\n"
        + "        return resource['handle']\n"
        + "    finally:\n"
        + "        with Failing():\n"
        + "            len(resource['size'])\n"
        + "\n"
        + "\n"
        + "close({})\n";
    assertTraceback(src, "exit_in_finally.py",
        "Traceback (most recent call last):\n"
        + "  File \"exit_in_finally.py\", line 11, in close\n"
        + "    return resource['handle']\n"
        + "KeyError: 'handle'\n"
        + "\n"
        + "During handling of the above exception, another exception occurred:\n"
        + "\n"
        + "Traceback (most recent call last):\n"
        + "  File \"exit_in_finally.py\", line 14, in close\n"
        + "    len(resource['size'])\n"
        + "KeyError: 'size'\n"
        + "\n"
        + "During handling of the above exception, another exception occurred:\n"
        + "\n"
        + "Traceback (most recent call last):\n"
        + "  File \"exit_in_finally.py\", line 17, in <module>\n"
        + "    close({})\n"
        + "  File \"exit_in_finally.py\", line 13, in close\n"
        + "    with Failing():\n"
        + "  File \"exit_in_finally.py\", line 6, in __exit__\n"
        + "    return {}['exit']\n"
        + "KeyError: 'exit'\n");
  }

  @Test
  void raiseFromNoneHidesTheWholeChainBelow() {
    String src = "def parse(text):\n"
        + "    try:\n"
        + "        return int(text)\n"
        + "    except ValueError:\n"
        + "        return {}[text]\n"
        + "\n"
        + "\n"
        + "def load(text):\n"
        + "    try:\n"
        + "        return parse(text)\n"
        + "    except KeyError:\n"
        + "        raise LookupError(text) from None\n"
        + "\n"
        + "\n"
        + "try:\n"
        + "    1/0\n"
        + "except ZeroDivisionError:\n"
        + "    print(load('x'))\n";
    assertTraceback(src, "handler.py",
        "Traceback (most recent call last):\n"
        + "  File \"handler.py\", line 18, in <module>\n"
        + "    print(load('x'))\n"
        + "  File \"handler.py\", line 12, in load\n"
        + "    raise LookupError(text) from None\n"
        + "LookupError: x\n");
  }

  @Test
  void didYouMeanHintsAppearInUncaughtReportsOnly() {
    String src = "class Order:\n"
        + "    def __init__(self):\n"
        + "        self.total = 5\n"
        + "\n"
        + "\n"
        + "def summarize(order):\n"
        + "    return 'order'\n"
        + "\n"
        + "\n"
        + "def describe(order):\n"
        + "    try:\n"
        + "        return order.totl\n"
        + "    except AttributeError:\n"
        + "        return summarise(order)\n"
        + "\n"
        + "\n"
        + "describe(Order())\n";
    assertTraceback(src, "hints.py",
        "Traceback (most recent call last):\n"
        + "  File \"hints.py\", line 12, in describe\n"
        + "    return order.totl\n"
        + "AttributeError: 'Order' object has no attribute 'totl'. Did you mean: 'total'?\n"
        + "\n"
        + "During handling of the above exception, another exception occurred:\n"
        + "\n"
        + "Traceback (most recent call last):\n"
        + "  File \"hints.py\", line 17, in <module>\n"
        + "    describe(Order())\n"
        + "  File \"hints.py\", line 14, in describe\n"
        + "    return summarise(order)\n"
        + "NameError: name 'summarise' is not defined. Did you mean: 'summarize'?\n");
    Interpreter interp = Interpreter.builder().stdout(new StringBuilder()).build();
    PythonException e = assertThrows(PythonException.class, () -> interp.eval(src, "hints.py"));
    assertEquals("name 'summarise' is not defined", e.pythonMessage());
  }

  @Test
  void errorsOfForTargetsAndMatchGuardsAreReportedAtTheirLines() {
    String src = "def pairs():\n"
        + "    yield (1, 2)\n"
        + "    yield (3,)\n"
        + "\n"
        + "\n"
        + "def total(items):\n"
        + "    s = 0\n"
        + "    for a, b in items:\n"
        + "        s += a\n"
        + "        s += b\n"
        + "    return s\n"
        + "\n"
        + "\n"
        + "def classify(x):\n"
        + "    match x:\n"
        + "        case [a, *_] if a.size:\n"
        + "            return a\n"
        + "    return None\n"
        + "\n"
        + "\n"
        + "try:\n"
        + "    total(pairs())\n"
        + "except ValueError:\n"
        + "    classify([1])\n";
    assertTraceback(src, "lines.py",
        "Traceback (most recent call last):\n"
        + "  File \"lines.py\", line 22, in <module>\n"
        + "    total(pairs())\n"
        + "  File \"lines.py\", line 8, in total\n"
        + "    for a, b in items:\n"
        + "ValueError: not enough values to unpack (expected 2, got 1)\n"
        + "\n"
        + "During handling of the above exception, another exception occurred:\n"
        + "\n"
        + "Traceback (most recent call last):\n"
        + "  File \"lines.py\", line 24, in <module>\n"
        + "    classify([1])\n"
        + "  File \"lines.py\", line 16, in classify\n"
        + "    case [a, *_] if a.size:\n"
        + "AttributeError: 'int' object has no attribute 'size'\n");
  }

  @Test
  void reraisingACaughtExceptionAndDecoratorErrorsShowCPythonsLines() {
    String src = "def register(fn):\n"
        + "    raise LookupError('no registry')\n"
        + "\n"
        + "\n"
        + "def parse(text):\n"
        + "    try:\n"
        + "        return int(text)\n"
        + "    except ValueError as e:\n"
        + "        raise e\n"
        + "\n"
        + "\n"
        + "try:\n"
        + "    parse('x')\n"
        + "except ValueError:\n"
        + "    @register\n"
        + "    def handler():\n"
        + "        pass\n";
    assertTraceback(src, "reraise.py",
        "Traceback (most recent call last):\n"
        + "  File \"reraise.py\", line 13, in <module>\n"
        + "    parse('x')\n"
        + "  File \"reraise.py\", line 9, in parse\n"
        + "    raise e\n"
        + "  File \"reraise.py\", line 7, in parse\n"
        + "    return int(text)\n"
        + "ValueError: invalid literal for int() with base 10: 'x'\n"
        + "\n"
        + "During handling of the above exception, another exception occurred:\n"
        + "\n"
        + "Traceback (most recent call last):\n"
        + "  File \"reraise.py\", line 15, in <module>\n"
        + "    @register\n"
        + "  File \"reraise.py\", line 2, in register\n"
        + "    raise LookupError('no registry')\n"
        + "LookupError: no registry\n");
  }
}
