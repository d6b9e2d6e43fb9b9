package dev.moat.runtime.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks every cell of the CPython 3.11 oracle vectors produced by gen_vectors.py. */
class VectorTest {

  @Test
  void floatVectors() {
    List<String[]> rows = Vectors.load("float_vectors.tsv");
    String[] header = rows.get(0);
    Vectors.Checker c = new Vectors.Checker("float_vectors");
    for (String[] row : rows.subList(1, rows.size())) {
      double x = Vectors.bitsToDouble(row[0]);
      c.check("repr(" + row[0] + ")", row[1], () -> FloatRepr.repr(x));
      for (int i = 2; i < row.length; i++) {
        String spec = Vectors.unesc(header[i]);
        c.check("format(" + row[0] + ", '" + spec + "')", row[i], () -> NumberFormat.format(x, spec));
      }
    }
    c.done();
    assertTrue(rows.size() > 900);
  }

  @Test
  void intVectors() {
    List<String[]> rows = Vectors.load("int_vectors.tsv");
    String[] header = rows.get(0);
    Vectors.Checker c = new Vectors.Checker("int_vectors");
    for (String[] row : rows.subList(1, rows.size())) {
      Object x = Vectors.hexInt(row[0]);
      c.check("str(" + row[0] + ")", row[1], () -> NumberParse.intToDecimal(x));
      c.check("hex(" + row[0] + ")", row[2], () -> NumberFormat.toBase(x, 16, true));
      c.check("oct(" + row[0] + ")", row[3], () -> NumberFormat.toBase(x, 8, true));
      c.check("bin(" + row[0] + ")", row[4], () -> NumberFormat.toBase(x, 2, true));
      for (int i = 5; i < row.length; i++) {
        String spec = Vectors.unesc(header[i]);
        c.check("format(" + row[0] + ", '" + spec + "')", row[i], () -> NumberFormat.format(x, spec));
      }
    }
    c.done();
    assertTrue(rows.size() > 500);
  }

  @Test
  void randomSpecVectors() {
    List<String[]> rows = Vectors.load("spec_vectors.tsv");
    Vectors.Checker c = new Vectors.Checker("spec_vectors");
    for (String[] row : rows.subList(1, rows.size())) {
      Object v;
      switch (row[0]) {
        case "int":
          v = Vectors.hexInt(row[1]);
          break;
        case "bool":
          v = Boolean.valueOf(row[1].equals("True"));
          break;
        case "float":
          v = Vectors.bitsToDouble(row[1]);
          break;
        default:
          v = Vectors.unesc(row[1]);
          break;
      }
      String spec = Vectors.unesc(row[2]);
      c.check("format(" + row[0] + " " + row[1] + ", '" + row[2] + "')", row[3], () -> NumberFormat.format(v, spec));
    }
    c.done();
  }

  @Test
  void reprVectors() {
    List<String[]> rows = Vectors.load("repr_vectors.tsv");
    Vectors.Checker c = new Vectors.Checker("repr_vectors");
    for (String[] row : rows.subList(1, rows.size())) {
      String s = Vectors.unesc(row[0]);
      c.check("repr(" + row[0] + ")", row[1], () -> StrRepr.repr(s));
      c.check("ascii(" + row[0] + ")", row[2], () -> StrRepr.ascii(s));
    }
    c.done();
  }

  @Test
  void parseVectors() {
    List<String[]> rows = Vectors.load("parse_vectors.tsv");
    Vectors.Checker c = new Vectors.Checker("parse_vectors");
    for (String[] row : rows.subList(1, rows.size())) {
      String s = Vectors.unesc(row[2]);
      if (row[0].equals("int")) {
        int base = Integer.parseInt(row[1]);
        c.check("int(" + row[2] + ", " + base + ")", row[3], () -> {
          Object v = NumberParse.parseInt(s, base);
          return NumberFormat.toBase(v, 16, true);
        });
      } else {
        c.check("float(" + row[2] + ")", row[3], () -> Vectors.doubleToBits(NumberParse.parseFloat(s)));
      }
    }
    c.done();
  }

  @Test
  void roundVectors() {
    List<String[]> rows = Vectors.load("round_vectors.tsv");
    Vectors.Checker c = new Vectors.Checker("round_vectors");
    for (String[] row : rows.subList(1, rows.size())) {
      double x = Vectors.bitsToDouble(row[0]);
      int n = Integer.parseInt(row[1]);
      c.check("round(" + row[0] + ", " + n + ")", row[2], () -> {
        double r = NumberFormat.round(x, n);
        // CPython's nan bits may differ in payload only if x was a nan; normalize
        return Vectors.doubleToBits(Double.isNaN(r) ? x : r);
      });
    }
    c.done();
  }

  @Test
  void percentVectors() {
    List<String[]> rows = Vectors.load("percent_vectors.tsv");
    Vectors.Checker c = new Vectors.Checker("percent_vectors");
    for (String[] row : rows.subList(1, rows.size())) {
      String fmt = Vectors.unesc(row[0]);
      Object args = decodeArgs(row[1]);
      c.check("'" + row[0] + "' % " + row[1], row[2], () -> PercentFormat.format(fmt, args, TestOps.INSTANCE));
    }
    c.done();
  }

  private static Object decodeArgs(String enc) {
    String body = enc.substring(1);
    switch (enc.charAt(0)) {
      case 'T': {
        List<Object> items = new ArrayList<>();
        if (!body.isEmpty()) {
          for (String p : body.split("\\|", -1)) {
            items.add(decodeValue(p));
          }
        }
        return items;
      }
      case 'M': {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!body.isEmpty()) {
          for (String p : body.split("\\|", -1)) {
            int eq = p.indexOf('=');
            m.put(Vectors.unesc(p.substring(0, eq)), decodeValue(p.substring(eq + 1)));
          }
        }
        return m;
      }
      default:
        return decodeValue(body);
    }
  }

  private static Object decodeValue(String p) {
    String v = p.substring(1);
    switch (p.charAt(0)) {
      case 'N':
        return TestOps.NONE;
      case 'B':
        return v.equals("1");
      case 'I':
        return Vectors.hexInt(v);
      case 'F':
        return Vectors.bitsToDouble(v);
      case 'S':
        return Vectors.unesc(v);
      default:
        throw new IllegalArgumentException(p);
    }
  }
}
