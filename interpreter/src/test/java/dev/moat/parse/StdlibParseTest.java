package dev.moat.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses the top-level modules of CPython's own standard library, when this machine has one.
 * Files that use what Moat leaves out (async/await, except*) are excluded;
 * nearly all of the rest must parse, with SLL prediction alone.
 */
class StdlibParseTest {
  private static final Path STDLIB = Path.of("/usr/lib/python3.11");

  private static final Set<String> UNSUPPORTED = Set.of("async is not supported",
      "await is not supported", "except* (exception groups) is not supported");

  @Test
  void nearlyAllOfTheStdlibParses() throws IOException {
    assumeTrue(Files.isDirectory(STDLIB), "no CPython 3.11 stdlib at " + STDLIB);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(STDLIB)) {
      s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
    }
    assumeTrue(!files.isEmpty(), "no .py files in " + STDLIB);
    int ok = 0;
    int excluded = 0;
    int needsLl = 0;
    List<String> failures = new ArrayList<>();
    for (Path p : files) {
      String source;
      try {
        source = Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        excluded++; // not UTF-8: not a source the host would hand us
        continue;
      }
      try {
        Parser.parse(source, p.getFileName().toString());
        ok++;
        if (!ParseSession.parsesWithSll(Parser.normalize(source))) {
          needsLl++;
        }
      } catch (SyntaxErrorException e) {
        if (UNSUPPORTED.contains(e.getMessage())) {
          excluded++;
        } else {
          failures.add(p.getFileName() + ":" + e.line() + ": " + e.getMessage());
        }
      }
    }
    int eligible = files.size() - excluded;
    System.out.printf("stdlib: %d files, %d excluded (async/await/except*), %d of %d"
        + " eligible parse, %d needed LL%n", files.size(), excluded, ok, eligible, needsLl);
    assertTrue(ok >= eligible * 0.98, "parsed " + ok + " of " + eligible + ": " + failures);
    assertEquals(0, needsLl, "files needing the LL stage");
  }
}
