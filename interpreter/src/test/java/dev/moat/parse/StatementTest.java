package dev.moat.parse;

import static dev.moat.parse.ParseTesting.parse;
import static dev.moat.parse.ParseTesting.stmt;
import static dev.moat.parse.ParseTesting.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.ast.Ast;
import org.junit.jupiter.api.Test;

/** Every statement kind, and the representation choices the evaluator relies on. */
class StatementTest {

  @Test
  void simpleStatements() {
    assertEquals("(Pass)", stmt("pass"));
    assertEquals("(Break)", stmt("break"));
    assertEquals("(Continue)", stmt("continue"));
    assertEquals("(Return _)", stmt("return"));
    assertEquals("(Return (Tuple [(Name a) (Name b)]))", stmt("return a, b"));
    assertEquals("(Raise _ _)", stmt("raise"));
    assertEquals("(Raise (Name a) (Name b))", stmt("raise a from b"));
    assertEquals("(Global [a b])", stmt("global a, b"));
    assertEquals("(Nonlocal [a])", stmt("nonlocal a"));
    assertEquals("(Assert (Name a) (Name b))", stmt("assert a, b"));
    assertEquals("(Delete [(Attribute (Name a) b) (Subscript (Name a) (Constant 1)) (Name c)"
        + " (List [(Name d) (Tuple [(Name e) (Name f)])])])",
        stmt("del a.b, a[1], (c), [d, (e, f)]"));
    assertEquals("(Expr (Call (Name f) [] []))", stmt("f()"));
  }

  @Test
  void imports() {
    assertEquals("(Import [(alias a.b.c _) (alias d e)])", stmt("import a.b.c, d as e"));
    assertEquals("(ImportFrom a [(alias b c) (alias d _)] 0)", stmt("from a import b as c, d"));
    assertEquals("(ImportFrom a [(alias b _) (alias c _)] 0)", stmt("from a import (b, c,)"));
    assertEquals("(ImportFrom a [(alias * _)] 0)", stmt("from a import *"));
    assertEquals("(ImportFrom _ [(alias a _)] 2)", stmt("from .. import a"));
    assertEquals("(ImportFrom _ [(alias a _)] 4)", stmt("from .... import a"));
    assertEquals("(ImportFrom a.b [(alias c _)] 2)", stmt("from ..a.b import c"));
  }

  @Test
  void assignments() {
    assertEquals("(Assign [(Name a) (Name b)] (Name c))", stmt("a = b = c"));
    assertEquals("(Assign [(Tuple [(Name a) (Starred (Name b))])] (Name c))", stmt("a, *b = c"));
    assertEquals("(Assign [(List [(Name a) (Name b)])] (Name c))", stmt("[a, b] = c"));
    assertEquals("(Assign [(Subscript (Name a) (Slice (Name b) (Name c) _))] (Name d))",
        stmt("a[b:c] = d"));
    assertEquals("(Assign [(Name a)] (Yield _))", stmt("a = yield"));
    assertEquals("(AugAssign (Attribute (Name a) b) FloorDiv (Constant 1))", stmt("a.b //= 1"));
  }

