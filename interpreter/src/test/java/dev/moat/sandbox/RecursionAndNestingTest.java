package dev.moat.sandbox;

import static dev.moat.sandbox.Sandbox.assertPyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Limits;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Deep recursion in scripts and deep nesting in source and data. */
class RecursionAndNestingTest {
  private static final Limits DEEP = Limits.builder().maxSteps(20_000_000).timeoutMillis(5_000)
      .maxMemoryBytes(64L << 20).maxDepth(100_000).build();

  @Test
  void recursionErrorIsCatchableAtTheConfiguredDepth() {
    Limits l = Limits.builder().maxDepth(50).timeoutMillis(2_000).build();
    Sandbox.Outcome o = Sandbox.run("n = 0\ndef f():\n    global n\n    n += 1\n    f()\n"
        + "try:\n    f()\nexcept RecursionError as e:\n    print('caught', n, e)\n", l);
    assertNull(o.error, () -> o.toString());
    // the module's frame counts toward the limit, as in CPython: 49 calls of f fit in 50
    assertEquals("caught 49 maximum recursion depth exceeded\n", o.out);
  }

  static final String[] RECURSIVE = {
      "def f(): f()\nf()",
      "f = lambda: f()\nf()",
      "def f(): return [f() for x in [1]]\nf()",
      "def f(): return sorted([1, 2], key=lambda x: f())\nf()",
      "def f(): return max([1], key=lambda x: f())\nf()",
      "def f(): return list(map(lambda x: f(), [1]))\nf()",
      "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
      "class A:\n    def __str__(self): return str(self)\nprint(A())",
      "class A:\n    def __eq__(self, o): return self == o\nA() == A()",
      "class A:\n    def __hash__(self): return hash(self)\nhash(A())",
      "class A:\n    def __getattr__(self, n): return getattr(self, n)\nA().x",
      "class A:\n    def __len__(self): return len(self)\nlen(A())",
      "class A:\n    def __bool__(self): return bool(self)\nif A(): pass",
      "class A:\n    def __iter__(self): return iter(list(self))\nlist(A())",
      "class A:\n    def __format__(self, s): return format(self, s)\nf'{A()}'",
      "class A:\n    def __lt__(self, o): return sorted([self, o])\nsorted([A(), A()])",
      "class A:\n    def __init__(self): A()\nA()",
      "class A:\n    @property\n    def x(self): return self.x\nA().x",
      "class A:\n    def __getitem__(self, i): return self[i]\nA()[0]",
      "class A:\n    def __setattr__(self, n, v): setattr(self, n, v)\nA().x = 1",
      "l = []\nfor i in range(200000):\n    l = [l]\nrepr(l)",
      "d = {}\nfor i in range(200000):\n    d = {1: d}\nstr(d)",
  };

  static Stream<String> recursive() {
    return Stream.of(RECURSIVE);
  }

  @ParameterizedTest
  @MethodSource("recursive")
  void recursionIsARecursionErrorAtDefaultDepth(String src) {
    assertPyError(src, "RecursionError");
  }

  @ParameterizedTest
  @MethodSource("recursive")
  void recursionWithAHugeMaxDepthStillEndsCleanly(String src) {
    assertPyError(src, "RecursionError", DEEP);
  }

  @Test
  void deepReprIsCatchableAndTheRunContinues() {
    Sandbox.Outcome o = Sandbox.run("l = []\nfor i in range(200000):\n    l = [l]\n"
        + "try:\n    repr(l)\nexcept RecursionError:\n    print('rec')\nprint(6*7)", DEEP);
    assertNull(o.error, () -> o.toString());
    assertEquals("rec\n42\n", o.out);
  }

  @Test
  void exponentialRecoveryFromRecursionErrorEndsOnTime() {
    Sandbox.assertStepsOrTime(
        "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "-", "[", "{", "not ", "~", "f(", "lambda: ", "+", "*[", "await "})
  void deepNestingInSourceIsASyntaxError(String open) {
    String close = open.equals("(") || open.equals("f(") ? ")" : open.equals("[")
        || open.equals("*[") ? "]" : open.equals("{") ? "}" : "";
    String src = "x = " + open.repeat(100_000) + "1" + close.repeat(100_000);
    assertPyError(src, "SyntaxError");
  }

  @ParameterizedTest
  @ValueSource(strings = {" + 1", " ** 2", ".b", "[0]", "(1)", " if 1 else 1"})
  void longChainsInSourceEndCleanly(String link) {
    String src = "x = 1" + link.repeat(100_000);
    Sandbox.Outcome o = Sandbox.run(src, Sandbox.SMALL);
    assertTrue(o.error == null || o.error instanceof dev.moat.MoatException, () -> o.toString());
    Sandbox.assertInTime(o, Sandbox.SMALL);
  }

  @Test
  void deepIndentationIsAnIndentationError() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append(" ".repeat(i)).append("if 1:\n");
    }
    sb.append(" ".repeat(10_000)).append("pass\n");
    assertPyError(sb.toString(), "IndentationError");
  }

  @Test
  void deeplyNestedDataInComparisonsAndHashesIsARecursionError() {
    Limits l = Limits.builder().timeoutMillis(5_000).build();
    Sandbox.Outcome o = Sandbox.run("a = []\nb = []\nfor i in range(100000):\n    a = [a]\n"
        + "    b = [b]\ntry:\n    a == b\nexcept RecursionError as e:\n    print(e)\n"
        + "t = ()\nfor i in range(100000):\n    t = (t,)\ntry:\n    hash(t)\n"
        + "except RecursionError as e:\n    print(e)\nprint(6 * 7)\n", l);
    assertNull(o.error, () -> o.toString());
    assertEquals("maximum recursion depth exceeded in comparison\n"
        + "maximum recursion depth exceeded\n42\n", o.out);
  }

  @Test
  void budgetErrorsSkipWithStatementExits() {
    Limits l = Limits.builder().maxSteps(10_000).timeoutMillis(2_000).build();
    Sandbox.Outcome o = Sandbox.run("class M:\n    def __enter__(self):\n        return self\n"
        + "    def __exit__(self, *a):\n        print('exit ran')\n        return True\n"
        + "with M():\n    while True:\n        pass\n", l);
    org.junit.jupiter.api.Assertions.assertTrue(o.error instanceof dev.moat.BudgetExceededException,
        () -> o.toString());
    assertEquals("", o.out);
  }
}
