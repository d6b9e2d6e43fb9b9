package dev.moat.runtime;

/**
 * Python's {@code complex}: an immutable pair of doubles. Dict keys and set members compare and
 * hash as CPython's complex values do (a complex with a zero imaginary part is stored as its
 * real part, see {@code PyDict.normalize}).
 */
public final class PyComplex implements PyObject {
  public final double real;
  public final double imag;

  public PyComplex(double real, double imag) {
    this.real = real;
    this.imag = imag;
  }

  @Override
  public PyType type() {
    return Types.COMPLEX;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof PyComplex && ((PyComplex) o).real == real && ((PyComplex) o).imag == imag;
  }

  @Override
  public int hashCode() {
    long h = ComplexMath.hash(this);
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public String toString() {
    return ComplexMath.repr(real, imag);
  }
}
