package dev.moat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running scripts through the command line (these need the parser). */
class ScriptRunTest {

  @Test
  void scriptArgumentsAreSysArgvAsInCPython() throws Exception {
    Cli c = Cli.run("-c", "import sys; print(sys.argv)", "a", "b c");
    assertEquals("['-c', 'a', 'b c']\n", c.stdout, c::toString);
    java.nio.file.Path f = java.nio.file.Files.createTempFile("argv", ".py");
    try {
      java.nio.file.Files.writeString(f, "import sys\nprint(sys.argv[1:])\nsys.exit(4)\n");
      Cli r = Cli.run(f.toString(), "x", "--y");
      assertEquals("['x', '--y']\n", r.stdout, r::toString);
      assertEquals(4, r.status);
    } finally {
      java.nio.file.Files.delete(f);
    }
  }

  @Test
  void argumentsAfterTheScriptReachItsArgparseParser(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("greet.py");
    Files.writeString(f, "import argparse\n"
        + "p = argparse.ArgumentParser(description=\"Greets someone.\")\n"
        + "p.add_argument(\"name\")\n"
        + "p.add_argument(\"-n\", \"--count\", type=int, default=1)\n"
        + "p.add_argument(\"--max-steps\", type=int)\n"
        + "print(p.parse_args())\n");
    Cli ok = Cli.run(f.toString(), "bob", "-n", "3", "--max-steps", "5");
    assertEquals(0, ok.status, ok::toString);
    assertEquals("Namespace(name='bob', count=3, max_steps=5)\n", ok.stdout);

    String usage = "usage: greet.py [-h] [-n COUNT] [--max-steps MAX_STEPS] name\n";
    Cli help = Cli.run(f.toString(), "-h");
    assertEquals(0, help.status, help::toString);
    assertEquals(usage + "\nGreets someone.\n\npositional arguments:\n  name\n\noptions:\n"
        + "  -h, --help            show this help message and exit\n"
        + "  -n COUNT, --count COUNT\n"
        + "  --max-steps MAX_STEPS\n", help.stdout);

    Cli bad = Cli.run(f.toString(), "--count", "x");
    assertEquals(2, bad.status, bad::toString);
    assertEquals("", bad.stdout);
    assertEquals(usage + "greet.py: error: argument -n/--count: invalid int value: 'x'\n",
        bad.stderr);
  }

  @Test
  void dashCRunsCode() {
    Cli r = Cli.run("-c", "print(6*7)");
    assertEquals(0, r.status, r::toString);
    assertEquals("42\n", r.stdout);
    assertEquals("", r.stderr);
  }

  @Test
  void uncaughtExceptionPrintsTheTracebackAndExitsOne() {
    Cli r = Cli.run("-c", "1/0");
    assertEquals(1, r.status, r::toString);
    assertEquals("", r.stdout);
    assertEquals("Traceback (most recent call last):\n"
        + "  File \"<string>\", line 1, in <module>\n"
        + "    1/0\n"
        + "    ~^~\n"
        + "ZeroDivisionError: division by zero\n", r.stderr);
  }

  @Test
  void outputBeforeTheExceptionIsKept() {
    Cli r = Cli.run("-c", "print('before')\nraise ValueError('bad value')");
    assertEquals(1, r.status, r::toString);
    assertEquals("before\n", r.stdout);
    assertTrue(r.stderr.endsWith("\nValueError: bad value\n"), r.stderr);
  }

  @Test
  void syntaxErrorExitsOne() {
    Cli r = Cli.run("-c", "x = (1,");
    assertEquals(1, r.status, r::toString);
    assertTrue(r.stderr.startsWith("  File \"<string>\", line 1\n"), r.stderr);
    assertTrue(r.stderr.contains("SyntaxError: "), r.stderr);
  }

  @Test
  void stepBudgetExitsThreeWithOneLine() {
    Cli r = Cli.run("--max-steps", "1000", "-c", "while True: pass");
    assertEquals(3, r.status, r::toString);
    assertEquals("moat: step budget exceeded (1000 steps) at line 1\n", r.stderr);
  }

  @Test
  void timeBudgetExitsThree() {
    Cli r = Cli.run("--timeout-ms", "200", "--max-steps", "9223372036854775807",
        "-c", "n = 0\nwhile True:\n    n += 1\n");
    assertEquals(3, r.status, r::toString);
    assertTrue(r.stderr.startsWith("moat: time budget exceeded (200 ms)"), r.stderr);
  }

  @Test
  void memoryBudgetIsGivenInMegabytes() {
    Cli r = Cli.run("--max-memory-mb", "1", "-c", "s = 'ab' * (1024 * 1024)");
    assertEquals(3, r.status, r::toString);
    assertTrue(r.stderr.startsWith("moat: memory budget exceeded (1 MB)"), r.stderr);
    // two bytes a character, plus what the script already holds
    assertEquals(0, Cli.run("--max-memory-mb", "5", "-c", "s = 'ab' * (1024 * 1024)").status);
  }

