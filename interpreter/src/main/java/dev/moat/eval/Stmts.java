package dev.moat.eval;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.runtime.Cell;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Statement nodes. */
final class Stmts {
  private Stmts() {}

  static final class Block extends Exec.Stmt {
    final Exec.Stmt[] body;

    Block(int line, Exec.Stmt[] body) {
      super(line);
      this.body = body;
    }

    @Override
    int exec(Frame f) {
      for (Exec.Stmt s : body) {
        f.line = s.line;
        int r = s.exec(f);
        if (r != Exec.NORMAL) {
          return r;
        }
      }
      return Exec.NORMAL;
    }
  }

  static final class ExprStmt extends Exec.Stmt {
    final Exec.Expr value;

    ExprStmt(int line, Exec.Expr value) {
      super(line);
      this.value = value;
    }

    @Override
    int exec(Frame f) {
      value.eval(f);
      return Exec.NORMAL;
    }
  }

  static final class Assign extends Exec.Stmt {
    final Exec.Target[] targets;
    final Exec.Expr value;

    Assign(int line, Exec.Target[] targets, Exec.Expr value) {
      super(line);
      this.targets = targets;
      this.value = value;
    }

    @Override
    int exec(Frame f) {
      Object v = value.eval(f);
      for (Exec.Target t : targets) {
        t.assign(f, v);
      }
      return Exec.NORMAL;
    }
  }

  static final class AssignLocal extends Exec.Stmt {
    final int slot;
    final Exec.Expr value;

    AssignLocal(int line, int slot, Exec.Expr value) {
      super(line);
      this.slot = slot;
      this.value = value;
    }

    @Override
    int exec(Frame f) {
      f.locals[slot] = value.eval(f);
      return Exec.NORMAL;
    }
  }

  /**
   * The operation and right-hand side of an augmented assignment, {@code a op= value}. It records
   * whether it first saw two floats or two ints; in those states it asks the value for an
   * unboxed result and skips the generic in-place dispatch (numbers have no in-place forms). Any
   * other type switches it to the generic path for good.
   */
  static final class AugOp {
    private static final int UNSET = 0;
    private static final int DOUBLES = 1;
    private static final int LONGS = 2;
    private static final int GENERIC = 3;

    final BinaryOp op;
    final Exec.Expr value;
    /** Racy on purpose: every state computes the right value, only the speed differs. */
    private int state;

    AugOp(BinaryOp op, Exec.Expr value) {
      this.op = op;
      this.value = value;
    }

    /** Evaluates the value and returns {@code a op= value}. */
    Object apply(Frame f, Object a) {
      int s = state;
      if (s == DOUBLES && a instanceof Double) {
        double y;
        try {
          y = value.evalDouble(f);
        } catch (Exec.Unexpected u) {
          state = GENERIC;
          return Ops.inplace(op, a, u.value);
        }
        try {
          return Exprs.doubleOp(op, (Double) a, y);
        } catch (dev.moat.runtime.Arith.ComplexPower p) {
          state = GENERIC; // a negative float to a fractional power: the result is complex
          return p.value;
        }
      }
      if (s == LONGS && a instanceof Long) {
        long y;
        try {
          y = value.evalLong(f);
        } catch (Exec.Unexpected u) {
          state = GENERIC;
          return Ops.inplace(op, a, u.value);
        }
        try {
          return Exprs.longOp(op, (Long) a, y);
        } catch (Exec.Unexpected u) {
          state = GENERIC;
          return u.value;
        }
      }
      Object b = value.eval(f);
      if (s == UNSET) {
        state = a instanceof Double && b instanceof Double && Exprs.hasDoubleOp(op) ? DOUBLES
            : a instanceof Long && b instanceof Long && Exprs.hasLongOp(op) ? LONGS : GENERIC;
      }
      if (a instanceof Long && b instanceof Long && op == BinaryOp.ADD) {
        long x = (Long) a;
        long y = (Long) b;
        long r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? Ops.binary(op, a, b) : (Object) r;
      }
      return Ops.inplace(op, a, b);
    }
  }

  /** {@code name op= value} for a name: read, operate (in place if possible), write. */
  static final class AugName extends Exec.Stmt {
    final Exec.Expr read;
    final Exec.Target write;
    final AugOp aug;

