package dev.moat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Helpers for tests of built-in methods: values are built the way the interpreter holds them
 * and methods are called the way it calls them, {@code Ops.call(Ops.getAttr(recv, name), ...)}.
 */
abstract class MethodTestSupport {
  static final Object NONE = PyNone.NONE;

  static {
    // the built-in types get their methods when the builtins namespace is first built
    Builtins.defaults();
  }

  static Object[] args(Object... a) {
    return a;
  }

  static String[] kw(String... names) {
    return names;
  }

  static BigInteger big(String digits) {
    return new BigInteger(digits);
  }

  /** A bytes value from a string whose chars are the byte values (latin-1). */
  static PyBytes b(String latin1) {
    return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A bytearray value from a string whose chars are the byte values (latin-1). */
  static PyByteArray ba(String latin1) {
    return new PyByteArray(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  static PyList list(Object... items) {
    return PyList.of(items);
  }

  static PyTuple tup(Object... items) {
    return PyTuple.of(items.clone());
  }

  static PyDict dict(Object... kv) {
    PyDict d = new PyDict();
    for (int i = 0; i < kv.length; i += 2) {
      d.put(kv[i], kv[i + 1]);
    }
    return d;
  }

  static PySet set(Object... items) {
    return PySet.of(false, items);
  }

  /** A frozenset as {@code frozenset(s)} builds it from the set of {@code items}. */
  static PySet fset(Object... items) {
    return PySet.of(false, items).copy(true);
  }

  static PyRange range(long start, long stop, long step) {
    return new PyRange(start, stop, step);
  }

  static PySlice slice(Object start, Object stop, Object step) {
    return new PySlice(start, stop, step);
  }

  static DictView view(PyDict d, String kind) {
    return new DictView(d, DictView.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
  }

  /** {@code recv.name(*args, **kwargs)} as the interpreter calls it. */
  static Object call(Object recv, String name, Object[] args, String[] kwnames) {
    return Ops.call(Ops.getAttr(recv, name), args, kwnames);
  }

  static Object apply(String builtin, Object v) {
    return Ops.call(Builtins.defaults().get(builtin), new Object[] {v}, null);
  }

  static String describe(Object recv, String name, Object[] args, String[] kwnames) {
    StringBuilder sb = new StringBuilder(Ops.repr(recv)).append('.').append(name).append('(');
    int npos = args.length - (kwnames == null ? 0 : kwnames.length);
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      if (i >= npos) {
        sb.append(kwnames[i - npos]).append('=');
      }
      sb.append(Ops.repr(args[i]));
    }
    return sb.append(')').toString();
  }

  /**
   * Checks {@code repr(wrapper(recv.name(...)))}, or with {@code mutating} the repr of the
   * tuple (result, receiver afterwards).
   */
  static void check(boolean mutating, String wrapper, Object recv, String name, Object[] args,
      String[] kwnames, String expected) {
    String what = describe(recv, name, args, kwnames);
    Object r;
    try {
      r = call(recv, name, args, kwnames);
    } catch (PyException e) {
      throw new AssertionError(what + " raised " + e.getMessage(), e);
    }
    if (wrapper != null) {
      r = apply(wrapper, r);
    }
    if (mutating) {
      r = PyTuple.of(r, recv);
    }
    assertEquals(expected, Ops.repr(r), what);
  }

  static void check(Object recv, String name, Object[] args, String expected) {
    check(false, null, recv, name, args, null, expected);
  }

  /** Checks that {@code recv.name(...)} raises {@code type} with message {@code message}. */
  static void raises(Object recv, String name, Object[] args, String[] kwnames, String type,
      String message) {
    String what = describe(recv, name, args, kwnames);
    PyException e = assertThrows(PyException.class, () -> call(recv, name, args, kwnames), what);
    assertEquals(type, e.pyType().name(), what);
    assertEquals(message, Ops.str(e.exception()), what);
  }

  static void attr(Object recv, String name, String expected) {
    assertEquals(expected, Ops.repr(Ops.getAttr(recv, name)), Ops.repr(recv) + "." + name);
  }

  static void attrRaises(Object recv, String name, String type, String message) {
    PyException e = assertThrows(PyException.class, () -> Ops.getAttr(recv, name));
    assertEquals(type, e.pyType().name());
    assertEquals(message, Ops.str(e.exception()));
  }
}
