package dev.moat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Command-line handling that does not run a script (no parser needed). */
class MainTest {

  @Test
  void helpMentionsEveryOptionTheDefaultsAndTheExitCodes() {
    Cli r = Cli.run("--help");
    assertEquals(0, r.status, r::toString);
    assertEquals("", r.stderr);
    String help = r.stdout;
    for (String s : new String[] {"-c=CODE", "FILE", "ARG", "--max-steps", "--timeout-ms",
        "--max-memory-mb", "--max-depth", "--max-output-bytes", "--help", "--version",
        "standard input"}) {
      assertTrue(help.contains(s), () -> "help does not mention " + s + ":\n" + help);
    }
    // defaults come from dev.moat.Limits.DEFAULT (descriptions may wrap)
    String flat = help.replaceAll("\\s+", " ");
    for (String s : new String[] {"(default: 100000000)", "(default: 10000)", "(default: 256)",
        "(default: 1000)", "(default: 10485760)"}) {
      assertTrue(flat.contains(s), () -> "help does not show " + s + ":\n" + help);
    }
    assertTrue(help.contains("Exit status:"), help);
    for (String s : new String[] {"  0  ", "  1  uncaught Python exception", "  2  usage error",
        "  3  a budget", "  N  the script raised SystemExit(N)"}) {
      assertTrue(help.contains(s), () -> "help does not document exit code " + s + ":\n" + help);
    }
  }

  @Test
  void shortHelpOptionIsTheSameAsLongOne() {
    assertEquals(Cli.run("--help").stdout, Cli.run("-h").stdout);
  }

  @Test
  void versionNamesTheProjectVersion() {
    Cli r = Cli.run("--version");
    assertEquals(0, r.status, r::toString);
    assertTrue(r.stdout.matches("(?s)moat \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n.*"), r.stdout);
  }

  @Test
  void unknownOptionIsAUsageErrorWithShortUsage() {
    Cli r = Cli.run("--frobnicate", "x.py");
    assertEquals(2, r.status, r::toString);
    assertEquals("", r.stdout);
    assertTrue(r.stderr.startsWith("moat: Unknown option: '--frobnicate'\n"), r.stderr);
    assertTrue(r.stderr.contains("Usage: moat [OPTIONS] FILE [ARG...]\n"), r.stderr);
    assertTrue(r.stderr.endsWith("Try 'moat --help' for more information.\n"), r.stderr);
    assertTrue(!r.stderr.contains("Exit status"), "short usage only:\n" + r.stderr);
  }

  @Test
  void misspelledOptionGetsSuggestions() {
    Cli r = Cli.run("--max-step", "5", "x.py");
    assertEquals(2, r.status, r::toString);
    assertTrue(r.stderr.contains("--max-steps"), r.stderr);
  }

  @ParameterizedTest
  @CsvSource({"--max-steps,0", "--max-steps,-1", "--timeout-ms,0", "--max-memory-mb,0",
      "--max-memory-mb,-7", "--max-depth,0", "--max-depth,-3", "--max-output-bytes,0"})
  void nonPositiveLimitIsAUsageError(String option, String value) {
    Cli r = Cli.run(option, value, "-c", "pass");
    assertEquals(2, r.status, r::toString);
    assertTrue(r.stderr.startsWith("moat: Invalid value for option '" + option
        + "': must be a positive number, got " + value + "\n"), r.stderr);
    assertTrue(r.stderr.contains("Usage: moat"), r.stderr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--max-steps=ten", "--timeout-ms=1.5", "--max-depth=99999999999"})
  void nonNumericLimitIsAUsageError(String arg) {
    Cli r = Cli.run(arg, "-c", "pass");
    assertEquals(2, r.status, r::toString);
    assertTrue(r.stderr.startsWith("moat: Invalid value for option"), r.stderr);
  }

  @Test
  void depthAboveTheInterpreterMaximumIsAUsageError() {
    Cli r = Cli.run("--max-depth", "100001", "-c", "pass");
    assertEquals(2, r.status, r::toString);
    assertTrue(r.stderr.startsWith(
        "moat: Invalid value for option '--max-depth': must be at most 100000, got 100001\n"),
        r.stderr);
  }

  @Test
  void dashCWithoutCodeIsAUsageError() {
    Cli r = Cli.run("-c");
    assertEquals(2, r.status, r::toString);
    assertTrue(r.stderr.startsWith("moat: Missing required parameter for option '-c' (CODE)\n"),
        r.stderr);
  }

  @Test
  void missingFileIsReportedLikeCPython() {
    Cli r = Cli.run("no/such/script.py");
    assertEquals(2, r.status, r::toString);
    assertEquals("", r.stdout);
    assertEquals(
        "moat: can't open file 'no/such/script.py': [Errno 2] No such file or directory\n",
        r.stderr);
  }

  @Test
  void missingFileAfterLimitOptionsIsReportedToo() {
    Cli r = Cli.run("--max-steps", "10", "--timeout-ms=100", "x.py", "arg1", "--arg2");
    assertEquals(2, r.status, r::toString);
    assertEquals("moat: can't open file 'x.py': [Errno 2] No such file or directory\n",
        r.stderr);
  }

  @Test
  void directoryIsNotAScript(@TempDir Path dir) {
    Cli r = Cli.run(dir.toString());
    assertEquals(2, r.status, r::toString);
    assertEquals("moat: can't open file '" + dir + "': [Errno 21] Is a directory\n", r.stderr);
  }

  @Test
  void invalidUtf8IsASyntaxErrorLikeCPython(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.py");
    Files.write(f, new byte[] {'x', '=', '1', '\n', 'y', '=', '"', (byte) 0xff, '"', '\n'});
    Cli r = Cli.run(f.toString());
    assertEquals(1, r.status, r::toString);
    assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xff' in file " + f
        + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for "
        + "details\n", r.stderr);
  }

  @Test
  void invalidUtf8OnStdinNamesStdin() {
    Cli r = Cli.runWithStdin(new byte[] {'#', ' ', (byte) 0xc3, '(', '\n'});
    assertEquals(1, r.status, r::toString);
    assertTrue(r.stderr.startsWith("SyntaxError: Non-UTF-8 code starting with '\\xc3' in file "
        + "<stdin> on line 1,"), r.stderr);
  }
}
