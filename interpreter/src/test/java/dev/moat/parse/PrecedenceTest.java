package dev.moat.parse;

import static dev.moat.parse.ParseTesting.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CPython's precedence and associativity table, checked on the shape of the tree. */
class PrecedenceTest {

  @Test
  void multiplicationBindsTighterThanAddition() {
    assertEquals("(BinOp (Constant 1) Add (BinOp (Constant 2) Mult (Constant 3)))",
        tree("1 + 2 * 3"));
    assertEquals("(BinOp (BinOp (Constant 1) Add (Constant 2)) Mult (Constant 3))",
        tree("(1 + 2) * 3"));
  }

  @Test
  void binaryOperatorsAreLeftAssociative() {
    assertEquals("(BinOp (BinOp (Constant 1) Sub (Constant 2)) Sub (Constant 3))",
        tree("1 - 2 - 3"));
    assertEquals("(BinOp (BinOp (BinOp (BinOp (Name a) Div (Name b)) FloorDiv (Name c)) Mod"
        + " (Name d)) MatMult (Name e))", tree("a / b // c % d @ e"));
    assertEquals("(BinOp (BinOp (Name a) LShift (Name b)) RShift (Name c))", tree("a << b >> c"));
    assertEquals("(BinOp (BinOp (Name a) BitOr (Name b)) BitOr (Name c))", tree("a | b | c"));
  }

  @Test
  void powerIsRightAssociative() {
    assertEquals("(BinOp (Constant 2) Pow (BinOp (Constant 3) Pow (Constant 2)))",
        tree("2 ** 3 ** 2"));
    assertEquals("(BinOp (BinOp (Constant 2) Pow (Constant 3)) Pow (Constant 2))",
        tree("(2 ** 3) ** 2"));
  }

  @Test
  void powerBindsTighterThanUnaryOnItsLeftButNotOnItsRight() {
    assertEquals("(UnaryOp USub (BinOp (Constant 2) Pow (Constant 2)))", tree("-2 ** 2"));
    assertEquals("(BinOp (Constant 2) Pow (UnaryOp USub (Constant 1)))", tree("2 ** -1"));
    assertEquals("(UnaryOp USub (BinOp (Constant 2) Pow (UnaryOp USub (BinOp (Constant 2) Pow"
        + " (Constant 2)))))", tree("-2 ** -2 ** 2"));
    assertEquals("(BinOp (BinOp (Constant 2) Pow (UnaryOp USub (Constant 1))) Mult (Constant 3))",
        tree("2 ** -1 * 3"));
    assertEquals("(UnaryOp Invert (BinOp (Name a) Pow (Name b)))", tree("~a ** b"));
  }

  @Test
  void unaryOperators() {
    assertEquals("(BinOp (UnaryOp USub (Name a)) Mult (Name b))", tree("-a * b"));
    assertEquals("(BinOp (Name a) Mult (UnaryOp USub (Name b)))", tree("a * -b"));
    assertEquals("(UnaryOp USub (UnaryOp UAdd (UnaryOp Invert (Name a))))", tree("-+~a"));
  }

  @Test
  void bitwiseAndShiftLevels() {
    assertEquals("(BinOp (BinOp (Name a) BitAnd (Name b)) BitOr (BinOp (Name c) BitXor"
        + " (Name d)))", tree("a & b | c ^ d"));
    assertEquals("(BinOp (Name a) BitOr (BinOp (Name b) BitAnd (Name c)))", tree("a | b & c"));
    assertEquals("(BinOp (BinOp (Name a) Add (Name b)) LShift (Name c))", tree("a + b << c"));
    assertEquals("(BinOp (Name a) BitXor (BinOp (Name b) BitOr (Name c)))",
        tree("a ^ (b | c)"));
  }

  @Test
  void comparisonsChain() {
    assertEquals("(Compare (Name a) [Lt Lt] [(Name b) (Name c)])", tree("a < b < c"));
    assertEquals("(Compare (Name a) [In NotIn] [(Name b) (Name c)])", tree("a in b not in c"));
    assertEquals("(Compare (Name a) [Is IsNot] [(Name b) (Name c)])", tree("a is b is not c"));
    assertEquals("(Compare (Name a) [Lt Eq Gt LtE GtE NotEq] [(Name b) (Name c) (Name d) (Name e)"
        + " (Name f) (Name g)])", tree("a < b == c > d <= e >= f != g"));
    assertEquals("(Compare (Compare (Name a) [Lt] [(Name b)]) [Lt] [(Name c)])",
        tree("(a < b) < c"));
    assertEquals("(Compare (BinOp (Name a) BitOr (Name b)) [Lt] [(Name c)])", tree("a | b < c"));
  }

  @Test
  void notAndOr() {
    assertEquals("(UnaryOp Not (Compare (Name a) [Eq] [(Name b)]))", tree("not a == b"));
    assertEquals("(BoolOp And [(UnaryOp Not (Name a)) (Name b)])", tree("not a and b"));
    assertEquals("(UnaryOp Not (UnaryOp Not (Name a)))", tree("not not a"));
    assertEquals("(BoolOp Or [(Name a) (BoolOp And [(Name b) (Name c)])])", tree("a or b and c"));
    assertEquals("(BoolOp Or [(BoolOp And [(Name a) (Name b)]) (BoolOp And [(Name c) (Name d)])])",
        tree("a and b or c and d"));
    assertEquals("(BoolOp Or [(Name a) (Name b) (Name c)])", tree("a or b or c"));
    assertEquals("(BoolOp And [(BoolOp Or [(Name a) (Name b)]) (Name c)])",
        tree("(a or b) and c"));
  }

  @Test
  void conditionalExpressions() {
    assertEquals("(IfExp (Name b) (Name a) (Name c))", tree("a if b else c"));
    assertEquals("(IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e)))",
        tree("a if b else c if d else e"));
    assertEquals("(IfExp (Name b) (BoolOp Or [(Name a) (Name x)]) (Name c))",
        tree("a or x if b else c"));
  }

  @Test
  void lambdaIsLowest() {
    assertEquals("(Lambda (arguments [] [] _ [] [] _ []) (IfExp (Name b) (Name a) (Name c)))",
        tree("lambda: a if b else c"));
  }

  @Test
  void walrus() {
    assertEquals("(NamedExpr (Name y) (BinOp (Constant 1) Add (Constant 2)))",
        tree("(y := 1 + 2)"));
  }

  @Test
  void primaries() {
    assertEquals("(Subscript (Call (Attribute (Call (Attribute (Name a) b) [] []) c) [(Name e)]"
        + " []) (Name d))", tree("a.b().c(e)[d]"));
    assertEquals("(BinOp (Attribute (Name a) b) Pow (Subscript (Name c) (Name d)))",
        tree("a.b ** c[d]"));
    assertEquals("(UnaryOp USub (Call (Name f) [] []))", tree("-f()"));
  }

  @Test
  void yieldAndStarred() {
    assertEquals("(Yield (Tuple [(Name a) (Name b)]))", tree("x = yield a, b"));
    assertEquals("(YieldFrom (Name a))", tree("x = yield from a"));
    assertEquals("(Tuple [(Starred (Name a)) (Name b)])", tree("x = *a, b"));
  }
}
