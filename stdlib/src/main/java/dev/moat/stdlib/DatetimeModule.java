package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code datetime}: timedelta, date, time, datetime, tzinfo and timezone, implemented in Java
 * with CPython 3.11's rules (proleptic Gregorian calendar, years 1 to 9999, microsecond
 * resolution, PEP 495 fold). The local time zone is UTC: the sandbox never reveals the host's.
 * The classes are created per interpreter, so a script changing one affects only itself.
 */
public final class DatetimeModule implements ModuleProvider {
  static final Object NONE = PyNone.NONE;
  static final Object NI = PySingleton.NOT_IMPLEMENTED;
  static final long US_PER_DAY = 86_400_000_000L;
  static final long MAX_ORD = 3_652_059L;
  static final long EPOCH_ORD = 719_163L;
  private static final BigInteger BIG_DAY = BigInteger.valueOf(US_PER_DAY);
  private static final BigInteger MILLION = BigInteger.valueOf(1_000_000);

  @Override
  public Set<String> moduleNames() {
    return Set.of("datetime");
  }

  @Override
  public PyModule create(String name) {
    Impl impl = new Impl();
    PyModule m = impl.module();
    IMPLS.put(m, impl);
    return m;
  }

  /** The datetime module of the running interpreter (imported if needed), for other modules. */
  static Impl current() {
    PyModule m = loadModule("datetime");
    Impl impl = IMPLS.get(m);
    if (impl == null) {
      throw Errors.runtimeError("datetime module is not available");
    }
    return impl;
  }

  /** The module {@code name} of the running interpreter, imported and registered if needed. */
  static PyModule loadModule(String name) {
    InterpreterState st = InterpreterState.current();
    if (st == null) {
      throw Errors.runtimeError("no interpreter");
    }
    PyModule m = st.modules().get(name);
    if (m == null) {
      m = st.loadModule(name);
      if (m == null) {
        throw Errors.moduleNotFound(name);
      }
      st.modules().put(name, m);
    }
    return m;
  }

  /** Each datetime module instance's Java state (other modules use its classes). */
  private static final Map<PyModule, Impl> IMPLS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  // ---------------------------------------------------------------- values

  /** A timedelta: {@code days} in ±999999999, {@code secs} in 0..86399, {@code us} in 0..999999. */
  static final class TD extends PyInstance {
    final long days;
    final int secs;
    final int us;

    TD(PyType t, long days, int secs, int us) {
      super(t);
      this.days = days;
      this.secs = secs;
      this.us = us;
    }

    BigInteger total() {
      return BigInteger.valueOf(days).multiply(BIG_DAY)
          .add(BigInteger.valueOf(secs * 1_000_000L + us));
    }

    /** Total microseconds; the caller knows it fits (offsets, differences of datetimes). */
    long micros() {
      return days * US_PER_DAY + secs * 1_000_000L + us;
    }

    boolean isZero() {
      return days == 0 && secs == 0 && us == 0;
    }
  }

  static class DateV extends PyInstance {
    final int y;
    final int m;
    final int d;

    DateV(PyType t, int y, int m, int d) {
      super(t);
      this.y = y;
      this.m = m;
      this.d = d;
    }

    long ordinal() {
      return LocalDate.of(y, m, d).toEpochDay() + EPOCH_ORD;
    }
  }

  static final class DateTimeV extends DateV {
    final int hh;
    final int mi;
    final int ss;
    final int us;
    /** The tzinfo, or null for None. */
    final Object tz;
    final int fold;

    DateTimeV(PyType t, int y, int m, int d, int hh, int mi, int ss, int us, Object tz,
        int fold) {
      super(t, y, m, d);
      this.hh = hh;
      this.mi = mi;
      this.ss = ss;
      this.us = us;
      this.tz = tz;
      this.fold = fold;
    }

    long dayMicros() {
      return ((hh * 60L + mi) * 60 + ss) * 1_000_000 + us;
    }

    /** Microseconds since 0001-01-01T00:00 of the local (wall) time. */
    long wallMicros() {
      return (ordinal() - 1) * US_PER_DAY + dayMicros();
    }
  }

  static final class TimeV extends PyInstance {
    final int hh;
    final int mi;
    final int ss;
    final int us;
    final Object tz;
    final int fold;

    TimeV(PyType t, int hh, int mi, int ss, int us, Object tz, int fold) {
      super(t);
      this.hh = hh;
      this.mi = mi;
      this.ss = ss;
      this.us = us;
      this.tz = tz;
      this.fold = fold;
    }

    long dayMicros() {
      return ((hh * 60L + mi) * 60 + ss) * 1_000_000 + us;
    }
  }

  /** An instance of tzinfo (or of a script subclass). */
  static class TzV extends PyInstance {
    TzV(PyType t) {
      super(t);
    }
  }

  static final class TimezoneV extends TzV {
    final TD offset;
    final String name;

    TimezoneV(PyType t, TD offset, String name) {
      super(t);
      this.offset = offset;
      this.name = name;
    }
  }

  // ---------------------------------------------------------------- calendar helpers

