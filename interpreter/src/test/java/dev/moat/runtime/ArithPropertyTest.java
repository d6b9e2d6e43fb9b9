package dev.moat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moat.ast.Ast.BinaryOp;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Integer arithmetic against a BigInteger reference with Python's floor semantics. */
class ArithPropertyTest {
  private static BigInteger big(Object o) {
    return o instanceof Long ? BigInteger.valueOf((Long) o) : (BigInteger) o;
  }

  private static void assertNormalised(Object o) {
    if (o instanceof BigInteger) {
      assert ((BigInteger) o).bitLength() >= 64 : "BigInteger that fits a long: " + o;
    }
  }

  @Property(tries = 2000)
  void addSubMulAgreeWithBigInteger(@ForAll long a, @ForAll long b) {
    BigInteger x = BigInteger.valueOf(a);
    BigInteger y = BigInteger.valueOf(b);
    Object sum = Ops.binary(BinaryOp.ADD, a, b);
    Object diff = Ops.binary(BinaryOp.SUB, a, b);
    Object prod = Ops.binary(BinaryOp.MULT, a, b);
    assertEquals(x.add(y), big(sum));
    assertEquals(x.subtract(y), big(diff));
    assertEquals(x.multiply(y), big(prod));
    assertNormalised(sum);
    assertNormalised(diff);
    assertNormalised(prod);
  }

  @Property(tries = 2000)
  void floorDivisionAndModuloFollowTheDivisorsSign(@ForAll long a, @ForAll long b) {
    if (b == 0) {
      return;
    }
    BigInteger x = BigInteger.valueOf(a);
    BigInteger y = BigInteger.valueOf(b);
    BigInteger[] qr = x.divideAndRemainder(y);
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() != 0 && r.signum() != y.signum()) {
      q = q.subtract(BigInteger.ONE);
      r = r.add(y);
    }
    assertEquals(q, big(Ops.binary(BinaryOp.FLOORDIV, a, b)));
    assertEquals(r, big(Ops.binary(BinaryOp.MOD, a, b)));
    // the same quotient through the BigInteger path: (a*2^70) // (b*2^70) == a // b
    assertEquals(q, big(Ops.binary(BinaryOp.FLOORDIV, Arith.norm(x.shiftLeft(70)),
        Arith.norm(y.shiftLeft(70)))));
  }

  @Property(tries = 500)
  void powersAndShiftsAgreeWithBigInteger(@ForAll @IntRange(min = -1000, max = 1000) int base,
      @ForAll @IntRange(min = 0, max = 40) int exp) {
    assertEquals(BigInteger.valueOf(base).pow(exp), big(Ops.binary(BinaryOp.POW, (long) base,
        (long) exp)));
    assertEquals(BigInteger.valueOf(base).shiftLeft(exp * 3), big(Ops.binary(BinaryOp.LSHIFT,
        (long) base, (long) exp * 3)));
  }
}
