package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Str;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code pprint}: {@code PrettyPrinter} (indent, width, depth, stream, compact,
 * sort_dicts, underscore_numbers), {@code pprint}, {@code pformat}, {@code pp},
 * {@code saferepr}, {@code isreadable} and {@code isrecursive}. Dicts, lists, tuples, sets,
 * frozensets, strings and bytes that do not fit are split over lines as CPython splits them;
 * everything else is shown with its repr.
 */
public final class PprintModule implements ModuleProvider {
  private static final Object NONE = PyNone.NONE;

  @Override
  public Set<String> moduleNames() {
    return Set.of("pprint");
  }

  // ---------------------------------------------------------------- the printer

  /** One formatting run's settings and results. */
  static final class Printer {
    final Object self;
    final int indentPerLevel;
    final long width;
    final long depth;
    final boolean compact;
    final boolean sortDicts;
    final boolean underscores;
    /** A script override of {@code format}, or null. */
    final Object formatOverride;
    boolean readable = true;
    boolean recursive;

    Printer(Object self, long indent, long width, long depth, boolean compact,
        boolean sortDicts, boolean underscores, Object formatOverride) {
      this.self = self;
      this.indentPerLevel = (int) Math.min(indent, 1 << 20);
      this.width = width;
      this.depth = depth;
      this.compact = compact;
      this.sortDicts = sortDicts;
      this.underscores = underscores;
      this.formatOverride = formatOverride;
    }

    /** A repr with its readable/recursive flags. */
    record Safe(String repr, boolean readable, boolean recursive) {}

    Safe format(Object o, IdentityHashMap<Object, Boolean> context, long maxLevels, int level) {
      if (formatOverride != null) {
        PyDict ctx = new PyDict();
        for (Object k : context.keySet()) {
          ctx.put(idOf(k), 1L);
        }
        Object r = Ops.call(formatOverride, new Object[] {o, ctx,
            maxLevels == 0 ? NONE : (Object) maxLevels, (long) level}, null);
        Object[] t = dev.moat.runtime.Builtins.toArray(r);
        if (t.length != 3) {
          throw Errors.valueError("format() must return a 3-tuple");
        }
        return new Safe(Ops.str(t[0]), Ops.truth(t[1]), Ops.truth(t[2]));
      }
      return safeRepr(o, context, maxLevels, level);
    }

    Safe safeRepr(Object o, IdentityHashMap<Object, Boolean> context, long maxLevels,
        int level) {
      Budget.chargeSteps(1);
      PyType typ = Types.typeOf(o);
      if (o instanceof String || o instanceof PyBytes || o instanceof Double
          || o instanceof Boolean || o == NONE) {
        return new Safe(Ops.repr(o), true, false);
      }
      if ((o instanceof Long || o instanceof java.math.BigInteger) && typ == Types.INT) {
        if (underscores) {
          return new Safe(Ops.str(Ops.call(Ops.getAttr(o, "__format__"), new Object[] {"_d"},
              null)), true, false);
        }
        return new Safe(Ops.repr(o), true, false);
      }
      if (o instanceof PyDict && sameRepr(typ, Types.DICT)) {
        PyDict d = (PyDict) o;
        if (d.size() == 0) {
          return new Safe("{}", true, false);
        }
        if (maxLevels > 0 && level >= maxLevels) {
          return new Safe("{...}", false, context.containsKey(o));
        }
        if (context.containsKey(o)) {
          return new Safe(recursion(o), false, true);
        }
        context.put(o, true);
        boolean rd = true;
        boolean rc = false;
        List<String> parts = new ArrayList<>();
        for (Object[] kv : items(d)) {
          Safe k = format(kv[0], context, maxLevels, level + 1);
          Safe v = format(kv[1], context, maxLevels, level + 1);
          parts.add(k.repr + ": " + v.repr);
          rd = rd && k.readable && v.readable;
          rc = rc || k.recursive || v.recursive;
        }
        context.remove(o);
        return new Safe("{" + String.join(", ", parts) + "}", rd, rc);
      }
      boolean isList = o instanceof PyList && sameRepr(typ, Types.LIST);
      boolean isTuple = o instanceof PyTuple && sameRepr(typ, Types.TUPLE);
      if (isList || isTuple) {
        Object[] items = isList ? ((PyList) o).toArray() : ((PyTuple) o).array();
        String open;
        String close;
        if (isList) {
          if (items.length == 0) {
            return new Safe("[]", true, false);
          }
          open = "[";
          close = "]";
        } else if (items.length == 1) {
          open = "(";
          close = ",)";
        } else {
          if (items.length == 0) {
            return new Safe("()", true, false);
          }
          open = "(";
          close = ")";
        }
        if (maxLevels > 0 && level >= maxLevels) {
          return new Safe(open + "..." + close, false, context.containsKey(o));
        }
        if (context.containsKey(o)) {
          return new Safe(recursion(o), false, true);
        }
        context.put(o, true);
        boolean rd = true;
        boolean rc = false;
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
          Safe s = format(item, context, maxLevels, level + 1);
          parts.add(s.repr);
          rd = rd && s.readable;
          rc = rc || s.recursive;
        }
        context.remove(o);
        return new Safe(open + String.join(", ", parts) + close, rd, rc);
      }
      String rep = Ops.repr(o);
      return new Safe(rep, !rep.isEmpty() && !rep.startsWith("<"), false);
    }