    AugName(int line, Exec.Expr read, Exec.Target write, BinaryOp op, Exec.Expr value) {
      super(line);
      this.read = read;
      this.write = write;
      this.aug = new AugOp(op, value);
    }

    @Override
    int exec(Frame f) {
      write.assign(f, aug.apply(f, read.eval(f)));
      return Exec.NORMAL;
    }
  }

  static final class AugAttr extends Exec.Stmt {
    final Exec.Expr obj;
    final String name;
    final AugOp aug;
    final AttrSite site;

    /** Where the target is: a failing read or write of it is reported there, as CPython. */
    final dev.moat.runtime.ErrorPosition at;

    AugAttr(int line, Exec.Expr obj, String name, BinaryOp op, Exec.Expr value,
        dev.moat.runtime.ErrorPosition at) {
      super(line);
      this.obj = obj;
      this.name = name;
      this.aug = new AugOp(op, value);
      this.site = new AttrSite(name);
      this.at = at;
    }

    @Override
    int exec(Frame f) {
      Object o = obj.eval(f);
      Object v;
      try {
        v = site.get(o);
      } catch (PyException e) {
        throw Frames.noted(e, f, at);
      }
      Object r = aug.apply(f, v);
      try {
        site.set(o, r);
      } catch (PyException e) {
        throw Frames.noted(e, f, at);
      }
      return Exec.NORMAL;
    }
  }

  static final class AugItem extends Exec.Stmt {
    final Exec.Expr obj;
    final Exec.Expr key;
    final AugOp aug;

    /** Where the target is: a failing read or write of it is reported there, as CPython. */
    final dev.moat.runtime.ErrorPosition at;

    AugItem(int line, Exec.Expr obj, Exec.Expr key, BinaryOp op, Exec.Expr value,
        dev.moat.runtime.ErrorPosition at) {
      super(line);
      this.obj = obj;
      this.key = key;
      this.aug = new AugOp(op, value);
      this.at = at;
    }

    @Override
    int exec(Frame f) {
      Object o = obj.eval(f);
      Object k = key.eval(f);
      if (o.getClass() == PyList.class && k instanceof Long) {
        // a plain list at an int index: read and write the slot directly
        PyList l = (PyList) o;
        int n = l.size();
        long i = (Long) k;
        if (i < 0) {
          i += n;
        }
        if (i >= 0 && i < n) {
          Object r = aug.apply(f, l.array()[(int) i]);
          if (l.size() == n) {
            l.array()[(int) i] = r;
          } else {
            Ops.setItem(o, k, r); // the value changed the list's length: Python's checks
          }
          return Exec.NORMAL;
        }
      }
      Object v;
      try {
        v = Ops.getItem(o, k);
      } catch (PyException e) {
        throw Frames.noted(e, f, at);
      }
      Object r = aug.apply(f, v);
      try {
        Ops.setItem(o, k, r);
      } catch (PyException e) {
        throw Frames.noted(e, f, at);
      }
      return Exec.NORMAL;
    }
  }

  /** Module/class level {@code x: T = v}: records the annotation in __annotations__. */
  static final class Annotate extends Exec.Stmt {
    final String name;
    final Exec.Expr annotation;
    final Exec.Expr annotationsDict;

    Annotate(int line, String name, Exec.Expr annotation, Exec.Expr annotationsDict) {
      super(line);
      this.name = name;
      this.annotation = annotation;
      this.annotationsDict = annotationsDict;
    }

    @Override
    int exec(Frame f) {
      Object ann = annotation.eval(f);
      Object d = annotationsDict.eval(f);
      Ops.setItem(d, name, ann);
      return Exec.NORMAL;
    }
  }

  static final class If extends Exec.Stmt {
    final Exec.Expr test;
    final Exec.Stmt body;
    final Exec.Stmt orelse;

    If(int line, Exec.Expr test, Exec.Stmt body, Exec.Stmt orelse) {
      super(line);
      this.test = test;
      this.body = body;
      this.orelse = orelse;
    }

    @Override
    int exec(Frame f) {
      Object t = test.eval(f);
      if (t instanceof Boolean ? (Boolean) t : Ops.truth(t)) {
        return body.exec(f);
      }
      return orelse == null ? Exec.NORMAL : orelse.exec(f);
    }
  }

