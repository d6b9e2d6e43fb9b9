package dev.moat.runtime.text;

/** Placeholder until the exact implementation lands. */
public final class PercentFormat {
  private PercentFormat() {}

  public static String format(String fmt, Object args, ValueOps ops) {
    java.util.List<Object> items = ops.isTuple(args) ? ops.tupleItems(args) : java.util.List.of(args);
    StringBuilder sb = new StringBuilder();
    int k = 0;
    for (int i = 0; i < fmt.length(); i++) {
      char c = fmt.charAt(i);
      if (c == '%' && i + 1 < fmt.length()) {
        char t = fmt.charAt(++i);
        if (t == '%') {
          sb.append('%');
        } else if (t == 'r') {
          sb.append(ops.repr(items.get(k++)));
        } else {
          sb.append(ops.str(items.get(k++)));
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
