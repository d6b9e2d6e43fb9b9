package dev.moat.stdlib;

import dev.moat.runtime.BuiltinSubclass;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyByteArray;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyObject;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code copy}: shallow and deep copies of built-in containers and script objects, honouring
 * {@code __copy__} and {@code __deepcopy__}. Deep copies keep shared and cyclic structure.
 */
public final class CopyModule implements ModuleProvider {
  /** The memo dicts handed to {@code __deepcopy__} hooks, mapped to the identity memo behind. */
  private static final ThreadLocal<IdentityHashMap<PyDict, IdentityHashMap<Object, Object>>>
      MEMOS = ThreadLocal.withInitial(IdentityHashMap::new);

  @Override
  public Set<String> moduleNames() {
    return Set.of("copy");
  }

  @Override
  public PyModule create(String name) {
    Map<String, Object> ns = new java.util.LinkedHashMap<>();
    ns.put("__module__", "copy");
    PyType error = PyType.createClass("Error", new PyType[] {
        dev.moat.runtime.ExceptionTypes.EXCEPTION}, ns);
    return ModuleBuilder.named("copy")
        .function("copy", "x, /", a -> copy(a[0]))
        .function("deepcopy", "x, memo=None, _nil=?", a -> deepcopyTop(a[0], a[1]))
        .constant("Error", error)
        .constant("error", error)
        .build();
  }

  private static boolean atomic(Object x) {
    return x == PyNone.NONE || x instanceof Boolean || x instanceof Long
        || x instanceof BigInteger || x instanceof Double || x instanceof String
        || x instanceof dev.moat.runtime.PyComplex
        || x instanceof PyBytes || x instanceof PyType || x instanceof dev.moat.runtime.PyRange
        || x instanceof dev.moat.runtime.PyFunction
        || x instanceof dev.moat.runtime.BuiltinFunction
        || x instanceof dev.moat.runtime.PySingleton || x instanceof PyModule
        || x instanceof PySet && ((PySet) x).isFrozen() && !(x instanceof BuiltinSubclass);
  }

  /** A deep copy, for other modules (dataclasses.asdict). */
  static Object copyDeep(Object x) {
    return deepcopyTop(x, PyNone.NONE);
  }

  static Object copy(Object x) {
    Object hook = hook(x, "__copy__");
    if (hook != null) {
      return Ops.callMethod(hook, x);
    }
    if (atomic(x) || x instanceof PyTuple && !(x instanceof BuiltinSubclass)) {
      return x;
    }
    if (x.getClass() == PyList.class) {
      return PyList.copyOf((PyList) x);
    }
    if (x.getClass() == PyDict.class) {
      return ((PyDict) x).copy();
    }
    if (x.getClass() == PySet.class) {
      return ((PySet) x).copy(false);
    }
    if (x.getClass() == PyByteArray.class) {
      return PyByteArray.copyOf(((PyByteArray) x).toByteArray());
    }
    return reconstruct(x, false, null);
  }

  private static Object hook(Object x, String name) {
    if (x instanceof PyInstance || x instanceof BuiltinSubclass) {
      return Types.typeOf(x).lookup(name);
    }
    return null;
  }

  private static Object deepcopyTop(Object x, Object memoArg) {
    IdentityHashMap<PyDict, IdentityHashMap<Object, Object>> memos = MEMOS.get();
    PyDict memoDict = memoArg instanceof PyDict ? (PyDict) memoArg : new PyDict();
    boolean owner = !memos.containsKey(memoDict);
    IdentityHashMap<Object, Object> memo = memos.computeIfAbsent(memoDict,
        k -> new IdentityHashMap<>());
    try {
      return deepcopy(x, memo, memoDict);
    } finally {
      if (owner) {
        memos.remove(memoDict);
      }
    }
  }

  private static Object deepcopy(Object x, IdentityHashMap<Object, Object> memo, PyDict memoDict) {
    if (atomic(x)) {
      return x;
    }
    // nested data recurses: count depth like a Python call (RecursionError, not a crash)
    dev.moat.runtime.InterpreterState st = dev.moat.runtime.InterpreterState.current();
    if (st != null) {
      st.enterCall();
    }
    try {
      return deepcopyNested(x, memo, memoDict);
    } finally {
      if (st != null) {
        st.exitCall();
      }
    }
  }

