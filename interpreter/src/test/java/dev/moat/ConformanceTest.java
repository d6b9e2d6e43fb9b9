package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the CPython-oracle corpus and compares its stdout (and, for programs
 * that end with an uncaught exception, the last line of the traceback) with what CPython 3.11
 * printed.
 */
class ConformanceTest {
  static final Path ROOT = Paths.get("src/test/resources/conformance");

  static List<Path> programs() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    List<Path> progs = programs();
    assertTrue(progs.size() >= 300, "corpus has " + progs.size() + " programs");
    return progs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(),
        () -> check(p)));
  }

  static void check(Path py) throws Exception {
    String source = Files.readString(py, StandardCharsets.UTF_8);
    String base = py.toString().substring(0, py.toString().length() - 3);
    String expectedOut = Files.readString(Paths.get(base + ".out"), StandardCharsets.UTF_8);
    Path errFile = Paths.get(base + ".err");
    StringBuilder out = new StringBuilder();
    Interpreter interp = Interpreter.builder().stdout(out).build();
    String lastErrLine = null;
    try {
      interp.eval(source, py.getFileName().toString());
    } catch (PythonException e) {
      String[] lines = e.traceback().split("\n");
      lastErrLine = lines[lines.length - 1];
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