  static final class While extends Exec.Stmt {
    final Exec.Expr test;
    final Exec.Stmt body;
    final Exec.Stmt orelse;

    While(int line, Exec.Expr test, Exec.Stmt body, Exec.Stmt orelse) {
      super(line);
      this.test = test;
      this.body = body;
      this.orelse = orelse;
    }

    @Override
    int exec(Frame f) {
      InterpreterState st = f.state;
      while (true) {
        f.line = line;
        Object t = test.eval(f);
        if (!(t instanceof Boolean ? (Boolean) t : Ops.truth(t))) {
          break;
        }
        int r = body.exec(f);
        if (r == Exec.BREAK) {
          return Exec.NORMAL;
        }
        if (r == Exec.RETURN) {
          return r;
        }
        if (--st.countdown < 0) {
          st.slowTick();
        }
      }
      return orelse == null ? Exec.NORMAL : orelse.exec(f);
    }
  }

  static final class For extends Exec.Stmt {
    final Exec.Target target;
    final Exec.Expr iter;
    final Exec.Stmt body;
    final Exec.Stmt orelse;

    For(int line, Exec.Target target, Exec.Expr iter, Exec.Stmt body, Exec.Stmt orelse) {
      super(line);
      this.target = target;
      this.iter = iter;
      this.body = body;
      this.orelse = orelse;
    }

    @Override
    int exec(Frame f) {
      InterpreterState st = f.state;
      Object seq = iter.eval(f);
      if (seq instanceof dev.moat.runtime.PyRange && target instanceof Targets.Local) {
        dev.moat.runtime.PyRange r = (dev.moat.runtime.PyRange) seq;
        int slot = ((Targets.Local) target).slot;
        long v = r.start;
        for (long i = 0; i < r.length; i++, v += r.step) {
          f.locals[slot] = v;
          int s = body.exec(f);
          if (s == Exec.BREAK) {
            return Exec.NORMAL;
          }
          if (s == Exec.RETURN) {
            return s;
          }
          if (--st.countdown < 0) {
            st.slowTick();
          }
        }
        return orelse == null ? Exec.NORMAL : orelse.exec(f);
      }
      PyIterator it = Ops.iter(seq);
      while (true) {
        try {
          Object v = it.next();
          if (v == null) {
            break;
          }
          target.assign(f, v);
        } catch (PyException e) {
          f.line = line; // CPython reports a failing next() or target at the for statement
          throw e;
        }
        int s = body.exec(f);
        if (s == Exec.BREAK) {
          return Exec.NORMAL;
        }
        if (s == Exec.RETURN) {
          return s;
        }
        if (--st.countdown < 0) {
          st.slowTick();
        }
      }
      return orelse == null ? Exec.NORMAL : orelse.exec(f);
    }
  }

  static final class Simple extends Exec.Stmt {
    final int status;

    Simple(int line, int status) {
      super(line);
      this.status = status;
    }

    @Override
    int exec(Frame f) {
      return status;
    }
  }

  static final class Return extends Exec.Stmt {
    final Exec.Expr value;

    Return(int line, Exec.Expr value) {
      super(line);
      this.value = value;
    }

    @Override
    int exec(Frame f) {
      f.ret = value == null ? PyNone.NONE : value.eval(f);
      return Exec.RETURN;
    }
  }

  static final class Handler {
    final Exec.Expr type;
    final Exec.Target name;
    final Exec.Stmt body;

    Handler(Exec.Expr type, Exec.Target name, Exec.Stmt body) {
      this.type = type;
      this.name = name;
      this.body = body;
    }
  }

  static boolean matches(PyBaseException e, Object type) {
    if (type instanceof PyType) {
      if (!((PyType) type).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
        throw Errors.typeError("catching classes that do not inherit from BaseException is not"
            + " allowed");
      }
      return e.type().isSubtypeOf((PyType) type);
    }
    if (type instanceof PyTuple) {
      for (Object t : ((PyTuple) type).array()) {
        if (matches(e, t)) {
          return true;
        }
      }
      return false;
    }
    throw Errors.typeError("catching classes that do not inherit from BaseException is not"
        + " allowed");
  }

