package dev.moat.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the parser with CPython 3.11 on committed corpora: trees.txt (valid code: the whole
 * AST with positions must equal CPython's) and errors.txt / errors-more.txt (malformed code:
 * exception type, message, line and column must equal CPython's). The expectations were
 * produced by gen_golden.py under CPython 3.11.7.
 */
class CpythonGoldenTest {

  private static Stream<DynamicTest> compare(String casesFile, String expectedFile) {
    List<String> cases = Golden.cases(casesFile);
    List<String> expected = Golden.lines(expectedFile);
    assertEquals(cases.size(), expected.size(), "cases and expectations of " + casesFile);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String source = cases.get(i);
      String want = expected.get(i);
      String name = "#" + i + " " + source.replace("\n", "\\n");
      tests.add(DynamicTest.dynamicTest(name.length() > 80 ? name.substring(0, 80) : name,
          () -> {
            String got = Golden.outcome(source);
            if (want.equals("OK")) {
              assertEquals(false, got.startsWith("!"), () -> source + " -> " + got);
            } else {
              assertEquals(want, got, source);
            }
          }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> validCodeGivesCpythonsTree() {
    return compare("trees.txt", "trees.expected");
  }

  @TestFactory
  Stream<DynamicTest> malformedCodeGivesCpythonsError() {
    return compare("errors.txt", "errors.expected");
  }
}
