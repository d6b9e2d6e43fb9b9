package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code time}: clocks, an interruptible {@code sleep} that counts against the run's wall-clock
 * budget, {@code struct_time}, conversions and formatting. The local time zone is UTC (the
 * sandbox never reveals the host's): {@code localtime} equals {@code gmtime} but for the zone
 * name, {@code mktime} is the inverse of {@code gmtime}, {@code timezone} is 0.
 */
public final class TimeModule implements ModuleProvider {
  private static final Object NONE = PyNone.NONE;
  private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
      "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
  private static final Map<PyModule, PyType> STRUCT_TYPES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
  private static final long START = System.nanoTime();

  @Override
  public Set<String> moduleNames() {
    return Set.of("time");
  }

  /** A struct_time of the running interpreter's time module. */
  static Object structTime(long[] nine, String zone, Long gmtoff) {
    PyModule m = DatetimeModule.loadModule("time");
    PyType t = STRUCT_TYPES.get(m);
    if (t == null) {
      throw Errors.runtimeError("time module is not available");
    }
    return make(t, nine, zone, gmtoff);
  }

  private static Object make(PyType t, long[] nine, String zone, Long gmtoff) {
    Object[] items = new Object[9];
    for (int i = 0; i < 9; i++) {
      items[i] = nine[i];
    }
    PyTuple.Sub r = new PyTuple.Sub(t, items);
    r.attributes().put("tm_zone", zone == null ? NONE : zone);
    r.attributes().put("tm_gmtoff", gmtoff == null ? NONE : (Object) gmtoff);
    return r;
  }

  private static PyType structType() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "time");
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("struct_time",
        "cls, sequence, dict=None", a -> {
          List<Object> items = new ArrayList<>();
          PyIterator it = Ops.iter(a[1]);
          for (Object v = it.next(); v != null; v = it.next()) {
            items.add(v);
            if (items.size() > 11) {
              break;
            }
          }
          if (items.size() < 9) {
            throw Errors.typeError("time.struct_time() takes an at least 9-sequence ("
                + items.size() + "-sequence given)");
          }
          if (items.size() > 11) {
            throw Errors.typeError("time.struct_time() takes an at most 11-sequence ("
                + Ops.len(a[1]) + "-sequence given)");
          }
          PyTuple.Sub r = new PyTuple.Sub((PyType) a[0], items.subList(0, 9).toArray());
          r.attributes().put("tm_zone", items.size() > 9 ? items.get(9) : NONE);
          r.attributes().put("tm_gmtoff", items.size() > 10 ? items.get(10) : NONE);
          return r;
        })));
    for (int i = 0; i < 9; i++) {
      int k = i;
      ns.put(FIELDS[i], new Descriptors.GetSet(FIELDS[i], o -> ((PyTuple) o).get(k), null));
    }
    for (String extra : new String[] {"tm_zone", "tm_gmtoff"}) {
      ns.put(extra, new Descriptors.GetSet(extra, o -> {
        Object v = ((PyTuple.Sub) o).attributes().get(extra);
        return v == null ? NONE : v;
      }, null));
    }
    ns.put("n_fields", 11L);
    ns.put("n_sequence_fields", 9L);
    ns.put("n_unnamed_fields", 0L);
    ns.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
      PyTuple t = (PyTuple) a[0];
      StringBuilder b = new StringBuilder("time.struct_time(");
      for (int i = 0; i < 9; i++) {
        b.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(Ops.repr(t.get(i)));
      }
      return b.append(')').toString();
    }));
    ns.put("__reduce__", BuiltinFunction.of("__reduce__", "self", a -> {
      throw Errors.typeError("cannot pickle 'time.struct_time' object");
    }));
    PyType t = PyType.createClass("struct_time", new PyType[] {Types.TUPLE}, ns);
    t.setTypeName("time.struct_time");
    return t;
  }

  private static long floorSecs(Object o) {
    if (o instanceof Long) {
      return (Long) o;
    }
    if (o instanceof Boolean) {
      return ((Boolean) o) ? 1 : 0;
    }
    if (o instanceof BigInteger) {
      throw Errors.overflowError("timestamp out of range for platform time_t");
    }
    Double d = o instanceof Double ? (Double) o : null;
    if (d == null) {
      Object i = Ops.indexOrNull(o);
      if (i != null) {
        return floorSecs(i);
      }
      d = Ops.floatOrNull(o);
    }
    if (d == null) {
      throw Errors.typeError("'" + Types.typeName(o) + "' object cannot be interpreted as an "
          + "integer");
    }
    if (Double.isNaN(d)) {
      throw Errors.valueError("Invalid value NaN (not a number)");
    }
    if (Double.isInfinite(d) || Math.abs(d) > 9.2e18) {
      throw Errors.overflowError("timestamp out of range for platform time_t");
    }
    return (long) Math.floor(d);
  }

  private static Object breakDown(PyType t, Object secsObj, boolean local) {
    long secs = secsObj == NONE ? Math.floorDiv(System.currentTimeMillis(), 1000L)
        : floorSecs(secsObj);
    long days = Math.floorDiv(secs, 86400L);
    long sod = Math.floorMod(secs, 86400L);
    if (days > 2_000_000_000L * 366 || days < -2_000_000_000L * 366) {
      throw Errors.overflowError("timestamp out of range for platform time_t");
    }
    LocalDate ld;
    try {
      ld = LocalDate.ofEpochDay(days);
    } catch (java.time.DateTimeException e) {
      throw Errors.overflowError("timestamp out of range for platform time_t");
    }
    long[] v = {ld.getYear(), ld.getMonthValue(), ld.getDayOfMonth(), sod / 3600, sod / 60 % 60,
        sod % 60, ld.getDayOfWeek().getValue() - 1, ld.getDayOfYear(), 0};
    return make(t, v, local ? "UTC" : "GMT", 0L);
  }

  /** The nine fields of a time tuple argument, checked as CPython's gettmarg does. */
  private static long[] tmArg(Object o, String fname) {
    if (!(o instanceof PyTuple)) {
      throw Errors.typeError("Tuple or struct_time argument required");
    }
    PyTuple t = (PyTuple) o;
    if (t.size() != 9) {
      throw Errors.typeError(fname + "(): illegal time tuple argument");
    }
    long[] v = new long[9];
    for (int i = 0; i < 9; i++) {
      Object x = t.get(i);
      if (x instanceof Double) {
        throw Errors.typeError("'float' object cannot be interpreted as an integer");
      }
      v[i] = Ops.asIndex(x, "'" + Types.typeName(x) + "' object cannot be interpreted as an "
          + "integer");
    }
    return v;
  }

  private static String zoneOf(Object o, String dflt) {
    if (o instanceof PyTuple.Sub) {
      Object z = ((PyTuple.Sub) o).attributes().get("tm_zone");
      if (z instanceof String) {
        return (String) z;
      }
    }
    return dflt;
  }

  /** time.strftime's checks (CPython's checktm, with its messages) and the Tm to format. */
  private static DtText.Tm checkedTm(long[] v, Object tuple, boolean asctime) {
    if (v[1] == 0) {
      v[1] = 1;
    }
    if (v[2] == 0 && !asctime) {
      v[2] = 1;
    }
    if (v[7] == 0) {
      v[7] = 1;
    }
    if (v[1] < 1 || v[1] > 12) {
      throw Errors.valueError("month out of range");
    }
    if (v[2] < 1 || v[2] > 31) {
      throw Errors.valueError("day of month out of range");
    }
    if (v[3] < 0 || v[3] > 23) {
      throw Errors.valueError("hour out of range");
    }
    if (v[4] < 0 || v[4] > 59) {
      throw Errors.valueError("minute out of range");
    }
    if (v[5] < 0 || v[5] > 61) {
      throw Errors.valueError("seconds out of range");
    }
    long sundayBased = (v[6] + 1) % 7;
    if (sundayBased < 0) {
      throw Errors.valueError("day of week out of range");
    }
    if (v[7] < 1 || v[7] > 366) {
      throw Errors.valueError("day of year out of range");
    }
    if (v[8] < -1) {
      v[8] = -1;
    } else if (v[8] > 1) {
      v[8] = 1;
    }
    DtText.Tm t = new DtText.Tm();
    t.year = (int) v[0];
    t.mon = (int) v[1];
    t.mday = (int) v[2];
    t.hour = (int) v[3];
    t.min = (int) v[4];
    t.sec = (int) v[5];
    t.wday = (int) ((sundayBased + 6) % 7);
    t.yday = (int) v[7];
    t.zone = zoneOf(tuple, v[8] < 0 ? "" : "UTC");
    t.offset = v[8] < 0 ? "" : "+0000";
    if (tuple instanceof PyTuple.Sub) {
      Object g = ((PyTuple.Sub) tuple).attributes().get("tm_gmtoff");
      if (g instanceof Long) {
        long off = (Long) g;
        long a = Math.abs(off) / 60;
        t.offset = (off < 0 ? "-" : "+") + DatetimeModule.two(a / 60)
            + DatetimeModule.two(a % 60);
      }
    }
    // mktime in the UTC zone: a positive isdst flag moves the result back an hour (glibc)
    t.epoch = timegm(v) - (v[8] > 0 ? 3600 : 0);
    return t;
  }

  static long timegm(long[] v) {
    long y = v[0];
    long m = v[1];
    // days from civil (proleptic Gregorian), for any year
    long yy = m <= 2 ? y - 1 : y;
    long era = Math.floorDiv(yy, 400);
    long yoe = yy - era * 400;
    long mp = (m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + v[2] - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long days = era * 146097 + doe - 719468;
    return days * 86400 + v[3] * 3600 + v[4] * 60 + v[5];
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long cpuNanos() {
    if (THREADS.isCurrentThreadCpuTimeSupported()) {
      long n = THREADS.getCurrentThreadCpuTime();
      if (n >= 0) {
        return n;
      }
    }
    return System.nanoTime() - START;
  }

  @Override
  public PyModule create(String name) {
    PyType st = structType();
    ModuleBuilder b = ModuleBuilder.named("time")
        .constant("struct_time", st)
        .constant("timezone", 0L)
        .constant("altzone", 0L)
        .constant("daylight", 0L)
        .constant("tzname", PyTuple.of("UTC", "UTC"))
        .function("time", "", a -> {
          Instant n = Instant.now();
          return n.getEpochSecond() + n.getNano() / 1e9;
        })
        .function("time_ns", "", a -> {
          Instant n = Instant.now();
          return Ops.normalizeInt(BigInteger.valueOf(n.getEpochSecond())
              .multiply(BigInteger.valueOf(1_000_000_000L)).add(BigInteger.valueOf(n.getNano())));
        })
        .function("monotonic", "", a -> (System.nanoTime() - START) / 1e9)
        .function("monotonic_ns", "", a -> System.nanoTime() - START)
        .function("perf_counter", "", a -> (System.nanoTime() - START) / 1e9)
        .function("perf_counter_ns", "", a -> System.nanoTime() - START)
        .function("process_time", "", a -> cpuNanos() / 1e9)
        .function("process_time_ns", "", a -> cpuNanos())
        .function("thread_time", "", a -> cpuNanos() / 1e9)
        .function("thread_time_ns", "", a -> cpuNanos())
        .function("sleep", "secs, /", a -> {
          double s;
          if (a[0] instanceof Long || a[0] instanceof Boolean || a[0] instanceof BigInteger) {
            Object i = a[0];
            if (i instanceof BigInteger) {
              if (((BigInteger) i).signum() < 0) {
                throw Errors.valueError("sleep length must be non-negative");
              }
              throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            s = i instanceof Boolean ? (((Boolean) i) ? 1 : 0) : (Long) i;
          } else {
            Double d = Ops.floatOrNull(a[0]);
            if (d == null) {
              throw Errors.typeError("'" + Types.typeName(a[0]) + "' object cannot be "
                  + "interpreted as an integer");
            }
            s = d;
            if (Double.isNaN(s)) {
              throw Errors.valueError("Invalid value NaN (not a number)");
            }
          }
          if (s < 0) {
            throw Errors.valueError("sleep length must be non-negative");
          }
          if (s > 9.2e9) {
            throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
          }
          Budget.sleep((long) Math.ceil(s * 1e9));
          return NONE;
        })
        .function("gmtime", "secs=None, /", a -> breakDown(st, a[0], false))
        .function("localtime", "secs=None, /", a -> breakDown(st, a[0], true))
        .function("mktime", "t, /", a -> {
          long[] v = tmArg(a[0], "mktime");
          return (double) (timegm(v) - (v[8] > 0 ? 3600 : 0));
        })
        .function("asctime", "t=?, /", a -> {
          Object t = a[0] == Signature.MISSING ? breakDown(st, NONE, true) : a[0];
          long[] v = tmArg(t, "asctime");
          DtText.Tm tm = checkedTm(v, t, true);
          return DtText.strftime("%a %b %e %H:%M:%S %Y", tm);
        })
        .function("ctime", "secs=None, /", a -> {
          Object t = breakDown(st, a[0], true);
          return DtText.strftime("%a %b %e %H:%M:%S %Y", checkedTm(tmArg(t, "ctime"), t,
              true));
        })
        .function("strftime", "format, t=?, /", a -> {
          String f = DatetimeModule.str(a[0], "strftime() argument 1");
          Object t = a[1] == Signature.MISSING ? breakDown(st, NONE, true) : a[1];
          long[] v = tmArg(t, "strftime");
          return DtText.strftime(f, checkedTm(v, t, false));
        })
        .function("strptime", "string, format='%a %b %d %H:%M:%S %Y', /", a -> {
          if (!(a[0] instanceof String)) {
            throw Errors.typeError("strptime() argument 0 must be str, not <class '"
                + Types.typeOf(a[0]).qualname() + "'>");
          }
          String s = (String) a[0];
          String f = DatetimeModule.str(a[1], "strptime() argument 1");
          DtText.Parsed p = DtText.strptime(s, f);
          int[] r = DatetimeModule.Impl.resolveDate(p);
          long[] v = {r[0], r[1], r[2], p.hour, p.minute, p.second, r[3], r[4],
              p.zone != null ? 0 : -1};
          Long off = p.gmtoff == null ? null : Math.floorDiv(p.gmtoff, 1_000_000L);
          return make(st, v, p.zone, off);
        });
    PyModule m = b.build();
    STRUCT_TYPES.put(m, st);
    return m;
  }
}