  /** Whether {@code exc} matches an except clause; errors of the clause chain to {@code exc}. */
  static boolean matchesClause(Frame f, PyBaseException exc, Exec.Expr type) {
    try {
      return matches(exc, type.eval(f));
    } catch (PyException inner) {
      f.line = type.line;
      inner.exception().chainCaught(exc);
      throw inner;
    }
  }

  static final class Try extends Exec.Stmt {
    final Exec.Stmt body;
    final Handler[] handlers;
    final Exec.Stmt orelse;
    final Exec.Stmt finalbody;

    Try(int line, Exec.Stmt body, Handler[] handlers, Exec.Stmt orelse, Exec.Stmt finalbody) {
      super(line);
      this.body = body;
      this.handlers = handlers;
      this.orelse = orelse;
      this.finalbody = finalbody;
    }

    @Override
    int exec(Frame f) {
      int status;
      try {
        status = bodyAndHandlers(f);
      } catch (PyException e) {
        if (finalbody != null) {
          int fs;
          // while finally runs for an exception, that exception is the one being handled
          InterpreterState st = f.state;
          PyBaseException saved = st.handled;
          PyBaseException exc = e.exception();
          exc.chainCaught(saved);
          st.handled = exc;
          try {
            fs = finalbody.exec(f);
          } catch (PyException inner) {
            // an exception raised in finally has the propagating one as its context
            inner.exception().chainCaught(exc);
            throw inner;
          } finally {
            st.handled = saved;
          }
          if (fs != Exec.NORMAL) {
            return fs;
          }
        }
        throw e;
      }
      if (finalbody != null) {
        Object savedRet = f.ret;
        int fs = finalbody.exec(f);
        if (fs != Exec.NORMAL) {
          return fs;
        }
        f.ret = savedRet;
      }
      return status;
    }

    private int bodyAndHandlers(Frame f) {
      PyException caught;
      try {
        int s = body.exec(f);
        if (s != Exec.NORMAL || orelse == null) {
          return s;
        }
      } catch (PyException e) {
        caught = e;
        return handle(f, e);
      }
      return orelse.exec(f);
    }

    private int handle(Frame f, PyException e) {
      PyBaseException exc = e.exception();
      Frames.record(f, exc);
      InterpreterState st = f.state;
      PyBaseException saved = st.handled;
      // raised while `saved` was handled (built-in operations do not chain when they raise)
      exc.chainCaught(saved);
      for (Handler h : handlers) {
        if (h.type != null && !matchesClause(f, exc, h.type)) {
          continue;
        }
        st.handled = exc;
        try {
          if (h.name != null) {
            h.name.assign(f, exc);
          }
          return h.body.exec(f);
        } catch (PyException inner) {
          inner.exception().chainCaught(exc);
          throw inner;
        } finally {
          st.handled = saved;
          if (h.name != null) {
            try {
              h.name.assign(f, PyNone.NONE); // CPython's `e = None; del e`
              h.name.delete(f);
            } catch (PyException ignored) {
              // cannot happen after the assignment, unless a namespace hook raises
            }
          }
        }
      }
      throw e;
    }
  }

  static final class Raise extends Exec.Stmt {
    final Exec.Expr exc;
    final Exec.Expr cause;

    Raise(int line, Exec.Expr exc, Exec.Expr cause) {
      super(line);
      this.exc = exc;
      this.cause = cause;
    }

    @Override
    int exec(Frame f) {
      if (exc == null) {
        PyBaseException h = f.state.handled;
        if (h == null) {
          throw Errors.runtimeError("No active exception to reraise");
        }
        throw new PyException(h);
      }
      PyBaseException e = toException(exc.eval(f), "exceptions must derive from BaseException");
      e.recordFrameAgain(); // `raise e` adds this line to e's traceback even if it passed here
      if (cause != null) {
        Object c = cause.eval(f);
        if (c == PyNone.NONE) {
          e.cause = PyNone.NONE;
        } else {
          e.cause = toException(c, "exception causes must derive from BaseException");
        }
        e.suppressContext = true;
      }
      e.setContextFrom(f.state.handled);
      throw new PyException(e);
    }

