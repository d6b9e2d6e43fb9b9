package dev.moat.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python parameter list and the one binder that maps call arguments onto it, used by script
 * functions and built-ins alike. Slots are laid out as: positional parameters, then the
 * {@code *args} tuple (if any), then keyword-only parameters, then the {@code **kwargs} dict.
 *
 * <p>Built-ins declare theirs as a string, e.g. {@code "self, sep=None, maxsplit=-1"},
 * {@code "x, /, *, key=None, default=?"}: {@code /} ends positional-only parameters, {@code *}
 * or {@code *name} starts keyword-only ones, {@code **name} collects the rest, and a default of
 * {@code ?} means "optional, and the function sees {@link #MISSING} when it is left out".
 */
public final class Signature {
  /** The value an optional built-in parameter has when the caller left it out. */
  public static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "<missing>";
    }
  };

  private final String name;
  private final String[] names;
  private final int posonly;
  private final int positional;
  private final int varargsSlot;
  private final int kwonlyStart;
  private final int kwargsSlot;
  private final int slotCount;
  /** Built-in defaults per slot (null = required); script functions pass their own. */
  private final Object[] defaults;
  private final boolean simple;

  /**
   * @param name the function name for messages (qualname for script functions)
   * @param positionalNames positional parameter names (posonly first)
   * @param posonly how many of them are positional-only
   * @param varargs the {@code *args} name, or null
   * @param kwonlyNames keyword-only parameter names
   * @param kwargs the {@code **kwargs} name, or null
   * @param defaults per-slot defaults for built-ins, or null for script functions
   */
  public Signature(String name, List<String> positionalNames, int posonly, String varargs,
      List<String> kwonlyNames, String kwargs, Object[] defaults) {
    this.name = name;
    this.posonly = posonly;
    this.positional = positionalNames.size();
    List<String> all = new ArrayList<>(positionalNames);
    this.varargsSlot = varargs == null ? -1 : all.size();
    if (varargs != null) {
      all.add(varargs);
    }
    this.kwonlyStart = all.size();
    all.addAll(kwonlyNames);
    this.kwargsSlot = kwargs == null ? -1 : all.size();
    if (kwargs != null) {
      all.add(kwargs);
    }
    this.names = all.toArray(new String[0]);
    this.slotCount = names.length;
    this.defaults = defaults;
    this.simple = varargs == null && kwargs == null && kwonlyNames.isEmpty();
  }

  /** Parses a built-in's declaration (see the class comment). */
  public static Signature parse(String name, String decl) {
    List<String> pos = new ArrayList<>();
    List<String> kwonly = new ArrayList<>();
    List<Object> defs = new ArrayList<>();
    String varargs = null;
    String kwargs = null;
    int posonly = 0;
    boolean inKwonly = false;
    if (!decl.isBlank()) {
      for (String raw : decl.split(",")) {
        String p = raw.trim();
        if (p.equals("/")) {
          posonly = pos.size();
          continue;
        }
        if (p.startsWith("**")) {
          kwargs = p.substring(2);
          continue;
        }
        if (p.startsWith("*")) {
          inKwonly = true;
          if (p.length() > 1) {
            varargs = p.substring(1);
            defs.add(null);
          }
          continue;
        }
        int eq = p.indexOf('=');
        String pname = eq < 0 ? p : p.substring(0, eq).trim();
        Object def = eq < 0 ? null : parseDefault(p.substring(eq + 1).trim());
        (inKwonly ? kwonly : pos).add(pname);
        defs.add(def);
      }
    }
    if (kwargs != null) {
      defs.add(null);
    }
    // defaults were collected in declaration order: pos, [varargs], kwonly, [kwargs] = slot order
    return new Signature(name, pos, posonly, varargs, kwonly, kwargs, defs.toArray());
  }

  private static Object parseDefault(String s) {
    switch (s) {
      case "None":
        return PyNone.NONE;
      case "True":
        return Boolean.TRUE;
      case "False":
        return Boolean.FALSE;
      case "?":
        return MISSING;
      default:
        break;
    }
    if (s.startsWith("'") || s.startsWith("\"")) {
      return s.substring(1, s.length() - 1);
    }
    if (s.contains(".") || s.contains("e") || s.contains("E")) {
      return Double.parseDouble(s);
    }
    return Long.parseLong(s);
  }

  public String name() {
    return name;
  }

  public int slotCount() {
    return slotCount;
  }

  public String[] names() {
    return names;
  }

  public int positionalCount() {
    return positional;
  }

  /**
   * For a method of a built-in type whose parameters are all positional-only ({@code self}
   * included): CPython's arity message when {@code nargs} (self included) does not fit, else
   * null. Methods without arguments and with exactly one say so; others count like CPython's
   * argument clinic ("pop expected at most 1 argument, got 2").
   */
  private static final java.util.Set<String> OLD_STYLE = java.util.Set.of("str.find",
      "str.rfind", "str.index", "str.rindex", "str.count", "str.startswith", "str.endswith",
      "bytes.find", "bytes.rfind", "bytes.index", "bytes.rindex", "bytes.count",
      "bytes.startswith", "bytes.endswith", "bytearray.find", "bytearray.rfind",
      "bytearray.index", "bytearray.rindex", "bytearray.count", "bytearray.startswith",
      "bytearray.endswith");

  /**
   * For a plain built-in function whose parameters are all positional-only: CPython's arity
   * message ("len() takes exactly one argument (0 given)", "divmod expected 2 arguments, got 1")
   * when {@code nargs} does not fit, else null.
   */
  /** Built-in functions CPython declares as taking exactly one object (METH_O). */
  private static final java.util.Set<String> ONE_ARG = java.util.Set.of("len", "abs", "hash",
      "repr", "ascii", "bin", "hex", "oct", "callable", "chr", "ord", "id");

  PyException plainArity(int nargs) {
    if (varargsSlot >= 0 || kwargsSlot >= 0 || slotCount != positional || posonly != positional
        || positional == 0) {
      return null;
    }
    int required = 0;
    for (int i = 0; i < positional; i++) {
      if (defaults == null || defaults[i] == null) {
        required = i + 1;
      }
    }
    if (nargs >= required && nargs <= positional) {
      return null;
    }
    if (required == 1 && positional == 1 && ONE_ARG.contains(name)) {
      return Errors.typeError(name + "() takes exactly one argument (" + nargs + " given)");
    }
    String bound = required == positional ? "" : nargs > positional ? "at most " : "at least ";
    int n = nargs > positional ? positional : required;
    return Errors.typeError(name + " expected " + bound + n + " argument" + (n == 1 ? "" : "s")
        + ", got " + nargs);
  }

  PyException methodArity(String owner, int nargs) {
    if (varargsSlot >= 0 || kwargsSlot >= 0 || slotCount != positional || positional == 0) {
      return null;
    }
    boolean keywords = posonly != positional && positional > 1;
    int required = 0;
    for (int i = 0; i < positional; i++) {
      if (defaults == null || defaults[i] == null) {
        required = i + 1;
      }
    }
    int given = nargs - 1;
    int max = positional - 1;
    int min = required - 1;
    if (given >= min && given <= max) {
      return null;
    }
    if (max == 0) {
      return Errors.typeError(owner + "." + name + "() takes no arguments (" + given
          + " given)");
    }
    if (max == 1 && min == 1) {
      return Errors.typeError(owner + "." + name + "() takes exactly one argument (" + given
          + " given)");
    }
    if (keywords || OLD_STYLE.contains(owner + "." + name)) {
      // methods that also take keywords, and a few older ones, count the other way
      if (given > max) {
        return Errors.typeError(name + "() takes at most " + max + " argument"
            + (max == 1 ? "" : "s") + " (" + given + " given)");
      }
      if (!OLD_STYLE.contains(owner + "." + name)) {
        return null;
      }
      return Errors.typeError(name + "() takes at least " + min + " argument"
          + (min == 1 ? "" : "s") + " (" + given + " given)");
    }
    String bound = min == max ? "" : given > max ? "at most " : "at least ";
    int n = given > max ? max : min;
    return Errors.typeError(name + " expected " + bound + n + " argument" + (n == 1 ? "" : "s")
        + ", got " + given);
  }

  /** {@code __defaults__}: the defaults of the trailing positional parameters, or None. */
  public Object positionalDefaults(Object[] slotDefaults) {
    if (slotDefaults == null) {
      return PyNone.NONE;
    }
    int first = positional;
    while (first > 0 && slotDefaults[first - 1] != null) {
      first--;
    }
    if (first == positional) {
      return PyNone.NONE;
    }
    return PyTuple.of(java.util.Arrays.copyOfRange(slotDefaults, first, positional));
  }

  /** {@code __kwdefaults__}: a dict of the keyword-only defaults, or None. */
  public Object keywordDefaults(Object[] slotDefaults) {
    PyDict d = new PyDict();
    for (int i = kwonlyStart; slotDefaults != null && i < slotCount; i++) {
      if (i != kwargsSlot && i != varargsSlot && slotDefaults[i] != null) {
        d.put(names[i], slotDefaults[i]);
      }
    }
    return d.size() == 0 ? PyNone.NONE : d;
  }

  /** Binds a built-in call, using the declared defaults. May return {@code args} itself. */
  public Object[] bind(Object[] args, String[] kwnames) {
    if (simple && kwnames == null && args.length == slotCount) {
      return args;
    }
    Object[] out = new Object[slotCount];
    bindInto(args, kwnames, defaults, out);
    return out;
  }

  /**
   * Binds call arguments into {@code out} (length >= slotCount). {@code slotDefaults} holds a
   * default per slot, null where the parameter is required.
   *
   * @throws PyException TypeError with CPython's messages when the call does not fit
   */
  public void bindInto(Object[] args, String[] kwnames, Object[] slotDefaults, Object[] out) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nkw;
    if (npos > positional) {
      if (varargsSlot < 0) {
        throw tooManyPositional(npos, kwnames, slotDefaults);
      }
      System.arraycopy(args, 0, out, 0, positional);
      Object[] rest = new Object[npos - positional];
      System.arraycopy(args, positional, rest, 0, rest.length);
      out[varargsSlot] = PyTuple.of(rest);
    } else {
      System.arraycopy(args, 0, out, 0, npos);
      if (varargsSlot >= 0) {
        out[varargsSlot] = PyTuple.EMPTY;
      }
    }
    PyDict extra = null;
    if (kwargsSlot >= 0) {
      extra = new PyDict();
      out[kwargsSlot] = extra;
    }
    List<String> posonlyAsKw = null;
    for (int k = 0; k < nkw; k++) {
      String kw = kwnames[k];
      Object v = args[npos + k];
      int slot = -1;
      for (int i = posonly; i < slotCount; i++) {
        if (i != varargsSlot && i != kwargsSlot && names[i].equals(kw)) {
          slot = i;
          break;
        }
      }
      if (slot < 0) {
        if (extra != null) {
          extra.put(kw, v);
          continue;
        }
        boolean isPosonly = false;
        for (int i = 0; i < posonly; i++) {
          if (names[i].equals(kw)) {
            isPosonly = true;
          }
        }
        if (isPosonly) {
          if (posonlyAsKw == null) {
            posonlyAsKw = new ArrayList<>();
          }
          posonlyAsKw.add(kw);
          continue;
        }
        throw Errors.typeError(name + "() got an unexpected keyword argument '" + kw + "'");
      }
      if (out[slot] != null) {
        throw Errors.typeError(name + "() got multiple values for argument '" + kw + "'");
      }
      out[slot] = v;
    }
    if (posonlyAsKw != null) {
      throw Errors.typeError(name + "() got some positional-only arguments passed as keyword"
          + " arguments: '" + String.join(", ", posonlyAsKw) + "'");
    }
    List<String> missing = null;
    for (int i = 0; i < slotCount; i++) {
      if (out[i] == null && i != varargsSlot && i != kwargsSlot) {
        Object d = slotDefaults == null ? null : slotDefaults[i];
        if (d != null) {
          out[i] = d;
        } else if (i < positional) {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(names[i]);
        }
      }
    }
    if (missing != null) {
      throw missingArgs(missing, "positional");
    }
    for (int i = kwonlyStart; i < slotCount; i++) {
      if (out[i] == null && i != kwargsSlot) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(names[i]);
      }
    }
    if (missing != null) {
      throw missingArgs(missing, "keyword-only");
    }
  }

  private PyException missingArgs(List<String> missing, String kind) {
    StringBuilder sb = new StringBuilder(name).append("() missing ").append(missing.size())
        .append(" required ").append(kind).append(" argument")
        .append(missing.size() == 1 ? "" : "s").append(": ");
    for (int i = 0; i < missing.size(); i++) {
      if (i > 0) {
        sb.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
      }
      sb.append('\'').append(missing.get(i)).append('\'');
    }
    return Errors.typeError(sb.toString());
  }

  private PyException tooManyPositional(int given, String[] kwnames, Object[] slotDefaults) {
    int withDefault = 0;
    for (int i = 0; i < positional; i++) {
      if (slotDefaults != null && slotDefaults[i] != null) {
        withDefault++;
      }
    }
    int kwonlyGiven = 0;
    if (kwnames != null) {
      for (String k : kwnames) {
        for (int i = kwonlyStart; i < slotCount; i++) {
          if (i != kwargsSlot && names[i].equals(k)) {
            kwonlyGiven++;
          }
        }
      }
    }
    String takes;
    if (withDefault > 0) {
      takes = "from " + (positional - withDefault) + " to " + positional + " positional arguments";
    } else {
      takes = positional + " positional argument" + (positional == 1 ? "" : "s");
    }
    String was = given == 1 ? "was" : "were";
    if (kwonlyGiven > 0) {
      return Errors.typeError(name + "() takes " + takes + " but " + given + " positional argument"
          + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument"
          + (kwonlyGiven == 1 ? "" : "s") + ") were given");
    }
    return Errors.typeError(name + "() takes " + takes + " but " + given + " " + was + " given");
  }
}
