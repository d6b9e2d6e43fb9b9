package dev.moat.sandbox;

import static dev.moat.sandbox.Sandbox.assertPyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import dev.moat.Limits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One script cannot affect another interpreter; hash flooding and hostile dunders. */
class IsolationAndHashingTest {

  @Test
  void monkeyPatchingStaysInsideItsInterpreter() {
    StringBuilder outA = new StringBuilder();
    Interpreter a = Sandbox.newInterpreter(outA, Sandbox.SMALL);
    Sandbox.Outcome o = Sandbox.run(a, outA,
        "len = lambda x: 0\nprint = None\nsecret = 42\nTrue_ = False\n");
    assertNull(o.error, () -> o.toString());
    for (String src : new String[] {"int.x = 1", "str.upper = lambda s: s", "object.y = 1",
        "list.append = None", "type.__name__ = 'x'", "int.__add__ = lambda a, b: 0",
        "(1).__class__.real = 5", "setattr(int, 'bit_length', None)",
        "del int.bit_length", "dict.fromkeys = 1", "BaseException.args = 1"}) {
      assertPyError(src, "TypeError");
    }
    StringBuilder outB = new StringBuilder();
    Interpreter b = Sandbox.newInterpreter(outB, Sandbox.SMALL);
    Sandbox.Outcome ob = Sandbox.run(b, outB, "print(len([1, 2, 3]), 'secret' in globals() "
        + "if False else 0, (5).bit_length(), 'a'.upper(), [].append is not None)\n"
        + "try:\n    secret\nexcept NameError:\n    print('no secret')\n");
    assertNull(ob.error, () -> ob.toString());
    assertEquals("3 0 3 A True\nno secret\n", ob.out);
    // A keeps its own globals by design; its builtins namespace is its own too
    Sandbox.Outcome again = Sandbox.run(a, outA, "len('abc') + secret");
    assertEquals(42L, again.value);
  }

  @Test
  void classAttributesOfUserClassesDoNotLeakAcrossInterpreters() {
    StringBuilder out = new StringBuilder();
    Interpreter a = Sandbox.newInterpreter(out, Sandbox.SMALL);
    Sandbox.run(a, out, "class E(Exception): pass\nE.x = 1\nValueError.y = 2");
    assertPyError("ValueError.y", "AttributeError");
  }

  /** 2^16 distinct strings with the same Java String.hashCode. */
  static List<String> collidingStrings(int n) {
    List<String> r = new ArrayList<>(n);
    for (int i = 0; r.size() < n; i++) {
      StringBuilder sb = new StringBuilder();
      for (int bit = 0; bit < 16; bit++) {
        sb.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      r.add(sb.toString());
    }
    return r;
  }

  @Test
  void collidingStringsDoNotFloodDictsOrSets() {
    List<String> keys = collidingStrings(50_000);
    assertEquals(1, keys.stream().mapToInt(String::hashCode).distinct().count());
    Limits l = Limits.builder().timeoutMillis(10_000).build();
    for (String src : new String[] {"d = {}\nfor k in keys:\n    d[k] = 1\nprint(len(d))",
        "s = set()\nfor k in keys:\n    s.add(k)\nprint(len(s))",
        "print(len(set(keys)))", "print(len(frozenset(keys)))", "print(len(dict.fromkeys(keys)))",
        "s = set(keys)\nprint(sum(1 for k in keys if k in s))"}) {
      StringBuilder out = new StringBuilder();
      Interpreter interp = Sandbox.newInterpreter(out, l);
      interp.set("keys", keys);
      Sandbox.Outcome o = Sandbox.run(interp, out, src);
      assertNull(o.error, () -> src + ": " + o);
      assertEquals("50000\n", o.out);
      assertTrue(o.millis < 5_000, () -> src + " took " + o.millis + " ms");
    }
  }

  @Test
  void hostileSortKeysAndComparatorsTerminate() {
    assertPyError("sorted(range(1000), key=lambda x: 1 / (x - 500))", "ZeroDivisionError");
    Sandbox.Outcome o = Sandbox.run("import_ = 0\nclass A:\n    n = 0\n"
        + "    def __lt__(self, o):\n        A.n += 1\n        return A.n % 3 == 0\n"
        + "l = [A() for i in range(2000)]\nl.sort()\nsorted(l)\nmax(l)\nprint('done')",
        Sandbox.SMALL);
    assertTrue(o.error == null || o.error instanceof dev.moat.PythonException,
        () -> o.toString());
    Sandbox.assertInTime(o, Sandbox.SMALL);
    Sandbox.Outcome o2 = Sandbox.run("import random_ \n", Sandbox.SMALL);
    assertTrue(o2.error == null || o2.error instanceof dev.moat.PythonException);
    assertPyError("class A:\n    def __lt__(self, o): raise KeyError('k')\nsorted([A(), A()])",
        "KeyError");
    assertPyError("l = [3, 1, 2]\nl.sort(key=lambda x: (l.append(x), x)[1])", "ValueError");
  }

  @Test
  void dunderMethodsThatMutateTheDictDuringLookupDoNotCorruptOrHang() {
    String prelude = "d = {}\nclass K:\n    def __init__(self, v): self.v = v\n"
        + "    def __hash__(self): return 1\n"
        + "    def __eq__(self, o):\n        d.clear()\n        for i in range(50): d[i] = i\n"
        + "        return False\n";
    for (String body : new String[] {
        "for i in range(100):\n    d[K(i)] = i\nprint(len(d) >= 1)",
        "d[K(0)] = 0\nd[K(1)] = 1\nprint(K(2) in d)",
        "s = set()\nclass H:\n    def __hash__(self): return 7\n"
            + "    def __eq__(self, o):\n        s.clear()\n        return True\n"
            + "for i in range(100):\n    s.add(H())\nprint(len(s) <= 100)",
        "d2 = {1: 1}\nclass M:\n    def __hash__(self): return 1\n"
            + "    def __eq__(self, o):\n        d2.pop(1, None)\n        return True\n"
            + "print(d2.get(M()), d2)",
        "d3 = {i: i for i in range(10)}\nfor k in d3:\n    d3[k + 100] = 1"}) {
      Sandbox.Outcome o = Sandbox.run(prelude + body, Sandbox.SMALL);
      assertTrue(o.error == null || o.error instanceof dev.moat.PythonException,
          () -> body + ": " + o);
      Sandbox.assertInTime(o, Sandbox.SMALL);
      if (o.error != null) {
        Sandbox.assertClean(o.error.getMessage());
      }
    }
    assertPyError("d3 = {i: i for i in range(10)}\nfor k in d3:\n    d3[k + 100] = 1",
        "RuntimeError");
  }
}