    String repr(Object o, IdentityHashMap<Object, Boolean> context, int level) {
      Safe s = format(o, new IdentityHashMap<>(context), depth, level);
      if (!s.readable) {
        readable = false;
      }
      if (s.recursive) {
        recursive = true;
      }
      return s.repr;
    }

    List<Object[]> items(PyDict d) {
      List<Object[]> out = new ArrayList<>();
      for (PyDict.Entry e : d.entries()) {
        out.add(new Object[] {e.key, e.value});
      }
      if (sortDicts) {
        out.sort((x, y) -> {
          int c = safeCompare(x[0], y[0]);
          return c != 0 ? c : safeCompare(x[1], y[1]);
        });
      }
      return out;
    }

    void fmt(Object o, StringBuilder out, int indent, int allowance,
        IdentityHashMap<Object, Boolean> context, int level) {
      Budget.chargeSteps(1);
      if (context.containsKey(o)) {
        out.append(recursion(o));
        recursive = true;
        readable = false;
        return;
      }
      String rep = repr(o, context, level);
      long maxWidth = width - indent - allowance;
      if (Str.length(rep) > maxWidth) {
        PyType t = Types.typeOf(o);
        boolean handled = true;
        context.put(o, true);
        try {
          if (o instanceof PyDict && sameRepr(t, Types.DICT)) {
            pprintDict((PyDict) o, out, indent, allowance, context, level + 1);
          } else if (o instanceof PyList && sameRepr(t, Types.LIST)) {
            out.append('[');
            formatItems(Arrays.asList(((PyList) o).toArray()), out, indent, allowance + 1,
                context, level + 1);
            out.append(']');
          } else if (o instanceof PyTuple && sameRepr(t, Types.TUPLE)) {
            Object[] items = ((PyTuple) o).array();
            out.append('(');
            String end = items.length == 1 ? ",)" : ")";
            formatItems(Arrays.asList(items), out, indent, allowance + end.length(), context,
                level + 1);
            out.append(end);
          } else if (o instanceof PySet && (sameRepr(t, Types.SET)
              || sameRepr(t, Types.FROZENSET))) {
            pprintSet((PySet) o, out, indent, allowance, context, level + 1);
          } else if (o instanceof String) {
            pprintStr((String) o, out, indent, allowance, level + 1);
          } else if (o instanceof PyBytes) {
            pprintBytes((PyBytes) o, out, indent, allowance, level + 1);
          } else {
            handled = false;
          }
        } finally {
          context.remove(o);
        }
        if (handled) {
          return;
        }
      }
      out.append(rep);
    }

    void pprintDict(PyDict d, StringBuilder out, int indent, int allowance,
        IdentityHashMap<Object, Boolean> context, int level) {
      out.append('{');
      if (indentPerLevel > 1) {
        out.append(" ".repeat(indentPerLevel - 1));
      }
      if (d.size() > 0) {
        List<Object[]> items = items(d);
        int ind = indent + indentPerLevel;
        String delim = ",\n" + " ".repeat(ind);
        for (int i = 0; i < items.size(); i++) {
          boolean last = i == items.size() - 1;
          String rep = repr(items.get(i)[0], context, level);
          out.append(rep).append(": ");
          fmt(items.get(i)[1], out, ind + Str.length(rep) + 2, last ? allowance + 1 : 1,
              context, level);
          if (!last) {
            out.append(delim);
          }
        }
      }
      out.append('}');
    }

    void pprintSet(PySet s, StringBuilder out, int indent, int allowance,
        IdentityHashMap<Object, Boolean> context, int level) {
      if (s.size() == 0) {
        out.append(Ops.repr(s));
        return;
      }
      String end;
      PyType t = Types.typeOf(s);
      if (t == Types.SET) {
        out.append('{');
        end = "}";
      } else {
        out.append(t.name()).append("({");
        end = "})";
        indent += t.name().length() + 1;
      }
      List<Object> items = new ArrayList<>(Arrays.asList(s.toArray()));
      items.sort(Printer::safeCompare);
      formatItems(items, out, indent, allowance + end.length(), context, level);
      out.append(end);
    }