  @Test
  void outputBudgetExitsThree() {
    Cli r = Cli.run("--max-output-bytes", "10", "-c", "print('a' * 100)");
    assertEquals(3, r.status, r::toString);
    assertTrue(r.stdout.length() <= 10, r.stdout);
    assertTrue(r.stderr.startsWith("moat: output budget exceeded (10 bytes)"), r.stderr);
  }

  @Test
  void depthLimitIsApplied() {
    String script = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(100))\n";
    assertEquals("100\n", Cli.run("-c", script).stdout);
    Cli r = Cli.run("--max-depth", "50", "-c", script);
    assertEquals(1, r.status, r::toString);
    assertTrue(r.stderr.endsWith("RecursionError: maximum recursion depth exceeded\n"),
        r.stderr);
  }

  @Test
  void codeEndsTheOptionList() {
    Cli r = Cli.run("-c", "print('ok')", "--max-steps", "0", "-x");
    assertEquals(0, r.status, r::toString);
    assertEquals("ok\n", r.stdout);
  }

  @Test
  void codeMayLookLikeAnOption() {
    Cli r = Cli.run("-c", "-1");
    assertEquals(0, r.status, r::toString);
  }

  @Test
  void fileTracebackShowsThePathAsGiven(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("boom.py");
    Files.writeString(f, "print('start')\n\ndef go():\n    return {}['k']\n\ngo()\n");
    Cli r = Cli.run(f.toString(), "ignored-arg");
    assertEquals(1, r.status, r::toString);
    assertEquals("start\n", r.stdout);
    assertEquals("Traceback (most recent call last):\n"
        + "  File \"" + f + "\", line 6, in <module>\n"
        + "    go()\n"
        + "  File \"" + f + "\", line 4, in go\n"
        + "    return {}['k']\n"
        + "           ~~^^^^^\n"
        + "KeyError: 'k'\n", r.stderr);
  }

  @Test
  void scriptIsReadFromStdinWithoutAFile() {
    Cli r = Cli.runWithStdin("print('from stdin')\nx\n");
    assertEquals(1, r.status, r::toString);
    assertEquals("from stdin\n", r.stdout);
    assertTrue(r.stderr.contains("  File \"<stdin>\", line 2, in <module>\n"), r.stderr);
    assertTrue(r.stderr.endsWith("NameError: name 'x' is not defined\n"), r.stderr);
  }

  @Test
  void dashReadsStdin() {
    Cli r = Cli.runWithStdin("print(1 + 1)\n", "--max-steps", "100", "-", "arg");
    assertEquals(0, r.status, r::toString);
    assertEquals("2\n", r.stdout);
  }

  @Test
  void outputIsUtf8AndAByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("u.py");
    Files.write(f, ("\ufeffprint('h\u00e9llo \u2603 \ud83d\udc0d')\n")
        .getBytes(StandardCharsets.UTF_8));
    Cli r = Cli.run(f.toString());
    assertEquals(0, r.status, r::toString);
    assertArrayEquals("h\u00e9llo \u2603 \ud83d\udc0d\n".getBytes(StandardCharsets.UTF_8),
        r.stdoutBytes);
  }

  @Test
  void systemExitWithAnIntExitsWithIt() {
    Cli r = Cli.run("-c", "print('bye')\nraise SystemExit(4)");
    assertEquals(4, r.status, r::toString);
    assertEquals("bye\n", r.stdout);
    assertEquals("", r.stderr);
  }

  @Test
  void systemExitWithoutCodeOrNoneIsSuccess() {
    assertEquals(0, Cli.run("-c", "raise SystemExit").status);
    assertEquals(0, Cli.run("-c", "raise SystemExit(None)").status);
    assertEquals(0, Cli.run("-c", "raise SystemExit(0)").status);
  }

  @Test
  void systemExitCodesAreTruncatedLikeTheOsDoes() {
    assertEquals(255, Cli.run("-c", "raise SystemExit(-1)").status);
    assertEquals(1, Cli.run("-c", "raise SystemExit(257)").status);
  }

  @Test
  void systemExitWithTextPrintsItAndExitsOne() {
    Cli r = Cli.run("-c", "raise SystemExit('fatal: no input')");
    assertEquals(1, r.status, r::toString);
    assertEquals("fatal: no input\n", r.stderr);
  }

  @Test
  void systemExitCanBeCaught() {
    Cli r = Cli.run("-c", "try:\n    raise SystemExit(3)\nexcept SystemExit as e:\n"
        + "    print('caught', e)\n");
    assertEquals(0, r.status, r::toString);
    assertEquals("caught 3\n", r.stdout);
  }
}
