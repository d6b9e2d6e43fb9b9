package dev.moat.runtime;

/**
 * A Python value that is not one of the Java-native representations ({@code Long},
 * {@code BigInteger}, {@code Double}, {@code Boolean}, {@code String}). Every such value knows
 * its Python type.
 */
public interface PyObject {
  /** The Python type of this value. */
  PyType type();
}