    static PyBaseException toException(Object v, String msg) {
      if (v instanceof PyType && ((PyType) v).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
        v = Ops.call(v, new Object[0], null);
      }
      if (v instanceof PyBaseException) {
        return (PyBaseException) v;
      }
      throw Errors.typeError(msg);
    }
  }

  static final class Assert extends Exec.Stmt {
    final Exec.Expr test;
    final Exec.Expr msg;

    Assert(int line, Exec.Expr test, Exec.Expr msg) {
      super(line);
      this.test = test;
      this.msg = msg;
    }

    @Override
    int exec(Frame f) {
      if (!Ops.truth(test.eval(f))) {
        PyBaseException e = msg == null
            ? new PyBaseException(ExceptionTypes.ASSERTION_ERROR)
            : new PyBaseException(ExceptionTypes.ASSERTION_ERROR, msg.eval(f));
        e.passedThrough(f, test.at); // CPython points at the test
        throw new PyException(e);
      }
      return Exec.NORMAL;
    }
  }

  static final class Delete extends Exec.Stmt {
    final Exec.Target[] targets;

    Delete(int line, Exec.Target[] targets) {
      super(line);
      this.targets = targets;
    }

    @Override
    int exec(Frame f) {
      for (Exec.Target t : targets) {
        t.delete(f);
      }
      return Exec.NORMAL;
    }
  }

  /** {@code class Name(bases): body}. */
  static final class ClassDef extends Exec.Stmt {
    final String name;
    final String qualname;
    final Exec.Expr[] bases;
    final Code body;
    final int[] closureSlots;
    final Exec.Expr[] decorators;
    final Exec.Target target;
    final int classCellSlot;
    final String docstring;
    /** The {@code metaclass=} expression, or null. */
    final Exec.Expr metaclass;
    /** Other class keywords (passed to the metaclass and __init_subclass__), or null. */
    final String[] kwNames;
    final Exec.Expr[] kwValues;

    ClassDef(int line, String name, String qualname, Exec.Expr[] bases, Code body,
        int[] closureSlots, Exec.Expr[] decorators, Exec.Target target, int classCellSlot,
        String docstring, Exec.Expr metaclass, String[] kwNames, Exec.Expr[] kwValues) {
      super(line);
      this.metaclass = metaclass;
      this.name = name;
      this.qualname = qualname;
      this.bases = bases;
      this.body = body;
      this.closureSlots = closureSlots;
      this.decorators = decorators;
      this.target = target;
      this.classCellSlot = classCellSlot;
      this.docstring = docstring;
      this.kwNames = kwNames;
      this.kwValues = kwValues;
    }

    /** Names the class statement in argument errors, as CPython's builtins.__build_class__. */
    static final dev.moat.runtime.BuiltinFunction BUILD_CLASS =
        dev.moat.runtime.BuiltinFunction.of("__build_class__", "*args, **kwargs",
            a -> PyNone.NONE);

    /** {@code class C(*bases, **kw)}: bases and keywords evaluated as call arguments, or null. */
    Exprs.Args dynamicArgs;
    /** The body annotates names: __annotations__ is set up before the body runs. */
    boolean hasAnnotations;

