package dev.moat.runtime;

/** Installs the methods of the built-in types (str, list, dict...) once, at start-up. */
final class TypeMethods {
  private TypeMethods() {}

  static void installAll() {}
}