  @Test
  void everyAugmentedOperator() {
    String[] ops = {"+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=",
        "//="};
    String[] names = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "BitAnd", "BitOr", "BitXor",
        "LShift", "RShift", "Pow", "FloorDiv"};
    for (int i = 0; i < ops.length; i++) {
      assertEquals("(AugAssign (Name a) " + names[i] + " (Constant 1))", stmt("a " + ops[i] + " 1"));
    }
  }

  @Test
  void annotatedAssignments() {
    assertEquals("(AnnAssign (Name x) (Name int) _ 1)", stmt("x: int"));
    assertEquals("(AnnAssign (Name x) (Name int) (Constant 1) 1)", stmt("x: int = 1"));
    assertEquals("(AnnAssign (Name x) (Name int) (Constant 1) 0)", stmt("(x): int = 1"));
    assertEquals("(AnnAssign (Attribute (Name a) b) (Name int) _ 0)", stmt("a.b: int"));
    Ast.AnnAssign a = (Ast.AnnAssign) parse("x: int").body().get(0);
    assertTrue(a.simple());
    assertEquals(null, a.value());
    assertFalse(((Ast.AnnAssign) parse("(x): int").body().get(0)).simple());
  }

  @Test
  void semicolonsSplitStatements() {
    assertEquals(3, parse("a; b; c").body().size());
    assertEquals(2, parse("a; b;").body().size());
  }

  @Test
  void elifIsANestedIfInOrelse() {
    Ast.If top = (Ast.If) parse("if a:\n  b\nelif c:\n  d\nelse:\n  e").body().get(0);
    assertEquals(1, top.orelse().size());
    Ast.If elif = (Ast.If) top.orelse().get(0);
    assertEquals(3, elif.line());
    assertEquals("(If (Name c) [(Expr (Name d))] [(Expr (Name e))])", AstDump.expr(elif, false));
  }

  @Test
  void loops() {
    assertEquals("(While (Name a) [(Expr (Name b))] [(Expr (Name c))])",
        stmt("while a:\n  b\nelse:\n  c"));
    assertEquals("(For (Tuple [(Name a) (Name b)]) (Name c) [(Pass)] [])",
        stmt("for a, b in c: pass"));
    assertEquals("(For (Tuple [(Starred (Name a)) (Name b)]) (Tuple [(Name c) (Name d)]) [(Pass)]"
        + " [])", stmt("for *a, b in c, d: pass"));
    assertEquals("(For (Name a) (Name b) [(Expr (Name c))] [(Expr (Name d))])",
        stmt("for a in b:\n  c\nelse:\n  d"));
  }

  @Test
  void tryStatements() {
    assertEquals("(Try [(Expr (Name a))] [(ExceptHandler (Name E) e [(Expr (Name b))])"
        + " (ExceptHandler (Tuple [(Name F) (Name G)]) _ [(Expr (Name c))])"
        + " (ExceptHandler _ _ [(Pass)])] [(Expr (Name d))] [(Expr (Name e))])",
        stmt("try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\nexcept:\n  pass\n"
            + "else:\n  d\nfinally:\n  e"));
    assertEquals("(Try [(Expr (Name a))] [] [] [(Expr (Name b))])",
        stmt("try:\n  a\nfinally:\n  b"));
  }

  @Test
  void withStatements() {
    assertEquals("(With [(withitem (Name a) (Name b)) (withitem (Name c) _)] [(Pass)])",
        stmt("with a as b, c: pass"));
    assertEquals("(With [(withitem (Name a) _) (withitem (Name b) _)] [(Pass)])",
        stmt("with (a, b): pass"));
    assertEquals("(With [(withitem (Name a) (Name b)) (withitem (Name c) (Name d))] [(Pass)])",
        stmt("with (a as b, c as d,): pass"));
    assertEquals("(With [(withitem (Tuple [(Name a) (Name b)]) (Name c))] [(Pass)])",
        stmt("with (a, b) as c: pass"));
    assertEquals("(With [(withitem (Name a) (Tuple [(Name b) (Name c)]))] [(Pass)])",
        stmt("with a as (b, c): pass"));
  }

  @Test
  void functionDefinitions() {
    assertEquals("(FunctionDef f (arguments [(arg a _)] [(arg b _)] (arg c _) [(arg d _) (arg e _)]"
        + " [_ (Constant 2)] (arg g _) [(Constant 1)]) [(Pass)] [] _)",
        stmt("def f(a, /, b=1, *c, d, e=2, **g): pass"));
    assertEquals("(FunctionDef f (arguments [] [(arg a (Name int))] (arg b (Name str)) [] []"
        + " (arg c (Name dict)) []) [(Pass)] [] (Constant None))",
        stmt("def f(a: int, *b: str, **c: dict) -> None: pass"));
    assertEquals("(FunctionDef f (arguments [] [] _ [(arg a _)] [_] _ []) [(Pass)] [] _)",
        stmt("def f(*, a): pass"));
    assertEquals("(FunctionDef f (arguments [] [] (arg args (Starred (Name Ts))) [] [] _ [])"
        + " [(Pass)] [] _)", stmt("def f(*args: *Ts): pass"));
  }

  @Test
  void decoratorsAreAnyExpression() {
    Ast.FunctionDef f = (Ast.FunctionDef) parse(
        "@d1\n@d2.x\n@d3(a)\n@d4[0]\n@(lambda f: f)\n@x := y\ndef f(): pass").body().get(0);
    assertEquals(6, f.decorators().size());
    assertEquals(7, f.line()); // the 'def' line, as in CPython 3.8+
    assertEquals("(NamedExpr (Name x) (Name y))", AstDump.expr(f.decorators().get(5), false));
    Ast.ClassDef c = (Ast.ClassDef) parse("@d\nclass C: pass").body().get(0);
    assertEquals(1, c.decorators().size());
  }

  @Test
  void classDefinitions() {
    assertEquals("(ClassDef C [(Name A) (Starred (Name b))] [(keyword metaclass (Name M))"
        + " (keyword _ (Name kw))] [(Pass)] [])", stmt("class C(A, *b, metaclass=M, **kw): pass"));
    assertEquals("(ClassDef C [] [] [(Pass)] [])", stmt("class C(): pass"));
  }

  @Test
  void docstringsAreExpressionStatements() {
    Ast.FunctionDef f = (Ast.FunctionDef) parse("def f():\n    \"\"\"doc\"\"\"\n    return 1")
        .body().get(0);
    assertEquals("(Expr (Constant \"doc\"))", AstDump.expr(f.body().get(0), false));
  }

  @Test
  void lambdas() {
    assertEquals("(Lambda (arguments [] [(arg a _) (arg b _)] (arg c _) [(arg d _) (arg e _)]"
        + " [_ (Constant 2)] (arg f _) [(Constant 1)]) (Constant 0))",
        tree("lambda a, b=1, *c, d, e=2, **f: 0"));
    assertEquals("(Lambda (arguments [(arg a _)] [(arg b _)] _ [] [] _ []) (Constant 0))",
        tree("lambda a, /, b: 0"));
  }

  @Test
  void calls() {
    assertEquals("(Call (Name f) [(Name a) (Starred (Name b))] [(keyword c (Constant 1))"
        + " (keyword _ (Name d))])", tree("f(a, *b, c=1, **d)"));
    assertEquals("(Call (Name f) [(GeneratorExp (Name x) [(comprehension (Name x) (Name y) [])])]"
        + " [])", tree("f(x for x in y)"));
    assertEquals("(Call (Name f) [(Starred (Name b))] [(keyword a (Constant 1))])",
        tree("f(a=1, *b)"));
  }

  @Test
  void displaysAndComprehensions() {
    assertEquals("(Dict [_ (Name b) _] [(Name a) (Name c) (Name d)])", tree("{**a, b: c, **d}"));
    assertEquals("(Set [(Starred (Name a)) (Name b)])", tree("{*a, b}"));
    assertEquals("(Dict [] [])", tree("{}"));
    assertEquals("(ListComp (Name i) [(comprehension (Name i) (Name a) [(Name i) (Name j)])"
        + " (comprehension (Name k) (Name i) [])])", tree("[i for i in a if i if j for k in i]"));
    assertEquals("(DictComp (Name i) (Name j) [(comprehension (Tuple [(Name i) (Name j)])"
        + " (Name a) [])])", tree("{i: j for i, j in a}"));
    assertEquals("(SetComp (Name i) [(comprehension (Name i) (Name a) [])])",
        tree("{i for i in a}"));
    assertEquals("(GeneratorExp (Name i) [(comprehension (Name i) (Name a) [])])",
        tree("(i for i in a)"));
  }

  @Test
  void subscriptsAndSlices() {
    assertEquals("(Subscript (Name a) (Tuple [(Slice (Constant 1) (Constant 2) _) (Constant 3)]))",
        tree("a[1:2, 3]"));
    assertEquals("(Subscript (Name a) (Slice _ _ (Constant 2)))", tree("a[::2]"));
    assertEquals("(Subscript (Name a) (Tuple [(Starred (Name b))]))", tree("a[*b]"));
    assertEquals("(Subscript (Name a) (Tuple [(Constant 1)]))", tree("a[1,]"));
  }

  @Test
  void softKeywordsAreNames() {
    assertEquals("(Assign [(Name match)] (Constant 1))", stmt("match = 1"));
    assertEquals("(Assign [(Name case)] (Constant 1))", stmt("case = 1"));
    assertEquals("(Assign [(Name _)] (Constant 1))", stmt("_ = 1"));
    assertEquals("(Expr (Call (Name match) [(Name a)] []))", stmt("match(a)"));
    assertEquals("(AnnAssign (Subscript (Name match) (Name a)) (Name int) _ 0)",
        stmt("match[a]: int"));
    assertEquals("(Attribute (Name a) match)", tree("a.match"));
  }

  @Test
  void matchStatements() {
    assertEquals("(Match (Name x) [(match_case (MatchOr [(MatchSequence [(MatchValue (Constant 1))"
        + " (MatchStar r)]) (MatchMapping [(Constant \"k\")] [(MatchAs _ _)] r) (MatchClass"
        + " (Name C) [(MatchValue (Constant 1))] [a] [(MatchAs _ r)])]) _ [(Pass)])])",
        stmt("match x:\n    case [1, *r] | {'k': _, **r} | C(1, a=r): pass"));
    assertEquals("(Match (Name x) [(match_case (MatchAs (MatchValue (UnaryOp USub (Constant 1)))"
        + " y) (Compare (Name y) [Lt] [(Constant 0)]) [(Pass)]) (match_case (MatchAs _ _) _"
        + " [(Pass)])])", stmt("match x:\n    case -1 as y if y < 0: pass\n    case _: pass"));
    assertEquals("(Match (Tuple [(Name x) (Name y)]) [(match_case (MatchSequence [(MatchAs _ a)"
        + " (MatchStar _)]) _ [(Pass)])])", stmt("match x, y:\n    case a, *_: pass"));
    assertEquals("(Match (Name x) [(match_case (MatchSingleton None) _ [(Pass)])"
        + " (match_case (MatchValue (Attribute (Name a) b)) _ [(Pass)])])",
        stmt("match x:\n    case None: pass\n    case a.b: pass"));
    assertEquals("(Match (Name x) [(match_case (MatchAs _ a) _ [(Pass)])])",
        stmt("match x:\n    case (a): pass"));
    assertEquals("(Match (Name x) [(match_case (MatchSequence [(MatchAs _ a)]) _ [(Pass)])])",
        stmt("match x:\n    case (a,): pass"));
  }

  @Test
  void layout() {
    assertEquals(2, ((Ast.If) parse("if a:\n\tb\n\tc").body().get(0)).body().size());
    assertEquals(2, parse("if a:\n    b\n\n    # comment\n\n    c\nd").body().size());
    assertEquals(1, parse("x = [\n    1,\n    2,\n]").body().size());
    assertEquals(1, parse("x = 1 + \\\n    2").body().size());
    assertEquals(0, parse("# only a comment").body().size());
    assertEquals(0, parse("").body().size());
    assertEquals(0, parse("\n\n  \n").body().size());
    assertEquals(1, parse("x = 1  # no newline at end").body().size());
    assertEquals(2, parse("x = 1\r\ny = 2\r\n").body().size());
    assertEquals(2, parse("x = 1\ry = 2").body().size());
    assertEquals(1, parse("\uFEFFx = 1").body().size());
  }

  @Test
  void unicodeNamesAreNfkcNormalised() {
    assertEquals("(Assign [(Name fi)] (Constant 1))", stmt("\uFB01 = 1"));
    assertEquals("(Assign [(Name r\u00e9sum\u00e9)] (Constant 1))", stmt("r\u00e9sum\u00e9 = 1"));
  }
}
