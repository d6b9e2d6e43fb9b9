package dev.moat.sandbox;

import static dev.moat.BudgetExceededException.Budget.CANCELLED;
import static dev.moat.BudgetExceededException.Budget.MEMORY;
import static dev.moat.BudgetExceededException.Budget.OUTPUT;
import static dev.moat.sandbox.Sandbox.assertBudget;
import static dev.moat.sandbox.Sandbox.assertHealthy;
import static dev.moat.sandbox.Sandbox.assertPyError;
import static dev.moat.sandbox.Sandbox.assertStepsOrTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.MoatException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loops, heavy built-ins, output floods, catch-and-continue, cancellation, misconfiguration. */
class BudgetTrickTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "while True: pass",
      "for i in range(10**12): pass",
      "sum(x for x in range(10**12))",
      "sum(range(10**12))",
      "while True:\n    s = 'x' * 10**6",
      "max(range(10**12))",
      "min(range(10**12))",
      "any(x < 0 for x in range(10**12))",
      "all(x >= 0 for x in range(10**12))",
      "x = 10**100000\nwhile True:\n    y = x * x",
      "x = 3\nwhile True:\n    x = x * x % (10**5000)",
      "l = []\nwhile True:\n    l.append('x' * 10000)\n    l = l[-10:]",
  })
  void infiniteWorkEndsWithStepsOrTime(String src) {
    assertStepsOrTime(src);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[x for x in range(10**12)]",
      "{x: x for x in range(10**12)}",
      "{x for x in range(10**12)}",
      "sorted(range(10**8))",
      "list(range(10**9))",
      "list(map(abs, range(10**12)))",
      "list(zip(range(10**12), range(10**12)))",
      "set(range(10**12))",
      "dict.fromkeys(range(10**12))",
      "' '.join(str(i) for i in range(10**9))",
      "[*range(10**12)]",
      "sorted(range(10**7), key=lambda x: -x)",
  })
  void endlessBuildingEndsWithStepsTimeOrMemory(String src) {
    Sandbox.Outcome o = Sandbox.run(src, Sandbox.SMALL);
    assertTrue(o.error instanceof BudgetExceededException,
        () -> "expected a budget error, got " + o);
    BudgetExceededException.Budget b = ((BudgetExceededException) o.error).budget();
    assertTrue(b == BudgetExceededException.Budget.STEPS
        || b == BudgetExceededException.Budget.TIME || b == MEMORY, () -> o.toString());
    Sandbox.assertInTime(o, Sandbox.SMALL);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "'a' * 10**9",
      "[0] * 10**10",
      "(0,) * 10**10",
      "b'x' * 10**10",
      "bytes(10**10)",
      "' '.join(['x'] * 10**8)",
      "format(1, '1000000000')",
      "f'{1:>{10**9}}'",
      "'{:1000000000}'.format(1)",
      "'%0*d' % (10**9, 1)",
      "'%*s' % (10**9, 'a')",
      "format('abc', '>1000000000')",
      "format(1.5, '.1000000000f')",
      "'%.1000000000f' % 1.5",
      "format(1.5, '#.1000000000g')",
      "'x'.ljust(10**10)",
      "'x'.rjust(10**10)",
      "'x'.center(10**10)",
      "'abc'.zfill(10**10)",
      "[1, 2] * (2**62)",
      "x = 'ab'\nwhile True:\n    x = x * 2",
      "x = [1]\nwhile True:\n    x = x + x",
      "'x'.join(['y' * 10**6] * 1000)",
  })
  void hugeAllocationsAreChargedToMemory(String src) {
    assertBudget(src, MEMORY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 ** (10**10)", "1 << 10**10", "10 ** 10 ** 10", "pow(10, 10**10)",
      "x = 2\nwhile True:\n    x = x ** 2"})
  void hugeIntegersAreAMemoryBudgetOrPythonError(String src) {
    Sandbox.Outcome o = Sandbox.run(src, Sandbox.SMALL);
    assertTrue(o.error instanceof MoatException, () -> o.toString());
    if (o.error instanceof BudgetExceededException) {
      BudgetExceededException.Budget b = ((BudgetExceededException) o.error).budget();
      assertTrue(b == MEMORY || b == BudgetExceededException.Budget.STEPS
          || b == BudgetExceededException.Budget.TIME, () -> o.toString());
    } else {
      String t = ((dev.moat.PythonException) o.error).pythonType();
      assertTrue(t.equals("MemoryError") || t.equals("OverflowError"), () -> o.toString());
    }
    Sandbox.assertInTime(o, Sandbox.SMALL);
  }

  @Test
  void stringRepeatThatOverflowsIsOverflowErrorNotEmpty() {
    assertPyError("'ab' * (2**62)", "OverflowError");
  }

  @Test
  void tooManyDigitsIsCPythonsValueError() {
    assertTrue(assertPyError("str(10**100000)", "ValueError").pythonMessage()
        .contains("4300 digits"));
    assertTrue(assertPyError("int('9' * 100000)", "ValueError").pythonMessage()
        .contains("4300 digits"));
    assertPyError("repr(10**5000)", "ValueError");
    assertPyError("f'{10**5000}'", "ValueError");
    assertPyError("'%d' % 10**5000", "ValueError");
  }

  @Test
  void bigIntMultiplicationChainsAreCharged() {
    assertStepsOrTime("x = 7\nfor i in range(10**6):\n    x = x * x + 1");
  }

  @Test
  void outputFloodHitsTheOutputBudget() {
    Sandbox.Outcome o = assertBudget("while True:\n    print('x' * 1000)", OUTPUT);
    assertTrue(o.out.length() <= Sandbox.SMALL.maxOutputBytes() + 3, () -> "" + o.out.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "try:\n    while True: pass\nexcept BaseException:\n    print('caught')",
      "try:\n    while True: pass\nexcept:\n    print('caught')",
      "try:\n    while True: pass\nfinally:\n    print('caught')",
      "try:\n    while True: pass\nfinally:\n    while True: pass",
      "for i in range(10):\n    try:\n        while True: pass\n    except BaseException:\n"
          + "        print('caught')",
      "while True:\n    try:\n        while True: pass\n    except:\n        print('caught')\n"
          + "    finally:\n        print('caught')",
      "def f():\n    try:\n        while True: pass\n    finally:\n        return 1\n"
          + "print('caught', f())",
      "try:\n    try:\n        while True: pass\n    except Exception:\n        pass\n"
          + "except BaseException as e:\n    print('caught', type(e))",
      "class A:\n    def __lt__(self, o):\n        l.append(1)\n        while True: pass\n"
          + "l = [A(), A()]\ntry:\n    l.sort()\nexcept BaseException:\n    print('caught')",
  })
  void budgetErrorsCannotBeCaughtOrOutlived(String src) {
    Sandbox.Outcome o = assertStepsOrTime(src);
    assertFalse(o.out.contains("caught"), () -> "handler ran after a budget error: " + o.out);
  }

  @Test
  void splittingABigStringIsChargedForTheTextScannedOnce() {
    // 400,000 pieces of a 800 KB string: linear work, well inside the small step budget
    Sandbox.Outcome o = Sandbox.run("s = 'a,' * 400_000\n"
        + "len(s.split(',')) + len(s.rsplit(',')) + s.count(',') + len(s.partition(',')[2])",
        Sandbox.SMALL);
    assertEquals(400_001L * 2 + 400_000 + 799_998, o.value, () -> o.toString());
  }

  @Test
  void memoryAndOutputBudgetsCannotBeCaughtEither() {
    Sandbox.Outcome o = assertBudget(
        "try:\n    'a' * 10**9\nexcept BaseException:\n    print('caught')\nfinally:\n"
            + "    print('caught')", MEMORY);
    assertFalse(o.out.contains("caught"));
    o = assertBudget("try:\n    while True: print('x' * 100)\nexcept:\n    pass\n"
        + "finally:\n    print('caught')", OUTPUT);
    assertFalse(o.out.contains("caught"));
  }

  @Test
  void hostCancelEndsARunningLoop() throws Exception {
    StringBuilder out = new StringBuilder();
    Limits slow = Limits.builder().maxSteps(Long.MAX_VALUE / 2).timeoutMillis(60_000).build();
    Interpreter interp = Sandbox.newInterpreter(out, slow);
    AtomicReference<Throwable> got = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Thread host = new Thread(() -> {
      try {
        interp.exec("while True: pass");
      } catch (Throwable t) {
        got.set(t);
      }
      done.countDown();
    });
    host.start();
    Thread.sleep(300);
    long t0 = System.nanoTime();
    interp.cancel();
    assertTrue(done.await(5, java.util.concurrent.TimeUnit.SECONDS), "cancel did not stop it");
    assertTrue((System.nanoTime() - t0) / 1_000_000 < 2_000);
    assertTrue(got.get() instanceof BudgetExceededException, () -> "" + got.get());
    assertEquals(CANCELLED, ((BudgetExceededException) got.get()).budget());
    assertHealthy(interp, out);
  }

  @Test
  void interruptingTheWaitingHostThreadCancelsTheRun() throws Exception {
    StringBuilder out = new StringBuilder();
    Limits slow = Limits.builder().maxSteps(Long.MAX_VALUE / 2).timeoutMillis(60_000).build();
    Interpreter interp = Sandbox.newInterpreter(out, slow);
    AtomicReference<Throwable> got = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Thread host = new Thread(() -> {
      try {
        interp.exec("while True: pass");
      } catch (Throwable t) {
        got.set(t);
      }
      flag.set(Thread.currentThread().isInterrupted());
      done.countDown();
    });
    host.start();
    Thread.sleep(300);
    host.interrupt();
    assertTrue(done.await(5, java.util.concurrent.TimeUnit.SECONDS), "interrupt did not stop it");
    assertTrue(got.get() instanceof BudgetExceededException, () -> "" + got.get());
    assertEquals(CANCELLED, ((BudgetExceededException) got.get()).budget());
    assertTrue(flag.get(), "the host thread's interrupt status must be kept");
    assertHealthy(interp, out);
  }

  @Test
  void cancelBeforeARunDoesNotPoisonTheNextRun() throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter interp = Sandbox.newInterpreter(out, Sandbox.SMALL);
    interp.cancel();
    assertHealthy(interp, out);
  }

  @Test
  void limitsMisconfigurationIsRejectedAtBuildTime() {
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxSteps(0));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxSteps(-1));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().timeoutMillis(0));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxMemoryBytes(-5));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxDepth(0));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxDepth(100_001));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxOutputBytes(0));
  }

  @Test
  void theSameInterpreterRecoversAfterEveryBudget() {
    StringBuilder out = new StringBuilder();
    Interpreter interp = Sandbox.newInterpreter(out, Sandbox.SMALL);
    for (String src : new String[] {"while True: pass", "'a' * 10**9",
        "while True: print('x' * 1000)", "def f(): f()\nf()"}) {
      Sandbox.Outcome o = Sandbox.run(interp, out, src);
      assertTrue(o.error instanceof MoatException, () -> o.toString());
      assertHealthy(interp, out);
    }
  }
}
