package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Runs started from ordinary host threads: handed to a big-stack thread, results handed back. */
class HostThreadTest {

  @Test
  void aHostThreadWithATinyStackStillGetsTheFullRecursionLimit() throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread host = new Thread(null, () -> {
      try {
        // deep nesting to compile, deep recursion to run
        String nested = "(".repeat(150) + "1" + ")".repeat(150);
        result.set(Interpreter.builder().build().eval(
            "def depth(n):\n    return 0 if n == 0 else " + nested + " + depth(n - 1)\n"
                + "depth(950)"));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "tiny-stack-host", 64 * 1024);
    host.start();
    host.join();
    assertEquals(null, failure.get());
    assertEquals(950L, result.get());
  }

  @Test
  void backToBackRunsFromSeveralHostThreadsEachGetTheirOwnResults() throws Exception {
    List<Thread> hosts = new ArrayList<>();
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      int id = t;
      hosts.add(new Thread(() -> {
        for (int i = 0; i < 2_000; i++) {
          try {
            Interpreter interp = Interpreter.builder().build();
            interp.set("n", (long) i);
            Object v = interp.eval("n * 10 + " + id);
            if (!Long.valueOf(i * 10L + id).equals(v)) {
              problems.add("thread " + id + " run " + i + " got " + v);
            }
          } catch (MoatException e) {
            problems.add(e.getMessage());
          }
        }
      }));
    }
    hosts.forEach(Thread::start);
    for (Thread h : hosts) {
      h.join();
    }
    assertTrue(problems.isEmpty(), () -> problems.subList(0, Math.min(5, problems.size())).toString());
  }

  @Test
  void shortLivedHostThreadsShareScriptThreadsInsteadOfLeavingOneEach() throws Exception {
    long before = scriptThreads();
    for (int i = 0; i < 200; i++) {
      AtomicReference<Object> result = new AtomicReference<>();
      Thread host = new Thread(() -> {
        try {
          result.set(Interpreter.builder().build().eval("6 * 7"));
        } catch (MoatException e) {
          result.set(e);
        }
      });
      host.start();
      host.join();
      assertEquals(42L, result.get());
    }
    long after = scriptThreads();
    assertTrue(after <= before + 1, () -> before + " script threads before, " + after + " after");
  }

  private static long scriptThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("moat-script")).count();
  }

  @Test
  void errorsOfARunReachTheHostThreadThatStartedIt() throws Exception {
    Interpreter interp = Interpreter.builder().build();
    PythonException e = assertThrows(PythonException.class, () -> interp.eval("1 / 0"));
    assertEquals("ZeroDivisionError", e.pythonType());
    // the carrier is still usable afterwards
    assertEquals(3L, interp.eval("1 + 2"));
  }
}
