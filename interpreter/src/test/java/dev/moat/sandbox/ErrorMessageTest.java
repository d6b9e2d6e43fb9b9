package dev.moat.sandbox;

import static dev.moat.sandbox.Sandbox.assertClean;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.PythonException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Many runtime errors; none may show a Java class, a Java stack frame or a host path. */
class ErrorMessageTest {
  static final String[] VALUES = {"1", "-1", "0", "1.5", "float('nan')", "10**100", "'s'", "''",
      "b'b'", "[1]", "[]", "(1,)", "()", "{1: 2}", "{}", "{1}", "set()", "None", "True",
      "len", "print", "int", "object()", "range(3)", "iter([1])", "{}.keys()",
      "lambda: 0", "Exception('e')", "...", "NotImplemented", "frozenset()", "-10**100",
      "float('inf')", "2**63", "-2**63"};
  static final String[] OPS = {"A + B", "A - B", "A * B", "A / B", "A // B", "A % B", "A ** B",
      "A << B", "A >> B", "A & B", "A | B", "A ^ B", "A < B", "A @ B", "A[B]", "A(B)", "A in B",
      "divmod(A, B)", "pow(A, B, 3)", "A.no_such_attribute", "-A", "~A", "int(A)", "float(A)", "len(A)",
      "hash(A)", "iter(A)", "next(A)", "abs(A)", "round(A, B)", "sorted([A, B])", "str(A)",
      "A[1:B]", "del A[B]", "A[B] = 1", "A.x = B", "format(A, 's')", "'%d' % A", "'{}'.format(A, B)",
      "chr(A)", "ord(A)", "bytes(A)", "list(A)", "dict(A)", "A.__class__(B)", "getattr(A, B)",
      "max(A, B)", "sum([A, B])", "isinstance(A, B)", "issubclass(A, B)", "min(A)", "tuple(A)",
      "A.append(B)", "A.pop(B)", "A.index(B)", "A.join(B)", "A.split(B)", "A.count(B)",
      "A.get(B)", "A.startswith(B)", "A.to_bytes(B)", "A.encode(B)", "A.decode(B)", "hex(A)",
      "round(A)", "int(A, B)", "str(A, B)", "enumerate(A, B)", "range(A, B)", "zip(A, B)",
      "A.fromkeys(B)", "type(A)(B)", "A.__getattribute__(B)", "A.__setattr__(B, 1)",
      "A.__format__(B)", "bytes(A, B)", "bytes(A, 'utf-8', B)", "str(A, 'utf-8', B)", "A.__eq__(B)", "A.__lt__(B)", "A.__add__(B)", "A.__mul__(B)", "A.__contains__(B)", "A.__getitem__(B)", "A.__len__()", "A.__iter__()", "A.__hash__()", "A.__repr__()", "A.__init__(B)", "A.__class__.__new__(B)", "type(A).__eq__(B, A)", "type(A).__add__(B, A)", "type(A).__len__(B)", "type(A).__repr__(B)", "type(A).__getitem__(B, 0)", "type(A).__iter__(B)", "type(A).__hash__(B)", "type(A).__format__(B, '')", "type(A).__init__(B)", "type(A).__str__(B)", "type(A).__contains__(B, 1)", "type(A).__setitem__(B, 0, 0)", "type(A).__delitem__(B, 0)", "type(A).__neg__(B)", "type(A).__bool__(B)", "type(A).__index__(B)", "type(A).__int__(B)", "type(A).__float__(B)", "type(A).__reversed__(B)", "type(A).__next__(B)", "type(A).__call__(B)", "type(A).__getattribute__(B, 'x')", "type(A).__setattr__(B, 'x', 1)", "type(A).__lt__(B, A)", "type(A).__mul__(B, 2)", "type(A).__round__(B)", "type(A).__abs__(B)", "type(A).__mod__(B, A)", "type(A).__pow__(B, A)"};

