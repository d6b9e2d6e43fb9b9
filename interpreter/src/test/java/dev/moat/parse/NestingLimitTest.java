package dev.moat.parse;

import static dev.moat.parse.ParseTesting.assertError;
import static dev.moat.parse.ParseTesting.assertSyntaxError;
import static dev.moat.parse.ParseTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.ast.Ast;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The host must never crash, whatever the script: brackets nest at most 200 deep, blocks 99,
 * expressions {@link Parser#MAX_NESTING}; deeper sources give a clean SyntaxError, never a
 * StackOverflowError or any other exception.
 */
class NestingLimitTest {

  /** Runs {@code parse} on a thread with {@code stackKb} of stack and returns what it threw. */
  private static Object parseOnStack(String source, int stackKb) throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(Parser.parse(source, "deep.py"));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "parse", stackKb * 1024L);
    t.start();
    t.join();
    return result.get();
  }

  @Test
  void twoHundredNestedBracketsAreFine() {
    parse("x = " + "(".repeat(200) + "1" + ")".repeat(200));
    parse("x = " + "[".repeat(200) + "]".repeat(200));
    parse("x = " + "[{(".repeat(66) + "1" + ")}]".repeat(66));
  }

  @Test
  void twoHundredAndOneAreTooMany() {
    assertSyntaxError("too many nested parentheses", 1, 205,
        "x = " + "(".repeat(201) + "1" + ")".repeat(201));
    assertSyntaxError("too many nested parentheses", 1, 205,
        "x = " + "[".repeat(201) + "]".repeat(201));
  }

  @Test
  void ninetyNineIndentationLevelsAreFine() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 99; i++) {
      sb.append(" ".repeat(i)).append("if x:\n");
    }
    sb.append(" ".repeat(99)).append("pass\n");
    parse(sb.toString());
  }

  @Test
  void aHundredAreTooMany() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      sb.append(" ".repeat(i)).append("if x:\n");
    }
    sb.append(" ".repeat(100)).append("pass\n");
    assertError("IndentationError", "too many levels of indentation", 101, 1, sb.toString());
  }

  @Test
  void longChainsWithinTheLimitGiveCorrectTrees() {
    Ast.Expr e = ParseTesting.expr("x + ".repeat(999) + "x");
    int depth = 0;
    while (e instanceof Ast.BinOp) {
      e = ((Ast.BinOp) e).left();
      depth++;
    }
    assertEquals(999, depth);
    Ast.Expr u = ParseTesting.expr("-".repeat(999) + "1");
    assertTrue(u instanceof Ast.UnaryOpExpr);
  }

  @Test
  void hundredThousandDeepChainsGiveACleanSyntaxError() throws InterruptedException {
    String[] sources = {
        "x = " + "-".repeat(100_000) + "1",
        "x = " + "not ".repeat(100_000) + "1",
        "x = " + "~+".repeat(50_000) + "1",
        "x = a" + ".b".repeat(100_000),
        "x = " + "x+".repeat(100_000) + "x",
        "x = " + "x*y-".repeat(50_000) + "x",
        "x = f" + "()".repeat(100_000),
        "x = a" + "[0]".repeat(100_000),
        "x = " + "2**".repeat(100_000) + "2",
        "x = " + "a if b else ".repeat(100_000) + "c",
        "x = " + "lambda: ".repeat(100_000) + "1",
        "x = " + "a or ".repeat(100_000) + "b",
    };
    for (String s : sources) {
      for (int stackKb : new int[] {256, 1024, 16 * 1024}) {
        Object r = parseOnStack(s, stackKb);
        if (r instanceof Ast.Module) {
          continue; // a flat construct (BoolOp): a correct tree is fine too
        }
        assertTrue(r instanceof SyntaxErrorException,
            () -> s.substring(0, 20) + " on " + stackKb + "KB: " + r);
        assertEquals("too many nested expressions", ((SyntaxErrorException) r).getMessage(),
            s.substring(0, 20));
      }
    }
  }

  @Test
  void flatSequencesAreNotNesting() {
    parse("x = [" + "1, ".repeat(100_000) + "]");
    parse("x = a < " + "b < ".repeat(10_000) + "c");
    Ast.Module m = parse("x = 1\n".repeat(20_000));
    assertEquals(20_000, m.body().size());
  }

  @Test
  void deepNestingOnASmallStackIsACleanError() throws InterruptedException {
    Object r = parseOnStack("x = " + "(".repeat(200) + "1" + ")".repeat(200), 128);
    assertTrue(r instanceof Ast.Module || r instanceof SyntaxErrorException, String.valueOf(r));
  }
}
