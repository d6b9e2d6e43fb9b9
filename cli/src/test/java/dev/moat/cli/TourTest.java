package dev.moat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** examples/tour.py run through the command line prints exactly what CPython 3.11 printed. */
class TourTest {
  /** The repository root: surefire runs tests in the cli module's directory. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void tourMatchesCPythonByteForByte() throws IOException {
    Path script = ROOT.resolve("examples/tour.py");
    Path expected = ROOT.resolve("examples/tour.out");
    assertTrue(Files.isRegularFile(script), "missing " + script);
    Cli r = Cli.run(script.toString());
    assertEquals("", r.stderr);
    assertEquals(0, r.status);
    // compare as text first for a readable diff, then byte for byte
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), r.stdout);
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(expected), r.stdoutBytes));
  }
}
