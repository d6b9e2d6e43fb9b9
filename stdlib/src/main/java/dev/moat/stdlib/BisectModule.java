package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.Set;

/**
 * Python's {@code bisect} module: binary search over any sequence, comparing with {@code <} only,
 * with optional {@code lo}/{@code hi} bounds and a {@code key} applied to the sequence items.
 */
public final class BisectModule implements ModuleProvider {
  private static final String SEARCH = "a, x, lo=0, hi=None, *, key=None";

  @Override
  public Set<String> moduleNames() {
    return Set.of("bisect");
  }

  @Override
  public PyModule create(String name) {
    BuiltinFunction right = BuiltinFunction.of("bisect_right", SEARCH,
        a -> (long) search(a[0], a[1], a[2], a[3], a[4], true));
    BuiltinFunction insortRight = BuiltinFunction.of("insort_right", SEARCH,
        a -> insort(a, true));
    return ModuleBuilder.named("bisect")
        .function("bisect_left", SEARCH,
            a -> (long) search(a[0], a[1], a[2], a[3], a[4], false))
        .constant("bisect_right", right)
        .constant("bisect", right)
        .function("insort_left", SEARCH, a -> insort(a, false))
        .constant("insort_right", insortRight)
        .constant("insort", insortRight)
        .build();
  }

  private static Object insort(Object[] a, boolean right) {
    Object x = a[1];
    Object probe = a[4] == PyNone.NONE ? x : Ops.call(a[4], new Object[] {x}, null);
    long pos = search(a[0], probe, a[2], a[3], a[4], right);
    if (a[0] instanceof PyList && ((PyList) a[0]).type() == dev.moat.runtime.Types.LIST) {
      ((PyList) a[0]).insert((int) pos, x);
    } else {
      Ops.call(Ops.getAttr(a[0], "insert"), new Object[] {pos, x}, null);
    }
    return PyNone.NONE;
  }

  /**
   * The insertion point of {@code x}: before any equal items ({@code right == false}) or after
   * them.
   */
  static long search(Object seq, Object x, Object loArg, Object hiArg, Object key,
      boolean right) {
    long lo = Ops.asIndex(loArg, "'" + dev.moat.runtime.Types.typeName(loArg)
        + "' object cannot be interpreted as an integer");
    if (lo < 0) {
      throw Errors.valueError("lo must be non-negative");
    }
    long hi = hiArg == PyNone.NONE ? Ops.lenLong(seq)
        : Ops.asIndex(hiArg, "'" + dev.moat.runtime.Types.typeName(hiArg)
            + "' object cannot be interpreted as an integer");
    while (lo < hi) {
      Budget.chargeSteps(1);
      long mid = (lo + hi) >>> 1;
      Object item = Ops.getItem(seq, (Object) mid);
      if (key != PyNone.NONE) {
        item = Ops.call(key, new Object[] {item}, null);
      }
      if (right) {
        if (Ops.lessThan(x, item)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      } else {
        if (Ops.lessThan(item, x)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
    }
    return lo;
  }
}