    void formatItems(List<Object> items, StringBuilder out, int indent, int allowance,
        IdentityHashMap<Object, Boolean> context, int level) {
      indent += indentPerLevel;
      if (indentPerLevel > 1) {
        out.append(" ".repeat(indentPerLevel - 1));
      }
      String delimNl = ",\n" + " ".repeat(indent);
      String delim = "";
      long w = width - indent + 1;
      long maxWidth = w;
      for (int i = 0; i < items.size(); i++) {
        Object ent = items.get(i);
        boolean last = i == items.size() - 1;
        if (last) {
          maxWidth -= allowance;
          w -= allowance;
        }
        if (compact) {
          String rep = repr(ent, context, level);
          int need = Str.length(rep) + 2;
          if (w < need) {
            w = maxWidth;
            if (!delim.isEmpty()) {
              delim = delimNl;
            }
          }
          if (w >= need) {
            w -= need;
            out.append(delim);
            delim = ", ";
            out.append(rep);
            continue;
          }
        }
        out.append(delim);
        delim = delimNl;
        fmt(ent, out, indent, last ? allowance : 1, context, level);
      }
    }

    void pprintStr(String s, StringBuilder out, int indent, int allowance, int level) {
      if (s.isEmpty()) {
        out.append(Ops.repr(s));
        return;
      }
      List<String> chunks = new ArrayList<>();
      Object[] lines = dev.moat.runtime.Builtins.toArray(Ops.call(Ops.getAttr(s, "splitlines"),
          new Object[] {true}, null));
      if (level == 1) {
        indent += 1;
        allowance += 1;
      }
      long maxWidth1 = width - indent;
      long maxWidth = maxWidth1;
      String rep = null;
      for (int i = 0; i < lines.length; i++) {
        String line = (String) lines[i];
        rep = Ops.repr(line);
        if (i == lines.length - 1) {
          maxWidth1 -= allowance;
        }
        if (Str.length(rep) <= maxWidth1) {
          chunks.add(rep);
        } else {
          List<String> parts = wordParts(line);
          long maxWidth2 = maxWidth;
          String current = "";
          for (int j = 0; j < parts.size(); j++) {
            Budget.chargeSteps(1);
            String candidate = current + parts.get(j);
            if (j == parts.size() - 1 && i == lines.length - 1) {
              maxWidth2 -= allowance;
            }
            if (Str.length(Ops.repr(candidate)) > maxWidth2) {
              if (!current.isEmpty()) {
                chunks.add(Ops.repr(current));
              }
              current = parts.get(j);
            } else {
              current = candidate;
            }
          }
          if (!current.isEmpty()) {
            chunks.add(Ops.repr(current));
          }
        }
      }
      if (chunks.size() == 1) {
        out.append(rep);
        return;
      }
      if (level == 1) {
        out.append('(');
      }
      for (int i = 0; i < chunks.size(); i++) {
        if (i > 0) {
          out.append('\n').append(" ".repeat(indent));
        }
        out.append(chunks.get(i));
      }
      if (level == 1) {
        out.append(')');
      }
    }

    void pprintBytes(PyBytes b, StringBuilder out, int indent, int allowance, int level) {
      byte[] data = b.array();
      if (data.length <= 4) {
        out.append(Ops.repr(b));
        return;
      }
      boolean parens = level == 1;
      if (parens) {
        indent += 1;
        allowance += 1;
        out.append('(');
      }
      String delim = "";
      long w = width - indent;
      int lastStart = data.length / 4 * 4;
      byte[] current = new byte[0];
      List<String> reps = new ArrayList<>();
      for (int i = 0; i < data.length; i += 4) {
        Budget.chargeSteps(1);
        byte[] part = Arrays.copyOfRange(data, i, Math.min(data.length, i + 4));
        byte[] candidate = Arrays.copyOf(current, current.length + part.length);
        System.arraycopy(part, 0, candidate, current.length, part.length);
        if (i == lastStart) {
          w -= allowance;
        }
        if (Ops.repr(new PyBytes(candidate)).length() > w) {
          if (current.length > 0) {
            reps.add(Ops.repr(new PyBytes(current)));
          }
          current = part;
        } else {
          current = candidate;
        }
      }
      if (current.length > 0) {
        reps.add(Ops.repr(new PyBytes(current)));
      }
      for (String r : reps) {
        out.append(delim).append(r);
        if (delim.isEmpty()) {
          delim = "\n" + " ".repeat(indent);
        }
      }
      if (parens) {
        out.append(')');
      }
    }

