package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyObject;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The safe part of {@code sys}: the interpreter's output streams, {@code argv} as the host gave
 * it, {@code exit}, version facts and the recursion limit (never above the host's). Nothing
 * about the real host (paths, environment, platform) is exposed.
 */
public final class SysModule implements ModuleProvider {
  private static final long MAXSIZE = Long.MAX_VALUE;

  // named tuples like CPython's struct sequences of the same names (shared, so immutable)
  static final PyType VERSION_INFO = NamedTuples.create("version_info",
      "major minor micro releaselevel serial", false, PyNone.NONE, "sys");
  static final PyType FLOAT_INFO = NamedTuples.create("float_info", "max max_exp max_10_exp min"
      + " min_exp min_10_exp dig mant_dig epsilon radix rounds", false, PyNone.NONE, "sys");
  static final PyType INT_INFO = NamedTuples.create("int_info", "bits_per_digit sizeof_digit"
      + " default_max_str_digits str_digits_check_threshold", false, PyNone.NONE, "sys");

  static {
    LibClasses.share(VERSION_INFO, FLOAT_INFO, INT_INFO);
  }

  @Override
  public Set<String> moduleNames() {
    return Set.of("sys");
  }

  @Override
  public PyModule create(String name) {
    InterpreterState st = InterpreterState.current();
    PyList argv = new PyList();
    if (st != null) {
      for (String a : st.argv()) {
        argv.append(a);
      }
    }
    // sys.__stdout__ is sys.stdout until a script replaces the latter (print follows it)
    PyObject stdout = stream("stdout", false);
    PyObject stderr = stream("stderr", true);
    return ModuleBuilder.named("sys")
        .constant("stdout", stdout)
        .constant("stderr", stderr)
        .constant("__stdout__", stdout)
        .constant("__stderr__", stderr)
        .constant("argv", argv)
        .constant("maxsize", MAXSIZE)
        .constant("byteorder", "little")
        .constant("version", "3.11.7 (moat)")
        .constant("version_info", Ops.call(VERSION_INFO,
            new Object[] {3L, 11L, 7L, "final", 0L}, null))
        .constant("float_info", Ops.call(FLOAT_INFO, new Object[] {Double.MAX_VALUE, 1024L,
            308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L}, null))
        .constant("int_info", Ops.call(INT_INFO, new Object[] {30L, 4L, 4300L, 640L}, null))
        .constant("hexversion", 0x030B07F0L)
        .constant("implementation", namespace("implementation", Map.of("name", "moat",
            "version", PyTuple.of(0L, 1L, 0L, "alpha", 0L), "cache_tag", PyNone.NONE)))
        .constant("platform", "moat")
        .function("exit", "status=None, /", a -> {
          throw new PyException(a[0] == PyNone.NONE
              ? new PyBaseException(ExceptionTypes.SYSTEM_EXIT)
              : new PyBaseException(ExceptionTypes.SYSTEM_EXIT, a[0]));
        })
        .function("exc_info", "", a -> {
          // the exception being handled; Moat has no traceback objects, so the third is None
          InterpreterState s = InterpreterState.current();
          PyBaseException h = s == null ? null : s.handled;
          return h == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
              : PyTuple.of(h.type(), h, PyNone.NONE);
        })
        .function("getrecursionlimit", "", a -> {
          InterpreterState s = InterpreterState.current();
          return (long) (s == null ? 1000 : s.maxDepth());
        })
        .function("setrecursionlimit", "limit, /", a -> {
          long n = Ops.asIndex(a[0], "'" + Types.typeName(a[0])
              + "' object cannot be interpreted as an integer");
          if (n < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
          }
          InterpreterState s = InterpreterState.current();
          if (s != null) {
            s.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
          }
          return PyNone.NONE;
        })
        .function("intern", "string, /", a -> {
          if (!(a[0] instanceof String)) {
            throw Errors.typeError("intern() argument must be str, not " + Types.typeName(a[0]));
          }
          return a[0];
        })
        .function("getsizeof", "object, default=?, /", a -> {
          throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
              "sys.getsizeof is not available in Moat");
        })
        .build();
  }

  /** sys.stdout / sys.stderr: write() goes to the interpreter's sink and counts as output. */
  private static PyObject stream(String name, boolean err) {
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("name", "<" + name + ">");
    attrs.put("encoding", "utf-8");
    PyObject s = namespace("TextIOWrapper", attrs);
    PyType t = s.type();
    t.setAttribute("write", new BuiltinFunction("write", "self, s, /", null, null, a -> {
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("write() argument must be str, not " + Types.typeName(a[1]));
      }
      InterpreterState st = InterpreterState.current();
      if (st != null) {
        st.write((String) a[1], err);
      }
      return (long) ((String) a[1]).codePointCount(0, ((String) a[1]).length());
    }));
    t.setAttribute("flush", new BuiltinFunction("flush", "self", null, null, a -> {
      InterpreterState st = InterpreterState.current();
      if (st != null) {
        st.flush();
      }
      return PyNone.NONE;
    }));
    t.setAttribute("isatty", new BuiltinFunction("isatty", "self", null, null, a -> false));
    t.setAttribute("writable", new BuiltinFunction("writable", "self", null, null, a -> true));
    return s;
  }

  /** A plain object with attributes, of a fresh class named {@code typeName}. */
  private static PyObject namespace(String typeName, Map<String, Object> attrs) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "sys");
    PyType t = PyType.createClass(typeName, new PyType[0], ns);
    PyObject o = t.newInstance();
    PyDict d = ((dev.moat.runtime.PyInstance) o).dict();
    for (Map.Entry<String, Object> e : attrs.entrySet()) {
      d.put(e.getKey(), e.getValue());
    }
    return o;
  }
}
