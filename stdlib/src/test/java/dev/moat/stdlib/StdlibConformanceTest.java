package dev.moat.stdlib;

import dev.moat.Conformance;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The stdlib corpus: programs using the safe modules, checked against CPython 3.11's output. */
class StdlibConformanceTest {
  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    return Conformance.tests(Paths.get("src/test/resources/conformance"));
  }
}