    /** The (non-space run, space run) pieces of a line, as {@code \\S*\\s*} finds them. */
    static List<String> wordParts(String line) {
      List<String> parts = new ArrayList<>();
      int n = line.length();
      int i = 0;
      while (i < n) {
        int start = i;
        while (i < n && !isSpace(line.codePointAt(i))) {
          i += Character.charCount(line.codePointAt(i));
        }
        while (i < n && isSpace(line.codePointAt(i))) {
          i += Character.charCount(line.codePointAt(i));
        }
        parts.add(line.substring(start, i));
      }
      return parts;
    }

    static boolean isSpace(int c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** Sorting that falls back to the type name when values cannot be compared. */
    static int safeCompare(Object a, Object b) {
      Budget.chargeSteps(1);
      try {
        if (Ops.lessThan(a, b)) {
          return -1;
        }
        if (Ops.lessThan(b, a)) {
          return 1;
        }
        return 0;
      } catch (PyException e) {
        if (!e.isInstance(ExceptionTypes.TYPE_ERROR)) {
          throw e;
        }
        String ta = "<class '" + Types.typeOf(a).name() + "'>";
        String tb = "<class '" + Types.typeOf(b).name() + "'>";
        int c = ta.compareTo(tb);
        if (c != 0) {
          return c;
        }
        return Integer.compare(System.identityHashCode(a), System.identityHashCode(b));
      }
    }
  }

  private static boolean sameRepr(PyType t, PyType builtin) {
    return t == builtin || t.lookup("__repr__") == builtin.lookup("__repr__");
  }

  private static String recursion(Object o) {
    return "<Recursion on " + Types.typeOf(o).name() + " with id=" + idOf(o) + ">";
  }

  private static Object idOf(Object o) {
    InterpreterState st = InterpreterState.current();
    Object idFn = st == null ? null : st.builtins().get("id");
    return idFn == null ? (Object) (long) System.identityHashCode(o)
        : Ops.call(idFn, new Object[] {o}, null);
  }

  // ---------------------------------------------------------------- module

  private static final String[] ATTRS = {"_indent_per_level", "_width", "_depth", "_stream",
      "_compact", "_sort_dicts", "_underscore_numbers"};

  private static Printer printerOf(Object self, BuiltinFunction ownFormat) {
    Object[] v = new Object[ATTRS.length];
    for (int i = 0; i < ATTRS.length; i++) {
      v[i] = Ops.getAttr(self, ATTRS[i]);
    }
    Object fmt = Types.typeOf(self).lookup("format");
    return new Printer(self, Ops.asIndex(v[0], "indent"), Ops.asIndex(v[1], "width"),
        v[2] == NONE ? 0 : Ops.asIndex(v[2], "depth"), Ops.truth(v[4]), Ops.truth(v[5]),
        Ops.truth(v[6]), ownFormat == null || fmt == ownFormat ? null
            : Ops.getAttr(self, "format"));
  }

