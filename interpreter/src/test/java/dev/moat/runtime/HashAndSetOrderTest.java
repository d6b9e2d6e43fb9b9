package dev.moat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Python hash values and set iteration order, checked against CPython 3.11's output. */
class HashAndSetOrderTest {
  @Test
  void numericAndTupleHashesMatchCPython() {
    assertEquals(1152921504606846977L, Ops.hash(1.5));
    assertEquals(-1152921504606846977L, Ops.hash(-1.5));
    assertEquals(230584300921369408L, Ops.hash(0.1));
    assertEquals(1224995262755759164L, Ops.hash(1e300));
    assertEquals(-2L, Ops.hash(-1L));
    assertEquals(0L, Ops.hash((1L << 61) - 1));
    assertEquals(1L, Ops.hash(BigInteger.ONE.shiftLeft(61)));
    assertEquals(-8L, Ops.hash(BigInteger.ONE.shiftLeft(64).negate()));
    assertEquals(Ops.hash(1L), Ops.hash(1.0));
    assertEquals(Ops.hash(1L), Ops.hash(Boolean.TRUE));
    assertEquals(-3550055125485641917L, Ops.hash(PyTuple.of(1L, 2L)));
    assertEquals(5740354900026072187L, Ops.hash(PyTuple.EMPTY));
    assertEquals(-6644214454873602895L, Ops.hash(PyTuple.of(1L)));
    assertEquals(-272375401224217160L, Ops.hash(PySet.of(true, 1L, 2L, 3L)));
    assertEquals(133146708735736L, Ops.hash(new PySet(true)));
  }

  @Test
  void setIterationOrderMatchesCPython() {
    assertEquals("{1, 2, 3}", Ops.repr(PySet.of(false, 3L, 1L, 2L)));
    assertEquals("{8, 1, 10, 3}", Ops.repr(PySet.of(false, 10L, 3L, 8L, 1L)));
    assertEquals("{64, 100, 5}", Ops.repr(PySet.of(false, 100L, 5L, 64L)));
    assertEquals("{3, -5, -1}", Ops.repr(PySet.of(false, -1L, -5L, 3L)));
    PySet s = new PySet(false);
    for (long i = 20; i > 0; i -= 3) {
      s.add(i);
    }
    assertEquals("{2, 5, 8, 11, 14, 17, 20}", Ops.repr(s));
    PySet t = new PySet(false);
    for (long i = 0; i < 10; i++) {
      t.add(i);
    }
    t.discard(3L);
    t.add(33L);
    assertEquals("{0, 1, 2, 33, 4, 5, 6, 7, 8, 9}", Ops.repr(t));
  }
}
