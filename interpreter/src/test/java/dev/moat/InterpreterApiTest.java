package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InterpreterApiTest {
  private final StringBuilder out = new StringBuilder();
  private final Interpreter interp = Interpreter.builder().stdout(out).build();

  @Test
  void evalReturnsTrailingExpressionAsJavaValues() throws Exception {
    assertEquals(3L, interp.eval("1 + 2"));
    assertEquals(new BigInteger("1267650600228229401496703205376"), interp.eval("2 ** 100"));
    assertEquals(0.5, interp.eval("1 / 2"));
    assertEquals("ab", interp.eval("'a' + 'b'"));
    assertEquals(Boolean.TRUE, interp.eval("3 > 2"));
    assertNull(interp.eval("None"));
    assertNull(interp.eval("x = 1"));
    assertEquals(Arrays.asList(1L, "two", 3.0), interp.eval("[1, 'two', 3.0]"));
    Object t = interp.eval("(1, 2)");
    assertEquals(List.of(1L, 2L), t);
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) t).add(null));
    Map<Object, Object> expected = new LinkedHashMap<>();
    expected.put("b", 1L);
    expected.put("a", List.of(2L));
    assertEquals(expected, interp.eval("{'b': 1, 'a': [2]}"));
    assertEquals(Set.of(1L, 2L), interp.eval("{1, 2}"));
    assertTrue(Arrays.equals("hi".getBytes(), (byte[]) interp.eval("b'hi'")));
  }

  @Test
  void printGoesToTheConfiguredSink() throws Exception {
    interp.exec("print('hello', 42, sep='-')\nprint('x', end='')");
    assertEquals("hello-42\nx", out.toString());
  }

  @Test
  void globalsPersistAcrossRunsAndCanBeSetFromJava() throws Exception {
    interp.set("items", List.of(3, 1, 2));
    interp.set("cfg", Map.of("scale", 10));
    interp.exec("total = sum(items) * cfg['scale']");
    assertEquals(60L, interp.get("total"));
    assertEquals(61L, interp.eval("total + 1"));
    assertNull(interp.get("missing"));
    assertThrows(IllegalArgumentException.class, () -> interp.set("t", new Thread()));
  }

  @Test
  void scriptErrorsCarryTypeMessageLineAndTraceback() {
    PythonException e = assertThrows(PythonException.class,
        () -> interp.eval("def f(x):\n    return 1 / x\n\nf(0)\n", "calc.py"));
    assertEquals("ZeroDivisionError", e.pythonType());
    assertEquals("division by zero", e.pythonMessage());
    assertEquals(2, e.line());
    assertEquals("Traceback (most recent call last):\n"
        + "  File \"calc.py\", line 4, in <module>\n"
        + "    f(0)\n"
        + "  File \"calc.py\", line 2, in f\n"
        + "    return 1 / x\n"
        + "           ~~^~~\n"
        + "ZeroDivisionError: division by zero\n", e.traceback());
  }

  @Test
  void syntaxErrorsAreReportedWithTheirLine() {
    PythonException e = assertThrows(PythonException.class,
        () -> interp.eval("x = 1\nif x\n    pass\n"));
    assertEquals("SyntaxError", e.pythonType());
    assertEquals(2, e.line());
  }

  @Test
  void compiledProgramsRunManyTimesInManyInterpreters() throws Exception {
    Program p = Program.compile("1", "p.py");
    Program q = Program.compile("counter = counter + 1\ncounter", "q.py");
    Interpreter a = Interpreter.builder().build();
    a.set("counter", 0);
    assertEquals(1L, a.run(q));
    assertEquals(2L, a.run(q));
    Interpreter b = Interpreter.builder().build();
    b.set("counter", 10);
    assertEquals(11L, b.run(q));
    assertEquals(3L, a.run(q));
    assertTrue(p.fileName().equals("p.py"));
  }

  @Test
  void programsAreSharedAcrossThreads() throws Exception {
    Program p = Program.compile("def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\n"
        + "fib(seed)", "fib.py");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<?>[] fs = new Future<?>[16];
      for (int i = 0; i < fs.length; i++) {
        int seed = 10 + i % 5;
        fs[i] = pool.submit(() -> {
          Interpreter in = Interpreter.builder().build();
          in.set("seed", seed);
          return in.run(p);
        });
      }
      long[] fib = {55, 89, 144, 233, 377};
      for (int i = 0; i < fs.length; i++) {
        assertEquals(fib[i % 5], fs[i].get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void hostFunctionsAreCallableWithConvertedValues() throws Exception {
    Interpreter in = Interpreter.builder()
        .function("add_all", (args, kw) -> {
          long s = 0;
          for (Object o : args) {
            s += (Long) o;
          }
          return s + (Long) kw.getOrDefault("bonus", 0L);
        })
        .function("fail", (args, kw) -> {
          throw new IllegalArgumentException("bad input: " + args.get(0));
        })
        .build();
    assertEquals(16L, in.eval("add_all(1, 2, 3, bonus=10)"));
    assertEquals("ValueError bad input: 7",
        in.eval("try:\n    fail(7)\nexcept ValueError as e:\n    r = type(e).__name__ + ' ' + str(e)\nr"));
  }

  @Test
  void budgetsEndRunsWithATypedErrorAndTheInterpreterStaysUsable() throws Exception {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(10_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> in.exec("x = 0\nwhile True:\n    x += 1\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
    assertEquals(10_000, e.limit());
    assertTrue(e.line() == 2 || e.line() == 3, "line " + e.line());
    assertEquals(42L, in.eval("6 * 7"));
  }

  @Test
  void budgetErrorsCannotBeCaughtByTheScript() {
    Interpreter in = Interpreter.builder().stdout(out)
        .limits(Limits.builder().maxSteps(5_000).build()).build();
    assertThrows(BudgetExceededException.class, () -> in.exec(
        "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n"
            + "finally:\n    print('finally')\n"));
    assertFalse(out.toString().contains("caught"));
    assertFalse(out.toString().contains("finally"));
  }

  @Test
  void recursionBeyondTheDepthLimitIsARecursionError() throws Exception {
    Interpreter in = Interpreter.builder().limits(Limits.builder().maxDepth(200).build()).build();
    assertEquals("RecursionError", in.eval(
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n"
            + "    r = type(e).__name__\nr"));
  }

  @Test
  void limitsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxSteps(0));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().timeoutMillis(-1));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxDepth(1_000_000));
  }

  @Test
  void outputBudgetStopsFloods() {
    StringBuilder sink = new StringBuilder();
    Interpreter in = Interpreter.builder().stdout(sink)
        .limits(Limits.builder().maxOutputBytes(100).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> in.exec("while True:\n    print('spam')\n"));
    assertEquals(BudgetExceededException.Budget.OUTPUT, e.budget());
    assertEquals(100, sink.length());
  }

  @Test
  void deepRecursionTracebacksAreCondensedAsInCPython() {
    PythonException e = assertThrows(PythonException.class,
        () -> interp.eval("def f(n):\n    return f(n + 1)\nf(0)\n", "r.py"));
    assertEquals("RecursionError", e.pythonType());
    assertTrue(e.traceback().contains("    return f(n + 1)\n"
        + "           ^^^^^^^^\n"
        + "  [Previous line repeated 996 more times]\n"
        + "RecursionError: maximum recursion depth exceeded\n"), e.traceback());
  }

  @Test
  void chainedTracebacksShowEveryFrameAsCPythonDoes() {
    String src = "def load(cfg):\n    try:\n        return int(cfg['port'])\n"
        + "    except KeyError as e:\n        raise LookupError('missing port') from e\n\n"
        + "def main():\n    try:\n        load({})\n    except LookupError:\n"
        + "        data = [1, 2]\n        return data[5]\nmain()\n";
    PythonException e = assertThrows(PythonException.class, () -> interp.eval(src, "r9.py"));
    // CPython 3.11's output for the same file
    assertEquals("Traceback (most recent call last):\n"
        + "  File \"r9.py\", line 3, in load\n    return int(cfg['port'])\n"
        + "               ~~~^^^^^^^^\n"
        + "KeyError: 'port'\n\n"
        + "The above exception was the direct cause of the following exception:\n\n"
        + "Traceback (most recent call last):\n"
        + "  File \"r9.py\", line 9, in main\n    load({})\n"
        + "  File \"r9.py\", line 5, in load\n    raise LookupError('missing port') from e\n"
        + "LookupError: missing port\n\n"
        + "During handling of the above exception, another exception occurred:\n\n"
        + "Traceback (most recent call last):\n"
        + "  File \"r9.py\", line 13, in <module>\n    main()\n"
        + "  File \"r9.py\", line 12, in main\n    return data[5]\n"
        + "           ~~~~^^^\n"
        + "IndexError: list index out of range\n", e.traceback());
  }
}
