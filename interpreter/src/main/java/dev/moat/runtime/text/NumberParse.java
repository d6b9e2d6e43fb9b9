package dev.moat.runtime.text;

import dev.moat.runtime.Errors;

/** Placeholder until the exact implementation lands. */
public final class NumberParse {
  private NumberParse() {}

  public static Object parseInt(String s, int base) {
    try {
      java.math.BigInteger b = new java.math.BigInteger(s.strip().replace("_", ""), base == 0 ? 10 : base);
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    } catch (NumberFormatException e) {
      throw Errors.valueError("invalid literal for int() with base " + base + ": " + StrRepr.repr(s));
    }
  }

  public static double parseFloat(String s) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw Errors.valueError("could not convert string to float: " + StrRepr.repr(s));
    }
  }

  public static String intToDecimal(java.math.BigInteger b) {
    return b.toString();
  }
}
