package dev.moat.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.ast.Ast;

/** Helpers shared by the parser tests. */
final class ParseTesting {
  private ParseTesting() {}

  static Ast.Module parse(String source) {
    return Parser.parse(source, "test.py");
  }

  /** The value expression of a one-line "x = ..." or expression statement. */
  static Ast.Expr expr(String source) {
    Ast.Stmt s = parse(source).body().get(0);
    if (s instanceof Ast.Assign) {
      return ((Ast.Assign) s).value();
    }
    return ((Ast.ExprStmt) s).value();
  }

  /** The S-expression (no positions) of the expression in {@code source}. */
  static String tree(String source) {
    return AstDump.expr(expr(source), false);
  }

  /** The S-expression (no positions) of the first statement. */
  static String stmt(String source) {
    return AstDump.expr(parse(source).body().get(0), false);
  }

  static Object constant(String source) {
    return ((Ast.Constant) expr(source)).value();
  }

  static SyntaxErrorException error(String source) {
    return assertThrows(SyntaxErrorException.class, () -> parse(source), source);
  }

  /** Asserts type, message, line and 1-based column of the error {@code source} raises. */
  static void assertError(String type, String message, int line, int column, String source) {
    SyntaxErrorException e = error(source);
    assertEquals(type + "|" + message + "|" + line + "|" + column,
        e.pythonType() + "|" + e.getMessage() + "|" + e.line() + "|" + e.column(), source);
  }

  static void assertSyntaxError(String message, int line, int column, String source) {
    assertError("SyntaxError", message, line, column, source);
  }
}
