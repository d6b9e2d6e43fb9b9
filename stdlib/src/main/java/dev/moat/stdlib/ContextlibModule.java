package dev.moat.stdlib;

import dev.moat.runtime.BoundMethod;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyCallable;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code contextlib}: {@code contextmanager} (generator-based managers, also usable as
 * decorators), {@code suppress}, {@code nullcontext}, {@code closing}, {@code ExitStack},
 * {@code ContextDecorator} and {@code AbstractContextManager}. State lives in the instances'
 * attribute dicts (as in CPython), so script subclasses work unchanged.
 */
public final class ContextlibModule implements ModuleProvider {
  private static final String MOD = "contextlib";
  private static final Object NONE = PyNone.NONE;

  @Override
  public Set<String> moduleNames() {
    return Set.of(MOD);
  }

  // ---------------------------------------------------------------- helpers

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static PyType cls(String name, PyType[] bases, Map<String, Object> ns) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("__module__", MOD);
    all.putAll(ns);
    return PyType.createClass(name, bases, all);
  }

  private static Object attr(Object self, String name) {
    return Ops.getAttr(self, name);
  }

  /** A Python-visible function implemented in Java that accepts attributes (for wraps). */
  interface Invoker {
    Object invoke(Object[] args, String[] kwnames);
  }

  static final class FnWrapper extends PyInstance implements PyCallable {
    final Invoker body;

    FnWrapper(PyType type, Invoker body) {
      super(type);
      this.body = body;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
      return body.invoke(args, kwnames);
    }

    @Override
    public String callableName() {
      Object n = dict().getStr("__name__");
      return n instanceof String ? (String) n : "function";
    }
  }


  private static FnWrapper wrapper(Object o) {
    if (o instanceof FnWrapper) {
      return (FnWrapper) o;
    }
    throw Errors.typeError("descriptor requires a 'function' object but received a '"
        + Types.typeName(o) + "'");
  }

  private static PyInstance instance(Object o) {
    if (o instanceof PyInstance) {
      return (PyInstance) o;
    }
    throw Errors.typeError("descriptor requires a '_GeneratorContextManager' object but"
        + " received a '" + Types.typeName(o) + "'");
  }

  /** The class of Java-made functions (per interpreter, like every mutable class). */
  static PyType functionType() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", MOD);
    ns.put("__call__", fn("__call__", "self, /, *args, **kwargs", a -> {
      PyDict kw = (PyDict) a[2];
      Object[] pos = ((PyTuple) a[1]).array();
      Object[] all = Arrays.copyOf(pos, pos.length + kw.size());
      String[] names = new String[kw.size()];
      int i = 0;
      for (PyDict.Entry e : kw.entries()) {
        names[i] = (String) e.key;
        all[pos.length + i++] = e.value;
      }
      return wrapper(a[0]).call(all, names.length == 0 ? null : names);
    }));
    ns.put("__get__", fn("__get__", "self, obj, cls=None",
        a -> a[1] == NONE ? a[0] : new BoundMethod(a[1], a[0])));
    ns.put("__repr__", fn("__repr__", "self", a -> {
      Object q = wrapper(a[0]).dict().getStr("__qualname__");
      return "<function " + (q instanceof String ? q : "wrapper") + " at "
          + Ops.address(a[0]) + ">";
    }));
    return PyType.createClass("function", new PyType[0], ns);
  }

  /** Runs {@code body} inside the context manager {@code cm}, as a with-statement would. */
  static Object withContext(Object cm, java.util.function.Supplier<Object> body) {
    PyType t = Types.typeOf(cm);
    Object enter = t.lookup("__enter__");
    Object exit = t.lookup("__exit__");
    if (enter == null || exit == null) {
      throw Errors.typeError("'" + t.name() + "' object does not support the context manager"
          + " protocol");
    }
    Ops.callMethod(enter, cm);
    Object result;
    try {
      result = body.get();
    } catch (PyException e) {
      PyBaseException exc = e.exception();
      if (Ops.truth(Ops.callMethod(exit, cm, exc.type(), exc, NONE))) {
        return NONE;
      }
      throw e;
    }
    Ops.callMethod(exit, cm, NONE, NONE, NONE);
    return result;
  }

  // ---------------------------------------------------------------- module

  @Override
  public PyModule create(String name) {
    PyType fnType = functionType();
    // __exit__ is abstract: it is left undefined, and abc's machinery (when available) makes
    // subclasses that do not define it impossible to instantiate
    PyType abstractCm = cls("AbstractContextManager", new PyType[0], methods(
        "__enter__", fn("__enter__", "self", a -> a[0])));
    java.util.function.Predicate<PyType> hasProtocol = t -> t.lookup("__enter__") != null
        && t.lookup("__exit__") != null;
    PyType abcMeta = AbcCoreModule.currentAbcMeta();
    if (abcMeta != null) {
      AbcCoreModule.adopt(abcMeta, abstractCm, hasProtocol, "__exit__");
    } else {
      abstractCm.setVirtualSubclasses(hasProtocol);
    }

    PyType contextDecorator = cls("ContextDecorator", new PyType[0], methods(
        "_recreate_cm", fn("_recreate_cm", "self", a -> a[0]),
        "__call__", fn("__call__", "self, func", a -> decorate(fnType, a[0], a[1]))));

    PyType genCm = cls("_GeneratorContextManager", new PyType[] {abstractCm, contextDecorator},
        generatorCmMethods());

    PyType suppress = cls("suppress", new PyType[] {abstractCm}, methods(
        "__init__", fn("__init__", "self, *exceptions", a -> {
          Ops.setAttr(a[0], "_exceptions", a[1]);
          return NONE;
        }),
        "__enter__", fn("__enter__", "self", a -> NONE),
        "__exit__", fn("__exit__", "self, exctype, excinst, exctb", a -> {
          if (a[1] == NONE) {
            return false;
          }
          return issubclass(a[1], attr(a[0], "_exceptions"));
        })));

    PyType nullcontext = cls("nullcontext", new PyType[] {abstractCm}, methods(
        "__init__", fn("__init__", "self, enter_result=None", a -> {
          Ops.setAttr(a[0], "enter_result", a[1]);
          return NONE;
        }),
        "__enter__", fn("__enter__", "self", a -> attr(a[0], "enter_result")),
        "__exit__", fn("__exit__", "self, *excinfo", a -> NONE)));

    PyType closing = cls("closing", new PyType[] {abstractCm}, methods(
        "__init__", fn("__init__", "self, thing", a -> {
          Ops.setAttr(a[0], "thing", a[1]);
          return NONE;
        }),
        "__enter__", fn("__enter__", "self", a -> attr(a[0], "thing")),
        "__exit__", fn("__exit__", "self, *exc_info", a -> {
          Ops.call(attr(attr(a[0], "thing"), "close"), new Object[0], null);
          return NONE;
        })));

    PyType exitStack = cls("ExitStack", new PyType[] {abstractCm}, exitStackMethods(fnType));

    // redirect_stdout/redirect_stderr swap sys.stdout/sys.stderr (print follows sys.stdout)
    PyType redirect = cls("_RedirectStream", new PyType[] {abstractCm}, methods(
        "_stream", NONE,
        "__init__", fn("__init__", "self, new_target", a -> {
          Ops.setAttr(a[0], "_new_target", a[1]);
          Ops.setAttr(a[0], "_old_targets", new PyList());
          return NONE;
        }),
        "__enter__", fn("__enter__", "self", a -> {
          String stream = Ops.str(attr(a[0], "_stream"));
          PyModule sys = sysModule();
          Object target = attr(a[0], "_new_target");
          ((PyList) attr(a[0], "_old_targets")).append(Ops.getAttr(sys, stream));
          Ops.setAttr(sys, stream, target);
          return target;
        }),
        "__exit__", fn("__exit__", "self, exctype, excinst, exctb", a -> {
          String stream = Ops.str(attr(a[0], "_stream"));
          Object old = Ops.callMethod(Ops.getAttr(Types.LIST, "pop"), attr(a[0], "_old_targets"));
          Ops.setAttr(sysModule(), stream, old);
          return NONE;
        })));
    PyType redirectStdout = cls("redirect_stdout", new PyType[] {redirect},
        methods("_stream", "stdout"));
    PyType redirectStderr = cls("redirect_stderr", new PyType[] {redirect},
        methods("_stream", "stderr"));
    if (abcMeta != null) {
      for (PyType t : new PyType[] {genCm, suppress, nullcontext, closing, exitStack, redirect,
          redirectStdout, redirectStderr}) {
        AbcCoreModule.computeAbstracts(t);
      }
    }

    return ModuleBuilder.named(MOD)
        .constant("AbstractContextManager", abstractCm)
        .constant("ContextDecorator", contextDecorator)
        .constant("_GeneratorContextManager", genCm)
        .constant("suppress", suppress)
        .constant("nullcontext", nullcontext)
        .constant("closing", closing)
        .constant("ExitStack", exitStack)
        .constant("_RedirectStream", redirect)
        .constant("redirect_stdout", redirectStdout)
        .constant("redirect_stderr", redirectStderr)
        .function("contextmanager", "func", a -> {
          Object func = a[0];
          FnWrapper helper = new FnWrapper(fnType, (args, kwnames) -> {
            int nk = kwnames == null ? 0 : kwnames.length;
            Object[] pos = Arrays.copyOf(args, args.length - nk);
            PyDict kw = new PyDict();
            for (int i = 0; i < nk; i++) {
              kw.put(kwnames[i], args[pos.length + i]);
            }
            return newGeneratorCm(genCm, func, PyTuple.of(pos), kw);
          });
          FunctoolsModule.updateWrapper(helper, func, Signature.MISSING, Signature.MISSING);
          return helper;
        })
        .build();
  }

  /** The interpreter's {@code sys} module, imported now if the script has not done so. */
  private static PyModule sysModule() {
    dev.moat.runtime.InterpreterState st = dev.moat.runtime.InterpreterState.current();
    PyModule sys = st.modules().get("sys");
    if (sys == null) {
      sys = st.loadModule("sys");
      if (sys == null) {
        throw Errors.moduleNotFound("sys");
      }
      st.modules().put("sys", sys);
    }
    return sys;
  }

  private static Map<String, Object> methods(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static boolean issubclass(Object t, Object classes) {
    if (!(t instanceof PyType)) {
      return false;
    }
    if (classes instanceof PyType) {
      return ((PyType) classes).acceptsSubclass((PyType) t);
    }
    if (classes instanceof PyTuple) {
      for (Object c : ((PyTuple) classes).array()) {
        if (issubclass(t, c)) {
          return true;
        }
      }
      return false;
    }
    throw Errors.typeError(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }

  /** ContextDecorator.__call__: a wrapper running {@code func} inside a fresh manager. */
  private static Object decorate(PyType fnType, Object self, Object func) {
    FnWrapper inner = new FnWrapper(fnType, (args, kwnames) -> {
      Object cm = Ops.call(attr(self, "_recreate_cm"), new Object[0], null);
      return withContext(cm, () -> Ops.call(func, args, kwnames));
    });
    FunctoolsModule.updateWrapper(inner, func, Signature.MISSING, Signature.MISSING);
    return inner;
  }

  // ---------------------------------------------------------------- contextmanager

  private static Object newGeneratorCm(PyType t, Object func, PyTuple args, PyDict kwds) {
    Object[] all = Arrays.copyOf(args.array(), args.size() + kwds.size());
    String[] names = new String[kwds.size()];
    int i = 0;
    for (PyDict.Entry e : kwds.entries()) {
      names[i] = (String) e.key;
      all[args.size() + i++] = e.value;
    }
    Object gen = Ops.call(func, all, names.length == 0 ? null : names);
    PyInstance cm = (PyInstance) t.newInstance();
    PyDict d = cm.dict();
    d.put("gen", gen);
    d.put("func", func);
    d.put("args", args);
    d.put("kwds", kwds);
    Object doc = Ops.getAttrOrNull(func, "__doc__");
    d.put("__doc__", doc == null ? NONE : doc);
    return cm;
  }

  /** next(gen), or null when the generator is exhausted. */
  private static Object advance(Object gen) {
    if (gen instanceof PyIterator) {
      return ((PyIterator) gen).next();
    }
    try {
      return Ops.callSpecial(gen, "__next__");
    } catch (PyException e) {
      if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
        return null;
      }
      throw e;
    }
  }

  private static Map<String, Object> generatorCmMethods() {
    return methods(
        "_recreate_cm", fn("_recreate_cm", "self", a -> {
          PyInstance self = instance(a[0]);
          PyDict d = self.dict();
          return newGeneratorCm(self.type(), d.getStr("func"), (PyTuple) d.getStr("args"),
              (PyDict) d.getStr("kwds"));
        }),
        "__enter__", fn("__enter__", "self", a -> {
          instance(a[0]);
          Ops.delAttr(a[0], "args");
          Ops.delAttr(a[0], "kwds");
          Ops.delAttr(a[0], "func");
          Object v = advance(attr(a[0], "gen"));
          if (v == null) {
            PyException e = Errors.runtimeError("generator didn't yield");
            e.exception().suppressContext = true;
            throw e;
          }
          return v;
        }),
        "__exit__", fn("__exit__", "self, typ, value, traceback", a -> {
          Object gen = attr(instance(a[0]), "gen");
          if (a[1] == NONE) {
            if (advance(gen) == null) {
              return false;
            }
            throw Errors.runtimeError("generator didn't stop");
          }
          Object value = a[2];
          if (value == NONE) {
            value = Ops.call(a[1], new Object[0], null);
          }
          try {
            Ops.call(Ops.getAttr(gen, "throw"), new Object[] {value}, null);
          } catch (PyException e) {
            PyBaseException exc = e.exception();
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
              return exc != value;
            }
            if (e.isInstance(ExceptionTypes.RUNTIME_ERROR)) {
              if (exc == value) {
                return false;
              }
              if (value instanceof PyBaseException
                  && ((PyBaseException) value).type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)
                  && exc.cause == value) {
                return false;
              }
              throw e;
            }
            if (exc != value) {
              throw e;
            }
            return false;
          }
          throw Errors.runtimeError("generator didn't stop after throw()");
        }));
  }

  // ---------------------------------------------------------------- ExitStack

  private static PyList callbacks(Object self) {
    Object l = attr(self, "_exit_callbacks");
    if (!(l instanceof PyList)) {
      throw Errors.typeError("ExitStack state is corrupted");
    }
    return (PyList) l;
  }

  private static void pushExit(Object self, Object cb) {
    Budget.reserveMemory(32);
    callbacks(self).append(cb);
  }

  private static Map<String, Object> exitStackMethods(PyType fnType) {
    return methods(
        "__init__", fn("__init__", "self", a -> {
          Ops.setAttr(a[0], "_exit_callbacks", new PyList());
          return NONE;
        }),
        "pop_all", fn("pop_all", "self", a -> {
          Object stack = Ops.call(Types.typeOf(a[0]), new Object[0], null);
          Ops.setAttr(stack, "_exit_callbacks", callbacks(a[0]));
          Ops.setAttr(a[0], "_exit_callbacks", new PyList());
          return stack;
        }),
        "push", fn("push", "self, exit", a -> {
          Object exit = a[1];
          Object m = Types.typeOf(exit).lookup("__exit__");
          if (m == null) {
            pushExit(a[0], exit);
          } else {
            pushExit(a[0], new BoundMethod(exit, m));
          }
          return exit;
        }),
        "enter_context", fn("enter_context", "self, cm", a -> {
          Object cm = a[1];
          PyType t = Types.typeOf(cm);
          Object enter = t.lookup("__enter__");
          Object exit = t.lookup("__exit__");
          if (enter == null || exit == null) {
            Object mod = t.isBuiltin() ? "builtins" : t.dict().get("__module__");
            PyException e = Errors.typeError("'" + mod + "." + t.qualname()
                + "' object does not support the context manager protocol");
            e.exception().suppressContext = true;
            throw e;
          }
          Object result = Ops.callMethod(enter, cm);
          pushExit(a[0], new BoundMethod(cm, exit));
          return result;
        }),
        "callback", fn("callback", "self, callback, /, *args, **kwds", a -> {
          Object cb = a[1];
          Object[] pos = ((PyTuple) a[2]).array();
          PyDict kw = (PyDict) a[3];
          FnWrapper w = new FnWrapper(fnType, (args, kwnames) -> {
            Object[] all = Arrays.copyOf(pos, pos.length + kw.size());
            String[] names = new String[kw.size()];
            int i = 0;
            for (PyDict.Entry e : kw.entries()) {
              names[i] = (String) e.key;
              all[pos.length + i++] = e.value;
            }
            Ops.call(cb, all, names.length == 0 ? null : names);
            return NONE;
          });
          w.dict().put("__wrapped__", cb);
          pushExit(a[0], w);
          return cb;
        }),
        "close", fn("close", "self", a -> {
          Ops.callSpecial(a[0], "__exit__", NONE, NONE, NONE);
          return NONE;
        }),
        "__enter__", fn("__enter__", "self", a -> a[0]),
        "__exit__", fn("__exit__", "self, *exc_details", a -> exitStack(a[0],
            ((PyTuple) a[1]).array())));
  }

  /**
   * CPython's context fix-up: walks the new exception's context chain up to the exception that
   * was being handled when the stack was exited, and links the previous exception there.
   */
  private static void fixContext(PyBaseException newExc, Object old, PyBaseException frameExc) {
    PyBaseException cur = newExc;
    int guard = 0;
    while (true) {
      Object ctx = cur.context;
      if (ctx == NONE || ctx == old || !(ctx instanceof PyBaseException) || ++guard > 100000) {
        return;
      }
      if (ctx == frameExc) {
        break;
      }
      cur = (PyBaseException) ctx;
    }
    cur.context = old;
  }

  private static Object exitStack(Object self, Object[] details) {
    if (details.length != 3) {
      throw Errors.typeError("__exit__() takes 4 positional arguments but "
          + (details.length + 1) + " were given");
    }
    boolean received = details[0] != NONE;
    boolean suppressed = false;
    PyException pending = null;
    Object[] exc = details.clone();
    PyList cbs = callbacks(self);
    PyBaseException frameExc = dev.moat.runtime.InterpreterState.current().handled;
    while (cbs.size() > 0) {
      Budget.chargeSteps(1);
      Object cb = cbs.remove(cbs.size() - 1);
      try {
        if (Ops.truth(Ops.call(cb, exc.clone(), null))) {
          suppressed = true;
          pending = null;
          exc = new Object[] {NONE, NONE, NONE};
        }
      } catch (PyException e) {
        PyBaseException ne = e.exception();
        fixContext(ne, exc[1], frameExc);
        pending = e;
        exc = new Object[] {ne.type(), ne, NONE};
      }
    }
    if (pending != null) {
      throw pending;
    }
    return received && suppressed;
  }
}
