package dev.moat.runtime.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Placeholder until the exact implementation lands: CPython's float repr. */
public final class FloatRepr {
  private FloatRepr() {}

  public static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return (1 / x < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(x);
    String digits = null;
    int exp = 0;
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == x) {
        BigDecimal s = r.stripTrailingZeros();
        digits = s.unscaledValue().abs().toString();
        exp = digits.length() - 1 - s.scale();
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    if (x < 0) {
      sb.append('-');
    }
    if (exp < -4 || exp >= 16) {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      sb.append('e').append(exp < 0 ? '-' : '+');
      int a = Math.abs(exp);
      if (a < 10) {
        sb.append('0');
      }
      sb.append(a);
    } else if (exp < 0) {
      sb.append("0.");
      for (int i = -1; i > exp; i--) {
        sb.append('0');
      }
      sb.append(digits);
    } else if (digits.length() <= exp + 1) {
      sb.append(digits);
      for (int i = digits.length(); i <= exp; i++) {
        sb.append('0');
      }
      sb.append(".0");
    } else {
      sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
    }
    return sb.toString();
  }
}