  static boolean isLeap(long y) {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  static int daysInMonth(int y, int m) {
    switch (m) {
      case 2:
        return isLeap(y) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  static LocalDate ordToDate(long ord) {
    return LocalDate.ofEpochDay(ord - EPOCH_ORD);
  }

  static int dayOfYear(int y, int m, int d) {
    return LocalDate.of(y, m, d).getDayOfYear();
  }

  /** CPython's repr of a str (quotes chosen the same way). */
  static String reprStr(String s) {
    return Ops.repr(s);
  }

  static String two(long v) {
    return v < 10 ? "0" + v : Long.toString(v);
  }

  static String pad(long v, int w) {
    String s = Long.toString(v);
    StringBuilder b = new StringBuilder();
    for (int i = s.length(); i < w; i++) {
      b.append('0');
    }
    return b.append(s).toString();
  }

  static int intArg(Object o) {
    if (o instanceof Long) {
      long v = (Long) o;
      if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
        throw Errors.overflowError(v > 0 ? "signed integer is greater than maximum"
            : "signed integer is less than minimum");
      }
      return (int) v;
    }
    if (o instanceof Boolean) {
      return ((Boolean) o) ? 1 : 0;
    }
    Object i = Ops.indexOrNull(o);
    if (i == null) {
      throw Errors.typeError("'" + Types.typeName(o) + "' object cannot be interpreted as an "
          + "integer");
    }
    if (i instanceof BigInteger) {
      throw Errors.overflowError("Python int too large to convert to C long");
    }
    return intArg(i);
  }

  static String str(Object o, String fname) {
    if (!(o instanceof String)) {
      throw Errors.typeError(fname + " must be str, not " + Types.typeName(o));
    }
    return (String) o;
  }

  // ---------------------------------------------------------------- the module instance

  /** One interpreter's datetime classes and the Java behind them. */
  static final class Impl {
    PyType tdType;
    PyType dateType;
    PyType timeType;
    PyType dtType;
    PyType tzinfoType;
    PyType tzType;
    PyType isoCalType;
    TimezoneV utc;
    TD zero;

    private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
      return BuiltinFunction.of(name, params, body);
    }

    private static Descriptors.ClassMethod cm(String name, String params,
        BuiltinFunction.Body body) {
      return new Descriptors.ClassMethod(BuiltinFunction.of(name, params, body));
    }

    private static Map<String, Object> ns() {
      Map<String, Object> ns = new LinkedHashMap<>();
      ns.put("__module__", "datetime");
      return ns;
    }

    private static PyType cls(String name, PyType base, Map<String, Object> ns) {
      PyType t = PyType.createClass(name, base == null ? new PyType[0] : new PyType[] {base}, ns);
      t.setTypeName("datetime." + name);
      return t;
    }

    /** {@code datetime.X(...)} for the library class, the class name alone for subclasses. */
    String prefix(Object self, PyType base) {
      PyType t = Types.typeOf(self);
      return t == base ? "datetime." + t.name() : t.name();
    }

    // -------------------------------------------------------------- timedelta

    TD td(long days, long secs, long us) {
      // normalise without overflow for the ranges used internally
      secs += Math.floorDiv(us, 1_000_000L);
      us = Math.floorMod(us, 1_000_000L);
      days += Math.floorDiv(secs, 86_400L);
      secs = Math.floorMod(secs, 86_400L);
      if (Math.abs(days) > 999_999_999L) {
        throw Errors.overflowError("days=" + days + "; must have magnitude <= 999999999");
      }
      return new TD(tdType, days, (int) secs, (int) us);
    }

    TD tdMicros(long us) {
      return td(0, 0, us);
    }

    TD tdBig(BigInteger us) {
      BigInteger[] qr = us.divideAndRemainder(BIG_DAY);
      BigInteger q = qr[0];
      long rem = qr[1].longValue();
      if (rem < 0) {
        rem += US_PER_DAY;
        q = q.subtract(BigInteger.ONE);
      }
      if (q.bitLength() > 31) {
        throw Errors.overflowError("Python int too large to convert to C int");
      }
      if (Math.abs(q.longValue()) > 999_999_999L) {
        throw Errors.overflowError("days=" + q + "; must have magnitude <= 999999999");
      }
      return new TD(tdType, q.longValue(), (int) (rem / 1_000_000), (int) (rem % 1_000_000));
    }

    static BigDecimal exact(Object v, String what) {
      if (v instanceof Boolean) {
        return ((Boolean) v) ? BigDecimal.ONE : BigDecimal.ZERO;
      }
      if (v instanceof Long) {
        return BigDecimal.valueOf((Long) v);
      }
      if (v instanceof BigInteger) {
        return new BigDecimal((BigInteger) v);
      }
      if (v instanceof Double) {
        double d = (Double) v;
        if (Double.isNaN(d)) {
          throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
          throw Errors.overflowError("cannot convert float infinity to integer");
        }
        return new BigDecimal(d);
      }
      Object i = Ops.indexOrNull(v);
      if (i != null) {
        return exact(i, what);
      }
      throw Errors.typeError("unsupported type for timedelta " + what + " component: "
          + Types.typeName(v));
    }

    Object newTd(PyType cls, Object[] a) {
      String[] names = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours",
          "weeks"};
      long[] scale = {US_PER_DAY, 1_000_000L, 1L, 1000L, 60_000_000L, 3_600_000_000L,
          7 * US_PER_DAY};
      boolean allInt = true;
      for (int i = 1; i <= 7; i++) {
        allInt &= a[i] instanceof Long || a[i] instanceof Boolean;
      }
      TD r;
      if (allInt) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 1; i <= 7; i++) {
          long v = a[i] instanceof Boolean ? (((Boolean) a[i]) ? 1 : 0) : (Long) a[i];
          if (v != 0) {
            sum = sum.add(BigInteger.valueOf(v).multiply(BigInteger.valueOf(scale[i - 1])));
          }
        }
        r = tdBig(sum);
      } else {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= 7; i++) {
          BigDecimal v = exact(a[i], names[i - 1]);
          if (v.signum() != 0) {
            sum = sum.add(v.multiply(BigDecimal.valueOf(scale[i - 1])));
          }
        }
        r = tdBig(sum.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
      }
      return cls == tdType ? r : new TD(cls, r.days, r.secs, r.us);
    }

    String tdRepr(TD t) {
      StringBuilder b = new StringBuilder(prefix(t, tdType)).append('(');
      String sep = "";
      if (t.days != 0) {
        b.append("days=").append(t.days);
        sep = ", ";
      }
      if (t.secs != 0) {
        b.append(sep).append("seconds=").append(t.secs);
        sep = ", ";
      }
      if (t.us != 0) {
        b.append(sep).append("microseconds=").append(t.us);
        sep = ", ";
      }
      if (sep.isEmpty()) {
        b.append('0');
      }
      return b.append(')').toString();
    }

    static String tdStr(TD t) {
      StringBuilder b = new StringBuilder();
      if (t.days != 0) {
        b.append(t.days).append(Math.abs(t.days) == 1 ? " day, " : " days, ");
      }
      int s = t.secs;
      b.append(s / 3600).append(':').append(two(s / 60 % 60)).append(':').append(two(s % 60));
      if (t.us != 0) {
        b.append('.').append(pad(t.us, 6));
      }
      return b.toString();
    }

    static double trueDiv(BigInteger x, BigInteger y) {
      if (x.bitLength() < 53 && y.bitLength() < 53) {
        return x.doubleValue() / y.doubleValue();
      }
      return new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
    }

    /** Rounds x / y to the nearest integer, ties to even. */
    static BigInteger divNearest(BigInteger x, BigInteger y) {
      BigInteger[] qr = x.divideAndRemainder(y);
      BigInteger q = qr[0];
      BigInteger r = qr[1];
      if (r.signum() != 0 && r.signum() != y.signum()) {
        q = q.subtract(BigInteger.ONE);
        r = r.add(y);
      }
      int c = r.shiftLeft(1).abs().compareTo(y.abs());
      if (c > 0 || c == 0 && q.testBit(0)) {
        q = q.add(BigInteger.ONE);
      }
      return q;
    }

    static BigInteger[] ratio(double d) {
      if (Double.isNaN(d)) {
        throw Errors.valueError("cannot convert NaN to integer ratio");
      }
      if (Double.isInfinite(d)) {
        throw Errors.overflowError("cannot convert Infinity to integer ratio");
      }
      BigDecimal b = new BigDecimal(d);
      if (b.scale() <= 0) {
        return new BigInteger[] {b.toBigIntegerExact(), BigInteger.ONE};
      }
      return new BigInteger[] {b.unscaledValue(), BigInteger.TEN.pow(b.scale())};
    }

    static BigInteger bigInt(Object o) {
      if (o instanceof Long) {
        return BigInteger.valueOf((Long) o);
      }
      if (o instanceof Boolean) {
        return ((Boolean) o) ? BigInteger.ONE : BigInteger.ZERO;
      }
      return (BigInteger) o;
    }

    static boolean isInt(Object o) {
      return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    Object cmpResult(int c, String op) {
      switch (op) {
        case "__eq__":
          return c == 0;
        case "__ne__":
          return c != 0;
        case "__lt__":
          return c < 0;
        case "__le__":
          return c <= 0;
        case "__gt__":
          return c > 0;
        default:
          return c >= 0;
      }
    }

    void buildTimedelta() {
      Map<String, Object> ns = ns();
      ns.put("__new__", new Descriptors.StaticMethod(fn("timedelta", "cls, *args, **kwargs",
          a -> {
            Object[] v = CArgs.bind("__new__()", new String[] {"days", "seconds",
                "microseconds", "milliseconds", "minutes", "hours", "weeks"}, 0, 7,
                (PyTuple) a[1], (dev.moat.runtime.PyDict) a[2]);
            Object[] w = new Object[8];
            w[0] = a[0];
            for (int i = 0; i < 7; i++) {
              w[i + 1] = CArgs.or(v[i], 0L);
            }
            return newTd((PyType) a[0], w);
          })));
      ns.put("days", new Descriptors.GetSet("days", o -> ((TD) o).days, null));
      ns.put("seconds", new Descriptors.GetSet("seconds", o -> (long) ((TD) o).secs, null));
      ns.put("microseconds", new Descriptors.GetSet("microseconds",
          o -> (long) ((TD) o).us, null));
      ns.put("total_seconds", fn("total_seconds", "self", a -> {
        TD t = (TD) a[0];
        return trueDiv(t.total(), MILLION);
      }));
      ns.put("__repr__", fn("__repr__", "self", a -> tdRepr((TD) a[0])));
      ns.put("__str__", fn("__str__", "self", a -> tdStr((TD) a[0])));
      ns.put("__hash__", fn("__hash__", "self", a -> {
        TD t = (TD) a[0];
        return Ops.hash(PyTuple.of(t.days, (long) t.secs, (long) t.us));
      }));
      ns.put("__bool__", fn("__bool__", "self", a -> !((TD) a[0]).isZero()));
      for (String op : new String[] {"__eq__", "__ne__", "__lt__", "__le__", "__gt__",
          "__ge__"}) {
        ns.put(op, fn(op, "self, other, /", a -> {
          if (!(a[1] instanceof TD)) {
            return NI;
          }
          return cmpResult(((TD) a[0]).total().compareTo(((TD) a[1]).total()), op);
        }));
      }
      ns.put("__neg__", fn("__neg__", "self", a -> tdBig(((TD) a[0]).total().negate())));
      ns.put("__pos__", fn("__pos__", "self", a -> {
        TD t = (TD) a[0];
        return new TD(tdType, t.days, t.secs, t.us);
      }));
      ns.put("__abs__", fn("__abs__", "self", a -> {
        TD t = (TD) a[0];
        return t.days < 0 ? tdBig(t.total().negate()) : new TD(tdType, t.days, t.secs, t.us);
      }));
      BuiltinFunction.Body add = a -> {
        if (!(a[1] instanceof TD)) {
          return NI;
        }
        TD x = (TD) a[0];
        TD y = (TD) a[1];
        return td(x.days + y.days, (long) x.secs + y.secs, (long) x.us + y.us);
      };
      ns.put("__add__", fn("__add__", "self, other, /", add));
      ns.put("__radd__", fn("__radd__", "self, other, /", add));
      ns.put("__sub__", fn("__sub__", "self, other, /", a -> {
        if (!(a[1] instanceof TD)) {
          return NI;
        }
        TD x = (TD) a[0];
        TD y = (TD) a[1];
        return td(x.days - y.days, (long) x.secs - y.secs, (long) x.us - y.us);
      }));
      ns.put("__rsub__", fn("__rsub__", "self, other, /", a -> {
        if (!(a[1] instanceof TD)) {
          return NI;
        }
        TD x = (TD) a[1];
        TD y = (TD) a[0];
        return td(x.days - y.days, (long) x.secs - y.secs, (long) x.us - y.us);
      }));
      BuiltinFunction.Body mul = a -> {
        TD t = (TD) a[0];
        if (isInt(a[1])) {
          return tdBig(t.total().multiply(bigInt(a[1])));
        }
        if (a[1] instanceof Double) {
          BigInteger[] r = ratio((Double) a[1]);
          return tdBig(divNearest(t.total().multiply(r[0]), r[1]));
        }
        return NI;
      };
      ns.put("__mul__", fn("__mul__", "self, other, /", mul));
      ns.put("__rmul__", fn("__rmul__", "self, other, /", mul));
      ns.put("__truediv__", fn("__truediv__", "self, other, /", a -> {
        TD t = (TD) a[0];
        if (a[1] instanceof TD) {
          BigInteger y = ((TD) a[1]).total();
          if (y.signum() == 0) {
            throw Errors.zeroDivisionError("division by zero");
          }
          return trueDiv(t.total(), y);
        }
        if (isInt(a[1])) {
          BigInteger y = bigInt(a[1]);
          if (y.signum() == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
          }
          return tdBig(divNearest(t.total(), y));
        }
        if (a[1] instanceof Double) {
          BigInteger[] r = ratio((Double) a[1]);
          if (r[0].signum() == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
          }
          return tdBig(divNearest(t.total().multiply(r[1]), r[0]));
        }
        return NI;
      }));
      ns.put("__floordiv__", fn("__floordiv__", "self, other, /", a -> {
        TD t = (TD) a[0];
        if (a[1] instanceof TD) {
          BigInteger y = ((TD) a[1]).total();
          if (y.signum() == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
          }
          return Ops.normalizeInt(floorDiv(t.total(), y));
        }
        if (isInt(a[1])) {
          BigInteger y = bigInt(a[1]);
          if (y.signum() == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
          }
          return tdBig(floorDiv(t.total(), y));
        }
        return NI;
      }));
      ns.put("__mod__", fn("__mod__", "self, other, /", a -> {
        if (!(a[1] instanceof TD)) {
          return NI;
        }
        BigInteger y = ((TD) a[1]).total();
        if (y.signum() == 0) {
          throw Errors.zeroDivisionError("integer modulo by zero");
        }
        BigInteger x = ((TD) a[0]).total();
        return tdBig(x.subtract(floorDiv(x, y).multiply(y)));
      }));
      ns.put("__divmod__", fn("__divmod__", "self, other, /", a -> {
        if (!(a[1] instanceof TD)) {
          return NI;
        }
        BigInteger y = ((TD) a[1]).total();
        if (y.signum() == 0) {
          throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        BigInteger x = ((TD) a[0]).total();
        BigInteger q = floorDiv(x, y);
        return PyTuple.of(Ops.normalizeInt(q), tdBig(x.subtract(q.multiply(y))));
      }));
      immutableCopies(ns);
      tdType = cls("timedelta", null, ns);
      zero = new TD(tdType, 0, 0, 0);
      tdType.setAttribute("min", new TD(tdType, -999_999_999L, 0, 0));
      tdType.setAttribute("max", new TD(tdType, 999_999_999L, 86399, 999_999));
      tdType.setAttribute("resolution", new TD(tdType, 0, 0, 1));
    }

    static BigInteger floorDiv(BigInteger x, BigInteger y) {
      BigInteger[] qr = x.divideAndRemainder(y);
      if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
        return qr[0].subtract(BigInteger.ONE);
      }
      return qr[0];
    }

    static void immutableCopies(Map<String, Object> ns) {
      ns.put("__copy__", fn("__copy__", "self", a -> a[0]));
      ns.put("__deepcopy__", fn("__deepcopy__", "self, memo, /", a -> a[0]));
    }

    TD asTd(Object o) {
      return (TD) o;
    }

    // -------------------------------------------------------------- tzinfo plumbing

    boolean isTzinfo(Object o) {
      return o instanceof PyInstance && Types.isInstance(o, tzinfoType);
    }

    Object checkTz(Object o) {
      if (o == NONE) {
        return null;
      }
      if (!isTzinfo(o)) {
        throw Errors.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '"
            + Types.typeName(o) + "'");
      }
      return o;
    }

    static Object tzObj(Object tz) {
      return tz == null ? NONE : tz;
    }

    /** Calls tz.utcoffset(arg) or tz.dst(arg) and checks the result; null for None. */
    TD tzCall(Object tz, String meth, Object arg) {
      if (tz == null) {
        return null;
      }
      if (tz instanceof TimezoneV && Types.typeOf(tz) == tzType) {
        return meth.equals("dst") ? null : ((TimezoneV) tz).offset;
      }
      Object r = Ops.call(Ops.getAttr(tz, meth), new Object[] {arg}, null);
      if (r == NONE) {
        return null;
      }
      if (!(r instanceof TD)) {
        throw Errors.typeError("tzinfo." + meth + "() must return None or timedelta, not '"
            + Types.typeName(r) + "'");
      }
      TD t = (TD) r;
      if (t.days < -1 || t.days > 0 || t.days == -1 && t.secs == 0 && t.us == 0) {
        throw Errors.valueError("offset must be a timedelta strictly between "
            + "-timedelta(hours=24) and timedelta(hours=24).");
      }
      return t;
    }

    Object tzName(Object tz, Object arg) {
      if (tz == null) {
        return NONE;
      }
      Object r = Ops.call(Ops.getAttr(tz, "tzname"), new Object[] {arg}, null);
      if (r != NONE && !(r instanceof String)) {
        throw Errors.typeError("tzinfo.tzname() must return None or a string, not '"
            + Types.typeName(r) + "'");
      }
      return r;
    }

    static String fmtOffset(TD off, String sep) {
      long us = off.micros();
      String sign = "+";
      if (us < 0) {
        sign = "-";
        us = -us;
      }
      long s = us / 1_000_000;
      long frac = us % 1_000_000;
      StringBuilder b = new StringBuilder(sign).append(two(s / 3600)).append(sep)
          .append(two(s / 60 % 60));
      if (s % 60 != 0 || frac != 0) {
        b.append(sep).append(two(s % 60));
        if (frac != 0) {
          b.append('.').append(pad(frac, 6));
        }
      }
      return b.toString();
    }

    TimezoneV newTimezone(PyType cls, TD off, String name) {
      if (off.days < -1 || off.days > 0 || off.days == -1 && off.secs == 0 && off.us == 0) {
        throw Errors.valueError("offset must be a timedelta strictly between "
            + "-timedelta(hours=24) and timedelta(hours=24), not " + tdRepr(off) + ".");
      }
      if (name == null && off.isZero() && cls == tzType && utc != null) {
        return utc;
      }
      return new TimezoneV(cls, off, name);
    }

    static String tzDefaultName(TD off) {
      if (off.isZero()) {
        return "UTC";
      }
      return "UTC" + fmtOffset(off, ":");
    }

    void buildTzinfo() {
      Map<String, Object> ns = ns();
      ns.put("__new__", new Descriptors.StaticMethod(fn("tzinfo", "cls, *args, **kwargs",
          a -> new TzV((PyType) a[0]))));
      ns.put("__init__", fn("__init__", "self, *args, **kwargs", a -> NONE));
      ns.put("tzname", fn("tzname", "self, dt, /", a -> {
        throw Errors.notImplemented("a tzinfo subclass must implement tzname()");
      }));
      ns.put("utcoffset", fn("utcoffset", "self, dt, /", a -> {
        throw Errors.notImplemented("a tzinfo subclass must implement utcoffset()");
      }));
      ns.put("dst", fn("dst", "self, dt, /", a -> {
        throw Errors.notImplemented("a tzinfo subclass must implement dst()");
      }));
      ns.put("fromutc", fn("fromutc", "self, dt, /", a -> {
        if (!(a[1] instanceof DateTimeV)) {
          throw Errors.typeError("fromutc: argument must be a datetime");
        }
        DateTimeV dt = (DateTimeV) a[1];
        if (dt.tz != a[0]) {
          throw Errors.valueError("fromutc: dt.tzinfo is not self");
        }
        TD off = tzCall(dt.tz, "utcoffset", dt);
        if (off == null) {
          throw Errors.valueError("fromutc: non-None utcoffset() result required");
        }
        TD dst = tzCall(dt.tz, "dst", dt);
        if (dst == null) {
          throw Errors.valueError("fromutc: non-None dst() result required");
        }
        long delta = off.micros() - dst.micros();
        if (delta != 0) {
          dt = addMicros(dt, delta);
          dst = tzCall(dt.tz, "dst", dt);
          if (dst == null) {
            throw Errors.valueError("fromutc: tz.dst() gave inconsistent results; cannot "
                + "convert");
          }
        }
        return addMicros(dt, dst.micros());
      }));
      ns.put("__repr__", fn("__repr__", "self", a -> {
        PyType t = Types.typeOf(a[0]);
        String mod = String.valueOf(Ops.getAttrOrNull(t, "__module__"));
        return "<" + mod + "." + t.qualname() + " object at " + Ops.address(a[0]) + ">";
      }));
      immutableCopies(ns);
      tzinfoType = cls("tzinfo", null, ns);

      Map<String, Object> z = ns();
      z.put("__new__", new Descriptors.StaticMethod(fn("timezone", "cls, *args, **kwargs", raw -> {
        Object[] v = CArgs.bind("timezone()", new String[] {"offset", "name"}, 1, 2,
            (PyTuple) raw[1], (dev.moat.runtime.PyDict) raw[2]);
        Object[] a = {raw[0], v[0], v[1]};
        if (!(a[1] instanceof TD)) {
          throw Errors.typeError("timezone() argument 1 must be datetime.timedelta, not "
              + Types.typeName(a[1]));
        }
        String name = null;
        if (a[2] != Signature.MISSING) {
          if (!(a[2] instanceof String)) {
            throw Errors.typeError("timezone() argument 2 must be str, not "
                + Types.typeName(a[2]));
          }
          name = (String) a[2];
        }
        return newTimezone((PyType) a[0], (TD) a[1], name);
      })));
      BuiltinFunction.Body checkArg = a -> {
        if (a[1] != NONE && !(a[1] instanceof DateTimeV)) {
          throw Errors.typeError("ARG(dt) argument must be a datetime instance or None, not "
              + Types.typeName(a[1]));
        }
        return null;
      };
      z.put("utcoffset", fn("utcoffset", "self, dt, /", a -> {
        checkDtArg("utcoffset", a[1]);
        return ((TimezoneV) a[0]).offset;
      }));
      z.put("dst", fn("dst", "self, dt, /", a -> {
        checkDtArg("dst", a[1]);
        return NONE;
      }));
      z.put("tzname", fn("tzname", "self, dt, /", a -> {
        checkDtArg("tzname", a[1]);
        TimezoneV t = (TimezoneV) a[0];
        return t.name != null ? t.name : tzDefaultName(t.offset);
      }));
      z.put("fromutc", fn("fromutc", "self, dt, /", a -> {
        if (!(a[1] instanceof DateTimeV)) {
          throw Errors.typeError("fromutc: argument must be a datetime");
        }
        DateTimeV dt = (DateTimeV) a[1];
        if (dt.tz != a[0]) {
          throw Errors.valueError("fromutc: dt.tzinfo is not self");
        }
        return addMicros(dt, ((TimezoneV) a[0]).offset.micros());
      }));
      z.put("__repr__", fn("__repr__", "self", a -> {
        TimezoneV t = (TimezoneV) a[0];
        if (t == utc) {
          return "datetime.timezone.utc";
        }
        String p = prefix(t, tzType) + "(" + tdRepr(t.offset);
        return t.name == null ? p + ")" : p + ", " + reprStr(t.name) + ")";
      }));
      z.put("__str__", fn("__str__", "self", a -> {
        TimezoneV t = (TimezoneV) a[0];
        return t.name != null ? t.name : tzDefaultName(t.offset);
      }));
      z.put("__eq__", fn("__eq__", "self, other, /", a -> {
        if (!(a[1] instanceof TimezoneV)) {
          return NI;
        }
        return ((TimezoneV) a[0]).offset.micros() == ((TimezoneV) a[1]).offset.micros();
      }));
      z.put("__hash__", fn("__hash__", "self", a -> {
        TD t = ((TimezoneV) a[0]).offset;
        return Ops.hash(PyTuple.of(t.days, (long) t.secs, (long) t.us));
      }));
      z.put("__getinitargs__", fn("__getinitargs__", "self", a -> {
        TimezoneV t = (TimezoneV) a[0];
        return t.name == null ? PyTuple.of(t.offset) : PyTuple.of(t.offset, t.name);
      }));
      tzType = cls("timezone", tzinfoType, z);
      utc = new TimezoneV(tzType, zero, null);
      tzType.setAttribute("utc", utc);
      tzType.setAttribute("min", new TimezoneV(tzType, td(-1, 60, 0), null));
      tzType.setAttribute("max", new TimezoneV(tzType, td(0, 86340, 0), null));
    }

    static void checkDtArg(String m, Object o) {
      if (o != NONE && !(o instanceof DateTimeV)) {
        throw Errors.typeError(m + "(dt) argument must be a datetime instance or None, not "
            + Types.typeName(o));
      }
    }

    // -------------------------------------------------------------- date

    static void checkDate(int y, int m, int d) {
      if (y < 1 || y > 9999) {
        throw Errors.valueError("year " + y + " is out of range");
      }
      if (m < 1 || m > 12) {
        throw Errors.valueError("month must be in 1..12");
      }
      if (d < 1 || d > daysInMonth(y, m)) {
        throw Errors.valueError("day is out of range for month");
      }
    }

    static void checkTime(int h, int mi, int s, int us, int fold) {
      if (h < 0 || h > 23) {
        throw Errors.valueError("hour must be in 0..23");
      }
      if (mi < 0 || mi > 59) {
        throw Errors.valueError("minute must be in 0..59");
      }
      if (s < 0 || s > 59) {
        throw Errors.valueError("second must be in 0..59");
      }
      if (us < 0 || us > 999_999) {
        throw Errors.valueError("microsecond must be in 0..999999");
      }
      if (fold != 0 && fold != 1) {
        throw Errors.valueError("fold must be either 0 or 1");
      }
    }

    DateV newDate(PyType cls, int y, int m, int d) {
      checkDate(y, m, d);
      return new DateV(cls, y, m, d);
    }

    DateV dateFromOrd(PyType cls, long ord) {
      if (ord < 1 || ord > MAX_ORD) {
        throw Errors.overflowError("date value out of range");
      }
      LocalDate ld = ordToDate(ord);
      return new DateV(cls, ld.getYear(), ld.getMonthValue(), ld.getDayOfMonth());
    }

    /** The class for results of arithmetic on {@code self}. */
    static PyType resultType(Object self) {
      return Types.typeOf(self);
    }

    DtText.Tm tm(int y, int m, int d, int hh, int mi, int ss, int us) {
      DtText.Tm t = new DtText.Tm();
      t.year = y;
      t.mon = m;
      t.mday = d;
      t.hour = hh;
      t.min = mi;
      t.sec = ss;
      t.usec = us;
      LocalDate ld = LocalDate.of(y, m, d);
      t.wday = ld.getDayOfWeek().getValue() - 1;
      t.yday = ld.getDayOfYear();
      t.epoch = (ld.toEpochDay() * 86400L) + (hh * 3600L + mi * 60L + ss);
      t.micro = true;
      return t;
    }

    Object isoCalendar(int y, int m, int d) {
      LocalDate ld = LocalDate.of(y, m, d);
      return new PyTuple.Sub(isoCalType, new Object[] {(long) ld.get(IsoFields.WEEK_BASED_YEAR),
          (long) ld.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
          (long) ld.getDayOfWeek().getValue()});
    }

    String ctime(int y, int m, int d, int hh, int mi, int ss) {
      return DtText.strftime("%a %b %e %H:%M:%S %Y", tm(y, m, d, hh, mi, ss, 0));
    }

    Object timetuple(int y, int m, int d, int hh, int mi, int ss, int dstFlag) {
      LocalDate ld = LocalDate.of(y, m, d);
      return TimeModule.structTime(new long[] {y, m, d, hh, mi, ss,
          ld.getDayOfWeek().getValue() - 1, ld.getDayOfYear(), dstFlag}, null, null);
    }

    String dateIso(DateV x) {
      return pad(x.y, 4) + "-" + two(x.m) + "-" + two(x.d);
    }

    DateV dateFromIsoCalendar(PyType cls, Object yo, Object wo, Object dayo) {
      int y = intArg(yo);
      int w = intArg(wo);
      int wd = intArg(dayo);
      if (y < 1 || y > 9999) {
        throw Errors.valueError("Year is out of range: " + y);
      }
      if (w <= 0 || w >= 53) {
        boolean has53 = LocalDate.of(y, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 53;
        if (!(w == 53 && has53)) {
          throw Errors.valueError("Invalid week: " + w);
        }
      }
      if (wd <= 0 || wd > 7) {
        throw Errors.valueError("Invalid day: " + wd + " (range is [1, 7])");
      }
      // ordinal of the Monday of ISO week 1
      long jan4 = LocalDate.of(y, 1, 4).toEpochDay() + EPOCH_ORD;
      long firstMonday = jan4 - (LocalDate.of(y, 1, 4).getDayOfWeek().getValue() - 1);
      long ord = firstMonday + (w - 1) * 7L + (wd - 1);
      if (ord < 1 || ord > MAX_ORD) {
        throw Errors.overflowError("date value out of range");
      }
      return dateFromOrd(cls, ord);
    }

    Object dateCompare(Object a, Object b, String op) {
      if (a instanceof DateTimeV || b instanceof DateTimeV) {
        if (op.equals("__eq__") || op.equals("__ne__")) {
          return NI;
        }
        if (b instanceof DateV) {
          Object dt = a instanceof DateTimeV ? a : b;
          Object other = dt == a ? b : a;
          throw Errors.typeError("can't compare " + Types.typeName(dt) + " to "
              + Types.typeName(other));
        }
        return NI;
      }
      if (!(b instanceof DateV)) {
        return NI;
      }
      DateV x = (DateV) a;
      DateV y = (DateV) b;
      int c = Integer.compare(x.y, y.y);
      if (c == 0) {
        c = Integer.compare(x.m, y.m);
      }
      if (c == 0) {
        c = Integer.compare(x.d, y.d);
      }
      return cmpResult(c, op);
    }

    Object dateFormat(Object self, Object spec) {
      if (!(spec instanceof String)) {
        throw Errors.typeError("format() argument 1 must be str, not " + Types.typeName(spec));
      }
      if (((String) spec).isEmpty()) {
        return Ops.str(self);
      }
      return Ops.call(Ops.getAttr(self, "strftime"), new Object[] {spec}, null);
    }

    void buildDate() {
      Map<String, Object> ns = ns();
      ns.put("__new__", new Descriptors.StaticMethod(fn("date", "cls, *args, **kwargs", a -> {
        Object[] v = CArgs.bind(null, new String[] {"year", "month", "day"}, 3, 3,
            (PyTuple) a[1], (dev.moat.runtime.PyDict) a[2]);
        return newDate((PyType) a[0], intArg(v[0]), intArg(v[1]), intArg(v[2]));
      })));
      ns.put("year", new Descriptors.GetSet("year", o -> (long) ((DateV) o).y, null));
      ns.put("month", new Descriptors.GetSet("month", o -> (long) ((DateV) o).m, null));
      ns.put("day", new Descriptors.GetSet("day", o -> (long) ((DateV) o).d, null));
      ns.put("today", cm("today", "cls", a -> {
        long ord = Math.floorDiv(System.currentTimeMillis(), 86_400_000L) + EPOCH_ORD;
        DateV x = dateFromOrd(dateType, ord);
        return (PyType) a[0] == dateType ? x : newDate((PyType) a[0], x.y, x.m, x.d);
      }));
      ns.put("fromtimestamp", cm("fromtimestamp", "cls, timestamp, /", a -> {
        long[] su = splitTimestamp(a[1]);
        long ord = Math.floorDiv(su[0], 86400L) + EPOCH_ORD;
        if (ord < 1 || ord > MAX_ORD) {
          throw Errors.valueError("year " + yearOfOrd(ord) + " is out of range");
        }
        DateV x = dateFromOrd(dateType, ord);
        return newDate((PyType) a[0], x.y, x.m, x.d);
      }));
      ns.put("fromordinal", cm("fromordinal", "cls, ordinal, /", a -> {
        long ord = intArg(a[1]);
        if (ord < 1) {
          throw Errors.valueError("ordinal must be >= 1");
        }
        if (ord > MAX_ORD) {
          throw Errors.valueError("year " + yearOfOrd(ord) + " is out of range");
        }
        DateV x = dateFromOrd(dateType, ord);
        return new DateV((PyType) a[0], x.y, x.m, x.d);
      }));
      ns.put("fromisoformat", cm("fromisoformat", "cls, date_string, /", a -> {
        if (!(a[1] instanceof String)) {
          throw Errors.typeError("fromisoformat: argument must be str");
        }
        String s = (String) a[1];
        int[] ymd = null;
        if (s.length() == 7 || s.length() == 8 || s.length() == 10) {
          ymd = DtIso.parseDate(s, s.length());
        }
        if (ymd == null) {
          throw Errors.valueError("Invalid isoformat string: " + reprStr(s));
        }
        return newDate((PyType) a[0], ymd[0], ymd[1], ymd[2]);
      }));
      ns.put("fromisocalendar", cm("fromisocalendar", "cls, year, week, day",
          a -> {
            DateV x = dateFromIsoCalendar(dateType, a[1], a[2], a[3]);
            return new DateV((PyType) a[0], x.y, x.m, x.d);
          }));
      ns.put("replace", fn("replace", "self, *args, **kwargs", raw -> {
        Object[] v = CArgs.bind("replace()", new String[] {"year", "month", "day"}, 0, 3,
            (PyTuple) raw[1], (dev.moat.runtime.PyDict) raw[2]);
        Object[] a = {raw[0], v[0], v[1], v[2]};
        DateV x = (DateV) a[0];
        int y = a[1] == Signature.MISSING ? x.y : intArg(a[1]);
        int m = a[2] == Signature.MISSING ? x.m : intArg(a[2]);
        int d = a[3] == Signature.MISSING ? x.d : intArg(a[3]);
        return newDate(Types.typeOf(x), y, m, d);
      }));
      ns.put("toordinal", fn("toordinal", "self", a -> ((DateV) a[0]).ordinal()));
      ns.put("weekday", fn("weekday", "self", a -> {
        DateV x = (DateV) a[0];
        return (long) LocalDate.of(x.y, x.m, x.d).getDayOfWeek().getValue() - 1;
      }));
      ns.put("isoweekday", fn("isoweekday", "self", a -> {
        DateV x = (DateV) a[0];
        return (long) LocalDate.of(x.y, x.m, x.d).getDayOfWeek().getValue();
      }));
      ns.put("isocalendar", fn("isocalendar", "self", a -> {
        DateV x = (DateV) a[0];
        return isoCalendar(x.y, x.m, x.d);
      }));
      ns.put("isoformat", fn("isoformat", "self", a -> dateIso((DateV) a[0])));
      ns.put("__str__", fn("__str__", "self",
          a -> Ops.call(Ops.getAttr(a[0], "isoformat"), new Object[0], null)));
      ns.put("__repr__", fn("__repr__", "self", a -> {
        DateV x = (DateV) a[0];
        return prefix(x, dateType) + "(" + x.y + ", " + x.m + ", " + x.d + ")";
      }));
      ns.put("ctime", fn("ctime", "self", a -> {
        DateV x = (DateV) a[0];
        return ctime(x.y, x.m, x.d, 0, 0, 0);
      }));
      ns.put("timetuple", fn("timetuple", "self", a -> {
        DateV x = (DateV) a[0];
        return timetuple(x.y, x.m, x.d, 0, 0, 0, -1);
      }));
      ns.put("strftime", fn("strftime", "self, format", a -> {
        DateV x = (DateV) a[0];
        String f = str(a[1], "strftime() argument 1");
        DtText.Tm t = tm(x.y, x.m, x.d, 0, 0, 0, 0);
        return DtText.strftime(f, t);
      }));
      ns.put("__format__", fn("__format__", "self, fmt, /", a -> dateFormat(a[0], a[1])));
      ns.put("__hash__", fn("__hash__", "self", a -> {
        DateV x = (DateV) a[0];
        return Ops.hash(PyTuple.of((long) x.y, (long) x.m, (long) x.d));
      }));
      for (String op : new String[] {"__eq__", "__ne__", "__lt__", "__le__", "__gt__",
          "__ge__"}) {
        ns.put(op, fn(op, "self, other, /", a -> dateCompare(a[0], a[1], op)));
      }
      BuiltinFunction.Body add = a -> {
        if (!(a[1] instanceof TD)) {
          return NI;
        }
        DateV x = (DateV) a[0];
        return dateFromOrdSub(x, x.ordinal() + ((TD) a[1]).days);
      };
      ns.put("__add__", fn("__add__", "self, other, /", add));
      ns.put("__radd__", fn("__radd__", "self, other, /", add));
      ns.put("__sub__", fn("__sub__", "self, other, /", a -> {
        DateV x = (DateV) a[0];
        if (a[1] instanceof TD) {
          return dateFromOrdSub(x, x.ordinal() - ((TD) a[1]).days);
        }
        if (a[1] instanceof DateV && !(a[1] instanceof DateTimeV)) {
          return td(x.ordinal() - ((DateV) a[1]).ordinal(), 0, 0);
        }
        return NI;
      }));
      immutableCopies(ns);
      dateType = cls("date", null, ns);
      dateType.setAttribute("min", new DateV(dateType, 1, 1, 1));
      dateType.setAttribute("max", new DateV(dateType, 9999, 12, 31));
      dateType.setAttribute("resolution", new TD(tdType, 1, 0, 0));
    }

    DateV dateFromOrdSub(DateV x, long ord) {
      if (ord < 1 || ord > MAX_ORD) {
        throw Errors.overflowError("date value out of range");
      }
      LocalDate ld = ordToDate(ord);
      return new DateV(Types.typeOf(x), ld.getYear(), ld.getMonthValue(), ld.getDayOfMonth());
    }

    static long yearOfOrd(long ord) {
      // the proleptic Gregorian year of any ordinal (for error messages)
      return LocalDate.ofEpochDay(ord - EPOCH_ORD).getYear();
    }

    // -------------------------------------------------------------- time

    String timeIso(int hh, int mi, int ss, int us, String spec) {
      switch (spec) {
        case "auto":
          return us != 0 ? timeIso(hh, mi, ss, us, "microseconds")
              : timeIso(hh, mi, ss, us, "seconds");
        case "hours":
          return two(hh);
        case "minutes":
          return two(hh) + ":" + two(mi);
        case "seconds":
          return two(hh) + ":" + two(mi) + ":" + two(ss);
        case "milliseconds":
          return two(hh) + ":" + two(mi) + ":" + two(ss) + "." + pad(us / 1000, 3);
        case "microseconds":
          return two(hh) + ":" + two(mi) + ":" + two(ss) + "." + pad(us, 6);
        default:
          throw Errors.valueError("Unknown timespec value");
      }
    }

    TimeV newTime(PyType cls, Object[] a, int from) {
      int h = intArg(a[from]);
      int mi = intArg(a[from + 1]);
      int s = intArg(a[from + 2]);
      int us = intArg(a[from + 3]);
      Object tz = checkTz(a[from + 4]);
      int fold = intArg(a[from + 5]);
      checkTime(h, mi, s, us, fold);
      return new TimeV(cls, h, mi, s, us, tz, fold);
    }

    String timeRepr(TimeV t) {
      StringBuilder b = new StringBuilder(prefix(t, timeType)).append('(').append(t.hh)
          .append(", ").append(t.mi);
      if (t.ss != 0 || t.us != 0) {
        b.append(", ").append(t.ss);
      }
      if (t.us != 0) {
        b.append(", ").append(t.us);
      }
      if (t.fold != 0) {
        b.append(", fold=1");
      }
      if (t.tz != null) {
        b.append(", tzinfo=").append(Ops.repr(t.tz));
      }
      return b.append(')').toString();
    }

    Object timeCompare(Object a, Object b, String op) {
      if (!(b instanceof TimeV)) {
        return NI;
      }
      TimeV x = (TimeV) a;
      TimeV y = (TimeV) b;
      long mx = x.dayMicros();
      long my = y.dayMicros();
      if (x.tz != y.tz) {
        TD ox = tzCall(x.tz, "utcoffset", NONE);
        TD oy = tzCall(y.tz, "utcoffset", NONE);
        if ((ox == null) != (oy == null)) {
          if (op.equals("__eq__")) {
            return false;
          }
          if (op.equals("__ne__")) {
            return true;
          }
          throw Errors.typeError("can't compare offset-naive and offset-aware times");
        }
        if (ox != null) {
          mx -= ox.micros();
          my -= oy.micros();
        }
      }
      return cmpResult(Long.compare(mx, my), op);
    }

    void buildTime() {
      Map<String, Object> ns = ns();
      ns.put("__new__", new Descriptors.StaticMethod(fn("time", "cls, *args, **kwargs", a -> {
        Object[] v = CArgs.bind(null, new String[] {"hour", "minute", "second", "microsecond",
            "tzinfo", "fold"}, 0, 5, (PyTuple) a[1], (dev.moat.runtime.PyDict) a[2]);
        Object[] dflt = {0L, 0L, 0L, 0L, NONE, 0L};
        for (int i = 0; i < 6; i++) {
          v[i] = CArgs.or(v[i], dflt[i]);
        }
        return newTime((PyType) a[0], v, 0);
      })));
      ns.put("hour", new Descriptors.GetSet("hour", o -> (long) ((TimeV) o).hh, null));
      ns.put("minute", new Descriptors.GetSet("minute", o -> (long) ((TimeV) o).mi, null));
      ns.put("second", new Descriptors.GetSet("second", o -> (long) ((TimeV) o).ss, null));
      ns.put("microsecond", new Descriptors.GetSet("microsecond",
          o -> (long) ((TimeV) o).us, null));
      ns.put("tzinfo", new Descriptors.GetSet("tzinfo", o -> tzObj(((TimeV) o).tz), null));
      ns.put("fold", new Descriptors.GetSet("fold", o -> (long) ((TimeV) o).fold, null));
      ns.put("replace", fn("replace", "self, *args, **kwargs", raw -> {
            Object[] b = CArgs.bind("replace()", new String[] {"hour", "minute", "second",
                "microsecond", "tzinfo", "fold"}, 0, 5, (PyTuple) raw[1],
                (dev.moat.runtime.PyDict) raw[2]);
            Object[] a = {raw[0], b[0], b[1], b[2], b[3], b[4], b[5]};
            TimeV t = (TimeV) a[0];
            Object[] v = {a[1], a[2], a[3], a[4], a[5], a[6]};
            Object[] cur = {(long) t.hh, (long) t.mi, (long) t.ss, (long) t.us, tzObj(t.tz),
                (long) t.fold};
            for (int i = 0; i < 6; i++) {
              if (v[i] == Signature.MISSING) {
                v[i] = cur[i];
              }
            }
            return newTime(Types.typeOf(t), v, 0);
          }));
      ns.put("isoformat", fn("isoformat", "self, timespec='auto'", a -> {
        TimeV t = (TimeV) a[0];
        String s = timeIso(t.hh, t.mi, t.ss, t.us, str(a[1], "isoformat() argument 1"));
        TD off = tzCall(t.tz, "utcoffset", NONE);
        return off == null ? s : s + fmtOffset(off, ":");
      }));
      ns.put("__str__", fn("__str__", "self",
          a -> Ops.call(Ops.getAttr(a[0], "isoformat"), new Object[0], null)));
      ns.put("__repr__", fn("__repr__", "self", a -> timeRepr((TimeV) a[0])));
      ns.put("fromisoformat", cm("fromisoformat", "cls, time_string, /", a -> {
        if (!(a[1] instanceof String)) {
          throw Errors.typeError("fromisoformat: argument must be str");
        }
        String s = (String) a[1];
        String body = s.startsWith("T") ? s.substring(1) : s;
        long[] r = DtIso.parseTime(body);
        if (r == null) {
          throw Errors.valueError("Invalid isoformat string: " + reprStr(s));
        }
        Object tz = r[4] == 0 ? null : isoTz(r[5]);
        checkTime((int) r[0], (int) r[1], (int) r[2], (int) r[3], 0);
        return new TimeV((PyType) a[0], (int) r[0], (int) r[1], (int) r[2], (int) r[3], tz, 0);
      }));
      ns.put("utcoffset", fn("utcoffset", "self", a -> {
        TD r = tzCall(((TimeV) a[0]).tz, "utcoffset", NONE);
        return r == null ? NONE : r;
      }));
      ns.put("dst", fn("dst", "self", a -> {
        TD r = tzCall(((TimeV) a[0]).tz, "dst", NONE);
        return r == null ? NONE : r;
      }));
      ns.put("tzname", fn("tzname", "self", a -> tzName(((TimeV) a[0]).tz, NONE)));
      ns.put("strftime", fn("strftime", "self, format", a -> {
        TimeV t = (TimeV) a[0];
        String f = str(a[1], "strftime() argument 1");
        DtText.Tm tm = tm(1900, 1, 1, t.hh, t.mi, t.ss, t.us);
        fillZone(tm, t.tz, NONE);
        return DtText.strftime(f, tm);
      }));
      ns.put("__format__", fn("__format__", "self, fmt, /", a -> dateFormat(a[0], a[1])));
      ns.put("__hash__", fn("__hash__", "self", a -> {
        TimeV t = (TimeV) a[0];
        TD off = tzCall(t.tz, "utcoffset", NONE);
        long m = t.dayMicros() - (off == null ? 0 : off.micros());
        return Ops.hash(m);
      }));
      for (String op : new String[] {"__eq__", "__ne__", "__lt__", "__le__", "__gt__",
          "__ge__"}) {
        ns.put(op, fn(op, "self, other, /", a -> timeCompare(a[0], a[1], op)));
      }
      immutableCopies(ns);
      timeType = cls("time", null, ns);
      timeType.setAttribute("min", new TimeV(timeType, 0, 0, 0, 0, null, 0));
      timeType.setAttribute("max", new TimeV(timeType, 23, 59, 59, 999_999, null, 0));
      timeType.setAttribute("resolution", new TD(tdType, 0, 0, 1));
    }

    Object isoTz(long offUs) {
      if (offUs == 0) {
        return utc;
      }
      return newTimezone(tzType, tdMicros(offUs), null);
    }

    void fillZone(DtText.Tm tm, Object tz, Object arg) {
      TD off = tzCall(tz, "utcoffset", arg);
      if (off != null) {
        tm.offset = fmtOffset(off, "");
      }
      Object name = tzName(tz, arg);
      if (name instanceof String) {
        tm.zone = (String) name;
      }
    }

    // -------------------------------------------------------------- datetime

    DateTimeV newDt(PyType cls, int y, int m, int d, int hh, int mi, int ss, int us, Object tz,
        int fold) {
      checkDate(y, m, d);
      checkTime(hh, mi, ss, us, fold);
      return new DateTimeV(cls, y, m, d, hh, mi, ss, us, tz, fold);
    }

    /** A datetime from wall microseconds since 0001-01-01, or OverflowError. */
    DateTimeV fromWall(PyType cls, long wall, Object tz, int fold) {
      long ord = Math.floorDiv(wall, US_PER_DAY) + 1;
      if (ord < 1 || ord > MAX_ORD) {
        throw Errors.overflowError("date value out of range");
      }
      long dayUs = Math.floorMod(wall, US_PER_DAY);
      LocalDate ld = ordToDate(ord);
      long s = dayUs / 1_000_000;
      return new DateTimeV(cls, ld.getYear(), ld.getMonthValue(), ld.getDayOfMonth(),
          (int) (s / 3600), (int) (s / 60 % 60), (int) (s % 60), (int) (dayUs % 1_000_000), tz,
          fold);
    }

    DateTimeV addMicros(DateTimeV x, long us) {
      return fromWall(Types.typeOf(x), x.wallMicros() + us, x.tz, 0);
    }

    DateTimeV addTd(DateTimeV x, TD t, int sign) {
      // |td| < 1e9 days; wall micros fit comfortably when the result is in range
      if (Math.abs(t.days) > 4_000_000L) {
        throw Errors.overflowError("date value out of range");
      }
      return fromWall(Types.typeOf(x), x.wallMicros() + sign * t.micros(), x.tz, 0);
    }

    TD dtOffset(DateTimeV x) {
      return tzCall(x.tz, "utcoffset", x);
    }

    String dtIso(DateTimeV x, String sep, String spec) {
      String s = dateIso(x) + sep + timeIso(x.hh, x.mi, x.ss, x.us, spec);
      TD off = dtOffset(x);
      return off == null ? s : s + fmtOffset(off, ":");
    }

    String dtRepr(DateTimeV x) {
      StringBuilder b = new StringBuilder(prefix(x, dtType)).append('(').append(x.y)
          .append(", ").append(x.m).append(", ").append(x.d).append(", ").append(x.hh)
          .append(", ").append(x.mi);
      if (x.ss != 0 || x.us != 0) {
        b.append(", ").append(x.ss);
      }
      if (x.us != 0) {
        b.append(", ").append(x.us);
      }
      if (x.fold != 0) {
        b.append(", fold=1");
      }
      if (x.tz != null) {
        b.append(", tzinfo=").append(Ops.repr(x.tz));
      }
      return b.append(')').toString();
    }

    DateTimeV withFold(DateTimeV x, int fold) {
      return new DateTimeV(x.type(), x.y, x.m, x.d, x.hh, x.mi, x.ss, x.us, x.tz, fold);
    }

    Object dtCompare(DateTimeV x, Object o, String op) {
      boolean eqOp = op.equals("__eq__") || op.equals("__ne__");
      if (!(o instanceof DateTimeV)) {
        if (o instanceof DateV && !eqOp) {
          throw Errors.typeError("can't compare " + Types.typeName(x) + " to "
              + Types.typeName(o));
        }
        return NI;
      }
      DateTimeV y = (DateTimeV) o;
      long mx = x.wallMicros();
      long my = y.wallMicros();
      if (x.tz != y.tz) {
        TD ox = dtOffset(x);
        TD oy = dtOffset(y);
        if ((ox == null) != (oy == null)) {
          if (eqOp) {
            return !op.equals("__eq__");
          }
          throw Errors.typeError("can't compare offset-naive and offset-aware datetimes");
        }
        if (ox != null) {
          if (eqOp) {
            // PEP 495: an offset that depends on fold makes inter-zone equality false
            TD fx = dtOffset(withFold(x, 1 - x.fold));
            TD fy = dtOffset(withFold(y, 1 - y.fold));
            if (fx == null || fy == null || fx.micros() != ox.micros()
                || fy.micros() != oy.micros()) {
              return !op.equals("__eq__");
            }
          }
          mx -= ox.micros();
          my -= oy.micros();
        }
      }
      return cmpResult(Long.compare(mx, my), op);
    }

    long[] splitTimestamp(Object ts) {
      if (isInt(ts)) {
        BigInteger b = bigInt(ts);
        if (b.bitLength() > 62) {
          throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return new long[] {b.longValue(), 0};
      }
      Double f = ts instanceof Double ? (Double) ts : Ops.floatOrNull(ts);
      if (f == null) {
        throw Errors.typeError("'" + Types.typeName(ts) + "' object cannot be interpreted as "
            + "an integer");
      }
      double d = f;
      if (Double.isNaN(d)) {
        throw Errors.valueError("Invalid value NaN (not a number)");
      }
      if (Double.isInfinite(d) || Math.abs(d) > 9.2e18) {
        throw Errors.overflowError("timestamp out of range for platform time_t");
      }
      double ip = d < 0 ? Math.ceil(d) : Math.floor(d);
      double frac = Math.rint((d - ip) * 1e6);
      long secs = (long) ip;
      long us = (long) frac;
      if (us >= 1_000_000) {
        us -= 1_000_000;
        secs++;
      } else if (us < 0) {
        us += 1_000_000;
        secs--;
      }
      return new long[] {secs, us};
    }

    DateTimeV fromUnix(PyType cls, long secs, long us, Object tz) {
      long ord = Math.floorDiv(secs, 86400L) + EPOCH_ORD;
      if (ord < 1 || ord > MAX_ORD) {
        throw Errors.valueError("year " + yearOfOrd(Math.max(-1_000_000_000L,
            Math.min(1_000_000_000L, ord))) + " is out of range");
      }
      long wall = (ord - 1) * US_PER_DAY + Math.floorMod(secs, 86400L) * 1_000_000L + us;
      return fromWall(cls, wall, tz, 0);
    }

    DateTimeV convert(DateTimeV x, Object tz) {
      if (tz == x.tz) {
        return x;
      }
      TD off = dtOffset(x);
      DateTimeV src = x;
      if (off == null) {
        // naive: local time, which is UTC here
        off = zero;
      }
      DateTimeV utcDt = fromWall(Types.typeOf(x), src.wallMicros() - off.micros(), tz, 0);
      if (tz instanceof TimezoneV && Types.typeOf(tz) == tzType) {
        return addMicros(utcDt, ((TimezoneV) tz).offset.micros());
      }
      Object r = Ops.call(Ops.getAttr(tz, "fromutc"), new Object[] {utcDt}, null);
      if (!(r instanceof DateTimeV)) {
        throw Errors.typeError("fromutc: argument must be a datetime");
      }
      return (DateTimeV) r;
    }

    TimezoneV localZone() {
      return new TimezoneV(tzType, zero, "UTC");
    }

    void buildDatetime() {
      Map<String, Object> ns = ns();
      ns.put("__new__", new Descriptors.StaticMethod(fn("datetime", "cls, *args, **kwargs",
          raw -> {
                Object[] v = CArgs.bind(null, new String[] {"year", "month", "day", "hour",
                    "minute", "second", "microsecond", "tzinfo", "fold"}, 3, 8,
                    (PyTuple) raw[1], (dev.moat.runtime.PyDict) raw[2]);
                Object[] dflt = {null, null, null, 0L, 0L, 0L, 0L, NONE, 0L};
                Object[] a = new Object[10];
                a[0] = raw[0];
                for (int i = 0; i < 9; i++) {
                  a[i + 1] = CArgs.or(v[i], dflt[i]);
                }
                int y = intArg(a[1]);
                int m = intArg(a[2]);
                int d = intArg(a[3]);
                TimeV t = newTime(timeType, a, 4);
                return newDt((PyType) a[0], y, m, d, t.hh, t.mi, t.ss, t.us, t.tz, t.fold);
              })));
      ns.put("hour", new Descriptors.GetSet("hour", o -> (long) ((DateTimeV) o).hh, null));
      ns.put("minute", new Descriptors.GetSet("minute", o -> (long) ((DateTimeV) o).mi, null));
      ns.put("second", new Descriptors.GetSet("second", o -> (long) ((DateTimeV) o).ss, null));
      ns.put("microsecond", new Descriptors.GetSet("microsecond",
          o -> (long) ((DateTimeV) o).us, null));
      ns.put("tzinfo", new Descriptors.GetSet("tzinfo", o -> tzObj(((DateTimeV) o).tz), null));
      ns.put("fold", new Descriptors.GetSet("fold", o -> (long) ((DateTimeV) o).fold, null));
      ns.put("now", cm("now", "cls, tz=None", a -> {
        Object tz = checkTz(a[1]);
        Instant now = Instant.now();
        long secs = now.getEpochSecond();
        long us = now.getNano() / 1000;
        PyType cls = (PyType) a[0];
        if (tz == null) {
          return fromUnix(cls, secs, us, null);
        }
        DateTimeV u = fromUnix(cls, secs, us, tz);
        return Ops.call(Ops.getAttr(tz, "fromutc"), new Object[] {u}, null);
      }));
      ns.put("utcnow", cm("utcnow", "cls", a -> {
        Instant now = Instant.now();
        return fromUnix((PyType) a[0], now.getEpochSecond(), now.getNano() / 1000, null);
      }));
      ns.put("today", cm("today", "cls", a -> {
        Instant now = Instant.now();
        return fromUnix((PyType) a[0], now.getEpochSecond(), now.getNano() / 1000, null);
      }));
      ns.put("fromtimestamp", cm("fromtimestamp", "cls, timestamp, tz=None", a -> {
        Object tz = checkTz(a[2]);
        long[] su = splitTimestamp(a[1]);
        PyType cls = (PyType) a[0];
        if (tz == null) {
          return fromUnix(cls, su[0], su[1], null);
        }
        DateTimeV u = fromUnix(cls, su[0], su[1], tz);
        return Ops.call(Ops.getAttr(tz, "fromutc"), new Object[] {u}, null);
      }));
      ns.put("utcfromtimestamp", cm("utcfromtimestamp", "cls, timestamp, /", a -> {
        long[] su = splitTimestamp(a[1]);
        return fromUnix((PyType) a[0], su[0], su[1], null);
      }));
      ns.put("fromordinal", cm("fromordinal", "cls, ordinal, /", a -> {
        long ord = intArg(a[1]);
        if (ord < 1) {
          throw Errors.valueError("ordinal must be >= 1");
        }
        if (ord > MAX_ORD) {
          throw Errors.valueError("year " + yearOfOrd(ord) + " is out of range");
        }
        DateV x = dateFromOrd(dateType, ord);
        return new DateTimeV((PyType) a[0], x.y, x.m, x.d, 0, 0, 0, 0, null, 0);
      }));
      ns.put("fromisocalendar", cm("fromisocalendar", "cls, year, week, day", a -> {
        DateV x = dateFromIsoCalendar(dateType, a[1], a[2], a[3]);
        return new DateTimeV((PyType) a[0], x.y, x.m, x.d, 0, 0, 0, 0, null, 0);
      }));
      ns.put("combine", cm("combine", "cls, date, time, tzinfo=?", a -> {
        if (!(a[1] instanceof DateV)) {
          throw Errors.typeError("combine() argument 1 must be datetime.date, not "
              + Types.typeName(a[1]));
        }
        if (!(a[2] instanceof TimeV)) {
          throw Errors.typeError("combine() argument 2 must be datetime.time, not "
              + Types.typeName(a[2]));
        }
        DateV d = (DateV) a[1];
        TimeV t = (TimeV) a[2];
        Object tz = a[3] == Signature.MISSING ? t.tz : checkTz(a[3]);
        return newDt((PyType) a[0], d.y, d.m, d.d, t.hh, t.mi, t.ss, t.us, tz, t.fold);
      }));
      ns.put("fromisoformat", cm("fromisoformat", "cls, date_string, /", a -> {
        if (!(a[1] instanceof String)) {
          throw Errors.typeError("fromisoformat: argument must be str");
        }
        String s = (String) a[1];
        long[] r = s.length() < 7 ? null : DtIso.parseDateTime(s);
        if (r == null) {
          throw Errors.valueError("Invalid isoformat string: " + reprStr(s));
        }
        checkDate((int) r[0], (int) r[1], (int) r[2]);
        checkTime((int) r[3], (int) r[4], (int) r[5], (int) r[6], 0);
        Object tz = r[7] == 0 ? null : isoTz(r[8]);
        return new DateTimeV((PyType) a[0], (int) r[0], (int) r[1], (int) r[2], (int) r[3],
            (int) r[4], (int) r[5], (int) r[6], tz, 0);
      }));
      ns.put("strptime", cm("strptime", "cls, date_string, format, /", a -> {
        String s = str(a[1], "strptime() argument 1");
        String f = str(a[2], "strptime() argument 2");
        DtText.Parsed p = DtText.strptime(s, f);
        int[] ymd = resolveDate(p);
        Object tz = null;
        if (p.gmtoff != null) {
          TD off = tdMicros(p.gmtoff);
          tz = p.zone != null ? newTimezone(tzType, off, p.zone)
              : newTimezone(tzType, off, null);
        }
        return newDt((PyType) a[0], ymd[0], ymd[1], ymd[2], p.hour, p.minute, p.second,
            p.usec, tz, 0);
      }));
      ns.put("date", fn("date", "self", a -> {
        DateTimeV x = (DateTimeV) a[0];
        return new DateV(dateType, x.y, x.m, x.d);
      }));
      ns.put("time", fn("time", "self", a -> {
        DateTimeV x = (DateTimeV) a[0];
        return new TimeV(timeType, x.hh, x.mi, x.ss, x.us, null, x.fold);
      }));
      ns.put("timetz", fn("timetz", "self", a -> {
        DateTimeV x = (DateTimeV) a[0];
        return new TimeV(timeType, x.hh, x.mi, x.ss, x.us, x.tz, x.fold);
      }));
      ns.put("replace", fn("replace", "self, *args, **kwargs", raw -> {
            Object[] b = CArgs.bind("replace()", new String[] {"year", "month", "day", "hour",
                "minute", "second", "microsecond", "tzinfo", "fold"}, 0, 8, (PyTuple) raw[1],
                (dev.moat.runtime.PyDict) raw[2]);
            Object[] a = new Object[10];
            a[0] = raw[0];
            System.arraycopy(b, 0, a, 1, 9);
            DateTimeV x = (DateTimeV) a[0];
            Object[] cur = {(long) x.y, (long) x.m, (long) x.d, (long) x.hh, (long) x.mi,
                (long) x.ss, (long) x.us, tzObj(x.tz), (long) x.fold};
            Object[] v = new Object[9];
            for (int i = 0; i < 9; i++) {
              v[i] = a[i + 1] == Signature.MISSING ? cur[i] : a[i + 1];
            }
            int y = intArg(v[0]);
            int m = intArg(v[1]);
            int d = intArg(v[2]);
            TimeV t = newTime(timeType, v, 3);
            return newDt(Types.typeOf(x), y, m, d, t.hh, t.mi, t.ss, t.us, t.tz, t.fold);
          }));
      ns.put("isoformat", fn("isoformat", "self, sep='T', timespec='auto'", a -> {
        if (!(a[1] instanceof String) || ((String) a[1]).codePointCount(0,
            ((String) a[1]).length()) != 1) {
          throw Errors.typeError("isoformat() argument 1 must be a unicode character, not "
              + Types.typeName(a[1]));
        }
        return dtIso((DateTimeV) a[0], (String) a[1], str(a[2], "isoformat() argument 2"));
      }));
      ns.put("__str__", fn("__str__", "self", a -> Ops.call(Ops.getAttr(a[0], "isoformat"),
          new Object[] {" "}, null)));
      ns.put("__repr__", fn("__repr__", "self", a -> dtRepr((DateTimeV) a[0])));
      ns.put("utcoffset", fn("utcoffset", "self", a -> {
        TD r = dtOffset((DateTimeV) a[0]);
        return r == null ? NONE : r;
      }));
      ns.put("dst", fn("dst", "self", a -> {
        TD r = tzCall(((DateTimeV) a[0]).tz, "dst", a[0]);
        return r == null ? NONE : r;
      }));
      ns.put("tzname", fn("tzname", "self", a -> tzName(((DateTimeV) a[0]).tz, a[0])));
      ns.put("timestamp", fn("timestamp", "self", a -> {
        DateTimeV x = (DateTimeV) a[0];
        TD off = dtOffset(x);
        if (off == null) {
          long secs = (x.ordinal() - EPOCH_ORD) * 86400L + x.hh * 3600L + x.mi * 60L + x.ss;
          return secs + x.us / 1e6;
        }
        long us = x.wallMicros() - off.micros() - (EPOCH_ORD - 1) * US_PER_DAY;
        return trueDiv(BigInteger.valueOf(us), MILLION);
      }));
      ns.put("timetuple", fn("timetuple", "self", a -> {
        DateTimeV x = (DateTimeV) a[0];
        TD dst = tzCall(x.tz, "dst", x);
        int flag = dst == null ? -1 : dst.isZero() ? 0 : 1;
        return timetuple(x.y, x.m, x.d, x.hh, x.mi, x.ss, flag);
      }));
      ns.put("utctimetuple", fn("utctimetuple", "self", a -> {
        DateTimeV x = (DateTimeV) a[0];
        TD off = dtOffset(x);
        if (off != null) {
          x = fromWall(dtType, x.wallMicros() - off.micros(), null, 0);
        }
        return timetuple(x.y, x.m, x.d, x.hh, x.mi, x.ss, 0);
      }));
      ns.put("ctime", fn("ctime", "self", a -> {
        DateTimeV x = (DateTimeV) a[0];
        return ctime(x.y, x.m, x.d, x.hh, x.mi, x.ss);
      }));
      ns.put("strftime", fn("strftime", "self, format", a -> {
        DateTimeV x = (DateTimeV) a[0];
        String f = str(a[1], "strftime() argument 1");
        DtText.Tm tm = tm(x.y, x.m, x.d, x.hh, x.mi, x.ss, x.us);
        fillZone(tm, x.tz, x);
        return DtText.strftime(f, tm);
      }));
      ns.put("astimezone", fn("astimezone", "self, tz=None", a -> {
        DateTimeV x = (DateTimeV) a[0];
        Object tz;
        if (a[1] == NONE) {
          tz = localZone();
        } else {
          tz = checkTz(a[1]);
        }
        return convert(x, tz);
      }));
      ns.put("__hash__", fn("__hash__", "self", a -> {
        DateTimeV x = (DateTimeV) a[0];
        DateTimeV x0 = x.fold == 0 ? x : withFold(x, 0);
        TD off = dtOffset(x0);
        long w = x0.wallMicros() - (off == null ? 0 : off.micros());
        return Ops.hash(w);
      }));
      for (String op : new String[] {"__eq__", "__ne__", "__lt__", "__le__", "__gt__",
          "__ge__"}) {
        ns.put(op, fn(op, "self, other, /", a -> dtCompare((DateTimeV) a[0], a[1], op)));
      }
      BuiltinFunction.Body add = a -> {
        if (!(a[1] instanceof TD)) {
          return NI;
        }
        return addTd((DateTimeV) a[0], (TD) a[1], 1);
      };
      ns.put("__add__", fn("__add__", "self, other, /", add));
      ns.put("__radd__", fn("__radd__", "self, other, /", add));
      ns.put("__sub__", fn("__sub__", "self, other, /", a -> {
        DateTimeV x = (DateTimeV) a[0];
        if (a[1] instanceof TD) {
          return addTd(x, (TD) a[1], -1);
        }
        if (!(a[1] instanceof DateTimeV)) {
          return NI;
        }
        DateTimeV y = (DateTimeV) a[1];
        long mx = x.wallMicros();
        long my = y.wallMicros();
        if (x.tz != y.tz) {
          TD ox = dtOffset(x);
          TD oy = dtOffset(y);
          if ((ox == null) != (oy == null)) {
            throw Errors.typeError("can't subtract offset-naive and offset-aware datetimes");
          }
          if (ox != null) {
            mx -= ox.micros();
            my -= oy.micros();
          }
        }
        return tdMicros(mx - my);
      }));
      immutableCopies(ns);
      dtType = cls("datetime", dateType, ns);
      dtType.setAttribute("min", new DateTimeV(dtType, 1, 1, 1, 0, 0, 0, 0, null, 0));
      dtType.setAttribute("max", new DateTimeV(dtType, 9999, 12, 31, 23, 59, 59, 999_999, null,
          0));
      dtType.setAttribute("resolution", new TD(tdType, 0, 0, 1));
    }

    /**
     * The date strptime's fields name, resolved as CPython's {@code _strptime} does (defaults
     * 1900-01-01; %j, then %U/%W or %G/%V with a weekday, decide the date when present):
     * {@code [year, month, day, weekday, julian]}.
     */
    static int[] resolveDate(DtText.Parsed p) {
      int year = p.year;
      int month = p.month == -1 ? 1 : p.month;
      int day = p.day == -1 ? 1 : p.day;
      int weekday = p.weekday;
      int julian = p.julian;
      if (year == -1 && p.isoYear != -1) {
        if (p.isoWeek == -1 || weekday == -1) {
          throw Errors.valueError("ISO year directive '%G' must be used with the ISO week "
              + "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
        }
        if (julian != -1) {
          throw Errors.valueError("Day of the year directive '%j' is not compatible with ISO "
              + "year directive '%G'. Use '%Y' instead.");
        }
      } else if (p.weekOfYear == -1 && p.isoWeek != -1) {
        if (weekday == -1) {
          throw Errors.valueError("ISO week directive '%V' must be used with the ISO year "
              + "directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
        }
        throw Errors.valueError("ISO week directive '%V' is incompatible with the year "
            + "directive '%Y'. Use the ISO year '%G' instead.");
      }
      boolean leapFix = false;
      if (year == -1 && month == 2 && day == 29) {
        year = 1904;
        leapFix = true;
      } else if (year == -1) {
        year = 1900;
      }
      if (julian == -1 && weekday != -1) {
        if (p.weekOfYear != -1) {
          checkDate(year, 1, 1);
          int firstWeekday = LocalDate.of(year, 1, 1).getDayOfWeek().getValue() - 1;
          int dayOfWeek = weekday;
          if (p.weekStartsSunday) {
            firstWeekday = (firstWeekday + 1) % 7;
            dayOfWeek = (dayOfWeek + 1) % 7;
          }
          int week0 = (7 - firstWeekday) % 7;
          julian = p.weekOfYear == 0 ? 1 + dayOfWeek - firstWeekday
              : 1 + week0 + 7 * (p.weekOfYear - 1) + dayOfWeek;
        } else if (p.isoYear != -1 && p.isoWeek != -1) {
          int iy = p.isoYear;
          checkDate(iy, 1, 4);
          int correction = LocalDate.of(iy, 1, 4).getDayOfWeek().getValue() + 3;
          int ord = p.isoWeek * 7 + weekday + 1 - correction;
          if (ord < 1) {
            ord += (int) (LocalDate.of(iy, 1, 1).toEpochDay() + EPOCH_ORD);
            iy -= 1;
            checkDate(iy, 1, 1);
            ord -= (int) (LocalDate.of(iy, 1, 1).toEpochDay() + EPOCH_ORD);
          }
          year = iy;
          julian = ord;
        }
        if (julian != -1 && julian <= 0) {
          year -= 1;
          julian += isLeap(year) ? 366 : 365;
        }
      }
      if (julian == -1) {
        checkDate(year, month, day);
        julian = LocalDate.of(year, month, day).getDayOfYear();
      } else {
        checkDate(year, 1, 1);
        long ord = julian - 1 + LocalDate.of(year, 1, 1).toEpochDay() + EPOCH_ORD;
        if (ord < 1 || ord > MAX_ORD) {
          throw Errors.overflowError("date value out of range");
        }
        LocalDate r = ordToDate(ord);
        year = r.getYear();
        month = r.getMonthValue();
        day = r.getDayOfMonth();
      }
      if (weekday == -1) {
        weekday = LocalDate.of(year, month, day).getDayOfWeek().getValue() - 1;
      }
      if (leapFix) {
        year = 1900;
      }
      return new int[] {year, month, day, weekday, julian};
    }

    Object isoCalType() {
      Map<String, Object> ns = new LinkedHashMap<>();
      ns.put("__module__", "datetime");
      String[] f = {"year", "week", "weekday"};
      for (int i = 0; i < 3; i++) {
        int k = i;
        ns.put(f[i], new Descriptors.GetSet(f[i], o -> ((PyTuple) o).get(k), null));
      }
      ns.put("__repr__", fn("__repr__", "self", a -> {
        PyTuple t = (PyTuple) a[0];
        return Types.typeOf(a[0]).typeName() + "(year=" + t.get(0) + ", week=" + t.get(1)
            + ", weekday=" + t.get(2) + ")";
      }));
      PyType t = PyType.createClass("IsoCalendarDate", new PyType[] {Types.TUPLE}, ns);
      t.setTypeName("datetime.IsoCalendarDate");
      return t;
    }

    PyModule module() {
      buildTimedelta();
      buildTzinfo();
      buildDate();
      buildTime();
      buildDatetime();
      isoCalType = (PyType) isoCalType();
      return ModuleBuilder.named("datetime")
          .constant("MINYEAR", 1L)
          .constant("MAXYEAR", 9999L)
          .constant("timedelta", tdType)
          .constant("date", dateType)
          .constant("time", timeType)
          .constant("datetime", dtType)
          .constant("tzinfo", tzinfoType)
          .constant("timezone", tzType)
          .constant("UTC", utc)
          .build();
    }
  }
}
