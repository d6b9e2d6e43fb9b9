package dev.moat.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutates the conformance programs (delete/duplicate/swap lines, replace tokens, insert random
 * characters, truncate) and runs them with small budgets: the only allowed outcomes are normal
 * completion, a PythonException or a BudgetExceededException, within the deadline plus 2 s.
 *
 * <p>{@code mvn verify} runs 200 tries; {@code mvn -Pfuzz verify} sets {@code moat.fuzz.tries}
 * for a long campaign run by {@link #campaign()}.
 */
class MutationFuzzTest {
  private static final Limits L = Limits.builder().maxSteps(200_000).timeoutMillis(2_000)
      .maxMemoryBytes(32L << 20).maxOutputBytes(256 << 10).build();
  private static final List<String> PROGRAMS = load();
  private static final String[] TOKENS = {"(", ")", "[", "]", "{", "}", ":", ",", ".", "=",
      "==", "+", "-", "*", "**", "/", "//", "%", "<<", "not", "and", "or", "in", "is", "lambda",
      "def", "class", "return", "yield", "if", "else", "while", "for", "try", "except",
      "finally", "raise", "del", "global", "nonlocal", "None", "True", "0", "-1", "10**20",
      "'s'", "f'{x}'", "b'b'", "[]", "{}", "()", "self", "__class__", "__init__", "__dict__",
      "*args", "**kw", "@", "\\", "\n", "    ", "\t", "#", "\"\"\"", "'", "1e999", "0x", "_",
      "print", "len", "range", "sorted", "super()", "break", "continue", "pass", "assert"};
  private static final ExecutorService HOST = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fuzz-host");
    t.setDaemon(true);
    return t;
  });

  private static List<String> load() {
    Path root = Paths.get("src/test/resources/conformance");
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> ps = s.filter(p -> p.toString().endsWith(".py")).sorted()
          .collect(Collectors.toList());
      List<String> r = new ArrayList<>();
      for (Path p : ps) {
        r.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return r;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A deterministic mutation of one program. */
  static String mutate(String program, long seed) {
    Random r = new Random(seed);
    List<String> lines = new ArrayList<>(Arrays.asList(program.split("\n", -1)));
    int rounds = 1 + r.nextInt(4);
    for (int k = 0; k < rounds && !lines.isEmpty(); k++) {
      int i = r.nextInt(lines.size());
      switch (r.nextInt(7)) {
        case 0:
          lines.remove(i);
          break;
        case 1:
          lines.add(i, lines.get(i));
          break;
        case 2:
          int j = r.nextInt(lines.size());
          String t = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, t);
          break;
        case 3: {
          String line = lines.get(i);
          String[] parts = line.split("(?<=\\W)|(?=\\W)");
          if (parts.length > 0) {
            parts[r.nextInt(parts.length)] = TOKENS[r.nextInt(TOKENS.length)];
            lines.set(i, String.join("", parts));
          }
          break;
        }
        case 4: {
          String line = lines.get(i);
          int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
          char c = r.nextBoolean() ? (char) (32 + r.nextInt(95))
              : (char) r.nextInt(r.nextBoolean() ? 0x80 : 0x10000);
          lines.set(i, line.substring(0, at) + c + line.substring(at));
          break;
        }
        case 5:
          lines.set(i, "    ".repeat(r.nextInt(3)) + TOKENS[r.nextInt(TOKENS.length)] + " "
              + lines.get(i).trim());
          break;
        default:
          String all = String.join("\n", lines);
          int cut = all.isEmpty() ? 0 : r.nextInt(all.length());
          lines = new ArrayList<>(Arrays.asList(all.substring(0, cut).split("\n", -1)));
          break;
      }
    }
    return String.join("\n", lines);
  }

  /** Runs one mutant; returns null if the outcome is allowed, else a description. */
  static String runOne(String src) {
    StringBuilder out = new StringBuilder();
    Interpreter interp = Interpreter.builder().stdout(out).stderr(out).limits(L).build();
    long t0 = System.nanoTime();
    Future<Object> f = HOST.submit(() -> interp.eval(src, "fuzz.py"));
    try {
      f.get(L.timeoutMillis() + 2_000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      interp.cancel();
      return "hang past the deadline";
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof PythonException) {
        try {
          Sandbox.assertCleanGiven(((PythonException) c).traceback(), src);
        } catch (AssertionError a) {
          return a.getMessage();
        }
      } else if (!(c instanceof BudgetExceededException)) {
        java.io.StringWriter sw = new java.io.StringWriter();
        c.printStackTrace(new java.io.PrintWriter(sw));
        String st = sw.toString();
        return "escaped: " + st.substring(0, Math.min(1500, st.length()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return ms > L.timeoutMillis() + 2_000 ? "took " + ms + " ms" : null;
  }

  @Provide
  Arbitrary<Integer> programIndex() {
    return Arbitraries.integers().between(0, PROGRAMS.size() - 1);
  }

  @Property(tries = 200)
  void mutatedProgramsEndCleanly(@ForAll("programIndex") int program, @ForAll long seed) {
    String src = mutate(PROGRAMS.get(program), seed);
    String bad = runOne(src);
    if (bad != null) {
      fail(bad + "\n--- program ---\n" + src);
    }
  }

  /** The long campaign: {@code mvn -Pfuzz ...} sets moat.fuzz.tries (e.g. 20000). */
  @Example
  void campaign() {
    int tries = Integer.getInteger("moat.fuzz.tries", 0);
    if (tries <= 0) {
      return;
    }
    long base = Long.getLong("moat.fuzz.seed", System.nanoTime());
    Random r = new Random(base);
    List<String> findings = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      int p = r.nextInt(PROGRAMS.size());
      long seed = r.nextLong();
      String bad = runOne(mutate(PROGRAMS.get(p), seed));
      if (bad != null) {
        findings.add("program " + p + " seed " + seed + ": " + bad);
      }
    }
    System.out.println("fuzz campaign: " + tries + " tries, base seed " + base + ", "
        + findings.size() + " findings");
    assertTrue(findings.isEmpty(), () -> String.join("\n\n", findings.subList(0,
        Math.min(10, findings.size()))));
  }
}
