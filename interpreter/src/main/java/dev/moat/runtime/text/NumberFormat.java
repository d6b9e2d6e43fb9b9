package dev.moat.runtime.text;

/** Placeholder until the exact implementation lands. */
public final class NumberFormat {
  private NumberFormat() {}

  public static String formatInt(Object v, FormatSpec spec) {
    return String.valueOf(v);
  }

  public static String formatFloat(double v, FormatSpec spec) {
    String r = spec.raw;
    if (r.matches("\\.\\d+f")) {
      return new java.math.BigDecimal(v).setScale(Integer.parseInt(r.substring(1, r.length() - 1)),
          java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
    return FloatRepr.repr(v);
  }

  public static String formatStr(String v, FormatSpec spec) {
    return v;
  }

  public static String toBase(Object v, int base, boolean prefix) {
    java.math.BigInteger b = v instanceof Long ? java.math.BigInteger.valueOf((Long) v)
        : (java.math.BigInteger) v;
    String p = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    return (b.signum() < 0 ? "-" : "") + (prefix ? p : "") + b.abs().toString(base);
  }
}
