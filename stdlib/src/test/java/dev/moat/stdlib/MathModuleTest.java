package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import dev.moat.PythonException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The math module; expected values come from CPython 3.11. */
class MathModuleTest {
  private final Interpreter interp = Interpreter.builder().build();

  private Object eval(String expr) throws Exception {
    return interp.eval("import math\n" + expr);
  }

  private void assertRaises(String expr, String type, String message) {
    PythonException e = assertThrows(PythonException.class, () -> eval(expr));
    assertEquals(type, e.pythonType(), expr);
    assertEquals(message, e.pythonMessage(), expr);
  }

  @Test
  void constants() throws Exception {
    assertEquals(Math.PI, eval("math.pi"));
    assertEquals(Math.E, eval("math.e"));
    assertEquals(2 * Math.PI, eval("math.tau"));
    assertEquals(Double.POSITIVE_INFINITY, eval("math.inf"));
    assertEquals(Boolean.TRUE, eval("math.isnan(math.nan)"));
  }

  @Test
  void integerFunctions() throws Exception {
    assertEquals(47129212243960L, eval("math.comb(50, 20)"));
    assertEquals(new BigInteger("15511210043330985984000000"), eval("math.factorial(25)"));
    assertEquals(new BigInteger("316227766016837933199"), eval("math.isqrt(10**41 + 12345)"));
    assertEquals(new BigInteger("999999999999999999970000000000000000000200000000000000000000"),
        eval("math.perm(10**20, 3)"));
    assertEquals(new BigInteger("3541774862152233910272"), eval("math.lcm(2**70, 3)"));
    assertEquals(new BigInteger("1208925819614629174706176"), eval("math.gcd(2**100, 2**80*3)"));
    assertEquals(0L, eval("math.gcd()"));
    assertEquals(1L, eval("math.lcm()"));
    assertEquals(12L, eval("math.lcm(-4, 6)"));
    assertEquals(0L, eval("math.comb(5, 6)"));
    assertEquals(120L, eval("math.perm(5)"));
    assertEquals(2568L, eval("len(str(math.factorial(1000)))"));
  }

  @Test
  void floatFunctions() throws Exception {
    assertEquals(1.4142135623730951, eval("math.sqrt(2)"));
    assertEquals(6931.471805599453, eval("math.log(2**10000)"));
    assertEquals(10000.0, eval("math.log2(2**10000)"));
    assertEquals(3.0, eval("math.log(8, 2)"));
    assertEquals(1.0, eval("math.fsum([0.1] * 10)"));
    assertEquals(13.0, eval("math.hypot(3, 4, 12)"));
    assertEquals(5.0, eval("math.dist((1, 2), (4, 6))"));
    assertEquals(List.of(0.625, 4L), eval("math.frexp(10.0)"));
    assertEquals(List.of(-0.0, -3.0), eval("math.modf(-3.0)"));
    assertEquals(4.9E-324, eval("math.ulp(0.0)"));
    assertEquals(2.3632718012073544, eval("math.gamma(-1.5)"));
    assertEquals(0.5204998778130465, eval("math.erf(0.5)"));
    assertEquals(Boolean.TRUE, eval("math.isclose(1.0, 1.0 + 1e-10)"));
    assertEquals(Boolean.FALSE, eval("math.isclose(1.0, 1.0001)"));
    assertEquals(3L, eval("math.floor(3.7)"));
    assertEquals(new BigInteger("100000000000000000000"), eval("math.ceil(1e20)"));
    assertEquals(-2L, eval("math.trunc(-2.9)"));
    assertEquals("aa", eval("math.prod([1, 2], start='a')"));
    assertEquals(6.0, eval("math.prod([1.5, 2, 2])"));
  }

  @Test
  void errors() {
    assertRaises("math.sqrt(-1)", "ValueError", "math domain error");
    assertRaises("math.exp(1000)", "OverflowError", "math range error");
    assertRaises("math.pow(0.0, -1)", "ValueError", "math domain error");
    assertRaises("math.factorial(-1)", "ValueError", "factorial() not defined for negative values");
    assertRaises("math.factorial(1.5)", "TypeError",
        "'float' object cannot be interpreted as an integer");
    assertRaises("math.factorial(10**20)", "OverflowError",
        "factorial() argument should not exceed 9223372036854775807");
    assertRaises("math.sqrt(10**400)", "OverflowError", "int too large to convert to float");
    assertRaises("math.sqrt('a')", "TypeError", "must be real number, not str");
    assertRaises("math.trunc('a')", "TypeError", "type str doesn't define __trunc__ method");
    assertRaises("math.isclose(1, 1, rel_tol=-1)", "ValueError", "tolerances must be non-negative");
    assertRaises("math.fsum([1e308, 1e308])", "OverflowError", "intermediate overflow in fsum");
    assertRaises("math.fsum([math.inf, -math.inf])", "ValueError", "-inf + inf in fsum");
    assertRaises("math.log(10, 1)", "ZeroDivisionError", "float division by zero");
    assertRaises("math.comb(-1, 2)", "ValueError", "n must be a non-negative integer");
    assertRaises("math.perm(5, -1)", "ValueError", "k must be a non-negative integer");
    assertRaises("math.comb(10**20, 10**19)", "OverflowError",
        "min(n - k, k) must not exceed 9223372036854775807");
    assertRaises("math.isqrt(-1)", "ValueError", "isqrt() argument must be nonnegative");
    assertRaises("math.dist((1, 2), (1,))", "ValueError",
        "both points must have the same number of dimensions");
    assertRaises("math.ldexp(1.0, 1.5)", "TypeError",
        "Expected an int as second argument to ldexp.");
    assertRaises("math.floor(float('nan'))", "ValueError", "cannot convert float NaN to integer");
    assertRaises("math.gamma(0)", "ValueError", "math domain error");
    assertRaises("math.gamma(172)", "OverflowError", "math range error");
  }

  @Test
  void hugeWorkIsBudgeted() {
    Interpreter small = Interpreter.builder()
        .limits(dev.moat.Limits.builder().maxSteps(100_000).build()).build();
    Exception e = assertThrows(Exception.class,
        () -> small.eval("import math\nmath.factorial(10**7)"));
    assertTrue(!(e instanceof PythonException) || !"OverflowError".equals(
        ((PythonException) e).pythonType()), e.toString());
  }
}
