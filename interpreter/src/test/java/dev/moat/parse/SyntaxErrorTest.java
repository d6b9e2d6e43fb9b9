package dev.moat.parse;

import static dev.moat.parse.ParseTesting.assertError;
import static dev.moat.parse.ParseTesting.assertSyntaxError;
import static dev.moat.parse.ParseTesting.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Syntax errors as a Python user sees them: CPython 3.11's type, message, line and column
 * (CPython's 1-based offset). The larger corpus is in errors.txt (CpythonGoldenTest); these are
 * the common cases, spelled out.
 */
class SyntaxErrorTest {

  @Test
  void genericInvalidSyntaxPointsAtTheOffendingToken() {
    assertSyntaxError("invalid syntax", 1, 7, "x = 1 2");
    assertSyntaxError("invalid syntax", 1, 5, "x = ");
    assertSyntaxError("invalid syntax", 1, 8, "x = 1 +");
    assertSyntaxError("invalid syntax", 1, 7, "x = a $ b");
    assertSyntaxError("invalid syntax", 1, 1, "else: pass");
    assertSyntaxError("invalid syntax", 2, 1, "@x\nx = 1");
    assertSyntaxError("invalid syntax", 1, 3, "x := 1");
  }

  @Test
  void missingColon() {
    assertSyntaxError("expected ':'", 1, 5, "if x\n  pass");
    assertSyntaxError("expected ':'", 1, 6, "if x # comment\n  pass");
    assertSyntaxError("expected ':'", 1, 8, "def f()\n    pass");
    assertSyntaxError("expected ':'", 1, 9, "def f() x: pass");
    assertSyntaxError("expected ':'", 1, 8, "match x\n  case 1: pass");
    assertSyntaxError("expected ':'", 2, 9, "match x:\n  case 1\n    pass");
    assertSyntaxError("expected ':'", 1, 19, "for i in range(10)\n  print(i)");
    assertSyntaxError("expected '('", 1, 6, "def f:");
    // CPython says "invalid syntax" when something other than the newline is there
    assertSyntaxError("invalid syntax", 1, 9, "while x y: pass");
  }

  @Test
  void indentation() {
    assertError("IndentationError", "unexpected indent", 1, 4, "    x = 1");
    assertError("IndentationError", "unexpected indent", 3, 6, "if x:\n  a\n      b");
    assertError("IndentationError", "unindent does not match any outer indentation level", 3, 8,
        "def f():\n    x = 1\n  y = 2");
    assertError("IndentationError", "expected an indented block after 'if' statement on line 1",
        2, 1, "if x:\npass");
    assertError("IndentationError", "expected an indented block after 'if' statement on line 1",
        1, 6, "if x:");
    assertError("IndentationError", "expected an indented block after 'if' statement on line 1",
        3, 1, "if x:\n\n\n");
    assertError("IndentationError", "expected an indented block after 'elif' statement on line 3",
        4, 1, "if x:\n  pass\nelif y:\npass");
    assertError("IndentationError", "expected an indented block after 'else' statement on line 3",
        4, 1, "for x in y:\n  pass\nelse:\npass");
    assertError("IndentationError", "expected an indented block after 'for' statement on line 1",
        1, 12, "for x in y:\n");
    assertError("IndentationError",
        "expected an indented block after 'while' statement on line 1", 3, 1, "while x:\n\ny");
    assertError("IndentationError", "expected an indented block after 'try' statement on line 1",
        2, 1, "try:\npass");
    assertError("IndentationError",
        "expected an indented block after 'except' statement on line 3", 4, 1,
        "try:\n  pass\nexcept:\npass");
    assertError("IndentationError",
        "expected an indented block after 'finally' statement on line 3", 4, 1,
        "try:\n  pass\nfinally:\npass");
    assertError("IndentationError", "expected an indented block after 'with' statement on line 1",
        2, 1, "with a:\npass");
    assertError("IndentationError", "expected an indented block after function definition on line 1",
        2, 1, "def f():\npass");
    assertError("IndentationError", "expected an indented block after class definition on line 1",
        2, 1, "class A:\npass");
    assertError("IndentationError",
        "expected an indented block after 'match' statement on line 1", 2, 1,
        "match x:\ncase 1: pass");
    assertError("IndentationError", "expected an indented block after 'case' statement on line 2",
        3, 3, "match x:\n  case 1:\n  pass");
  }

  @Test
  void tabs() {
    assertError("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1,
        "if x:\n\tpass\n        pass");
    assertError("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1,
        "if x:\n        pass\n\tpass");
    // a tab advances to the next multiple of 8 columns
    ParseTesting.parse("if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass");
  }

  @Test
  void unterminatedAndInvalidCharacters() {
    assertSyntaxError("unterminated string literal (detected at line 1)", 1, 5, "x = 'abc");
    assertSyntaxError("invalid character '\u20ac' (U+20AC)", 1, 7, "x = a \u20ac b");
    assertSyntaxError("invalid non-printable character U+00A0", 1, 6, "x = a\u00a0b");
    assertSyntaxError("invalid non-printable character U+0001", 1, 5, "x = \u0001");
    assertSyntaxError("unexpected character after line continuation character", 1, 8,
        "x = 1 \\ 2");
    assertSyntaxError("unexpected EOF while parsing", 1, 10, "x = 1 + \\");
  }

  @Test
  void brackets() {
    assertSyntaxError("'(' was never closed", 1, 5, "x = (1, 2");
    assertSyntaxError("'(' was never closed", 1, 4, "foo(\n");
    assertSyntaxError("'[' was never closed", 1, 5, "x = [1, 2 3");
    assertSyntaxError("unmatched ')'", 1, 6, "x = 1)");
    assertSyntaxError("closing parenthesis ')' does not match opening parenthesis '['", 1, 10,
        "x = [1, 2)");
    assertSyntaxError("closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2, 2, "x = (1,\n2]");
    // an error before the unclosed bracket's line wins
    assertSyntaxError("invalid syntax", 1, 5, "x = = 1\nfoo(\n");
  }

  @Test
  void friendlyMessages() {
    assertSyntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1,
        "print \"hello\"");
    assertSyntaxError("Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1,
        "exec \"x\"");
    assertSyntaxError("invalid syntax. Perhaps you forgot a comma?", 1, 2, "[1 2]");
    assertSyntaxError("invalid syntax. Perhaps you forgot a comma?", 1, 3, "f(a b)");
    assertSyntaxError("expected 'except' or 'finally' block", 3, 1, "try:\n  pass\nx = 1");
    assertSyntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4,
        "if x = 1: pass");
    assertSyntaxError("expected 'else' after 'if' expression", 1, 5, "x = 1 if 2");
    assertSyntaxError("did you forget parentheses around the comprehension target?", 1, 2,
        "[a, b for a, b in c]");
    assertSyntaxError("':' expected after dictionary key", 1, 12, "x = {1: 2, 3}");
    assertSyntaxError("expression expected after dictionary key and ':'", 1, 7, "x = {1:}");
    assertSyntaxError("trailing comma not allowed without surrounding parentheses", 1, 17,
        "from x import a,");
    assertSyntaxError("multiple exception types must be parenthesized", 3, 8,
        "try:\n  pass\nexcept A, B:\n  pass");
  }

  @Test
  void invalidTargets() {
    assertSyntaxError("cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1,
        "1 = x");
    assertSyntaxError("cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1, 1, "f() = 1");
    assertSyntaxError("cannot assign to literal", 1, 6, "x = (1, 2) = 3");
    assertSyntaxError("cannot assign to function call", 1, 5, "(a, f()) = 1");
    assertSyntaxError("cannot delete function call", 1, 5, "del f()");
    assertSyntaxError("cannot delete literal", 1, 13, "del (a, [b, 1])");
    assertSyntaxError("'expression' is an illegal expression for augmented assignment", 1, 1,
        "x + 1 += 2");
    assertSyntaxError("'tuple' is an illegal expression for augmented assignment", 1, 1,
        "(a, b) += 1");
    assertSyntaxError("cannot assign to function call", 1, 5, "for f() in x: pass");
    assertSyntaxError("cannot assign to function call", 1, 11, "with a as f(): pass");
    assertSyntaxError("cannot assign to function call", 1, 8, "[x for f() in y]");
    assertSyntaxError("assignment to yield expression not possible", 1, 5, "x = yield = 1");
    assertSyntaxError("cannot assign to None", 1, 1, "None = 1");
    assertSyntaxError("only single target (not tuple) can be annotated", 1, 1, "a, b: int");
    assertSyntaxError("illegal target for annotation", 1, 1, "f(): int");
    assertSyntaxError("cannot use assignment expressions with attribute", 1, 2, "(a.b := 1)");
  }

  @Test
  void argumentsAndParameters() {
    assertSyntaxError("keyword argument repeated: x", 1, 8, "f(x=1, x=2)");
    assertSyntaxError("positional argument follows keyword argument", 1, 9, "f(x=1, y)");
    assertSyntaxError("positional argument follows keyword argument unpacking", 1, 9,
        "f(**x, y)");
    assertSyntaxError("iterable argument unpacking follows keyword argument unpacking", 1, 8,
        "f(**x, *y)");
    assertSyntaxError("Generator expression must be parenthesized", 1, 6, "f(1, x for x in y)");
    assertSyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3,
        "f(a.b=1)");
    assertSyntaxError("non-default argument follows default argument", 1, 12,
        "def f(a=1, b): pass");
    assertSyntaxError("non-default argument follows default argument", 1, 13,
        "lambda a=1, b: 0");
    assertSyntaxError("duplicate argument 'x' in function definition", 1, 10,
        "def f(x, x): pass");
    assertSyntaxError("named arguments must follow bare *", 1, 7, "def f(*): pass");
    assertSyntaxError("named arguments must follow bare *", 1, 7, "def f(*, **k): pass");
    assertSyntaxError("/ may appear only once", 1, 13, "def f(a, /, /): pass");
    assertSyntaxError("/ must be ahead of *", 1, 11, "def f(*a, /): pass");
    assertSyntaxError("* argument may appear only once", 1, 11, "def f(*a, *b): pass");
    assertSyntaxError("arguments cannot follow var-keyword argument", 1, 12,
        "def f(**a, b): pass");
    assertSyntaxError("var-positional argument cannot have default value", 1, 9,
        "def f(*a=1): pass");
    assertSyntaxError("at least one argument must precede /", 1, 7, "def f(/, a): pass");
  }

  @Test
  void compileStageErrorsComeAfterParseErrors() {
    // CPython reports the parse error of line 2 before the compiler's complaint about line 1
    assertSyntaxError("invalid syntax", 2, 5, "x = *a\ny = = 1");
    assertSyntaxError("can't use starred expression here", 1, 5, "x = *a");
    // the symbol table's errors come before the compiler's
    assertSyntaxError("duplicate argument 'a' in function definition", 2, 10,
        "f(x=1, x=2)\ndef g(a, a): pass");
  }

  @Test
  void patternChecks() {
    assertSyntaxError("alternative patterns bind different names", 2, 16,
        "match x:\n  case 1 | C(a=b) as y: pass");
    assertSyntaxError("name capture 'a' makes remaining patterns unreachable", 2, 8,
        "match x:\n  case a | 1: pass");
    assertSyntaxError("wildcard makes remaining patterns unreachable", 2, 8,
        "match x:\n  case _:\n    pass\n  case 1:\n    pass");
    assertSyntaxError("multiple assignments to name 'a' in pattern", 2, 12,
        "match x:\n  case [a, a]: pass");
    assertSyntaxError("attribute name repeated in class pattern: b", 2, 17,
        "match x:\n  case A(b=1, b=2): pass");
    assertSyntaxError("positional patterns follow keyword patterns", 2, 15,
        "match x:\n  case A(x=1, 2): pass");
    assertSyntaxError("cannot use '_' as a target", 2, 13, "match x:\n  case _ as _: pass");
  }

  @Test
  void errorCarriesTheLineText() {
    SyntaxErrorException e = error("x = 1\ny = (1 2)\n");
    assertEquals("y = (1 2)", e.lineText());
    assertEquals("test.py", e.fileName());
    assertEquals("SyntaxError", e.pythonType());
  }

  @Test
  void nullBytesAreRejected() {
    SyntaxErrorException e = error("x = 1\0");
    assertEquals("source code string cannot contain null bytes", e.getMessage());
    assertNull(e.lineText());
  }

  @Test
  void noAntlrWordingReachesTheUser() {
    String[] bad = {"x = (", "def", "class", "(", ")", "]", "if", "else", "x = [1, 2", "for x in",
        "import", "from", "lambda", "@", "x.", "f(", "try:", "with", "while", "match x:",
        "x = 1 if", "yield from", "del", "assert", "global", "raise from", "return return",
        "x: = 1", "a[", "{**}", "...(", "not", "is", "in", "x = y = ", "`", "?", "!",
        "match x:\n  case", "match x:\n  case [", "def f(", "def f(a,", "x = {a:", "x = 1 +\n",
        "\n\n   \n  x", "if x:\n  pass\n else", "print(", "'''", "\"\"\""};
    for (String s : bad) {
      String message = error(s).getMessage();
      for (String antlr : new String[] {"<EOF>", "NEWLINE", "INDENT", "DEDENT", "extraneous",
          "mismatched", "expecting", "no viable", "token recognition"}) {
        assertEquals(false, message.contains(antlr), s + " -> " + message);
      }
    }
  }
}
