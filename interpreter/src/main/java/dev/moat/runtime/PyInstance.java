package dev.moat.runtime;

/** An instance of a script class whose nearest built-in base is {@code object}. */
public class PyInstance implements PyObject {
  private PyType type;
  /** Instance attributes ({@code __dict__}); created on first use. */
  private PyDict dict;

  public PyInstance(PyType type) {
    this.type = type;
  }

  @Override
  public PyType type() {
    return type;
  }

  /** Changes the class ({@code obj.__class__ = C}); callers check layout compatibility. */
  public void setType(PyType t) {
    this.type = t;
  }

  /** The instance dict, created if needed. */
  public PyDict dict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  /** The instance dict, or null when no attribute was ever set. */
  public PyDict dictOrNull() {
    return dict;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o != null && Ops.userEquals(this, o);
  }

  @Override
  public int hashCode() {
    return Ops.userHash(this);
  }
}
