package dev.moat.stdlib;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * ISO 8601 parsing with the rules of CPython 3.11's {@code fromisoformat}: extended and basic
 * forms, ISO week dates, any one-character date/time separator, fractions of any length
 * (truncated to microseconds) and {@code Z}/{@code ±HH[:MM[:SS[.ffffff]]]} offsets. A parser
 * returns null when the string is not valid; range checks are left to the caller.
 */
final class DtIso {
  private DtIso() {}

  /** A string reader that sees NUL past its end, as the C parser does. */
  private static char at(String s, int i) {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parses {@code n} digits at {@code pos}: returns the value, or -1. */
  private static long digits(String s, int pos, int n) {
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = at(s, pos + i);
      if (!digit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** {@code [y, m, d]} from the first {@code len} characters, or null. */
  static int[] parseDate(String s, int len) {
    long year = digits(s, 0, 4);
    if (year < 0) {
      return null;
    }
    int p = 4;
    boolean sep = at(s, p) == '-';
    if (sep) {
      p++;
    }
    if (at(s, p) == 'W') {
      p++;
      long week = digits(s, p, 2);
      if (week < 0) {
        return null;
      }
      p += 2;
      long wd = 1;
      if (p < len) {
        if (sep && at(s, p++) != '-') {
          return null;
        }
        wd = digits(s, p, 1);
        if (wd < 0) {
          return null;
        }
      }
      return isoToYmd((int) year, (int) week, (int) wd);
    }
    long month = digits(s, p, 2);
    if (month < 0) {
      return null;
    }
    p += 2;
    if (sep && at(s, p++) != '-') {
      return null;
    }
    long day = digits(s, p, 2);
    if (day < 0) {
      return null;
    }
    return new int[] {(int) year, (int) month, (int) day};
  }

  private static int[] isoToYmd(int year, int week, int wd) {
    if (year < 1 || year > 9999) {
      return null;
    }
    if (week <= 0 || week >= 53) {
      if (!(week == 53
          && LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 53)) {
        return null;
      }
    }
    if (wd <= 0 || wd > 7) {
      return null;
    }
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    LocalDate r = jan4.minusDays(jan4.getDayOfWeek().getValue() - 1)
        .plusDays((week - 1) * 7L + wd - 1);
    if (r.getYear() < 1 || r.getYear() > 9999) {
      return null;
    }
    return new int[] {r.getYear(), r.getMonthValue(), r.getDayOfMonth()};
  }

  /**
   * Parses {@code [HH[:?MM[:?SS[{.,}f...]]]]} in {@code s[from, end)}: fills {@code out[0..3]}
   * and returns 0 (the end was reached), 1 (stopped early, tolerated) or a negative error.
   */
  private static int hhmmss(String s, int from, int end, long[] out) {
    int p = from;
    boolean hasSep = true;
    for (int i = 0; i < 3; i++) {
      long v = digits(s, p, 2);
      if (v < 0) {
        return -3;
      }
      out[i] = v;
      p += 2;
      char c = at(s, p++);
      if (i == 0) {
        hasSep = c == ':';
      }
      if (p >= end) {
        return c != '\0' ? 1 : 0;
      } else if (hasSep && c == ':') {
        continue;
      } else if (c == '.' || c == ',') {
        break;
      } else if (!hasSep) {
        p--;
      } else {
        return -4;
      }
    }
    int remains = end - p;
    int n = Math.min(remains, 6);
    if (n <= 0) {
      return -3;
    }
    long us = digits(s, p, n);
    if (us < 0) {
      return -3;
    }
    for (int k = n; k < 6; k++) {
      us *= 10;
    }
    out[3] = us;
    p += n;
    while (digit(at(s, p))) {
      p++;
    }
    return at(s, p) != '\0' ? 1 : 0;
  }

  /**
   * Parses a time with optional offset in {@code s[from, end)}: {@code [h, m, s, us, hasTz,
   * offsetMicros]}, or null.
   */
  static long[] parseTime(String s, int from, int end) {
    int tzPos = from;
    while (tzPos < end) {
      char c = s.charAt(tzPos);
      if (c == 'Z' || c == '+' || c == '-') {
        break;
      }
      tzPos++;
    }
    long[] hms = new long[4];
    int rv = hhmmss(s, from, tzPos, hms);
    if (rv < 0) {
      return null;
    }
    long[] r = {hms[0], hms[1], hms[2], hms[3], 0, 0};
    if (tzPos == end) {
      // without an offset, the time must end cleanly
      return rv == 0 ? r : null;
    }
    if (s.charAt(tzPos) == 'Z') {
      if (tzPos + 1 != end) {
        return null;
      }
      r[4] = 1;
      return r;
    }
    int sign = s.charAt(tzPos) == '-' ? -1 : 1;
    long[] tz = new long[4];
    rv = hhmmss(s, tzPos + 1, end, tz);
    if (rv != 0) {
      return null;
    }
    r[4] = 1;
    r[5] = sign * (((tz[0] * 3600 + tz[1] * 60 + tz[2]) * 1_000_000) + tz[3]);
    return r;
  }

  static long[] parseTime(String s) {
    return parseTime(s, 0, s.length());
  }

  private static int separator(String s) {
    int len = s.length();
    if (len == 7) {
      return 7;
    }
    if (at(s, 4) == '-') {
      if (at(s, 5) == 'W') {
        if (len < 8) {
          return -1;
        }
        if (len > 8 && at(s, 8) == '-') {
          if (len == 9) {
            return -1;
          }
          if (len > 10 && digit(at(s, 10))) {
            return 8;
          }
          return 10;
        }
        return 8;
      }
      return 10;
    }
    if (at(s, 4) == 'W') {
      int idx = 7;
      while (idx < len && digit(s.charAt(idx))) {
        idx++;
      }
      if (idx < 9) {
        return idx;
      }
      return idx % 2 == 0 ? 7 : 8;
    }
    return 8;
  }

  /** {@code [y, mo, d, h, mi, s, us, hasTz, offsetMicros]} or null. */
  static long[] parseDateTime(String s) {
    int sep = separator(s);
    if (sep < 0) {
      return null;
    }
    int[] ymd = parseDate(s, sep);
    if (ymd == null) {
      return null;
    }
    long[] r = {ymd[0], ymd[1], ymd[2], 0, 0, 0, 0, 0, 0};
    if (s.length() > sep) {
      long[] t = parseTime(s, sep + 1, s.length());
      if (t == null) {
        return null;
      }
      System.arraycopy(t, 0, r, 3, 6);
    }
    return r;
  }
}