  /** The printer configured by {@code self}'s attributes, without a format override. */
  private static Printer printerOfSafe(Object self) {
    try {
      return printerOf(self, null);
    } catch (PyException e) {
      if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
  }

  private static String pformat(Printer p, Object o) {
    StringBuilder sb = new StringBuilder();
    p.fmt(o, sb, 0, 0, new IdentityHashMap<>(), 0);
    return sb.toString();
  }

  private static void write(Object stream, String s) {
    if (stream == NONE) {
      InterpreterState st = InterpreterState.current();
      Object replaced = st == null ? null : st.replacedStdout();
      if (replaced == NONE) {
        return;
      }
      if (replaced == null) {
        if (st != null) {
          st.write(s, false);
        }
        return;
      }
      stream = replaced;
    }
    Ops.call(Ops.getAttr(stream, "write"), new Object[] {s}, null);
  }

  private static PyTuple safe(Printer.Safe s) {
    return PyTuple.of(s.repr(), s.readable(), s.recursive());
  }


  @Override
  public PyModule create(String name) {
    BuiltinFunction ownFormat = BuiltinFunction.of("format",
        "self, object, context, maxlevels, level", a -> {
          Printer p = new Printer(a[0], 1, 80, 0, false, true, false, null);
          Printer conf = printerOfSafe(a[0]);
          if (conf != null) {
            p = conf;
          }
          IdentityHashMap<Object, Boolean> ctx = new IdentityHashMap<>();
          return safe(p.safeRepr(a[1], ctx, a[3] == NONE ? 0 : Ops.asIndex(a[3], "maxlevels"),
              (int) Ops.asIndex(a[4], "level")));
        });
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "pprint");
    ns.put("__init__", BuiltinFunction.of("__init__", "self, indent=1, width=80, depth=None,"
        + " stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False", a -> {
          long indent = Ops.asIndex(a[1], "'" + Types.typeName(a[1]) + "' object cannot be"
              + " interpreted as an integer");
          if (indent < 0) {
            throw Errors.valueError("indent must be >= 0");
          }
          if (a[3] != NONE && Ops.asIndex(a[3], "depth") <= 0) {
            throw Errors.valueError("depth must be > 0");
          }
          if (Ops.asIndex(a[2], "'" + Types.typeName(a[2]) + "' object cannot be interpreted"
              + " as an integer") == 0) {
            throw Errors.valueError("width must be != 0");
          }
          Object[] vals = {a[1], a[2], a[3], a[4], Ops.truth(a[5]), Ops.truth(a[6]),
              Ops.truth(a[7])};
          for (int i = 0; i < ATTRS.length; i++) {
            Ops.setAttr(a[0], ATTRS[i], vals[i]);
          }
          return NONE;
        }));
    ns.put("pformat", BuiltinFunction.of("pformat", "self, object", a ->
        pformat(printerOf(a[0], ownFormat), a[1])));
    ns.put("pprint", BuiltinFunction.of("pprint", "self, object", a -> {
      Object stream = Ops.getAttr(a[0], "_stream");
      write(stream, pformat(printerOf(a[0], ownFormat), a[1]) + "\n");
      return NONE;
    }));
    ns.put("isreadable", BuiltinFunction.of("isreadable", "self, object", a -> {
      Printer.Safe s = printerOf(a[0], ownFormat).format(a[1], new IdentityHashMap<>(), 0, 0);
      return s.readable() && !s.recursive();
    }));
    ns.put("isrecursive", BuiltinFunction.of("isrecursive", "self, object", a ->
        printerOf(a[0], ownFormat).format(a[1], new IdentityHashMap<>(), 0, 0).recursive()));
    ns.put("format", ownFormat);
    PyType printerType = PyType.createClass("PrettyPrinter", new PyType[0], ns);

    String opts = "indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,"
        + " underscore_numbers=False";
    BuiltinFunction pprintFn = BuiltinFunction.of("pprint", "object, stream=None, " + opts,
        a -> {
          Object p = Ops.call(printerType, new Object[] {a[1], a[2], a[3], a[4], a[5], a[6],
              a[7]}, new String[] {"stream", "indent", "width", "depth", "compact", "sort_dicts",
                  "underscore_numbers"});
          return Ops.call(Ops.getAttr(p, "pprint"), new Object[] {a[0]}, null);
        });
    return ModuleBuilder.named("pprint")
        .constant("PrettyPrinter", printerType)
        .function("pformat", "object, " + opts, a -> pformat(printerOf(Ops.call(printerType,
            new Object[] {a[1], a[2], a[3], a[4], a[5], a[6]}, new String[] {"indent", "width",
                "depth", "compact", "sort_dicts", "underscore_numbers"}), ownFormat), a[0]))
        .constant("pprint", pprintFn)
        .function("pp", "object, *args, sort_dicts=False, **kwargs", a -> {
          PyTuple rest = (PyTuple) a[1];
          PyDict kw = (PyDict) a[3];
          Object[] all = new Object[1 + rest.size() + 1 + kw.size()];
          String[] names = new String[1 + kw.size()];
          all[0] = a[0];
          System.arraycopy(rest.array(), 0, all, 1, rest.size());
          int i = 1 + rest.size();
          all[i] = a[2];
          names[0] = "sort_dicts";
          int j = 1;
          for (PyDict.Entry e : kw.entries()) {
            all[i + j] = e.value;
            names[j++] = (String) e.key;
          }
          return Ops.call(pprintFn, all, names);
        })
        .function("saferepr", "object", a -> new Printer(null, 1, 80, 0, false, true, false,
            null).safeRepr(a[0], new IdentityHashMap<>(), 0, 0).repr())
        .function("isreadable", "object", a -> new Printer(null, 1, 80, 0, false, true, false,
            null).safeRepr(a[0], new IdentityHashMap<>(), 0, 0).readable())
        .function("isrecursive", "object", a -> new Printer(null, 1, 80, 0, false, true,
            false, null).safeRepr(a[0], new IdentityHashMap<>(), 0, 0).recursive())
        .build();
  }
}
