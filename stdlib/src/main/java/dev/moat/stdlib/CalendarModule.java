package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code calendar}: month and year calendars as data and as text (English names, the C
 * locale), {@code Calendar} and {@code TextCalendar} (subclassable: the text methods call each
 * other through the instance, so overriding {@code formatday} or {@code formatweek} works), and
 * the module-level helpers bound to a per-interpreter {@code TextCalendar}.
 */
public final class CalendarModule implements ModuleProvider {
  private static final Object NONE = PyNone.NONE;

  @Override
  public Set<String> moduleNames() {
    return Set.of("calendar");
  }

  /** A Calendar instance: only its first weekday is Java state. */
  static final class CalV extends PyInstance {
    long firstweekday;

    CalV(PyType t) {
      super(t);
    }
  }

  @Override
  public PyModule create(String name) {
    return new Impl().module();
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  static boolean isLeap(long y) {
    return Math.floorMod(y, 4) == 0 && (Math.floorMod(y, 100) != 0 || Math.floorMod(y, 400) == 0);
  }

  static long longArg(Object o) {
    if (o instanceof Long) {
      return (Long) o;
    }
    if (o instanceof Boolean) {
      return ((Boolean) o) ? 1 : 0;
    }
    if (o instanceof Double) {
      throw Errors.typeError("'float' object cannot be interpreted as an integer");
    }
    Object i = Ops.indexOrNull(o);
    if (i instanceof Long) {
      return (Long) i;
    }
    if (i instanceof BigInteger) {
      throw Errors.overflowError("Python int too large to convert to C long");
    }
    throw Errors.typeError("'" + Types.typeName(o) + "' object cannot be interpreted as an "
        + "integer");
  }

  /** Python's str.center. */
  static String center(String s, long width) {
    int n = s.codePointCount(0, s.length());
    if (width <= n) {
      return s;
    }
    Budget.reserveMemory(width * 2);
    long marg = width - n;
    long left = marg / 2 + (marg & width & 1);
    StringBuilder b = new StringBuilder();
    for (long i = 0; i < left; i++) {
      b.append(' ');
    }
    b.append(s);
    for (long i = left + n; i < width; i++) {
      b.append(' ');
    }
    return b.toString();
  }

  static String rstrip(String s) {
    int e = s.length();
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(0, e);
  }

  static String repeat(String s, long n) {
    if (n <= 0) {
      return "";
    }
    Budget.reserveMemory(n * s.length() * 2);
    return s.repeat((int) Math.min(n, Integer.MAX_VALUE));
  }

  private static final class Impl {
    PyType monthError;
    PyType weekdayError;
    PyType calType;
    PyType textType;
    Object defaultCal;

    PyException illegalMonth(Object month) {
      return new PyException((PyBaseException) Ops.call(monthError, new Object[] {month}, null));
    }

    PyException illegalWeekday(Object wd) {
      return new PyException((PyBaseException) Ops.call(weekdayError, new Object[] {wd}, null));
    }

    int month(Object o) {
      long m = longArg(o);
      if (m < 1 || m > 12) {
        throw illegalMonth(o);
      }
      return (int) m;
    }

    /** The weekday (0 = Monday) of a date; years outside 1..9999 map into the 400-year cycle. */
    static int weekday(long y, int m, int d) {
      if (y < 1 || y > 9999) {
        y = 2000 + Math.floorMod(y, 400);
      }
      DatetimeModule.Impl.checkDate((int) y, m, d);
      return LocalDate.of((int) y, m, d).getDayOfWeek().getValue() - 1;
    }

    int[] monthrange(Object yo, Object mo) {
      long y = longArg(yo);
      int m = month(mo);
      int first = weekday(y, m, 1);
      int nd = m == 2 && isLeap(y) ? 29 : new int[] {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
          30, 31}[m];
      return new int[] {first, nd};
    }

    static long fw(Object self) {
      return Math.floorMod(((CalV) self).firstweekday, 7L);
    }

    /** (year, month, day) triples covering whole weeks around the month. */
    List<long[]> days3(Object self, Object yo, Object mo) {
      long y = longArg(yo);
      int[] r = monthrange(yo, mo);
      int m = (int) longArg(mo);
      long f = fw(self);
      int before = (int) Math.floorMod(r[0] - f, 7);
      int after = (int) Math.floorMod(f - r[0] - r[1], 7);
      List<long[]> out = new ArrayList<>();
      long py = m == 1 ? y - 1 : y;
      int pm = m == 1 ? 12 : m - 1;
      int pdays = monthrange(py, (long) pm)[1];
      for (int i = before; i > 0; i--) {
        out.add(new long[] {py, pm, pdays - i + 1});
      }
      for (int d = 1; d <= r[1]; d++) {
        out.add(new long[] {y, m, d});
      }
      long ny = m == 12 ? y + 1 : y;
      int nm = m == 12 ? 1 : m + 1;
      for (int d = 1; d <= after; d++) {
        out.add(new long[] {ny, nm, d});
      }
      return out;
    }

    /** Day numbers (0 outside the month) of whole weeks. */
    List<Long> days(Object self, Object yo, Object mo) {
      int[] r = monthrange(yo, mo);
      long f = fw(self);
      int before = (int) Math.floorMod(r[0] - f, 7);
      int after = (int) Math.floorMod(f - r[0] - r[1], 7);
      List<Long> out = new ArrayList<>();
      for (int i = 0; i < before; i++) {
        out.add(0L);
      }
      for (long d = 1; d <= r[1]; d++) {
        out.add(d);
      }
      for (int i = 0; i < after; i++) {
        out.add(0L);
      }
      Budget.chargeSteps(out.size());
      return out;
    }

    List<Object> days2(Object self, Object yo, Object mo) {
      List<Long> ds = days(self, yo, mo);
      List<Object> out = new ArrayList<>();
      long f = fw(self);
      for (int i = 0; i < ds.size(); i++) {
        out.add(PyTuple.of(ds.get(i), (f + i) % 7));
      }
      return out;
    }

    List<Object> dates(Object self, Object yo, Object mo) {
      DatetimeModule.Impl dt = DatetimeModule.current();
      List<Object> out = new ArrayList<>();
      for (long[] t : days3(self, yo, mo)) {
        out.add(dt.newDate(dt.dateType, (int) t[0], (int) t[1], (int) t[2]));
      }
      return out;
    }

    static PyList weeks(List<?> items) {
      PyList rows = new PyList();
      for (int i = 0; i < items.size(); i += 7) {
        rows.append(PyList.of(items.subList(i, Math.min(items.size(), i + 7)).toArray()));
      }
      return rows;
    }

    Object yearOf(Object self, Object year, Object width, String what) {
      long w = longArg(width);
      List<Object> months = new ArrayList<>();
      for (long m = 1; m <= 12; m++) {
        months.add(Ops.call(Ops.getAttr(self, what), new Object[] {year, m}, null));
      }
      PyList out = new PyList();
      if (w <= 0) {
        throw Errors.valueError("range() arg 3 must not be zero");
      }
      for (int i = 0; i < 12; i += (int) Math.min(w, 12)) {
        out.append(PyList.of(months.subList(i, (int) Math.min(12, i + w)).toArray()));
      }
      return out;
    }

    static Object call(Object self, String name, Object... args) {
      return Ops.call(Ops.getAttr(self, name), args, null);
    }

    static String callStr(Object self, String name, Object... args) {
      return Ops.str(call(self, name, args));
    }

    void buildCalendar() {
      Map<String, Object> ns = new LinkedHashMap<>();
      ns.put("__module__", "calendar");
      ns.put("__new__", new Descriptors.StaticMethod(fn("Calendar", "cls, *args, **kwargs",
          a -> new CalV((PyType) a[0]))));
      ns.put("__init__", fn("__init__", "self, firstweekday=0", a -> {
        ((CalV) a[0]).firstweekday = longArg(a[1]);
        return NONE;
      }));
      ns.put("getfirstweekday", fn("getfirstweekday", "self", a -> fw(a[0])));
      ns.put("setfirstweekday", fn("setfirstweekday", "self, firstweekday", a -> {
        ((CalV) a[0]).firstweekday = longArg(a[1]);
        return NONE;
      }));
      ns.put("firstweekday", new Descriptors.GetSet("firstweekday", CalendarModule.Impl::fw,
          (o, v) -> ((CalV) o).firstweekday = longArg(v)));
      ns.put("iterweekdays", fn("iterweekdays", "self", a -> {
        long f = ((CalV) a[0]).firstweekday;
        Object[] r = new Object[7];
        for (int i = 0; i < 7; i++) {
          r[i] = Math.floorMod(f + i, 7L);
        }
        return Ops.iter(PyList.of(r));
      }));
      ns.put("itermonthdates", fn("itermonthdates", "self, year, month",
          a -> Ops.iter(PyList.of(dates(a[0], a[1], a[2]).toArray()))));
      ns.put("itermonthdays", fn("itermonthdays", "self, year, month",
          a -> Ops.iter(PyList.of(days(a[0], a[1], a[2]).toArray()))));
      ns.put("itermonthdays2", fn("itermonthdays2", "self, year, month",
          a -> Ops.iter(PyList.of(days2(a[0], a[1], a[2]).toArray()))));
      ns.put("itermonthdays3", fn("itermonthdays3", "self, year, month", a -> {
        List<Object> out = new ArrayList<>();
        for (long[] t : days3(a[0], a[1], a[2])) {
          out.add(PyTuple.of(t[0], t[1], t[2]));
        }
        return Ops.iter(PyList.of(out.toArray()));
      }));
      ns.put("itermonthdays4", fn("itermonthdays4", "self, year, month", a -> {
        List<Object> out = new ArrayList<>();
        long f = fw(a[0]);
        int i = 0;
        for (long[] t : days3(a[0], a[1], a[2])) {
          out.add(PyTuple.of(t[0], t[1], t[2], (f + i++) % 7));
        }
        return Ops.iter(PyList.of(out.toArray()));
      }));
      ns.put("monthdatescalendar", fn("monthdatescalendar", "self, year, month",
          a -> weeks(dates(a[0], a[1], a[2]))));
      ns.put("monthdays2calendar", fn("monthdays2calendar", "self, year, month",
          a -> weeks(days2(a[0], a[1], a[2]))));
      ns.put("monthdayscalendar", fn("monthdayscalendar", "self, year, month",
          a -> weeks(days(a[0], a[1], a[2]))));
      ns.put("yeardatescalendar", fn("yeardatescalendar", "self, year, width=3",
          a -> yearOf(a[0], a[1], a[2], "monthdatescalendar")));
      ns.put("yeardays2calendar", fn("yeardays2calendar", "self, year, width=3",
          a -> yearOf(a[0], a[1], a[2], "monthdays2calendar")));
      ns.put("yeardayscalendar", fn("yeardayscalendar", "self, year, width=3",
          a -> yearOf(a[0], a[1], a[2], "monthdayscalendar")));
      calType = PyType.createClass("Calendar", new PyType[0], ns);

      Map<String, Object> t = new LinkedHashMap<>();
      t.put("__module__", "calendar");
      t.put("formatday", fn("formatday", "self, day, weekday, width", a -> {
        long d = longArg(a[1]);
        String s = d == 0 ? "" : (d < 10 && d >= 0 ? " " + d : Long.toString(d));
        return center(s, longArg(a[3]));
      }));
      t.put("formatweek", fn("formatweek", "self, theweek, width", a -> {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (Object item : iterate(a[1])) {
          PyTuple dw = (PyTuple) item;
          if (!first) {
            b.append(' ');
          }
          first = false;
          b.append(callStr(a[0], "formatday", dw.get(0), dw.get(1), a[2]));
        }
        return b.toString();
      }));
      t.put("formatweekday", fn("formatweekday", "self, day, width", a -> {
        long w = longArg(a[2]);
        int d = (int) Math.floorMod(longArg(a[1]), 7);
        String n = w >= 9 ? DtText.DAYS[d] : DtText.DAYS[d].substring(0, 3);
        if (n.length() > w) {
          n = n.substring(0, (int) Math.max(0, w));
        }
        return center(n, w);
      }));
      t.put("formatweekheader", fn("formatweekheader", "self, width", a -> {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (Object i : iterate(call(a[0], "iterweekdays"))) {
          if (!first) {
            b.append(' ');
          }
          first = false;
          b.append(callStr(a[0], "formatweekday", i, a[1]));
        }
        return b.toString();
      }));
      t.put("formatmonthname", fn("formatmonthname",
          "self, theyear, themonth, width, withyear=True", a -> {
            long m = longArg(a[2]);
            if (m < 0 || m > 12) {
              throw Errors.indexError("list index out of range");
            }
            String s = m == 0 ? "" : DtText.MONTHS[(int) m - 1];
            if (Ops.truth(a[4])) {
              s = s + " " + Ops.repr(a[1]);
            }
            return center(s, longArg(a[3]));
          }));
      t.put("formatmonth", fn("formatmonth", "self, theyear, themonth, w=0, l=0", a -> {
        long w = Math.max(2, longArg(a[3]));
        long l = Math.max(1, longArg(a[4]));
        StringBuilder s = new StringBuilder();
        s.append(rstrip(callStr(a[0], "formatmonthname", a[1], a[2], 7 * (w + 1) - 1)));
        s.append(repeat("\n", l));
        s.append(rstrip(callStr(a[0], "formatweekheader", w)));
        s.append(repeat("\n", l));
        for (Object week : iterate(call(a[0], "monthdays2calendar", a[1], a[2]))) {
          s.append(rstrip(callStr(a[0], "formatweek", week, w)));
          s.append(repeat("\n", l));
        }
        return s.toString();
      }));
      t.put("prmonth", fn("prmonth", "self, theyear, themonth, w=0, l=0", a -> {
        print(callStr(a[0], "formatmonth", a[1], a[2], a[3], a[4]));
        return NONE;
      }));
      t.put("formatyear", fn("formatyear", "self, theyear, w=2, l=1, c=6, m=3", a -> {
        long w = Math.max(2, longArg(a[2]));
        long l = Math.max(1, longArg(a[3]));
        long c = Math.max(2, longArg(a[4]));
        long m = longArg(a[5]);
        long colwidth = (w + 1) * 7 - 1;
        StringBuilder v = new StringBuilder();
        v.append(rstrip(center(Ops.repr(a[1]), colwidth * m + c * (m - 1))));
        v.append(repeat("\n", l));
        String header = callStr(a[0], "formatweekheader", w);
        int i = 0;
        for (Object rowObj : iterate(call(a[0], "yeardays2calendar", a[1], m))) {
          List<Object> row = iterate(rowObj);
          List<Long> months = new ArrayList<>();
          for (long k = m * i + 1; k < Math.min(m * (i + 1) + 1, 13); k++) {
            months.add(k);
          }
          v.append(repeat("\n", l));
          List<String> names = new ArrayList<>();
          for (Long k : months) {
            names.add(callStr(a[0], "formatmonthname", a[1], k, colwidth, false));
          }
          v.append(rstrip(formatstring(names, colwidth, c)));
          v.append(repeat("\n", l));
          List<String> headers = new ArrayList<>();
          for (int k = 0; k < months.size(); k++) {
            headers.add(header);
          }
          v.append(rstrip(formatstring(headers, colwidth, c)));
          v.append(repeat("\n", l));
          int height = 0;
          List<List<Object>> cals = new ArrayList<>();
          for (Object cal : row) {
            List<Object> weeks = iterate(cal);
            cals.add(weeks);
            height = Math.max(height, weeks.size());
          }
          for (int j = 0; j < height; j++) {
            List<String> ws = new ArrayList<>();
            for (List<Object> cal : cals) {
              ws.add(j >= cal.size() ? "" : callStr(a[0], "formatweek", cal.get(j), w));
            }
            v.append(rstrip(formatstring(ws, colwidth, c)));
            v.append(repeat("\n", l));
          }
          i++;
        }
        return v.toString();
      }));
      t.put("pryear", fn("pryear", "self, theyear, w=0, l=0, c=6, m=3", a -> {
        print(callStr(a[0], "formatyear", a[1], a[2], a[3], a[4], a[5]));
        return NONE;
      }));
      t.put("prweek", fn("prweek", "self, theweek, width", a -> {
        print(callStr(a[0], "formatweek", a[1], a[2]));
        return NONE;
      }));
      textType = PyType.createClass("TextCalendar", new PyType[] {calType}, t);
    }

    PyType htmlType;

    static String attrStr(Object self, String name) {
      return Ops.str(Ops.getAttr(self, name));
    }

    static String cssFor(Object self, String listAttr, Object day) {
      return Ops.str(Ops.getItem(Ops.getAttr(self, listAttr), day));
    }

    void buildHtml() {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("__module__", "calendar");
      t.put("cssclasses", PyList.of("mon", "tue", "wed", "thu", "fri", "sat", "sun"));
      t.put("cssclasses_weekday_head", PyList.of("mon", "tue", "wed", "thu", "fri", "sat",
          "sun"));
      t.put("cssclass_noday", "noday");
      t.put("cssclass_month_head", "month");
      t.put("cssclass_month", "month");
      t.put("cssclass_year_head", "year");
      t.put("cssclass_year", "year");
      t.put("formatday", fn("formatday", "self, day, weekday", a -> {
        if (longArg(a[1]) == 0) {
          return "<td class=\"" + attrStr(a[0], "cssclass_noday") + "\">&nbsp;</td>";
        }
        return "<td class=\"" + cssFor(a[0], "cssclasses", a[2]) + "\">" + longArg(a[1])
            + "</td>";
      }));
      t.put("formatweek", fn("formatweek", "self, theweek", a -> {
        StringBuilder b = new StringBuilder("<tr>");
        for (Object item : iterate(a[1])) {
          PyTuple dw = (PyTuple) item;
          b.append(callStr(a[0], "formatday", dw.get(0), dw.get(1)));
        }
        return b.append("</tr>").toString();
      }));
      t.put("formatweekday", fn("formatweekday", "self, day", a -> {
        int d = (int) Math.floorMod(longArg(a[1]), 7L);
        return "<th class=\"" + cssFor(a[0], "cssclasses_weekday_head", a[1]) + "\">"
            + DtText.DAYS[d].substring(0, 3) + "</th>";
      }));
      t.put("formatweekheader", fn("formatweekheader", "self", a -> {
        StringBuilder b = new StringBuilder("<tr>");
        for (Object i : iterate(call(a[0], "iterweekdays"))) {
          b.append(callStr(a[0], "formatweekday", i));
        }
        return b.append("</tr>").toString();
      }));
      t.put("formatmonthname", fn("formatmonthname", "self, theyear, themonth, withyear=True",
          a -> {
            long m = longArg(a[2]);
            if (m < 0 || m > 12) {
              throw Errors.indexError("list index out of range");
            }
            String s = m == 0 ? "" : DtText.MONTHS[(int) m - 1];
            if (Ops.truth(a[3])) {
              s = s + " " + Ops.str(a[1]);
            }
            return "<tr><th colspan=\"7\" class=\"" + attrStr(a[0], "cssclass_month_head")
                + "\">" + s + "</th></tr>";
          }));
      t.put("formatmonth", fn("formatmonth", "self, theyear, themonth, withyear=True", a -> {
        StringBuilder v = new StringBuilder();
        v.append("<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" class=\"")
            .append(attrStr(a[0], "cssclass_month")).append("\">\n");
        v.append(callStr(a[0], "formatmonthname", a[1], a[2], a[3])).append('\n');
        v.append(callStr(a[0], "formatweekheader")).append('\n');
        for (Object week : iterate(call(a[0], "monthdays2calendar", a[1], a[2]))) {
          v.append(callStr(a[0], "formatweek", week)).append('\n');
        }
        return v.append("</table>\n").toString();
      }));
      t.put("formatyear", fn("formatyear", "self, theyear, width=3", a -> {
        long width = Math.max(longArg(a[2]), 1);
        StringBuilder v = new StringBuilder();
        v.append("<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" class=\"")
            .append(attrStr(a[0], "cssclass_year")).append("\">\n");
        v.append("<tr><th colspan=\"").append(width).append("\" class=\"")
            .append(attrStr(a[0], "cssclass_year_head")).append("\">").append(Ops.str(a[1]))
            .append("</th></tr>");
        for (long i = 1; i <= 12; i += width) {
          v.append("<tr>");
          for (long m = i; m < Math.min(i + width, 13); m++) {
            v.append("<td>").append(callStr(a[0], "formatmonth", a[1], m, false))
                .append("</td>");
          }
          v.append("</tr>");
        }
        return v.append("</table>").toString();
      }));
      t.put("formatyearpage", fn("formatyearpage",
          "self, theyear, width=3, css='calendar.css', encoding=None", a -> {
            String enc = a[4] == NONE ? "utf-8" : Ops.str(a[4]);
            StringBuilder v = new StringBuilder();
            v.append("<?xml version=\"1.0\" encoding=\"").append(enc).append("\"?>\n");
            v.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n");
            v.append("<html>\n<head>\n");
            v.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(enc).append("\" />\n");
            if (a[3] != NONE) {
              v.append("<link rel=\"stylesheet\" type=\"text/css\" href=\"")
                  .append(Ops.str(a[3])).append("\" />\n");
            }
            v.append("<title>Calendar for ").append(Ops.str(a[1])).append("</title>\n");
            v.append("</head>\n<body>\n");
            v.append(callStr(a[0], "formatyear", a[1], a[2]));
            v.append("</body>\n</html>\n");
            return Ops.call(Ops.getAttr(v.toString(), "encode"),
                new Object[] {enc, "xmlcharrefreplace"}, null);
          }));
      htmlType = PyType.createClass("HTMLCalendar", new PyType[] {calType}, t);
    }

    static String formatstring(List<String> cols, long colwidth, long spacing) {
      StringBuilder b = new StringBuilder();
      String sp = repeat(" ", spacing);
      for (int i = 0; i < cols.size(); i++) {
        if (i > 0) {
          b.append(sp);
        }
        b.append(center(cols.get(i), colwidth));
      }
      return b.toString();
    }

    static List<Object> iterate(Object o) {
      List<Object> out = new ArrayList<>();
      dev.moat.runtime.PyIterator it = Ops.iter(o);
      for (Object v = it.next(); v != null; v = it.next()) {
        out.add(v);
      }
      return out;
    }

    static void print(String s) {
      Object p = dev.moat.runtime.InterpreterState.current().builtins().get("print");
      Ops.call(p, new Object[] {s, ""}, new String[] {"end"});
    }

    PyType errorClass(String name, String init, BuiltinFunction.Body str) {
      Map<String, Object> ns = new LinkedHashMap<>();
      ns.put("__module__", "calendar");
      ns.put("__init__", fn("__init__", "self, " + init, a -> {
        ((PyBaseException) a[0]).dict().put(init, a[1]);
        return NONE;
      }));
      ns.put("__str__", fn("__str__", "self", str));
      return PyType.createClass(name, new PyType[] {ExceptionTypes.VALUE_ERROR}, ns);
    }

    Object names(String cls, String[] items) {
      Map<String, Object> ns = new LinkedHashMap<>();
      ns.put("__module__", "calendar");
      ns.put("__getitem__", fn("__getitem__", "self, i", a -> Ops.getItem(PyList.of(
          (Object[]) items), a[1])));
      ns.put("__len__", fn("__len__", "self", a -> (long) items.length));
      PyType t = PyType.createClass(cls, new PyType[0], ns);
      return new PyInstance(t);
    }

    PyModule module() {
      buildCalendar();
      buildHtml();
      monthError = errorClass("IllegalMonthError", "month",
          a -> "bad month number " + Ops.repr(((PyBaseException) a[0]).dict().get("month"))
              + "; must be 1-12");
      weekdayError = errorClass("IllegalWeekdayError", "weekday",
          a -> "bad weekday number " + Ops.repr(((PyBaseException) a[0]).dict().get("weekday"))
              + "; must be 0 (Monday) to 6 (Sunday)");
      defaultCal = Ops.call(textType, new Object[0], null);
      String[] monthNames = new String[13];
      String[] monthAbbr = new String[13];
      monthNames[0] = "";
      monthAbbr[0] = "";
      for (int i = 0; i < 12; i++) {
        monthNames[i + 1] = DtText.MONTHS[i];
        monthAbbr[i + 1] = DtText.MONTHS[i].substring(0, 3);
      }
      String[] dayAbbr = new String[7];
      for (int i = 0; i < 7; i++) {
        dayAbbr[i] = DtText.DAYS[i].substring(0, 3);
      }
      Object cal = defaultCal;
      ModuleBuilder b = ModuleBuilder.named("calendar")
          .constant("Calendar", calType)
          .constant("TextCalendar", textType)
          .constant("HTMLCalendar", htmlType)
          .constant("IllegalMonthError", monthError)
          .constant("IllegalWeekdayError", weekdayError)
          .constant("error", ExceptionTypes.VALUE_ERROR)
          .constant("month_name", names("_localized_month", monthNames))
          .constant("month_abbr", names("_localized_month", monthAbbr))
          .constant("day_name", names("_localized_day", DtText.DAYS.clone()))
          .constant("day_abbr", names("_localized_day", dayAbbr))
          .constant("EPOCH", 1970L)
          .constant("mdays", PyList.of(0L, 31L, 28L, 31L, 30L, 31L, 30L, 31L, 31L, 30L, 31L,
              30L, 31L))
          .function("isleap", "year", a -> {
            if (a[0] instanceof String) {
              throw Errors.typeError("not all arguments converted during string formatting");
            }
            if (a[0] instanceof BigInteger) {
              BigInteger y = (BigInteger) a[0];
              return y.mod(BigInteger.valueOf(4)).signum() == 0
                  && (y.mod(BigInteger.valueOf(100)).signum() != 0
                  || y.mod(BigInteger.valueOf(400)).signum() == 0);
            }
            return isLeap(longArg(a[0]));
          })
          .function("leapdays", "y1, y2", a -> {
            long y1 = longArg(a[0]) - 1;
            long y2 = longArg(a[1]) - 1;
            return (Math.floorDiv(y2, 4) - Math.floorDiv(y1, 4))
                - (Math.floorDiv(y2, 100) - Math.floorDiv(y1, 100))
                + (Math.floorDiv(y2, 400) - Math.floorDiv(y1, 400));
          })
          .function("weekday", "year, month, day", a -> (long) weekday(longArg(a[0]),
              DatetimeModule.intArg(a[1]), DatetimeModule.intArg(a[2])))
          .function("monthrange", "year, month", a -> {
            int[] r = monthrange(a[0], a[1]);
            return PyTuple.of((long) r[0], (long) r[1]);
          })
          .function("monthcalendar", "year, month",
              a -> call(cal, "monthdayscalendar", a[0], a[1]))
          .function("firstweekday", "", a -> fw(cal))
          .function("setfirstweekday", "firstweekday", a -> {
            long f = longArg(a[0]);
            if (f < 0 || f > 6) {
              throw illegalWeekday(a[0]);
            }
            ((CalV) cal).firstweekday = f;
            return NONE;
          })
          .function("weekheader", "width", a -> call(cal, "formatweekheader", a[0]))
          .function("month", "theyear, themonth, w=0, l=0",
              a -> call(cal, "formatmonth", a[0], a[1], a[2], a[3]))
          .function("prmonth", "theyear, themonth, w=0, l=0",
              a -> call(cal, "prmonth", a[0], a[1], a[2], a[3]))
          .function("calendar", "theyear, w=2, l=1, c=6, m=3",
              a -> call(cal, "formatyear", a[0], a[1], a[2], a[3], a[4]))
          .function("prcal", "theyear, w=0, l=0, c=6, m=3",
              a -> call(cal, "pryear", a[0], a[1], a[2], a[3], a[4]))
          .function("format", "cols, colwidth=20, spacing=6", a -> {
            List<String> cols = new ArrayList<>();
            for (Object o : iterate(a[0])) {
              cols.add(Ops.str(o));
            }
            print(formatstring(cols, longArg(a[1]), longArg(a[2])) + "\n");
            return NONE;
          })
          .function("formatstring", "cols, colwidth=20, spacing=6", a -> {
            List<String> cols = new ArrayList<>();
            for (Object o : iterate(a[0])) {
              cols.add(Ops.str(o));
            }
            return formatstring(cols, longArg(a[1]), longArg(a[2]));
          })
          .function("timegm", "tuple", a -> {
            List<Object> t = iterate(a[0]);
            if (t.size() < 6) {
              throw Errors.valueError("not enough values to unpack (expected 6, got "
                  + t.size() + ")");
            }
            long[] v = new long[6];
            for (int i = 0; i < 6; i++) {
              v[i] = longArg(t.get(i));
            }
            DatetimeModule.Impl.checkDate((int) v[0], (int) v[1], 1);
            return TimeModule.timegm(new long[] {v[0], v[1], v[2], v[3], v[4], v[5]});
          });
      String[] wd = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
          "SUNDAY"};
      for (int i = 0; i < 7; i++) {
        b.constant(wd[i], (long) i);
      }
      return b.build();
    }
  }
}
