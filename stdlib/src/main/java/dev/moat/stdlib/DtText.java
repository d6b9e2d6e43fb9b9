package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text forms of dates and times shared by {@code datetime} and {@code time}: strftime as glibc
 * does it in the C locale (flags {@code - _ 0 ^ #}, widths, E/O modifiers, unknown directives
 * copied through), and strptime in the manner of CPython's C-locale parser.
 */
final class DtText {
  private DtText() {}

  static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};

  /** The broken-down time strftime formats. {@code wday}: 0 = Monday; {@code yday}: 1-based. */
  static final class Tm {
    int year;
    int mon;
    int mday;
    int hour;
    int min;
    int sec;
    int usec;
    int wday;
    int yday;
    /** %Z text; "" when unknown. */
    String zone = "";
    /** %z text (already formatted); "" when unknown. */
    String offset = "";
    /** Seconds since the epoch for %s. */
    long epoch;
    /** datetime's strftime: %f is known. */
    boolean micro;
  }

  static String strftime(String fmt, Tm t) {
    StringBuilder out = new StringBuilder();
    int n = fmt.length();
    int i = 0;
    while (i < n) {
      char c = fmt.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      i++;
      char flag = 0;
      while (i < n && "-_0^#".indexOf(fmt.charAt(i)) >= 0) {
        flag = fmt.charAt(i) == '^' || fmt.charAt(i) == '#' ? (flag == 0 ? fmt.charAt(i) : flag)
            : fmt.charAt(i);
        i++;
      }
      boolean upper = fmt.substring(start, i).indexOf('^') >= 0;
      boolean swap = fmt.substring(start, i).indexOf('#') >= 0;
      char pad = 0;
      for (int k = start + 1; k < i; k++) {
        char f = fmt.charAt(k);
        if (f == '-' || f == '_' || f == '0') {
          pad = f;
        }
      }
      int width = -1;
      while (i < n && Character.isDigit(fmt.charAt(i))) {
        width = (width < 0 ? 0 : width) * 10 + (fmt.charAt(i) - '0');
        if (width > 1_000_000) {
          Budget.reserveMemory(width);
        }
        i++;
      }
      if (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
        i++;
      }
      if (i >= n) {
        out.append(fmt, start, n);
        break;
      }
      boolean plain = i == start + 1;
      char d = fmt.charAt(i++);
      String s;
      if (t.micro && !plain && (d == 'f' || d == 'z' || d == 'Z')) {
        // CPython's datetime handles only the bare %f %z %Z; glibc sees the others
        s = d == 'f' ? null : d == 'z' ? "" : text("", pad, width, false, false, false);
      } else {
        s = directive(d, t, pad, width, upper, swap);
      }
      if (s == null) {
        // glibc copies an unknown conversion through, padded and cased like text
        out.append(text(fmt.substring(start, i), pad, width, upper, false, false));
      } else {
        out.append(s);
      }
      if (out.length() > 1_000_000) {
        Budget.reserveMemory(out.length() * 2L);
      }
    }
    Budget.chargeSteps(1 + n / 16);
    return out.toString();
  }

  /**
   * A number as glibc prints it: padded to its default width ({@code defPad}, unless the flag
   * says otherwise: '-' none, '_' spaces, '0' zeros), then to an explicit wider width (zeros
   * when the flag or the default pad is '0', else spaces).
   */
  private static String num(long v, int defWidth, char defPad, char pad, int width) {
    char p = pad == '-' ? 0 : pad == '_' ? ' ' : pad == '0' ? '0' : defPad;
    String s = Long.toString(Math.abs(v));
    StringBuilder b = new StringBuilder();
    if (v < 0) {
      b.append('-');
    }
    if (p != 0) {
      for (int k = s.length() + b.length(); k < defWidth; k++) {
        b.append(p);
      }
    }
    b.append(s);
    if (width > b.length()) {
      char wp = pad == '0' || pad == 0 && defPad == '0' ? '0' : ' ';
      StringBuilder w = new StringBuilder();
      for (int k = b.length(); k < width; k++) {
        w.append(wp);
      }
      return w.append(b).toString();
    }
    return b.toString();
  }

  private static String text(String s, char pad, int width, boolean upper, boolean swapToUpper,
      boolean swapToLower) {
    if (upper || swapToUpper) {
      s = s.toUpperCase(Locale.ROOT);
    } else if (swapToLower) {
      s = s.toLowerCase(Locale.ROOT);
    }
    if (width > s.length()) {
      char p = pad == '0' ? '0' : ' ';
      StringBuilder b = new StringBuilder();
      for (int k = s.length(); k < width; k++) {
        b.append(p);
      }
      s = b + s;
    }
    return s;
  }

  /**
   * Days from the start of the ISO week-year to the given day, as glibc computes it from the
   * 0-based day of the year and the Sunday-based weekday (negative: the previous ISO year).
   */
  private static int isoWeekDays(int yday0, int wdaySun) {
    int big = (366 / 7 + 2) * 7;
    return yday0 - (yday0 - wdaySun + 4 + big) % 7 + 3;
  }

  /** {ISO year, days into it} from the fields (not from a date: they need not be valid). */
  private static int[] iso(Tm t) {
    int year = t.year;
    int yday0 = t.yday - 1;
    int wdaySun = (t.wday + 1) % 7;
    int days = isoWeekDays(yday0, wdaySun);
    if (days < 0) {
      year--;
      days = isoWeekDays(yday0 + (DatetimeModule.isLeap(year) ? 366 : 365), wdaySun);
    } else {
      int d = isoWeekDays(yday0 - (DatetimeModule.isLeap(year) ? 366 : 365), wdaySun);
      if (d >= 0) {
        year++;
        days = d;
      }
    }
    return new int[] {year, days};
  }

  private static int isoYear(Tm t) {
    return iso(t)[0];
  }

  private static String directive(char d, Tm t, char pad, int width, boolean up, boolean sw) {
    int h12 = t.hour % 12 == 0 ? 12 : t.hour % 12;
    switch (d) {
      case 'a':
        return text(DAYS[t.wday].substring(0, 3), pad, width, up, sw, false);
      case 'A':
        return text(DAYS[t.wday], pad, width, up, sw, false);
      case 'b':
      case 'h':
        return text(MONTHS[t.mon - 1].substring(0, 3), pad, width, up, sw, false);
      case 'B':
        return text(MONTHS[t.mon - 1], pad, width, up, sw, false);
      case 'c':
        return text(strftime("%a %b %e %H:%M:%S %Y", t), pad, width, up, false, false);
      case 'C':
        return num(t.year / 100, 1, '0', pad, width);
      case 'd':
        return num(t.mday, 2, '0', pad, width);
      case 'D':
      case 'x':
        return text(strftime("%m/%d/%y", t), pad, width, up, false, false);
      case 'e':
        return num(t.mday, 2, ' ', pad, width);
      case 'f':
        return t.micro ? num(t.usec, 6, '0', pad, width) : null;
      case 'F':
        return text(strftime("%Y-%m-%d", t), pad, width, up, false, false);
      case 'G':
        return num(isoYear(t), 1, '0', pad, width);
      case 'g':
        return num(Math.floorMod(isoYear(t), 100), 2, '0', pad, width);
      case 'H':
        return num(t.hour, 2, '0', pad, width);
      case 'I':
        return num(h12, 2, '0', pad, width);
      case 'j':
        return num(t.yday, 3, '0', pad, width);
      case 'k':
        return num(t.hour, 2, ' ', pad, width);
      case 'l':
        return num(h12, 2, ' ', pad, width);
      case 'm':
        return num(t.mon, 2, '0', pad, width);
      case 'M':
        return num(t.min, 2, '0', pad, width);
      case 'n':
        return text("\n", pad, width, false, false, false);
      case 'p':
        return text(t.hour < 12 ? "AM" : "PM", pad, width, up, false, sw);
      case 'P':
        return text(t.hour < 12 ? "am" : "pm", pad, width, false, false, false);
      case 'r':
        return text(strftime("%I:%M:%S %p", t), pad, width, up, false, false);
      case 'R':
        return text(strftime("%H:%M", t), pad, width, up, false, false);
      case 's':
        return num(t.epoch, 1, ' ', pad, width);
      case 'S':
        return num(t.sec, 2, '0', pad, width);
      case 't':
        return text("\t", pad, width, false, false, false);
      case 'T':
      case 'X':
        return text(strftime("%H:%M:%S", t), pad, width, up, false, false);
      case 'u':
        return num(t.wday + 1, 1, '0', pad, width);
      case 'U':
        return num((t.yday - 1 + 7 - (t.wday + 1) % 7) / 7, 2, '0', pad, width);
      case 'V':
        return num(iso(t)[1] / 7 + 1, 2, '0', pad, width);
      case 'w':
        return num((t.wday + 1) % 7, 1, '0', pad, width);
      case 'W':
        return num((t.yday - 1 + 7 - t.wday) / 7, 2, '0', pad, width);
      case 'y':
        return num(Math.floorMod(t.year, 100), 2, '0', pad, width);
      case 'Y':
        return num(t.year, 1, '0', pad, width);
      case 'z':
        return text(t.offset, pad, width, false, false, false);
      case 'Z':
        return text(t.zone, pad, width, up, false, sw);
      case '%':
        return text("%", pad, width, false, false, false);
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- strptime

  /** What strptime found; unset fields are -1 (or null). */
  static final class Parsed {
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int usec = 0;
    int julian = -1;
    int weekday = -1;
    int weekOfYear = -1;
    boolean weekStartsSunday;
    int isoYear = -1;
    int isoWeek = -1;
    /** Offset in microseconds, or null. */
    Long gmtoff;
    String zone;
  }

  private static final String[] ABBR_DAYS = new String[7];
  private static final String[] ABBR_MONTHS = new String[12];

  static {
    for (int i = 0; i < 7; i++) {
      ABBR_DAYS[i] = DAYS[i].substring(0, 3);
    }
    for (int i = 0; i < 12; i++) {
      ABBR_MONTHS[i] = MONTHS[i].substring(0, 3);
    }
  }

  private static String alt(String[] names) {
    List<String> l = new ArrayList<>(List.of(names));
    l.sort((a, b) -> b.length() - a.length());
    return "(" + String.join("|", l).toLowerCase(Locale.ROOT) + ")";
  }

  private static String regexFor(char d, String fmt) {
    switch (d) {
      case 'd':
        return "(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])";
      case 'f':
        return "([0-9]{1,6})";
      case 'H':
        return "(2[0-3]|[0-1]\\d|\\d)";
      case 'I':
        return "(1[0-2]|0[1-9]|[1-9])";
      case 'G':
      case 'Y':
        return "(\\d\\d\\d\\d)";
      case 'j':
        return "(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])";
      case 'm':
        return "(1[0-2]|0[1-9]|[1-9])";
      case 'M':
        return "([0-5]\\d|\\d)";
      case 'S':
        return "(6[0-1]|[0-5]\\d|\\d)";
      case 'U':
      case 'W':
        return "(5[0-3]|[0-4]\\d|\\d)";
      case 'w':
        return "([0-6])";
      case 'u':
        return "([1-7])";
      case 'V':
        return "(5[0-3]|0[1-9]|[1-4]\\d|\\d)";
      case 'y':
        return "(\\d\\d)";
      case 'z':
        return "([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z))";
      case 'A':
        return alt(DAYS);
      case 'a':
        return alt(ABBR_DAYS);
      case 'B':
        return alt(MONTHS);
      case 'b':
        return alt(ABBR_MONTHS);
      case 'p':
        return "(am|pm)";
      case 'Z':
        return "(utc|gmt)";
      default:
        return null;
    }
  }

  private static final String EXPANSIONS = "cxX";

  private static String expand(char d) {
    switch (d) {
      case 'c':
        return "%a %b %d %H:%M:%S %Y";
      case 'x':
      case 'D':
        return "%m/%d/%y";
      case 'X':
      case 'T':
        return "%H:%M:%S";
      case 'R':
        return "%H:%M";
      case 'F':
        return "%Y-%m-%d";
      case 'r':
        return "%I:%M:%S %p";
      default:
        return null;
    }
  }

  /** Builds the regex and the directive letters of its groups, in order. */
  private static String compile(String fmt, String whole, StringBuilder kinds) {
    StringBuilder re = new StringBuilder();
    int n = fmt.length();
    for (int i = 0; i < n; i++) {
      char c = fmt.charAt(i);
      if (c == '%') {
        if (i + 1 >= n) {
          throw Errors.valueError("stray % in format '" + whole + "'");
        }
        char d = fmt.charAt(++i);
        if (d == '%') {
          re.append('%');
          continue;
        }
        if (EXPANSIONS.indexOf(d) >= 0) {
          re.append(compile(expand(d), whole, kinds));
          continue;
        }
        String r = regexFor(d, whole);
        if (r == null) {
          throw Errors.valueError("'" + d + "' is a bad directive in format '" + whole + "'");
        }
        kinds.append(d);
        re.append(r);
      } else if (Character.isWhitespace(c)) {
        while (i + 1 < n && Character.isWhitespace(fmt.charAt(i + 1))) {
          i++;
        }
        re.append("\\s+");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }

  private static int index(String[] names, String s) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(s)) {
        return i;
      }
    }
    return -1;
  }

  /** A format turned into a regex, and the directive letter of each of its groups. */
  private static final class Compiled {
    final Pattern pattern;
    final String kinds;

    Compiled(Pattern pattern, String kinds) {
      this.pattern = pattern;
      this.kinds = kinds;
    }
  }

  /** Formats seen recently (shared by all interpreters; they hold no script objects). */
  private static final java.util.Map<String, Compiled> COMPILED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Parses {@code data} by {@code fmt}; ValueError with CPython's messages. */
  static Parsed strptime(String data, String fmt) {
    Budget.chargeSteps(1 + (data.length() + fmt.length()) / 8);
    Compiled c = COMPILED.get(fmt);
    if (c == null) {
      StringBuilder k = new StringBuilder();
      String re = compile(fmt, fmt, k);
      c = new Compiled(Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          k.toString());
      if (fmt.length() <= 512) {
        if (COMPILED.size() >= 256) {
          COMPILED.clear();
        }
        COMPILED.put(fmt, c);
      }
    }
    String kinds = c.kinds;
    Matcher m = c.pattern.matcher(data);
    if (!m.lookingAt()) {
      throw Errors.valueError("time data " + DatetimeModule.reprStr(data) + " does not match format "
          + DatetimeModule.reprStr(fmt));
    }
    if (m.end() != data.length()) {
      throw Errors.valueError("unconverted data remains: " + data.substring(m.end()));
    }
    Parsed p = new Parsed();
    int ampm = -1;
    boolean hour12 = false;
    int century2 = -1;
    for (int g = 0; g < kinds.length(); g++) {
      String v = m.group(g + 1);
      char d = kinds.charAt(g);
      switch (d) {
        case 'd':
          p.day = Integer.parseInt(v.trim());
          break;
        case 'f':
          p.usec = Integer.parseInt((v + "000000").substring(0, 6));
          break;
        case 'H':
          p.hour = Integer.parseInt(v);
          hour12 = false;
          break;
        case 'I':
          p.hour = Integer.parseInt(v);
          hour12 = true;
          break;
        case 'Y':
          p.year = Integer.parseInt(v);
          century2 = -1;
          break;
        case 'y':
          century2 = Integer.parseInt(v);
          p.year = century2 <= 68 ? 2000 + century2 : 1900 + century2;
          break;
        case 'G':
          p.isoYear = Integer.parseInt(v);
          break;
        case 'j':
          p.julian = Integer.parseInt(v);
          break;
        case 'm':
          p.month = Integer.parseInt(v);
          break;
        case 'M':
          p.minute = Integer.parseInt(v);
          break;
        case 'S':
          p.second = Integer.parseInt(v);
          break;
        case 'U':
          p.weekOfYear = Integer.parseInt(v);
          p.weekStartsSunday = true;
          break;
        case 'W':
          p.weekOfYear = Integer.parseInt(v);
          p.weekStartsSunday = false;
          break;
        case 'V':
          p.isoWeek = Integer.parseInt(v);
          break;
        case 'w':
          p.weekday = (Integer.parseInt(v) + 6) % 7;
          break;
        case 'u':
          p.weekday = Integer.parseInt(v) - 1;
          break;
        case 'A':
          p.weekday = index(DAYS, v);
          break;
        case 'a':
          p.weekday = index(ABBR_DAYS, v);
          break;
        case 'B':
          p.month = index(MONTHS, v) + 1;
          break;
        case 'b':
          p.month = index(ABBR_MONTHS, v) + 1;
          break;
        case 'p':
          ampm = v.equalsIgnoreCase("am") ? 0 : 1;
          break;
        case 'Z':
          p.zone = v;
          break;
        case 'z':
          p.gmtoff = parseOffset(v);
          break;
        default:
          break;
      }
    }
    if (hour12) {
      if (ampm <= 0 && p.hour == 12) {
        p.hour = 0;
      } else if (ampm == 1 && p.hour != 12) {
        p.hour += 12;
      }
    }
    return p;
  }

  private static long parseOffset(String z) {
    if (z.equals("Z")) {
      return 0;
    }
    String s = z.replace(":", "");
    if (z.indexOf(':') >= 0 && !(z.length() >= 6 && z.charAt(3) == ':')) {
      throw Errors.valueError("Inconsistent use of : in " + z);
    }
    int sign = s.charAt(0) == '-' ? -1 : 1;
    long h = Long.parseLong(s.substring(1, 3));
    long mi = Long.parseLong(s.substring(3, 5));
    long sec = s.length() >= 7 ? Long.parseLong(s.substring(5, 7)) : 0;
    long us = 0;
    if (s.length() > 8) {
      us = Long.parseLong((s.substring(8) + "000000").substring(0, 6));
    }
    return sign * (((h * 60 + mi) * 60 + sec) * 1_000_000 + us);
  }
}
