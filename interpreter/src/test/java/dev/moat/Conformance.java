package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs CPython-oracle programs: each {@code X.py} beside its {@code X.out} (CPython 3.11's exact
 * stdout) and, for programs that end with an uncaught exception, {@code X.err} (the last line of
 * the traceback) and, where present, {@code X.tb} (the whole report). Shared by the interpreter's
 * and the stdlib's corpora.
 */
public final class Conformance {
  private Conformance() {}

  /** All programs below {@code root}, sorted. */
  public static List<Path> programs(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
    }
  }

  /** One dynamic test per program below {@code root}. */
  public static Stream<DynamicTest> tests(Path root) throws IOException {
    return programs(root).stream().map(p -> DynamicTest.dynamicTest(
        root.relativize(p).toString(), () -> check(p)));
  }

  /** Runs one program and compares what it printed with CPython's output. */
  public static void check(Path py) throws Exception {
    String source = Files.readString(py, StandardCharsets.UTF_8);
    String base = py.toString().substring(0, py.toString().length() - 3);
    String expectedOut = Files.readString(Paths.get(base + ".out"), StandardCharsets.UTF_8);
    Path errFile = Paths.get(base + ".err");
    StringBuilder out = new StringBuilder();
    Interpreter interp = Interpreter.builder().stdout(out).build();
    String lastErrLine = null;
    String report = null;
    try {
      interp.eval(source, py.getFileName().toString());
    } catch (PythonException e) {
      report = e.traceback();
      String[] lines = report.split("\n");
      lastErrLine = lines[lines.length - 1];
    }
    Path tbFile = Paths.get(base + ".tb");
    if (Files.exists(tbFile)) {
      assertEquals(Files.readString(tbFile, StandardCharsets.UTF_8), report,
          "traceback of " + py);
    }
    assertEquals(expectedOut, out.toString(), "stdout of " + py);
    if (Files.exists(errFile)) {
      assertEquals(Files.readString(errFile, StandardCharsets.UTF_8).strip(), lastErrLine,
          "uncaught exception of " + py);
    } else {
      assertEquals(null, lastErrLine, "unexpected uncaught exception in " + py);
    }
  }
}
