package dev.moat.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Main} in-process with captured streams. */
final class Cli {
  final int status;
  final byte[] stdoutBytes;
  final String stdout;
  final String stderr;

  private Cli(int status, byte[] stdoutBytes, String stderr) {
    this.status = status;
    this.stdoutBytes = stdoutBytes;
    this.stdout = new String(stdoutBytes, StandardCharsets.UTF_8);
    this.stderr = stderr;
  }

  static Cli run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  static Cli runWithStdin(String stdin, String... args) {
    return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Cli runWithStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
      status = Main.run(args, new ByteArrayInputStream(stdin), o, e);
    }
    return new Cli(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
  }
}
