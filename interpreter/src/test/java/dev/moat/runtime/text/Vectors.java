package dev.moat.runtime.text;

import dev.moat.runtime.PyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reading the CPython oracle vectors written by gen_vectors.py (see its docstring for the format). */
final class Vectors {
  private Vectors() {}

  /** Rows (split on tabs, header included as row 0) of a resource in this package. */
  static List<String[]> load(String name) {
    // -Dmoat.vectors.dir=DIR runs the same checks on freshly generated vectors (other seeds).
    String dir = System.getProperty("moat.vectors.dir");
    InputStream in;
    try {
      in = dir != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(dir, name))
          : Vectors.class.getResourceAsStream(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String line;
      while ((line = r.readLine()) != null) {
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Decodes the cell escapes: backslash-backslash, backslash-u XXXX, backslash-U XXXXXXXX. */
  static String unesc(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char k = s.charAt(++i);
      if (k == '\\') {
        sb.append('\\');
      } else if (k == 'u') {
        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
        i += 4;
      } else if (k == 'U') {
        sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
        i += 8;
      } else {
        throw new IllegalArgumentException("bad escape in " + s);
      }
    }
    return sb.toString();
  }

  static double bitsToDouble(String hex) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
  }

  static String doubleToBits(double d) {
    return String.format("%016x", Double.doubleToRawLongBits(d));
  }

  /** Parses "0x1f" / "-0x1f" into a Long or BigInteger. */
  static Object hexInt(String s) {
    boolean neg = s.startsWith("-");
    BigInteger b = new BigInteger(s.substring(neg ? 3 : 2), 16);
    if (neg) {
      b = b.negate();
    }
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  /** Runs {@code f} and renders the result like a cell: "=text" or "!Type: message". */
  static String outcome(Supplier<String> f) {
    try {
      return "=" + f.get();
    } catch (PyException e) {
      return "!" + e.getMessage(); // "TypeName: message"
    } catch (TestOps.MissingKey e) {
      return "!KeyError: " + StrRepr.repr(e.getMessage());
    }
  }

  /** Collects mismatches and fails with the first few. */
  static final class Checker {
    private final String what;
    private final List<String> failures = new ArrayList<>();
    private int checked;

    Checker(String what) {
      this.what = what;
    }

    void check(String context, String expectedCell, Supplier<String> actual) {
      checked++;
      String expected = unesc(expectedCell);
      String got;
      try {
        got = outcome(actual);
      } catch (RuntimeException | StackOverflowError e) {
        got = "!!" + e;
      }
      if (!expected.equals(got)) {
        failures.add(context + "\n    expected " + abbreviate(expected) + "\n    got      " + abbreviate(got));
      }
    }

    int checked() {
      return checked;
    }

    void done() {
      if (!failures.isEmpty()) {
        StringBuilder sb = new StringBuilder(what + ": " + failures.size() + " of " + checked + " cells differ\n");
        for (int i = 0; i < Math.min(40, failures.size()); i++) {
          sb.append(failures.get(i)).append('\n');
        }
        throw new AssertionError(sb.toString());
      }
      if (checked == 0) {
        throw new AssertionError(what + ": nothing checked");
      }
    }

    private static String abbreviate(String s) {
      String r = StrRepr.ascii(s);
      return r.length() > 300 ? r.substring(0, 300) + "...(" + r.length() + ")" : r;
    }
  }
}