    @Override
    int exec(Frame f) {
      Object[] decos = new Object[decorators.length];
      for (int i = 0; i < decos.length; i++) {
        decos[i] = decorators[i].eval(f);
      }
      Object[] baseValues;
      Object m = null;
      Object[] kw;
      String[] kwn;
      if (dynamicArgs == null) {
        baseValues = new Object[bases.length];
        for (int i = 0; i < baseValues.length; i++) {
          baseValues[i] = bases[i].eval(f);
        }
        if (metaclass != null) {
          m = metaclass.eval(f);
        }
        kw = new Object[kwValues.length];
        for (int i = 0; i < kw.length; i++) {
          kw[i] = kwValues[i].eval(f);
        }
        kwn = kwNames;
      } else {
        String[][] names = new String[1][];
        Object[] all = dynamicArgs.eval(f, names, null, BUILD_CLASS);
        String[] allNames = names[0] == null ? new String[0] : names[0];
        int npos = all.length - allNames.length;
        baseValues = java.util.Arrays.copyOf(all, npos);
        List<String> kn = new ArrayList<>();
        List<Object> kv = new ArrayList<>();
        for (int i = 0; i < allNames.length; i++) {
          if (allNames[i].equals("metaclass")) {
            m = all[npos + i];
          } else {
            kn.add(allNames[i]);
            kv.add(all[npos + i]);
          }
        }
        kw = kv.toArray();
        kwn = kn.isEmpty() ? null : kn.toArray(new String[0]);
      }
      if (m != null && !(m instanceof PyType && ((PyType) m).isSubtypeOf(Types.TYPE))) {
        // any other callable as metaclass: called with (name, bases, ns, **kw) as CPython does
        PyDict ns = callablePrepare(m, baseValues, kw, kwn);
        Frame cf = runBody(f, ns);
        Object result = Ops.call(m, withArgs(new Object[] {name, PyTuple.of(baseValues), ns},
            kw), kwn);
        return finish(f, cf, result, decos);
      }
      PyType[] bs = new PyType[baseValues.length];
      for (int i = 0; i < bs.length; i++) {
        if (!(baseValues[i] instanceof PyType)) {
          throw Errors.typeError("bases must be types");
        }
        bs[i] = (PyType) baseValues[i];
      }
      PyType meta = dev.moat.runtime.ClassCalls.winningMetaclass((PyType) m, bs);
      PyDict ns = dev.moat.runtime.ClassCalls.prepare(meta, name, bs, kw, kwn);
      Frame cf = runBody(f, ns);
      Object result = dev.moat.runtime.ClassCalls.build(meta, name, bs, ns, kw, kwn);
      return finish(f, cf, result, decos);
    }

    private static Object[] withArgs(Object[] positional, Object[] kw) {
      if (kw.length == 0) {
        return positional;
      }
      Object[] all = java.util.Arrays.copyOf(positional, positional.length + kw.length);
      System.arraycopy(kw, 0, all, positional.length, kw.length);
      return all;
    }

    /** The namespace for a metaclass that is not a class: its {@code __prepare__}, or a dict. */
    private PyDict callablePrepare(Object m, Object[] baseValues, Object[] kw, String[] kwn) {
      Object prep = Ops.getAttrOrNull(m, "__prepare__");
      if (prep == null) {
        return new PyDict();
      }
      Object ns = Ops.call(prep, withArgs(new Object[] {name, PyTuple.of(baseValues)}, kw), kwn);
      if (!(ns instanceof PyDict)) {
        throw Errors.typeError("__prepare__() must return a mapping, not " + Types.typeName(ns)
            + " (only dicts are supported)");
      }
      return (PyDict) ns;
    }

    /** Runs the class body in {@code ns}; the body's frame is returned for its class cell. */
    private Frame runBody(Frame f, PyDict ns) {
      Cell[] closure = f.cells(closureSlots);
      Frame cf = body.setUp(closure, Compiler.runOf(f), new Object[body.slotCount]);
      cf.classNamespace = ns;
      // a dict subclass namespace sees every store, load and delete of the body (__setitem__...)
      boolean hooked = Types.typeOf(ns) != Types.DICT;
      cf.classNamespaceHooked = hooked;
      Object module = hooked ? Targets.classNamespaceGet(ns, "__name__") : ns.getStr("__name__");
      if (module == null) {
        module = f.module().moduleName();
      }
      Targets.classNamespaceSet(cf, "__module__", module);
      Targets.classNamespaceSet(cf, "__qualname__", qualname);
      if (hasAnnotations && (hooked ? Targets.classNamespaceGet(ns, "__annotations__")
          : ns.getStr("__annotations__")) == null) {
        Targets.classNamespaceSet(cf, "__annotations__", new PyDict());
      }
      if (docstring != null) {
        Targets.classNamespaceSet(cf, "__doc__", docstring);
      }
      f.state.enterCall();
      cf.push();
      try {
        body.body.exec(cf);
      } catch (PyException e) {
        Frames.record(cf, e.exception(), name);
        throw e;
      } finally {
        cf.pop();
        f.state.exitCall();
      }
      if (classCellSlot >= 0) {
        // zero-argument super() in methods called while the class is made finds it
        Targets.classNamespaceSet(cf, "__classcell__", cf.locals[classCellSlot]);
      }
      return cf;
    }