  @Test
  void runtimeErrorMessagesNeverShowTheHost() {
    List<String> failures = new ArrayList<>();
    int errors = 0;
    StringBuilder out = new StringBuilder();
    dev.moat.Interpreter interp = Sandbox.newInterpreter(out, Sandbox.SMALL);
    for (String op : OPS) {
      StringBuilder src = new StringBuilder();
      for (String a : VALUES) {
        for (String b : VALUES) {
          String expr = op.replace("A", "(" + a + ")").replace("B", "(" + b + ")");
          // exec each in its own try so one script covers a whole row
          src.append("try:\n    ").append(expr.contains("=") || expr.startsWith("del")
              ? expr : "_ = " + expr).append("\nexcept BaseException as e:\n    print(type(e).__name__, e)\n");
        }
      }
      Sandbox.Outcome o = Sandbox.run(interp, out, src.toString());
      if (o.error != null && !(o.error instanceof PythonException)) {
        failures.add(op + ": " + o.error);
      }
      if (o.error instanceof PythonException) {
        PythonException e = (PythonException) o.error;
        if (e.pythonType().equals("SyntaxError")) {
          failures.add(op + ": the generated script does not compile: " + e.getMessage());
        }
        try {
          assertClean(e.getMessage());
          assertClean(e.traceback());
        } catch (AssertionError x) {
          failures.add(op + ": " + x.getMessage());
        }
      }
      errors++;
    }
    String printed = out.toString();
    for (String line : printed.split("\n")) {
      try {
        assertClean(line.replace("None", "").replace("print", ""));
      } catch (AssertionError x) {
        failures.add(x.getMessage());
      }
    }
    assertTrue(errors > 0);
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures.subList(0,
        Math.min(40, failures.size()))));
  }

  @Test
  void uncaughtErrorsAndTracebacksNeverShowTheHost() {
    String[] progs = {"1/0", "[][5]", "{}['k']", "int('x')", "None.x", "undefined_name",
        "'a' + 1", "1 + 'a'", "len(5)", "x = 1\nx()", "import nothing", "raise Exception('e')",
        "def f(*, k): pass\nf(1)", "def f(a): pass\nf()", "class A: pass\nA().m()",
        "assert False, 'no'", "raise ValueError", "[1][1:2:0]", "'%s %s' % (1,)",
        "int.x = 1", "str.upper = 1", "object.x = 1", "(1).real = 5", "del len",
        "x = [1, 2]\na, = x", "next(iter([]))", "range(1, 2, 0)", "chr(-1)", "2 ** -1 % 0",
        "int(float('nan'))", "round(float('inf'))", "'x'.encode('nope')",
        "b'\\xff'.decode()", "sorted([1, 'a'])", "max([])", "{}.popitem()", "set().pop()",
        "[].pop()", "'abc'.index('z')", "(1, 2).index(3)", "dict([1])", "hash([])",
        "{[]: 1}", "1 < None", "list(1)", "bytes(-1)", "'{'.format(1)", "'{0}{}'.format(1, 2)",
        "format(1, 'q')", "format('s', 'd')", "int('1', 99)",
        "(1).to_bytes(1, 'little', signed=False, x=1)", "super()", "type(1, 2)",
        "isinstance(1, 1)", "class A(1): pass", "class A(int, str): pass", "yield 1",
        "nonlocal_x = 1\ndef f():\n    global nonlocal_x\n    del nonlocal_x\n    del nonlocal_x\nf()"};
    List<String> failures = new ArrayList<>();
    for (String p : progs) {
      Sandbox.Outcome o = Sandbox.run(p, Sandbox.SMALL);
      if (!(o.error instanceof PythonException)) {
        failures.add(p + " -> " + o);
        continue;
      }
      PythonException e = (PythonException) o.error;
      try {
        assertClean(e.getMessage());
        assertClean(e.traceback());
        assertClean(o.out);
      } catch (AssertionError x) {
        failures.add(p + " -> " + x.getMessage());
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }
}
