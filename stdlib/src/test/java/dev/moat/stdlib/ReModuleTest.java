package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.PythonException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The re module; expected values come from CPython 3.11. */
class ReModuleTest {
  private final Interpreter interp = Interpreter.builder().build();

  private Object eval(String expr) throws Exception {
    return interp.eval("import re\n" + expr);
  }

  private void assertRaises(String expr, String type, String message) {
    PythonException e = assertThrows(PythonException.class, () -> eval(expr));
    assertEquals(type, e.pythonType(), expr);
    assertEquals(message, e.pythonMessage(), expr);
  }

  @Test
  void functions() throws Exception {
    assertEquals("<re.Match object; span=(0, 3), match='abc'>",
        eval("repr(re.match('abc', 'abcd'))"));
    assertEquals(List.of(4L, 6L), eval("list(re.search(r'\\d+', 'abcd12x').span())"));
    assertEquals("None", eval("str(re.fullmatch('ab', 'abc'))"));
    assertEquals(List.of("1", "22"), eval("re.findall(r'\\d+', 'a1b22')"));
    assertEquals("x-y-z", eval("re.sub(r'\\s+', '-', 'x  y\\tz')"));
    assertEquals(List.of("y x", 1L), eval("list(re.subn(r'(\\w) (\\w)', r'\\2 \\1', 'x y'))"));
    assertEquals(List.of("a", ",", "b"), eval("re.split(r'(,)', 'a,b')"));
    assertEquals("a\\.b\\*", eval("re.escape('a.b*')"));
    assertEquals(List.of(0L, 2L), eval("[m.start() for m in re.finditer('a', 'aba')]"));
    assertEquals("None", eval("str(re.purge())"));
  }

  @Test
  void matchObjects() throws Exception {
    assertEquals(List.of("ab", "a", "b"),
        eval("list(re.match(r'(?P<x>a)(?P<y>b)', 'ab').group(0, 'x', 2))"));
    assertEquals("y", eval("re.match(r'(?P<x>a)(?P<y>b)', 'ab').lastgroup"));
    assertEquals(2L, eval("re.match(r'(?P<x>a)(?P<y>b)', 'ab').lastindex"));
    assertEquals("-", eval("re.match(r'(a)(b)?', 'a').groups('-')[1]"));
    assertEquals("[b|a]", eval("re.match(r'(a)(b)', 'ab').expand(r'[\\2|\\g<1>]')"));
    assertEquals("re.compile('a+', re.IGNORECASE|re.MULTILINE)",
        eval("repr(re.compile('a+', re.I | re.M))"));
    assertEquals(34L, eval("re.compile('a', re.I).flags"));
  }

  @Test
  void errors() {
    assertRaises("re.compile('(')", "re.error", "missing ), unterminated subpattern at position 0");
    assertRaises("re.compile('*')", "re.error", "nothing to repeat at position 0");
    assertRaises("re.compile('abc)')", "re.error", "unbalanced parenthesis at position 3");
    assertRaises("re.compile('(?<x')", "re.error", "unknown extension ?<x at position 1");
    assertRaises("re.compile(r'\\p{L}')", "re.error", "bad escape \\p at position 0");
    assertRaises("re.compile(r'(?<=a*)b')", "re.error", "look-behind requires fixed-width pattern");
    // java.util.regex cannot test a group defined later (CPython can): a clear error instead
    assertRaises("re.compile('(?(1)b|c)(a)')", "re.error",
        "pattern not supported by this implementation");
    assertRaises("re.sub('a', r'\\g<x>', 'a')", "IndexError", "unknown group name 'x'");
    assertRaises("re.match('a', 'a').group(3)", "IndexError", "no such group");
    assertRaises("re.search('a', 5)", "TypeError",
        "expected string or bytes-like object, got 'int'");
  }

  @Test
  void errorAttributes() throws Exception {
    assertEquals(List.of("nothing to repeat", "a|*", 2L, 1L, 3L), eval(
        "try:\n  re.compile('a|*')\nexcept re.error as e:\n"
            + "  r = [e.msg, e.pattern, e.pos, e.lineno, e.colno]\nr"));
  }

