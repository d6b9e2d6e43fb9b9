package dev.moat.runtime;

/** A variable shared between a function and the closures defined in it. Null = unbound. */
public final class Cell implements PyObject {
  public Object value;

  public Cell() {}

  public Cell(Object value) {
    this.value = value;
  }

  @Override
  public PyType type() {
    return Types.CELL;
  }
}
