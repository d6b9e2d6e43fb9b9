package dev.moat.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.runtime.PyException;
import org.junit.jupiter.api.function.Executable;

/** Assertions shared by the tests. */
final class TestSupport {
  private TestSupport() {}

  /** Asserts that {@code f} raises the Python exception {@code type} with exactly {@code message}. */
  static void assertPyError(String type, String message, Executable f) {
    PyException e = assertThrows(PyException.class, f);
    // The interpreter's PyException (and the scratch stub) render as "TypeName: message".
    assertEquals(type + ": " + message, e.getMessage());
  }

  /** Asserts bit-identical doubles (distinguishes -0.0, compares nans as nan). */
  static void assertBits(double expected, double actual) {
    if (Double.isNaN(expected)) {
      assertEquals(true, Double.isNaN(actual), "expected nan, got " + actual);
      return;
    }
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
        () -> "expected " + expected + " got " + actual);
  }
}
