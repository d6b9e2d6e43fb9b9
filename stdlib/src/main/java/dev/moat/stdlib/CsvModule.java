package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyObject;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code csv}: CPython 3.11's reader state machine and writer quoting rules, dialects (validated
 * with CPython's messages), the registry, {@code field_size_limit}, {@code DictReader} and
 * {@code DictWriter}. Readers take any iterable of str; writers need an object with
 * {@code write}.
 */
public final class CsvModule implements ModuleProvider {
  static final int QUOTE_MINIMAL = 0;
  static final int QUOTE_ALL = 1;
  static final int QUOTE_NONNUMERIC = 2;
  static final int QUOTE_NONE = 3;
  private static final int NOT_SET = -1;
  private static final int EOL = -2;
  private static final String[] PARAMS = {"delimiter", "doublequote", "escapechar",
      "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"};

  @Override
  public Set<String> moduleNames() {
    return Set.of("csv");
  }

  /** One interpreter's csv module state. */
  private static final class State {
    final Map<String, Dialect> registry = new LinkedHashMap<>();
    long fieldLimit = 128 * 1024;
    PyType error;
    PyType dialectType;
    PyType readerType;
    PyType writerType;

    PyException error(String msg) {
      return new PyException((PyBaseException) Ops.call(error, new Object[] {msg}, null));
    }
  }

  /** A validated dialect ({@code _csv.Dialect}). */
  private static final class Dialect implements PyObject {
    final PyType type;
    int delimiter;
    boolean doublequote;
    int escapechar;
    String lineterminator;
    int quotechar;
    int quoting;
    boolean skipinitialspace;
    boolean strict;

    Dialect(PyType type) {
      this.type = type;
    }

    @Override
    public PyType type() {
      return type;
    }
  }

