package dev.moat;

/**
 * A script value with no Java counterpart (a function, a class instance...), handed to the
 * host as its {@code repr}. It gives no access to the object itself.
 */
public record ScriptObject(String repr) {
  @Override
  public String toString() {
    return repr;
  }
}
