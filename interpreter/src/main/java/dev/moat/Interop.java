package dev.moat;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts values between Java and the script (see {@link Interpreter} for the mapping). */
final class Interop {
  private Interop() {}

  static Object toPython(Object v) {
    if (v == null) {
      return PyNone.NONE;
    }
    if (v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float) {
      return ((Float) v).doubleValue();
    }
    if (v instanceof BigInteger) {
      return Ops.normalizeInt((BigInteger) v);
    }
    if (v instanceof CharSequence || v instanceof Character) {
      return v.toString();
    }
    if (v instanceof byte[]) {
      return new PyBytes(((byte[]) v).clone());
    }
    if (v instanceof Map) {
      PyDict d = new PyDict();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        d.put(toPython(e.getKey()), toPython(e.getValue()));
      }
      return d;
    }
    if (v instanceof Set) {
      PySet s = new PySet(false);
      for (Object o : (Set<?>) v) {
        s.add(toPython(o));
      }
      return s;
    }
    if (v instanceof List) {
      PyList l = new PyList();
      for (Object o : (List<?>) v) {
        l.append(toPython(o));
      }
      return l;
    }
    if (v instanceof Object[]) {
      PyList l = new PyList();
      for (Object o : (Object[]) v) {
        l.append(toPython(o));
      }
      return l;
    }
    if (v instanceof JavaFunction) {
      return wrap("function", (JavaFunction) v);
    }
    throw new IllegalArgumentException("cannot pass a value of type "
        + v.getClass().getSimpleName() + " to a script");
  }

  static Object toJava(Object v) {
    if (v == PyNone.NONE) {
      return null;
    }
    if (v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double
        || v instanceof BigInteger) {
      return v;
    }
    if (v instanceof PyBytes) {
      return ((PyBytes) v).array().clone();
    }
    if (v instanceof dev.moat.runtime.PyByteArray) {
      return ((dev.moat.runtime.PyByteArray) v).toByteArray();
    }
    if (v instanceof PyTuple) {
      List<Object> out = new ArrayList<>();
      for (Object o : ((PyTuple) v).array()) {
        out.add(toJava(o));
      }
      return Collections.unmodifiableList(out);
    }
    if (v instanceof PyList) {
      List<Object> out = new ArrayList<>();
      PyList l = (PyList) v;
      for (int i = 0; i < l.size(); i++) {
        out.add(toJava(l.get(i)));
      }
      return out;
    }
    if (v instanceof PyDict) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (PyDict.Entry e : ((PyDict) v).entries()) {
        out.put(toJava(e.key), toJava(e.value));
      }
      return out;
    }
    if (v instanceof PySet) {
      Set<Object> out = new LinkedHashSet<>();
      for (Object o : ((PySet) v).toArray()) {
        out.add(toJava(o));
      }
      return ((PySet) v).isFrozen() ? Collections.unmodifiableSet(out) : out;
    }
    return new ScriptObject(Ops.repr(v));
  }

  static BuiltinFunction wrap(String name, JavaFunction fn) {
    return BuiltinFunction.of(name, "*args, **kwargs", a -> {
      List<Object> args = new ArrayList<>();
      for (Object o : ((PyTuple) a[0]).array()) {
        args.add(toJava(o));
      }
      Map<String, Object> kwargs = new LinkedHashMap<>();
      for (PyDict.Entry e : ((PyDict) a[1]).entries()) {
        kwargs.put((String) e.key, toJava(e.value));
      }
      Object r;
      try {
        r = fn.call(args, kwargs);
      } catch (PyException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw Errors.valueError(String.valueOf(e.getMessage()));
      } catch (Exception e) {
        throw Errors.of(ExceptionTypes.RUNTIME_ERROR, String.valueOf(e.getMessage()));
      }
      try {
        return toPython(r);
      } catch (IllegalArgumentException e) {
        throw Errors.typeError(name + "() returned a value scripts cannot use");
      }
    });
  }
}