  @Override
  public PyModule create(String name) {
    State st = new State();
    Map<String, Object> ens = new LinkedHashMap<>();
    ens.put("__module__", "_csv");
    st.error = PyType.createClass("Error", new PyType[] {ExceptionTypes.EXCEPTION}, ens);

    Map<String, Object> dm = new LinkedHashMap<>();
    dm.put("delimiter", getset("delimiter", d -> charObj(d.delimiter)));
    dm.put("doublequote", getset("doublequote", d -> d.doublequote));
    dm.put("escapechar", getset("escapechar", d -> charObj(d.escapechar)));
    dm.put("lineterminator", getset("lineterminator", d -> d.lineterminator));
    dm.put("quotechar", getset("quotechar", d -> charObj(d.quotechar)));
    dm.put("quoting", getset("quoting", d -> (long) d.quoting));
    dm.put("skipinitialspace", getset("skipinitialspace", d -> d.skipinitialspace));
    dm.put("strict", getset("strict", d -> d.strict));
    st.dialectType = LibClasses.create("_csv", "Dialect",
        "cls, dialect=?, **kwargs", a -> makeDialect(st, a[1], (PyDict) a[2]), dm);

    Map<String, Object> rm = new LinkedHashMap<>();
    rm.put("line_num", new Descriptors.GetSet("line_num", o -> (long) ((Reader) o).lineNum,
        null));
    rm.put("dialect", new Descriptors.GetSet("dialect", o -> ((Reader) o).dialect, null));
    st.readerType = LibClasses.iterator("_csv", "reader", null, null, rm);

    Map<String, Object> wm = new LinkedHashMap<>();
    wm.put("dialect", new Descriptors.GetSet("dialect", o -> ((Writer) o).dialect, null));
    wm.put("writerow", BuiltinFunction.of("writerow", "self, row, /",
        a -> ((Writer) a[0]).writerow(a[1])));
    wm.put("writerows", BuiltinFunction.of("writerows", "self, rows, /", a -> {
      Writer w = (Writer) a[0];
      PyIterator it = Ops.iter(a[1]);
      for (Object row = it.next(); row != null; row = it.next()) {
        w.writerow(row);
      }
      return PyNone.NONE;
    }));
    st.writerType = LibClasses.create("_csv", "writer", null, null, wm);

    PyType dialectClass = dialectClass(st);
    PyType excel = dialectSubclass("excel", dialectClass, ",", "\r\n", QUOTE_MINIMAL);
    PyType excelTab = dialectSubclass("excel_tab", excel, "\t", null, -1);
    PyType unix = dialectSubclass("unix_dialect", dialectClass, ",", "\n", QUOTE_ALL);
    st.registry.put("excel", makeDialect(st, excel, new PyDict()));
    st.registry.put("excel-tab", makeDialect(st, excelTab, new PyDict()));
    st.registry.put("unix", makeDialect(st, unix, new PyDict()));

    BuiltinFunction reader = BuiltinFunction.of("reader", "csvfile, dialect=?, **fmtparams",
        a -> new Reader(st, Ops.iter(a[0]), makeDialect(st, a[1], (PyDict) a[2])));
    BuiltinFunction writer = BuiltinFunction.of("writer", "csvfile, dialect=?, **fmtparams",
        a -> {
          Object write = Ops.getAttrOrNull(a[0], "write");
          if (write == null) {
            throw Errors.typeError("argument 1 must have a \"write\" method");
          }
          return new Writer(st, write, makeDialect(st, a[1], (PyDict) a[2]));
        });
    return ModuleBuilder.named("csv")
        .constant("QUOTE_MINIMAL", (long) QUOTE_MINIMAL)
        .constant("QUOTE_ALL", (long) QUOTE_ALL)
        .constant("QUOTE_NONNUMERIC", (long) QUOTE_NONNUMERIC)
        .constant("QUOTE_NONE", (long) QUOTE_NONE)
        .constant("Error", st.error)
        .constant("Dialect", dialectClass)
        .constant("excel", excel)
        .constant("excel_tab", excelTab)
        .constant("unix_dialect", unix)
        .constant("reader", reader)
        .constant("writer", writer)
        .constant("DictReader", dictReader(reader))
        .constant("DictWriter", dictWriter(writer))
        .function("register_dialect", "name, dialect=None, **fmtparams", a -> {
          if (!(a[0] instanceof String)) {
            throw Errors.typeError("dialect name must be a string");
          }
          st.registry.put((String) a[0], makeDialect(st, a[1], (PyDict) a[2]));
          return PyNone.NONE;
        })
        .function("unregister_dialect", "name", a -> {
          if (st.registry.remove(a[0] instanceof String ? (String) a[0] : "") == null) {
            throw st.error("unknown dialect");
          }
          return PyNone.NONE;
        })
        .function("get_dialect", "name", a -> lookup(st, a[0]))
        .function("list_dialects", "", a -> PyList.copyOf(new ArrayList<Object>(
            st.registry.keySet())))
        .function("field_size_limit", "new_limit=?", a -> {
          long old = st.fieldLimit;
          if (a[0] != Signature.MISSING) {
            if (!(a[0] instanceof Long) && !(a[0] instanceof BigInteger)) {
              throw Errors.typeError("limit must be an integer");
            }
            if (a[0] instanceof BigInteger) {
              throw Errors.overflowError("Python int too large to convert to C long");
            }
            st.fieldLimit = (Long) a[0];
          }
          return old;
        })
        .build();
  }

  private static Descriptors.GetSet getset(String name,
      java.util.function.Function<Dialect, Object> f) {
    return new Descriptors.GetSet(name, o -> f.apply((Dialect) o), null);
  }

  private static Object charObj(int c) {
    return c == NOT_SET ? PyNone.NONE : new String(Character.toChars(c));
  }

  private static Dialect lookup(State st, Object name) {
    Dialect d = st.registry.get(name instanceof String ? (String) name : null);
    if (d == null) {
      throw st.error("unknown dialect");
    }
    return d;
  }

  // ---------------------------------------------------------------- dialects

