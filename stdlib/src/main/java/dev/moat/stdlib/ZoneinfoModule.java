package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code zoneinfo}: IANA time zones from the JDK's tz database ({@link ZoneRulesProvider}), as
 * {@code datetime.tzinfo} subclass instances with PEP 495 fold handling for repeated and
 * skipped local times. Abbreviations come from the JDK's names where tzdata uses the same
 * letters, else tzdata's numeric form ({@code +1030}); times before a zone's first transition
 * are {@code LMT}.
 */
public final class ZoneinfoModule implements ModuleProvider {
  private static final Object NONE = PyNone.NONE;
  private static final DateTimeFormatter ABBR = DateTimeFormatter.ofPattern("zzz", Locale.US);
  /** Alphabetic abbreviations that tzdata itself uses (others are numeric there). */
  private static final Set<String> TZDATA_ABBRS = Set.of("UTC", "GMT", "BST", "IST", "WET",
      "WEST", "CET", "CEST", "MET", "MEST", "EET", "EEST", "MSK", "MSD", "EST", "EDT", "CST",
      "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "HDT", "AST", "ADT", "NST", "NDT",
      "JST", "KST", "HKT", "PKT", "SAST", "CAT", "EAT", "WAT", "WIB", "WITA", "WIT", "AEST",
      "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "IDT", "CHST", "SST", "PHT", "PHST");

  @Override
  public Set<String> moduleNames() {
    return Set.of("zoneinfo");
  }

  /** A ZoneInfo instance. */
  static final class ZoneV extends DatetimeModule.TzV {
    final String key;
    final ZoneId zone;
    final ZoneRules rules;

    ZoneV(PyType t, String key, ZoneId zone) {
      super(t);
      this.key = key;
      this.zone = zone;
      this.rules = zone.getRules();
    }
  }

  static Set<String> keys() {
    Set<String> out = new TreeSet<>();
    for (String k : ZoneRulesProvider.getAvailableZoneIds()) {
      if (!k.startsWith("SystemV/")) {
        out.add(k);
      }
    }
    return out;
  }

  @Override
  public PyModule create(String name) {
    return new Impl().module();
  }

  private static final class Impl {
    final DatetimeModule.Impl dt = DatetimeModule.current();
    PyType notFound;
    PyType zoneType;
    final Map<String, ZoneV> cache = new HashMap<>();

    PyException notFound(String key) {
      return new PyException((PyBaseException) Ops.call(notFound,
          new Object[] {"No time zone found with key " + key}, null));
    }

    ZoneV load(PyType cls, Object keyObj) {
      if (!(keyObj instanceof String)) {
        throw Errors.typeError("expected str, bytes or os.PathLike object, not "
            + Types.typeName(keyObj));
      }
      String key = (String) keyObj;
      if (key.startsWith("/")) {
        throw Errors.valueError("ZoneInfo keys may not be absolute paths, got: " + key);
      }
      if (!normalized(key)) {
        throw Errors.valueError("ZoneInfo keys must be normalized relative paths, got: " + key);
      }
      if (key.startsWith("../") || key.equals("..")) {
        throw Errors.valueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: "
            + key);
      }
      if (key.startsWith("SystemV/") || !ZoneRulesProvider.getAvailableZoneIds().contains(key)) {
        throw notFound(key);
      }
      return new ZoneV(cls, key, ZoneId.of(key));
    }

    /** os.path.normpath would leave the key unchanged (no "", ".", ".." inside, no "//"). */
    static boolean normalized(String key) {
      if (key.isEmpty() || key.endsWith("/")) {
        return false;
      }
      String[] parts = key.split("/", -1);
      boolean seenName = false;
      for (String p : parts) {
        if (p.isEmpty() || p.equals(".")) {
          return false;
        }
        if (p.equals("..")) {
          if (seenName) {
            return false;
          }
        } else {
          seenName = true;
        }
      }
      return true;
    }

    /** The instant whose offset, dst and name apply to {@code d}'s wall time (PEP 495). */
    Instant instantFor(ZoneV z, DatetimeModule.DateTimeV d) {
      LocalDateTime ldt = LocalDateTime.of(d.y, d.m, d.d, d.hh, d.mi, d.ss, d.us * 1000);
      List<ZoneOffset> valid = z.rules.getValidOffsets(ldt);
      if (valid.size() == 1) {
        return ldt.toInstant(valid.get(0));
      }
      ZoneOffsetTransition t = z.rules.getTransition(ldt);
      if (t == null) {
        return ldt.toInstant(z.rules.getOffset(ldt));
      }
      return d.fold == 0 ? t.getInstant().minusNanos(1) : t.getInstant();
    }

    ZoneV self(Object o) {
      return (ZoneV) o;
    }

    /** null when dt is None and the zone is not a fixed offset. */
    Instant at(ZoneV z, Object arg) {
      if (arg == NONE) {
        return null;
      }
      if (!(arg instanceof DatetimeModule.DateTimeV)) {
        throw Errors.attributeError("'" + Types.typeName(arg)
            + "' object has no attribute 'toordinal'");
      }
      return instantFor(z, (DatetimeModule.DateTimeV) arg);
    }

    Object offset(ZoneV z, Object arg) {
      Instant i = at(z, arg);
      if (i == null) {
        return z.rules.isFixedOffset() ? dt.td(0, z.rules.getOffset(Instant.EPOCH)
            .getTotalSeconds(), 0) : NONE;
      }
      return dt.td(0, z.rules.getOffset(i).getTotalSeconds(), 0);
    }

    Object dst(ZoneV z, Object arg) {
      Instant i = at(z, arg);
      if (i == null) {
        return z.rules.isFixedOffset() ? dt.td(0, 0, 0) : NONE;
      }
      return dt.td(0, z.rules.getDaylightSavings(i).getSeconds(), 0);
    }

    Object name(ZoneV z, Object arg) {
      Instant i = at(z, arg);
      if (i == null) {
        if (!z.rules.isFixedOffset()) {
          return NONE;
        }
        i = Instant.EPOCH;
      }
      List<ZoneOffsetTransition> ts = z.rules.getTransitions();
      if (!ts.isEmpty() && i.isBefore(ts.get(0).getInstant())) {
        return "LMT";
      }
      String n = ABBR.format(ZonedDateTime.ofInstant(i, z.zone));
      if (TZDATA_ABBRS.contains(n) && plausible(n, z.key)) {
        return n;
      }
      int secs = z.rules.getOffset(i).getTotalSeconds();
      String sign = secs < 0 ? "-" : "+";
      int a = Math.abs(secs) / 60;
      String s = sign + DatetimeModule.two(a / 60);
      return a % 60 == 0 ? s : s + DatetimeModule.two(a % 60);
    }

    /** Letters several regions share: tzdata uses them only where they belong. */
    static boolean plausible(String abbr, String key) {
      switch (abbr) {
        case "IST":
        case "IDT":
          return Set.of("Asia/Kolkata", "Asia/Calcutta", "Europe/Dublin", "Eire",
              "Asia/Jerusalem", "Asia/Tel_Aviv", "Israel").contains(key);
        case "AST":
        case "ADT":
          return key.startsWith("America/") || key.startsWith("Atlantic/")
              || key.startsWith("Canada/");
        default:
          return true;
      }
    }

    Object fromutc(ZoneV z, Object arg) {
      if (!(arg instanceof DatetimeModule.DateTimeV)) {
        throw Errors.typeError("fromutc: argument must be a datetime");
      }
      DatetimeModule.DateTimeV d = (DatetimeModule.DateTimeV) arg;
      if (d.tz != z) {
        throw Errors.valueError("fromutc: dt.tzinfo is not self");
      }
      Instant i = LocalDateTime.of(d.y, d.m, d.d, d.hh, d.mi, d.ss, d.us * 1000)
          .toInstant(ZoneOffset.UTC);
      ZoneOffset off = z.rules.getOffset(i);
      DatetimeModule.DateTimeV local = dt.addMicros(d, off.getTotalSeconds() * 1_000_000L);
      LocalDateTime ldt = LocalDateTime.ofInstant(i, ZoneOffset.UTC).plusSeconds(
          off.getTotalSeconds());
      List<ZoneOffset> valid = z.rules.getValidOffsets(ldt);
      if (valid.size() == 2) {
        ZoneOffsetTransition t = z.rules.getTransition(ldt);
        if (t != null && !i.isBefore(t.getInstant())) {
          return dt.withFold(local, 1);
        }
      }
      return local;
    }

    PyModule module() {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("__module__", "zoneinfo");
      e.put("__doc__", "Exception raised when a ZoneInfo key is not found.");
      notFound = PyType.createClass("ZoneInfoNotFoundError",
          new PyType[] {ExceptionTypes.KEY_ERROR}, e);

      Map<String, Object> ns = new LinkedHashMap<>();
      ns.put("__module__", "zoneinfo");
      ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("ZoneInfo",
          "cls, key", a -> {
            PyType cls = (PyType) a[0];
            String ck = a[1] instanceof String ? cls.qualname() + "\0" + a[1] : null;
            ZoneV z = ck == null ? null : cache.get(ck);
            if (z != null && z.type() == cls) {
              return z;
            }
            z = load(cls, a[1]);
            cache.put(ck, z);
            return z;
          })));
      ns.put("__init__", BuiltinFunction.of("__init__", "self, *args, **kwargs", a -> NONE));
      ns.put("no_cache", new Descriptors.ClassMethod(BuiltinFunction.of("no_cache",
          "cls, key", a -> load((PyType) a[0], a[1]))));
      ns.put("clear_cache", new Descriptors.ClassMethod(BuiltinFunction.of("clear_cache",
          "cls, *, only_keys=None", a -> {
            if (a[1] == NONE) {
              cache.clear();
            } else {
              for (Object k : iterate(a[1])) {
                cache.keySet().removeIf(c -> c.endsWith("\0" + k));
              }
            }
            return NONE;
          })));
      ns.put("key", new Descriptors.GetSet("key", o -> ((ZoneV) o).key, null));
      ns.put("utcoffset", BuiltinFunction.of("utcoffset", "self, dt, /",
          a -> offset(self(a[0]), a[1])));
      ns.put("dst", BuiltinFunction.of("dst", "self, dt, /", a -> dst(self(a[0]), a[1])));
      ns.put("tzname", BuiltinFunction.of("tzname", "self, dt, /",
          a -> name(self(a[0]), a[1])));
      ns.put("fromutc", BuiltinFunction.of("fromutc", "self, dt, /",
          a -> fromutc(self(a[0]), a[1])));
      ns.put("__str__", BuiltinFunction.of("__str__", "self", a -> self(a[0]).key));
      ns.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
        PyType t = Types.typeOf(a[0]);
        String p = t == zoneType ? "zoneinfo.ZoneInfo" : t.qualname();
        return p + "(key=" + Ops.repr(self(a[0]).key) + ")";
      }));
      ns.put("__copy__", BuiltinFunction.of("__copy__", "self", a -> a[0]));
      ns.put("__deepcopy__", BuiltinFunction.of("__deepcopy__", "self, memo, /", a -> a[0]));
      zoneType = PyType.createClass("ZoneInfo", new PyType[] {dt.tzinfoType}, ns);
      return ModuleBuilder.named("zoneinfo")
          .constant("ZoneInfo", zoneType)
          .constant("ZoneInfoNotFoundError", notFound)
          .constant("TZPATH", dev.moat.runtime.PyTuple.EMPTY)
          .function("available_timezones", "", a -> {
            PySet s = new PySet(false);
            for (String k : keys()) {
              s.add(k);
            }
            return s;
          })
          .build();
    }

    static List<Object> iterate(Object o) {
      List<Object> out = new java.util.ArrayList<>();
      dev.moat.runtime.PyIterator it = Ops.iter(o);
      for (Object v = it.next(); v != null; v = it.next()) {
        out.add(v);
      }
      return out;
    }
  }
}