  private static Object deepcopyNested(Object x, IdentityHashMap<Object, Object> memo,
      PyDict memoDict) {
    Object done = memo.get(x);
    if (done != null) {
      return done;
    }
    dev.moat.runtime.Budget.chargeSteps(1);
    Object hook = hook(x, "__deepcopy__");
    if (hook != null) {
      Object y = Ops.callMethod(hook, x, memoDict);
      memo.put(x, y);
      return y;
    }
    if (x.getClass() == PyList.class) {
      PyList src = (PyList) x;
      PyList out = new PyList(src.size());
      memo.put(x, out);
      for (int i = 0; i < src.size(); i++) {
        out.append(deepcopy(src.get(i), memo, memoDict));
      }
      return out;
    }
    if (x.getClass() == PyTuple.class) {
      Object[] items = ((PyTuple) x).array();
      Object[] copied = new Object[items.length];
      boolean same = true;
      for (int i = 0; i < items.length; i++) {
        copied[i] = deepcopy(items[i], memo, memoDict);
        same &= copied[i] == items[i];
      }
      Object done2 = memo.get(x);
      if (done2 != null) {
        return done2;
      }
      Object out = same ? x : PyTuple.of(copied);
      memo.put(x, out);
      return out;
    }
    if (x.getClass() == PyDict.class) {
      PyDict out = new PyDict();
      memo.put(x, out);
      for (PyDict.Entry e : ((PyDict) x).entries()) {
        out.put(deepcopy(e.key, memo, memoDict), deepcopy(e.value, memo, memoDict));
      }
      return out;
    }
    if (x.getClass() == PySet.class) {
      PySet out = new PySet(false);
      memo.put(x, out);
      for (Object k : ((PySet) x).toArray()) {
        out.add(deepcopy(k, memo, memoDict));
      }
      return out;
    }
    if (x.getClass() == PyByteArray.class) {
      Object out = PyByteArray.copyOf(((PyByteArray) x).toByteArray());
      memo.put(x, out);
      return out;
    }
    return reconstruct(x, true, new Object[] {memo, memoDict});
  }

  /** A script object (or built-in subclass instance): same class, copied contents and state. */
  @SuppressWarnings("unchecked")
  private static Object reconstruct(Object x, boolean deep, Object[] ctx) {
    PyType t = Types.typeOf(x);
    IdentityHashMap<Object, Object> memo = deep ? (IdentityHashMap<Object, Object>) ctx[0] : null;
    PyDict memoDict = deep ? (PyDict) ctx[1] : null;
    PyObject y;
    if (x instanceof PyTuple) {
      Object[] items = ((PyTuple) x).array().clone();
      if (deep) {
        for (int i = 0; i < items.length; i++) {
          items[i] = deepcopy(items[i], memo, memoDict);
        }
      }
      y = new PyTuple.Sub(t, items);
    } else if (x instanceof dev.moat.runtime.ValueSubclass) {
      y = new dev.moat.runtime.ValueSubclass(t, ((dev.moat.runtime.ValueSubclass) x).value());
    } else if (x instanceof PyBytes) {
      y = new PyBytes.Sub(t, ((PyBytes) x).array());
    } else if (x instanceof PyInstance || x instanceof BuiltinSubclass) {
      y = t.newInstance();
    } else {
      throw Errors.typeError("cannot pickle '" + t.name() + "' object");
    }
    if (deep) {
      memo.put(x, y);
    }
    if (x instanceof PyList && y instanceof PyList) {
      for (Object v : ((PyList) x).toArray()) {
        ((PyList) y).append(deep ? deepcopy(v, memo, memoDict) : v);
      }
    } else if (x instanceof PyByteArray && y instanceof PyByteArray) {
      byte[] content = ((PyByteArray) x).toByteArray();
      ((PyByteArray) y).setContent(content, content.length);
    } else if (x instanceof PySet && y instanceof PySet) {
      for (Object v : ((PySet) x).toArray()) {
        ((PySet) y).add(deep ? deepcopy(v, memo, memoDict) : v);
      }
    } else if (x instanceof PyDict && y instanceof PyDict) {
      for (PyDict.Entry e : ((PyDict) x).entries()) {
        ((PyDict) y).put(deep ? deepcopy(e.key, memo, memoDict) : e.key,
            deep ? deepcopy(e.value, memo, memoDict) : e.value);
      }
    }
    if (x instanceof PyBaseException) {
      ((PyBaseException) y).setArgs(((PyBaseException) x).args());
    }
    Object getstate = t.lookup("__getstate__");
    if (getstate != null && Ops.isOverride(getstate)) {
      // a class's own __getstate__ gives the state (as copyreg's reduction does)
      Object st = Ops.callMethod(getstate, x);
      if (st != PyNone.NONE) {
        if (deep) {
          st = deepcopy(st, memo, memoDict);
        }
        Object setstate = t.lookup("__setstate__");
        if (setstate != null) {
          Ops.callMethod(setstate, y, st);
        } else if (st instanceof PyDict) {
          for (PyDict.Entry e : ((PyDict) st).entries()) {
            Ops.genericSetAttr(y, Ops.str(e.key), e.value);
          }
        }
      }
      return y;
    }
    PyDict state = Ops.instanceDict(x);
    if (state != null && state.size() > 0) {
      Object setstate = t.lookup("__setstate__");
      Object copiedState = deep ? deepcopy(state, memo, memoDict) : state.copy();
      if (setstate != null) {
        Ops.callMethod(setstate, y, copiedState);
      } else {
        PyDict target = Ops.instanceDict(y);
        if (target == null) {
          target = ((PyInstance) y).dict();
        }
        for (PyDict.Entry e : ((PyDict) copiedState).entries()) {
          target.put(e.key, e.value);
        }
      }
    }
    return y;
  }

}
