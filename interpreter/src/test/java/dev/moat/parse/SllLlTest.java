package dev.moat.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.grammar.PythonLexer;
import dev.moat.grammar.PythonParser;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.junit.jupiter.api.Test;

/**
 * The two-stage parse: SLL prediction with a bail-out strategy first, full LL only when SLL
 * fails. The grammar is written so that valid code never needs the LL stage (checked here on the
 * golden corpus; the stdlib test checks it on CPython's own sources); the LL stage runs for
 * malformed code, where it finds the exact error, and gives the same tree as SLL when the input
 * is valid.
 */
class SllLlTest {

  private static String llTree(String source) {
    CommonTokenStream tokens = new CommonTokenStream(
        new PythonLexer(CharStreams.fromString(Parser.normalize(source))));
    tokens.fill();
    PythonParser.File_inputContext tree =
        ParseSession.parseLl(tokens, PythonParser::file_input);
    return AstDump.module(new AstBuilder("f", new SourceText(Parser.normalize(source)), tokens)
        .module(tree), true);
  }

  @Test
  void validCodeParsesWithSllAlone() {
    List<String> cases = Golden.cases("trees.txt");
    List<String> expected = Golden.lines("trees.expected");
    for (int i = 0; i < cases.size(); i++) {
      if (!expected.get(i).startsWith("!")) {
        assertTrue(ParseSession.parsesWithSll(Parser.normalize(cases.get(i))), cases.get(i));
      }
    }
  }

  @Test
  void theLlStageGivesTheSameTrees() {
    List<String> cases = Golden.cases("trees.txt");
    List<String> expected = Golden.lines("trees.expected");
    for (int i = 0; i < cases.size(); i++) {
      if (!expected.get(i).startsWith("!")) {
        String source = cases.get(i);
        assertEquals(AstDump.module(Parser.parse(source, "f"), true), llTree(source), source);
      }
    }
  }

  @Test
  void malformedCodeFallsBackToLlForTheError() {
    assertFalse(ParseSession.parsesWithSll("x = [1 2]\n"));
    // the LL stage locates the error and the translator words it as CPython does
    ParseTesting.assertSyntaxError("invalid syntax. Perhaps you forgot a comma?", 1, 6,
        "x = [1 2]");
  }
}
