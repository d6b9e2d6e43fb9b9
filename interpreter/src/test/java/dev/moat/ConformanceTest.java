package dev.moat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The language corpus: every program must print exactly what CPython 3.11 printed. */
class ConformanceTest {
  static final Path ROOT = Paths.get("src/test/resources/conformance");

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    int n = Conformance.programs(ROOT).size();
    assertTrue(n >= 300, "corpus has " + n + " programs");
    return Conformance.tests(ROOT);
  }
}
