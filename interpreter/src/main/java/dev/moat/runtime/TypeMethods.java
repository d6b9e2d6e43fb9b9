package dev.moat.runtime;

/** Installs the methods of the built-in types (str, list, dict...) once, at start-up. */
final class TypeMethods {
  private TypeMethods() {}

  static void installAll() {
    StrMethods.install();
    BytesMethods.install();
    ByteArrayMethods.install();
    ListMethods.install();
    TupleMethods.install();
    RangeMethods.install();
    DictMethods.install();
    DictViewMethods.install();
    SetMethods.install();
    IntMethods.install();
    FloatMethods.install();
    ComplexMethods.install();
  }
}