  private static Dialect makeDialect(State st, Object dialect, PyDict kw) {
    for (PyDict.Entry e : kw.entries()) {
      boolean known = false;
      for (String p : PARAMS) {
        known |= p.equals(e.key);
      }
      if (!known) {
        throw Errors.typeError("'" + e.key + "' is an invalid keyword argument for this function");
      }
    }
    if (dialect == Signature.MISSING) {
      dialect = PyNone.NONE;
    }
    if (dialect instanceof String) {
      dialect = lookup(st, dialect);
    }
    if (dialect instanceof Dialect && kw.size() == 0) {
      return (Dialect) dialect;
    }
    Object[] src = new Object[PARAMS.length];
    for (int i = 0; i < PARAMS.length; i++) {
      Object v = kw.get(PARAMS[i]);
      if (v == null && dialect != PyNone.NONE) {
        try {
          v = Ops.getAttrOrNull(dialect, PARAMS[i]);
        } catch (PyException e) {
          v = null;
        }
      }
      src[i] = v;
    }
    Dialect d = new Dialect(st.dialectType);
    d.delimiter = charParam("delimiter", src[0], ',', false);
    d.doublequote = src[1] == null || Ops.truth(src[1]);
    d.escapechar = charParam("escapechar", src[2], NOT_SET, true);
    if (src[3] == null) {
      d.lineterminator = "\r\n";
    } else if (src[3] == PyNone.NONE) {
      d.lineterminator = null;
    } else if (src[3] instanceof String) {
      d.lineterminator = (String) src[3];
    } else {
      throw Errors.typeError("\"lineterminator\" must be a string");
    }
    d.quotechar = charParam("quotechar", src[4], '"', true);
    if (src[5] == null) {
      d.quoting = QUOTE_MINIMAL;
    } else if (src[5] instanceof Long) {
      long q = (Long) src[5];
      if (q < 0 || q > 3) {
        throw Errors.typeError("bad \"quoting\" value");
      }
      d.quoting = (int) q;
    } else {
      throw Errors.typeError("\"quoting\" must be an integer");
    }
    d.skipinitialspace = src[6] != null && Ops.truth(src[6]);
    d.strict = src[7] != null && Ops.truth(src[7]);
    if (src[4] == PyNone.NONE && src[5] == null) {
      d.quoting = QUOTE_NONE;
    }
    if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
      throw Errors.typeError("quotechar must be set if quoting enabled");
    }
    if (d.lineterminator == null) {
      throw Errors.typeError("lineterminator must be set");
    }
    return d;
  }

  private static int charParam(String name, Object v, int dflt, boolean noneOk) {
    if (v == null) {
      return dflt;
    }
    if (noneOk && v == PyNone.NONE) {
      return NOT_SET;
    }
    if (!(v instanceof String)) {
      throw Errors.typeError("\"" + name + "\" must be string" + (noneOk ? " or None" : "")
          + ", not " + Types.typeName(v));
    }
    String s = (String) v;
    if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
      throw Errors.typeError("\"" + name + "\" must be a 1-character string");
    }
    return s.codePointAt(0);
  }

  /** {@code csv.Dialect}: a script-visible class whose subclasses are validated when made. */
  private static PyType dialectClass(State st) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "csv");
    ns.put("_name", "");
    ns.put("_valid", false);
    for (String p : PARAMS) {
      if (!p.equals("strict")) {
        ns.put(p, PyNone.NONE);
      }
    }
    PyType[] self = new PyType[1];
    ns.put("__init__", BuiltinFunction.of("__init__", "self", a -> {
      if (Types.typeOf(a[0]) != self[0]) {
        Ops.setAttr(a[0], "_valid", true);
      }
      try {
        makeDialect(st, a[0], new PyDict());
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
          throw st.error(Ops.str(e.exception()));
        }
        throw e;
      }
      return PyNone.NONE;
    }));
    self[0] = PyType.createClass("Dialect", new PyType[0], ns);
    return self[0];
  }

  private static PyType dialectSubclass(String name, PyType base, String delimiter,
      String lineterminator, int quoting) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "csv");
    ns.put("delimiter", delimiter);
    if (lineterminator != null) {
      ns.put("quotechar", "\"");
      ns.put("doublequote", true);
      ns.put("skipinitialspace", false);
      ns.put("lineterminator", lineterminator);
      ns.put("quoting", (long) quoting);
    }
    return PyType.createClass(name, new PyType[] {base}, ns);
  }

  // ---------------------------------------------------------------- reader

  private enum S {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
  }

  private static final class Reader extends PyIterator {
    final State st;
    final PyIterator input;
    final Dialect dialect;
    long lineNum;
    S state;
    PyList fields;
    StringBuilder field = new StringBuilder();
    long fieldLen;
    boolean numeric;

    Reader(State st, PyIterator input, Dialect dialect) {
      super(st.readerType);
      this.st = st;
      this.input = input;
      this.dialect = dialect;
    }

    @Override
    public Object next() {
      fields = new PyList();
      field.setLength(0);
      fieldLen = 0;
      state = S.START_RECORD;
      numeric = false;
      do {
        Object line = input.next();
        if (line == null) {
          if (fieldLen != 0 || state == S.IN_QUOTED_FIELD) {
            if (dialect.strict) {
              throw st.error("unexpected end of data");
            }
            saveField();
            break;
          }
          return null;
        }
        if (!(line instanceof String)) {
          throw st.error("iterator should return strings, not " + Types.typeName(line)
              + " (the file should be opened in text mode)");
        }
        lineNum++;
        String s = (String) line;
        Budget.chargeSteps(1 + s.length() / 16);
        for (int i = 0; i < s.length(); ) {
          int c = s.codePointAt(i);
          i += Character.charCount(c);
          process(c);
        }
        process(EOL);
      } while (state != S.START_RECORD);
      PyList out = fields;
      fields = null;
      return out;
    }

    private boolean isCrLf(int c) {
      return c == '\n' || c == '\r';
    }

    private void addChar(int c) {
      if (fieldLen >= st.fieldLimit) {
        throw st.error("field larger than field limit (" + st.fieldLimit + ")");
      }
      field.appendCodePoint(c);
      fieldLen++;
    }

    private void saveField() {
      Object f = field.toString();
      field.setLength(0);
      fieldLen = 0;
      if (numeric) {
        numeric = false;
        f = Ops.call(Types.FLOAT, new Object[] {f}, null);
      }
      Budget.chargeSteps(1);
      fields.append(f);
    }

    private void endOrEat(int c) {
      saveField();
      state = c == EOL ? S.START_RECORD : S.EAT_CRNL;
    }

    private void process(int c) {
      Dialect d = dialect;
      switch (state) {
        case START_RECORD:
          if (c == EOL) {
            return;
          }
          if (isCrLf(c)) {
            state = S.EAT_CRNL;
            return;
          }
          state = S.START_FIELD;
          // fall through
        case START_FIELD:
          if (isCrLf(c) || c == EOL) {
            endOrEat(c);
          } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
            state = S.IN_QUOTED_FIELD;
          } else if (c == d.escapechar) {
            state = S.ESCAPED_CHAR;
          } else if (c == ' ' && d.skipinitialspace) {
            return;
          } else if (c == d.delimiter) {
            saveField();
          } else {
            if (d.quoting == QUOTE_NONNUMERIC) {
              numeric = true;
            }
            addChar(c);
            state = S.IN_FIELD;
          }
          return;
        case ESCAPED_CHAR:
          if (isCrLf(c)) {
            addChar(c);
            state = S.AFTER_ESCAPED_CRNL;
            return;
          }
          addChar(c == EOL ? '\n' : c);
          state = S.IN_FIELD;
          return;
        case AFTER_ESCAPED_CRNL:
          if (c == EOL) {
            return;
          }
          // fall through
        case IN_FIELD:
          if (isCrLf(c) || c == EOL) {
            endOrEat(c);
          } else if (c == d.escapechar) {
            state = S.ESCAPED_CHAR;
          } else if (c == d.delimiter) {
            saveField();
            state = S.START_FIELD;
          } else {
            addChar(c);
          }
          return;
        case IN_QUOTED_FIELD:
          if (c == EOL) {
            return;
          } else if (c == d.escapechar) {
            state = S.ESCAPE_IN_QUOTED_FIELD;
          } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
            state = d.doublequote ? S.QUOTE_IN_QUOTED_FIELD : S.IN_FIELD;
          } else {
            addChar(c);
          }
          return;
        case ESCAPE_IN_QUOTED_FIELD:
          addChar(c == EOL ? '\n' : c);
          state = S.IN_QUOTED_FIELD;
          return;
        case QUOTE_IN_QUOTED_FIELD:
          if (d.quoting != QUOTE_NONE && c == d.quotechar) {
            addChar(c);
            state = S.IN_QUOTED_FIELD;
          } else if (c == d.delimiter) {
            saveField();
            state = S.START_FIELD;
          } else if (isCrLf(c) || c == EOL) {
            endOrEat(c);
          } else if (!d.strict) {
            addChar(c);
            state = S.IN_FIELD;
          } else {
            throw st.error("'" + new String(Character.toChars(d.delimiter)) + "' expected after '"
                + new String(Character.toChars(d.quotechar)) + "'");
          }
          return;
        case EAT_CRNL:
          if (isCrLf(c)) {
            return;
          } else if (c == EOL) {
            state = S.START_RECORD;
          } else {
            throw st.error("new-line character seen in unquoted field - do you need to open the"
                + " file in universal-newline mode?");
          }
          return;
        default:
          throw new IllegalStateException();
      }
    }
  }

  // ---------------------------------------------------------------- writer

  private static final class Writer implements PyObject {
    final State st;
    final Object write;
    final Dialect dialect;

    Writer(State st, Object write, Dialect dialect) {
      this.st = st;
      this.write = write;
      this.dialect = dialect;
    }

    @Override
    public PyType type() {
      return st.writerType;
    }

    private static boolean isNumber(Object o) {
      if (o instanceof Long || o instanceof BigInteger || o instanceof Double
          || o instanceof Boolean) {
        return true;
      }
      PyType t = Types.typeOf(o);
      return t.lookup("__index__") != null || t.lookup("__float__") != null
          || t.lookup("__int__") != null || t.lookup("__complex__") != null;
    }

    Object writerow(Object row) {
      if (!Ops.isIterable(row)) {
        throw st.error("iterable expected, not " + Types.typeName(row));
      }
      Dialect d = dialect;
      StringBuilder rec = new StringBuilder();
      int numFields = 0;
      PyIterator it = Ops.iter(row);
      for (Object f = it.next(); f != null; f = it.next()) {
        boolean quoted = d.quoting == QUOTE_NONNUMERIC ? !isNumber(f) : d.quoting == QUOTE_ALL;
        String s = f instanceof String ? (String) f : f == PyNone.NONE ? "" : Ops.str(f);
        Budget.chargeSteps(1 + s.length() / 16);
        Budget.reserveMemory(2L * (rec.length() + 2L * s.length() + 3));
        append(rec, s, quoted, numFields);
        numFields++;
      }
      if (numFields > 0 && rec.length() == 0) {
        if (d.quoting == QUOTE_NONE) {
          throw st.error("single empty field record must be quoted");
        }
        append(rec, "", true, 0);
      }
      rec.append(d.lineterminator);
      return Ops.call(write, new Object[] {rec.toString()}, null);
    }

    private void append(StringBuilder rec, String s, boolean quoted, int numFields) {
      Dialect d = dialect;
      if (numFields > 0) {
        rec.appendCodePoint(d.delimiter);
      }
      // First pass: does the field need quotes?
      if (!quoted && d.quoting != QUOTE_NONE) {
        for (int i = 0; i < s.length(); ) {
          int c = s.codePointAt(i);
          i += Character.charCount(c);
          if (special(c) && (c == d.quotechar ? d.doublequote : c != d.escapechar)) {
            quoted = true;
            break;
          }
        }
      }
      if (quoted) {
        rec.appendCodePoint(d.quotechar);
      }
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        boolean escape = false;
        if (special(c)) {
          if (d.quoting == QUOTE_NONE) {
            escape = true;
          } else if (c == d.quotechar) {
            if (d.doublequote) {
              rec.appendCodePoint(d.quotechar);
            } else {
              escape = true;
            }
          } else if (c == d.escapechar) {
            escape = true;
          }
          if (escape) {
            if (d.escapechar == NOT_SET) {
              throw st.error("need to escape, but no escapechar set");
            }
            rec.appendCodePoint(d.escapechar);
          }
        }
        rec.appendCodePoint(c);
      }
      if (quoted) {
        rec.appendCodePoint(d.quotechar);
      }
    }

    private boolean special(int c) {
      Dialect d = dialect;
      return c == d.delimiter || c == d.escapechar || c == d.quotechar
          || d.lineterminator.indexOf(new String(Character.toChars(c))) >= 0;
    }
  }

  // ---------------------------------------------------------------- DictReader / DictWriter

  private static Map<String, Object> ns(String... unused) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "csv");
    return ns;
  }

  private static PyType dictReader(BuiltinFunction reader) {
    Map<String, Object> ns = ns();
    ns.put("__init__", BuiltinFunction.of("__init__", "self, f, fieldnames=None, restkey=None,"
        + " restval=None, dialect='excel', *args, **kwds", a -> {
          Object self = a[0];
          Ops.setAttr(self, "_fieldnames", a[2]);
          Ops.setAttr(self, "restkey", a[3]);
          Ops.setAttr(self, "restval", a[4]);
          Object[] pos = ((PyTuple) a[6]).array();
          PyDict kw = (PyDict) a[7];
          Object[] args = new Object[2 + pos.length + kw.size()];
          args[0] = a[1];
          args[1] = a[5];
          System.arraycopy(pos, 0, args, 2, pos.length);
          String[] names = kw.size() == 0 ? null : new String[kw.size()];
          int k = 0;
          for (PyDict.Entry e : kw.entries()) {
            names[k] = (String) e.key;
            args[2 + pos.length + k++] = e.value;
          }
          Ops.setAttr(self, "reader", Ops.call(reader, args, names));
          Ops.setAttr(self, "dialect", a[5]);
          Ops.setAttr(self, "line_num", 0L);
          return PyNone.NONE;
        }));
    ns.put("__iter__", BuiltinFunction.of("__iter__", "self", a -> a[0]));
    BuiltinFunction getFieldnames = BuiltinFunction.of("fieldnames", "self", a -> {
      Object self = a[0];
      if (Ops.getAttr(self, "_fieldnames") == PyNone.NONE) {
        Object rd = Ops.getAttr(self, "reader");
        Object first = Ops.iter(rd).next();
        if (first != null) {
          Ops.setAttr(self, "_fieldnames", first);
        }
      }
      Ops.setAttr(self, "line_num", Ops.getAttr(Ops.getAttr(self, "reader"), "line_num"));
      return Ops.getAttr(self, "_fieldnames");
    });
    BuiltinFunction setFieldnames = BuiltinFunction.of("fieldnames", "self, value", a -> {
      Ops.setAttr(a[0], "_fieldnames", a[1]);
      return PyNone.NONE;
    });
    ns.put("fieldnames", new Descriptors.Property(getFieldnames, setFieldnames, PyNone.NONE,
        PyNone.NONE));
    ns.put("__next__", BuiltinFunction.of("__next__", "self", a -> {
      Object self = a[0];
      if (Ops.eq(Ops.getAttr(self, "line_num"), 0L)) {
        Ops.getAttr(self, "fieldnames");
      }
      Object rd = Ops.getAttr(self, "reader");
      PyIterator it = Ops.iter(rd);
      Object row = it.next();
      if (row == null) {
        throw Errors.stopIteration(null);
      }
      Ops.setAttr(self, "line_num", Ops.getAttr(rd, "line_num"));
      while (Ops.len(row) == 0) {
        row = it.next();
        if (row == null) {
          throw Errors.stopIteration(null);
        }
      }
      Object names = Ops.getAttr(self, "fieldnames");
      Object[] fn = Builtins.toArray(names);
      Object[] vals = Builtins.toArray(row);
      PyDict d = new PyDict();
      int n = Math.min(fn.length, vals.length);
      for (int i = 0; i < n; i++) {
        Ops.setItem(d, fn[i], vals[i]);
      }
      if (fn.length < vals.length) {
        List<Object> rest = new ArrayList<>();
        for (int i = fn.length; i < vals.length; i++) {
          rest.add(vals[i]);
        }
        Ops.setItem(d, Ops.getAttr(self, "restkey"), PyList.copyOf(rest));
      } else if (fn.length > vals.length) {
        Object restval = Ops.getAttr(self, "restval");
        for (int i = vals.length; i < fn.length; i++) {
          Ops.setItem(d, fn[i], restval);
        }
      }
      return d;
    }));
    return PyType.createClass("DictReader", new PyType[0], ns);
  }

  private static PyType dictWriter(BuiltinFunction writer) {
    Map<String, Object> ns = ns();
    ns.put("__init__", BuiltinFunction.of("__init__", "self, f, fieldnames, restval='',"
        + " extrasaction='raise', dialect='excel', *args, **kwds", a -> {
          Object self = a[0];
          Ops.setAttr(self, "fieldnames", a[2]);
          Ops.setAttr(self, "restval", a[3]);
          Object lower = Ops.call(Ops.getAttr(a[4], "lower"), new Object[0], null);
          if (!"raise".equals(lower) && !"ignore".equals(lower)) {
            throw Errors.valueError("extrasaction (" + Ops.str(a[4])
                + ") must be 'raise' or 'ignore'");
          }
          Ops.setAttr(self, "extrasaction", a[4]);
          Object[] pos = ((PyTuple) a[6]).array();
          PyDict kw = (PyDict) a[7];
          Object[] args = new Object[2 + pos.length + kw.size()];
          args[0] = a[1];
          args[1] = a[5];
          System.arraycopy(pos, 0, args, 2, pos.length);
          String[] names = kw.size() == 0 ? null : new String[kw.size()];
          int k = 0;
          for (PyDict.Entry e : kw.entries()) {
            names[k] = (String) e.key;
            args[2 + pos.length + k++] = e.value;
          }
          Ops.setAttr(self, "writer", Ops.call(writer, args, names));
          return PyNone.NONE;
        }));
    ns.put("writeheader", BuiltinFunction.of("writeheader", "self", a -> {
      Object[] fn = Builtins.toArray(Ops.getAttr(a[0], "fieldnames"));
      PyDict header = new PyDict();
      for (Object f : fn) {
        Ops.setItem(header, f, f);
      }
      return Ops.call(Ops.getAttr(a[0], "writerow"), new Object[] {header}, null);
    }));
    ns.put("_dict_to_list", BuiltinFunction.of("_dict_to_list", "self, rowdict",
        a -> dictToList(a[0], a[1])));
    ns.put("writerow", BuiltinFunction.of("writerow", "self, rowdict", a ->
        Ops.call(Ops.getAttr(Ops.getAttr(a[0], "writer"), "writerow"),
            new Object[] {dictToList(a[0], a[1])}, null)));
    ns.put("writerows", BuiltinFunction.of("writerows", "self, rowdicts", a -> {
      Object wr = Ops.getAttr(Ops.getAttr(a[0], "writer"), "writerow");
      PyIterator it = Ops.iter(a[1]);
      for (Object rd = it.next(); rd != null; rd = it.next()) {
        Ops.call(wr, new Object[] {dictToList(a[0], rd)}, null);
      }
      return PyNone.NONE;
    }));
    return PyType.createClass("DictWriter", new PyType[0], ns);
  }

  private static Object dictToList(Object self, Object rowdict) {
    Object[] fn = Builtins.toArray(Ops.getAttr(self, "fieldnames"));
    if ("raise".equals(Ops.getAttr(self, "extrasaction"))) {
      List<String> wrong = new ArrayList<>();
      Object keys = Ops.call(Ops.getAttr(rowdict, "keys"), new Object[0], null);
      for (Object k : Builtins.toArray(keys)) {
        boolean found = false;
        for (Object f : fn) {
          if (Ops.eq(k, f)) {
            found = true;
            break;
          }
        }
        if (!found) {
          wrong.add(Ops.repr(k));
        }
      }
      if (!wrong.isEmpty()) {
        throw Errors.valueError("dict contains fields not in fieldnames: "
            + String.join(", ", wrong));
      }
    }
    Object restval = Ops.getAttr(self, "restval");
    Object get = Ops.getAttr(rowdict, "get");
    Object[] out = new Object[fn.length];
    for (int i = 0; i < fn.length; i++) {
      out[i] = Ops.call(get, new Object[] {fn[i], restval}, null);
    }
    return PyList.copyOf(java.util.Arrays.asList(out));
  }
}
