package dev.moat.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/** Shared helpers: run a script with a watchdog, check the typed outcome, timing and health. */
final class Sandbox {
  private Sandbox() {}

  /** Small budgets so that every trick ends quickly. */
  static final Limits SMALL = Limits.builder().maxSteps(5_000_000).timeoutMillis(2_000)
      .maxMemoryBytes(64L << 20).maxOutputBytes(1L << 20).build();

  private static final ExecutorService WATCHDOG = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "sandbox-test-host");
    t.setDaemon(true);
    return t;
  });

  /** What a run ended with. */
  static final class Outcome {
    final Object value;
    final Throwable error;
    final long millis;
    final String out;

    Outcome(Object value, Throwable error, long millis, String out) {
      this.value = value;
      this.error = error;
      this.millis = millis;
      this.out = out;
    }

    @Override
    public String toString() {
      return "Outcome[" + (error != null ? error : "value=" + value) + ", " + millis + " ms, out="
          + (out.length() > 200 ? out.substring(0, 200) + "..." : out) + "]";
    }
  }

  static Interpreter newInterpreter(StringBuilder out, Limits limits) {
    return Interpreter.builder().stdout(out).stderr(out).limits(limits).build();
  }

  /**
   * Runs {@code src} in {@code interp} from a host thread; fails the test (and cancels the run)
   * if it has not ended 5 s after its own timeout.
   */
  static Outcome run(Interpreter interp, StringBuilder out, String src) {
    long t0 = System.nanoTime();
    Future<Object> f = WATCHDOG.submit(() -> interp.eval(src));
    long wait = interp.limits().timeoutMillis() + 5_000;
    Object value = null;
    Throwable error = null;
    try {
      value = f.get(wait, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      interp.cancel();
      fail("run did not end within " + wait + " ms: " + abbreviate(src));
    } catch (java.util.concurrent.ExecutionException e) {
      error = e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted");
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    synchronized (out) {
      return new Outcome(value, error, ms, out.toString());
    }
  }

  static Outcome run(String src, Limits limits) {
    StringBuilder out = new StringBuilder();
    Interpreter interp = newInterpreter(out, limits);
    Outcome o = run(interp, out, src);
    assertHealthy(interp, out);
    return o;
  }

  /** The run ends with the given budget, within its timeout plus one second. */
  static Outcome assertBudget(String src, BudgetExceededException.Budget budget, Limits limits) {
    Outcome o = run(src, limits);
    assertTrue(o.error instanceof BudgetExceededException,
        () -> "expected " + budget + " budget error for " + abbreviate(src) + ", got " + o);
    assertEquals(budget, ((BudgetExceededException) o.error).budget(), () -> o.toString());
    assertInTime(o, limits);
    assertClean(o.error.getMessage());
    return o;
  }

  static Outcome assertBudget(String src, BudgetExceededException.Budget budget) {
    return assertBudget(src, budget, SMALL);
  }

  /** The run ends with STEPS or TIME (which one comes first depends on the machine). */
  static Outcome assertStepsOrTime(String src) {
    Outcome o = run(src, SMALL);
    assertTrue(o.error instanceof BudgetExceededException,
        () -> "expected a budget error for " + abbreviate(src) + ", got " + o);
    BudgetExceededException.Budget b = ((BudgetExceededException) o.error).budget();
    assertTrue(b == BudgetExceededException.Budget.STEPS
        || b == BudgetExceededException.Budget.TIME, () -> o.toString());
    assertInTime(o, SMALL);
    return o;
  }

  /** The run ends with an uncaught Python exception of the given type. */
  static PythonException assertPyError(String src, String pythonType, Limits limits) {
    Outcome o = run(src, limits);
    assertTrue(o.error instanceof PythonException,
        () -> "expected " + pythonType + " for " + abbreviate(src) + ", got " + o);
    PythonException e = (PythonException) o.error;
    assertEquals(pythonType, e.pythonType(), () -> o + "\n" + e.traceback());
    assertInTime(o, limits);
    assertClean(e.getMessage());
    assertClean(e.traceback());
    assertClean(o.out);
    return e;
  }

  static PythonException assertPyError(String src, String pythonType) {
    return assertPyError(src, pythonType, SMALL);
  }

  static void assertInTime(Outcome o, Limits limits) {
    assertTrue(o.millis <= limits.timeoutMillis() + 1_000,
        () -> "took " + o.millis + " ms, limit " + limits.timeoutMillis() + " ms: " + o);
  }

  /** The interpreter (and JVM) still works: a new run prints 42. */
  static void assertHealthy(Interpreter interp, StringBuilder out) {
    int before;
    synchronized (out) {
      before = out.length();
    }
    Outcome o = run(interp, out, "print(6*7)");
    assertEquals(null, o.error, () -> "interpreter broken after the run: " + o);
    assertEquals("42\n", o.out.substring(before));
  }

  private static final Pattern LEAK = Pattern.compile(
      "java\\.|javax\\.|dev\\.moat|\\bat [\\w$.]+\\(|\\.java\\b|\\b(?!Base)[A-Za-z]+Exception\\b|\\$|\\.class\\b"
      + "|/home/|/work/|/tmp/|/usr/|[A-Za-z]:\\\\|\\bnull\\b|NullPointer|ClassCast"
      + "|IndexOutOfBounds|IllegalArgument|IllegalState|UnsupportedOperation");

  /** No Java class names, stack frames, host paths or Java-only wording. */
  static void assertClean(String text) {
    if (text == null) {
      return;
    }
    assertFalse(LEAK.matcher(text).find(), () -> "host detail leaked: " + text);
    assertFalse(text.toLowerCase().contains("java"), () -> "host detail leaked: " + text);
  }

  /**
   * Like {@link #assertClean} for text that may quote the script's own source (a traceback
   * echoes source lines): a suspicious match is fine only if the script itself contains it.
   */
  static void assertCleanGiven(String text, String source) {
    if (text == null) {
      return;
    }
    java.util.regex.Matcher m = LEAK.matcher(text);
    while (m.find()) {
      String hit = m.group();
      assertTrue(source.contains(hit) || hit.equals("null") && text.contains("null bytes"),
          () -> "host detail leaked (" + hit + "): " + text);
    }
    if (!source.toLowerCase().contains("java")) {
      assertFalse(text.toLowerCase().contains("java"), () -> "host detail leaked: " + text);
    }
  }

  static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