    private int finish(Frame f, Frame cf, Object result, Object[] decos) {
      if (classCellSlot >= 0 && result instanceof PyType) {
        ((Cell) cf.locals[classCellSlot]).value = result;
      }
      for (int i = decos.length - 1; i >= 0; i--) {
        f.line = decorators[i].line; // a decorator's error is reported at the decorator
        try {
          result = Ops.call(decos[i], new Object[] {result}, null);
        } catch (PyException e) {
          throw decorators[i].noted(e, f);
        }
      }
      target.assign(f, result);
      return Exec.NORMAL;
    }
  }

  /** {@code with a as x: body}. */
  static final class With extends Exec.Stmt {
    final Exec.Expr context;
    final Exec.Target target;
    final Exec.Stmt body;

    With(int line, Exec.Expr context, Exec.Target target, Exec.Stmt body) {
      super(line);
      this.context = context;
      this.target = target;
      this.body = body;
    }

    @Override
    int exec(Frame f) {
      Object mgr = context.eval(f);
      PyType t = Types.typeOf(mgr);
      Object enter = t.lookup("__enter__");
      Object exit = t.lookup("__exit__");
      if (enter == null || exit == null) {
        throw Errors.typeError("'" + t.name() + "' object does not support the context manager"
            + " protocol" + (enter != null ? " (missed __exit__ method)" : ""));
      }
      Object v = Ops.callMethod(enter, mgr);
      int status;
      try {
        if (target != null) {
          target.assign(f, v);
        }
        status = body.exec(f);
      } catch (PyException e) {
        if (exitSuppresses(f, line, mgr, e.exception())) {
          return Exec.NORMAL;
        }
        throw e;
      }
      f.line = line; // an error of __exit__ is reported at the with statement, as in CPython
      Ops.callMethod(exit, mgr, PyNone.NONE, PyNone.NONE, PyNone.NONE);
      return status;
    }
  }

  /** Calls {@code __exit__} for an exception leaving a with-block; true if it suppressed it. */
  static boolean exitSuppresses(Frame f, int line, Object mgr, PyBaseException exc) {
    Frames.record(f, exc); // the traceback __exit__ sees includes this frame, as in CPython
    f.line = line;
    PyBaseException saved = f.state.handled;
    exc.chainCaught(saved);
    f.state.handled = exc;
    try {
      return Ops.truth(Ops.callSpecial(mgr, "__exit__", exc.type(), exc, PyNone.NONE));
    } catch (PyException inner) {
      inner.exception().chainCaught(exc);
      throw inner;
    } finally {
      f.state.handled = saved;
    }
  }

  /** {@code import a.b.c [as d]} and {@code from m import x}: through the host's loader. */
  static final class Import extends Exec.Stmt {
    final String module;
    final String[] names;
    final Exec.Target[] targets;
    final Exec.Target moduleTarget;
    final boolean bindTop;
    /** Dots of a relative import ({@code from ..x import y}), 0 for absolute. */
    final int level;

    Import(int line, String module, String[] names, Exec.Target[] targets,
        Exec.Target moduleTarget, boolean bindTop, int level) {
      super(line);
      this.level = level;
      this.module = module;
      this.names = names;
      this.targets = targets;
      this.moduleTarget = moduleTarget;
      this.bindTop = bindTop;
    }

    @Override
    int exec(Frame f) {
      String module = level == 0 ? this.module : Modules.resolveRelative(f.module(), this.module,
          level);
      dev.moat.runtime.PyModule m = Modules.importModule(f.state, module);
      if (moduleTarget != null) {
        Object bound = m;
        if (bindTop && module.contains(".")) {
          bound = Modules.importModule(f.state, module.substring(0, module.indexOf('.')));
        }
        moduleTarget.assign(f, bound);
        return Exec.NORMAL;
      }
      for (int i = 0; i < names.length; i++) {
        Object v = m.namespace.get(names[i]);
        if (v == null) {
          try {
            v = Modules.importModule(f.state, module + "." + names[i]);
          } catch (PyException e) {
            Object file = m.namespace.get("__file__");
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + names[i]
                + "' from '" + module + "' (" + (file instanceof String ? file
                : "unknown location") + ")");
          }
        }
        targets[i].assign(f, v);
      }
      return Exec.NORMAL;
    }
  }

}
