package dev.moat.runtime;

/**
 * An instance of a script class derived from a built-in container ({@code class Stack(list)}):
 * it is the built-in value, plus its own class and attribute dict. The protocol functions in
 * {@link Ops} give methods the class overrides precedence over the built-in fast paths.
 */
public interface BuiltinSubclass extends PyObject {
  /** The instance attribute dict, created on first use. */
  PyDict attributes();
}