  @Test
  void nestedQuantifierThatJavaMemoizesEndsQuickly() throws Exception {
    // java.util.regex memoizes failed positions of simple greedy loops: no exponential blow-up
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(1_000_000).build()).build();
    assertEquals(Boolean.TRUE, limited.eval("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b') is None"));
  }

  @Test
  void catastrophicBacktrackingHitsStepBudget() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(1_000_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("import re\nre.match(r'((a|a)+)+$', 'a' * 40 + 'b')"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void catastrophicBacktrackingOnBytesAndConditionalsHitsStepBudget() {
    for (String src : new String[] {
        "import re\nre.match(rb'((a|a)+)+$', b'a' * 40 + b'b')",
        "import re\nre.match(r'(x)?((?(1)a|a)+)+$', 'a' * 40 + 'b')",
        "import re\nre.sub(b'a', b'bb', b'a' * 3_000_000)"}) {
      Interpreter limited = Interpreter.builder()
          .limits(Limits.builder().maxSteps(1_000_000).build()).build();
      BudgetExceededException e = assertThrows(BudgetExceededException.class,
          () -> limited.eval(src), src);
      assertEquals(BudgetExceededException.Budget.STEPS, e.budget(), src);
    }
  }

  @Test
  void catastrophicBacktrackingHitsTimeBudget() {
    Interpreter limited = Interpreter.builder()
        .limits(Limits.builder().maxSteps(Long.MAX_VALUE).timeoutMillis(500).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> limited.eval("import re\ntry:\n  re.match(r'((a|a)+)+$', 'a' * 40 + 'b')\n"
            + "except BaseException:\n  pass"));
    assertEquals(BudgetExceededException.Budget.TIME, e.budget());
  }

  // ------------------------------------------------------------------ properties

  @Property(tries = 200)
  void escapedLiteralFullmatchesItself(@ForAll("texts") String s) throws Exception {
    interp.set("s", s);
    assertEquals(Boolean.TRUE, eval("re.fullmatch(re.escape(s), s) is not None"));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab.*+?()[]{}|^$\\- \t\n#&~é😀").ofMaxLength(12);
  }

  @Property(tries = 150)
  void asciiClassesMatchLikeASetCheck(@ForAll("sets") String set, @ForAll boolean negate)
      throws Exception {
    StringBuilder cls = new StringBuilder(negate ? "[^" : "[");
    for (char c : set.toCharArray()) {
      cls.append('\\').append(c == '\\' ? '\\' : c);
    }
    cls.append(']');
    StringBuilder expected = new StringBuilder();
    for (char c = 32; c < 127; c++) {
      if ((set.indexOf(c) >= 0) != negate) {
        expected.append(c);
      }
    }
    interp.set("p", literalOrEscape(cls.toString()));
    Object got = eval("''.join(re.findall(p, ''.join(chr(i) for i in range(32, 127))))");
    assertEquals(expected.toString(), got, cls.toString());
  }

  private static String literalOrEscape(String cls) {
    // letters escaped with a backslash are category/bad escapes in Python: keep them plain
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cls.length(); i++) {
      char c = cls.charAt(i);
      if (c == '\\' && i + 1 < cls.length() && Character.isLetterOrDigit(cls.charAt(i + 1))) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  @Provide
  Arbitrary<String> sets() {
    return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(8);
  }

  /** Small generated patterns: repetition counts agree with a direct computation. */
  @Property(tries = 100)
  void repeatCounts(@ForAll("counts") int min, @ForAll("counts") int extra,
      @ForAll("counts") int n) throws Exception {
    int max = min + extra;
    String pattern = "a{" + min + "," + max + "}";
    interp.set("p", pattern);
    interp.set("n", (long) n);
    Object got = eval("m = re.match(p, 'a' * n)\n-1 if m is None else m.end()");
    long expected = n < min ? -1 : Math.min(n, max);
    assertEquals(expected, got, pattern + " on " + n);
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(0, 6);
  }

  @Test
  void manyPatternsStayCorrectThroughTheCache() throws Exception {
    assertEquals(600L, eval("sum(1 for i in range(600) if re.fullmatch('x%d' % i, 'x%d' % i))"));
    assertTrue((Boolean) eval("re.compile('q') == re.compile('q')"));
  }
}
