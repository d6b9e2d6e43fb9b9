package dev.moat.parse;

import static dev.moat.parse.ParseTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moat.ast.Ast;
import org.junit.jupiter.api.Test;

/** Node positions as CPython's ast gives them (1-based line, 0-based UTF-16 column). */
class PositionTest {

  private static String positions(String source) {
    return AstDump.module(parse(source), true).trim();
  }

  @Test
  void expressionNodesStartAtTheirFirstToken() {
    assertEquals("(Assign@1:0 [(Name@1:0 x)] (BinOp@1:4 (Name@1:4 a) Add (BinOp@1:8"
        + " (Name@1:8 b) Mult (Name@1:12 c))))", positions("x = a + b * c"));
    assertEquals("(Expr@1:0 (BinOp@1:0 (Name@1:1 a) Add (Name@1:6 b)))",
        positions("(a) + b"));
    assertEquals("(Expr@1:0 (Attribute@1:0 (Name@1:1 a) b))", positions("(a).b"));
    assertEquals("(Expr@1:0 (UnaryOp@1:0 USub (Name@1:1 a)))", positions("-a"));
    assertEquals("(Expr@1:0 (IfExp@1:0 (Name@1:5 b) (Name@1:0 a) (Name@1:12 c)))",
        positions("a if b else c"));
  }

  @Test
  void tuplesStartAtTheParenthesisOrTheirFirstElement() {
    assertEquals("(Assign@1:0 [(Name@1:0 x)] (Tuple@1:4 [(Name@1:5 a) (Name@1:8 b)]))",
        positions("x = (a, b)"));
    assertEquals("(Assign@1:0 [(Name@1:0 x)] (Tuple@1:4 [(Name@1:4 a) (Name@1:7 b)]))",
        positions("x = a, b"));
  }

  @Test
  void callsKeywordsAndGenerators() {
    assertEquals("(Expr@1:0 (Call@1:0 (Name@1:0 f) [(Name@1:2 a) (Starred@1:5 (Name@1:6 b))]"
        + " [(keyword@1:9 c (Constant@1:11 1)) (keyword@1:14 _ (Name@1:16 d))]))",
        positions("f(a, *b, c=1, **d)"));
    assertEquals("(Expr@1:0 (Call@1:0 (Name@1:0 f) [(GeneratorExp@1:1 (Name@1:2 x)"
        + " [(comprehension (Name@1:8 x) (Name@1:13 y) [])])] []))",
        positions("f(x for x in y)"));
  }

  @Test
  void statementsAndBlocks() {
    Ast.Module m = parse("if a:\n    b = 1\nelif c:\n    pass\n\n\ndef f(x, *y):\n"
        + "    return x\n");
    Ast.If i = (Ast.If) m.body().get(0);
    assertEquals(1, i.line());
    assertEquals(0, i.col());
    assertEquals(2, i.body().get(0).line());
    assertEquals(4, i.body().get(0).col());
    Ast.If elif = (Ast.If) i.orelse().get(0);
    assertEquals(3, elif.line());
    assertEquals(0, elif.col());
    Ast.FunctionDef f = (Ast.FunctionDef) m.body().get(1);
    assertEquals(7, f.line());
    assertEquals(6, f.args().args().get(0).col());
    assertEquals(10, f.args().vararg().col());
    assertEquals(8, f.body().get(0).line());
    assertEquals(4, f.body().get(0).col());
  }

  @Test
  void decoratedDefinitionsStartAtDef() {
    Ast.FunctionDef f = (Ast.FunctionDef) parse("@d\n@e\ndef f(): pass").body().get(0);
    assertEquals(3, f.line());
    assertEquals(1, f.decorators().get(0).line());
    assertEquals(1, f.decorators().get(0).col());
  }

  @Test
  void importsAndHandlers() {
    assertEquals("(ImportFrom@1:0 a [(alias@1:15 b c)] 1)", positions("from .a import b as c"));
    assertEquals("(Try@1:0 [(Pass@2:2)] [(ExceptHandler@3:0 (Name@3:7 E) e [(Pass@4:2)])] [] [])",
        positions("try:\n  pass\nexcept E as e:\n  pass"));
  }

  @Test
  void patterns() {
    assertEquals("(Match@1:0 (Name@1:6 x) [(match_case (MatchAs@2:7 (MatchOr@2:7"
        + " [(MatchSequence@2:7 [(MatchAs@2:8 _ b)]) (MatchClass@2:13 (Name@2:13 C) [] [a]"
        + " [(MatchAs@2:17 _ b)])]) y) _ [(Pass@2:26)])])",
        positions("match x:\n  case [b] | C(a=b) as y: pass"));
  }

  @Test
  void stringsAndFstrings() {
    assertEquals("(Assign@2:0 [(Name@2:0 x)] (Constant@2:4 \"ab\"))",
        positions("\nx = 'a' 'b'"));
    assertEquals("(Assign@1:0 [(Name@1:0 x)] (Constant@1:5 \"ab\"))",
        positions("x = ('a'\n     'b')"));
    assertEquals("(Expr@1:0 (JoinedStr@1:0 [(Constant@1:0 \"a\") (FormattedValue@1:0"
        + " (Name@1:4 b) -1 _)]))", positions("f'a{b}'"));
  }

  @Test
  void columnsAreUtf16Units() {
    // the emoji takes two UTF-16 units (CPython's ast would count four UTF-8 bytes)
    assertEquals("(Assign@1:0 [(Name@1:0 x)] (BinOp@1:4 (Constant@1:4 \"\\ud83d\\ude00\") Add"
        + " (Name@1:11 a)))", positions("x = \"\uD83D\uDE00\" + a"));
    assertEquals("(Assign@1:0 [(Name@1:0 x)] (Name@1:4 \u00e9t\u00e9))",
        positions("x = \u00e9t\u00e9"));
  }

  @Test
  void linesAfterContinuationsAndTripleQuotedStrings() {
    Ast.Module m = parse("x = '''a\nb\nc'''\ny = 1 + \\\n  2\nz = 3");
    assertEquals(4, m.body().get(1).line());
    assertEquals(6, m.body().get(2).line());
    Ast.BinOp b = (Ast.BinOp) ((Ast.Assign) m.body().get(1)).value();
    assertEquals(5, b.right().line());
    assertEquals(2, b.right().col());
  }
}
