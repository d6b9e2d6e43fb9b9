package dev.moat.bench;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.MoatException;
import dev.moat.Program;
import dev.moat.PythonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm in-process timing of one Moat program, the Moat side of {@code compare.py --mode warm}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.moat.bench.WarmRunner PROG.py N [WARMUP]</pre>
 *
 * <p>Compiles the program once, then runs it {@code WARMUP + N} times, each time in a fresh
 * {@link Interpreter} with generous limits, all in this JVM. The first run's output is printed to
 * stdout (it carries the checksum); the other runs print to a null sink. The first
 * {@code WARMUP} runs (default {@code max(1, N / 2)}) are discarded; the last line on stderr is
 * {@code WARM median_ms=... min_ms=... runs=N}.
 *
 * <p>Exit status: 0 on success, 1 when the program raised (the traceback is on stderr, and
 * {@code WARM error=ModuleNotFoundError} or the like is the last stderr line), 3 when a budget ran
 * out, 2 for a usage error.
 */
public final class WarmRunner {
  /** Generous limits: the benchmark programs run for seconds and recurse a little. */
  static final Limits LIMITS = Limits.builder()
      .maxSteps(1_000_000_000_000L)
      .timeoutMillis(10 * 60 * 1000L)
      .maxDepth(10_000)
      .maxOutputBytes(1L << 30)
      .build();

  private WarmRunner() {}

  /** An {@link Appendable} that drops everything. */
  static final Appendable NULL_SINK = new Appendable() {
    @Override
    public Appendable append(CharSequence csq) {
      return this;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) {
      return this;
    }

    @Override
    public Appendable append(char c) {
      return this;
    }
  };

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: WarmRunner PROG.py N [WARMUP]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : Math.max(1, n / 2);
    if (n < 1 || warmup < 0) {
      System.err.println("WarmRunner: N must be >= 1 and WARMUP >= 0");
      System.exit(2);
    }
    String source = Files.readString(file, StandardCharsets.UTF_8);
    long[] times = new long[n];
    try {
      Program program = Program.compile(source, file.toString());
      for (int i = 0; i < warmup + n; i++) {
        StringBuilder first = i == 0 ? new StringBuilder() : null;
        Interpreter interp = Interpreter.builder()
            .stdout(first != null ? first : NULL_SINK)
            .stderr(System.err)
            .limits(LIMITS)
            .build();
        long t0 = System.nanoTime();
        interp.run(program);
        long t = System.nanoTime() - t0;
        if (first != null) {
          System.out.print(first);
          System.out.flush();
        }
        if (i >= warmup) {
          times[i - warmup] = t;
        }
      }
    } catch (PythonException e) {
      System.err.print(e.traceback());
      System.err.println("WARM error=" + e.pythonType());
      System.exit(1);
    } catch (BudgetExceededException e) {
      System.err.println("WARM error=budget " + e.getMessage());
      System.exit(3);
    } catch (MoatException e) {
      System.err.println("WARM error=" + e);
      System.exit(1);
    }
    System.err.printf("WARM median_ms=%.3f min_ms=%.3f runs=%d%n", median(times) / 1e6,
        Arrays.stream(times).min().getAsLong() / 1e6, n);
  }

  static double median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
  }
}
