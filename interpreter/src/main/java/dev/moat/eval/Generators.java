package dev.moat.eval;

import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBaseException;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;

/**
 * Generator functions without threads or continuations: the statements of a generator body that
 * contain a {@code yield} are compiled to resumable variants. A yield returns the status
 * {@link #YIELD} up through them, each saving where it was in a frame slot; the next resume calls
 * the body again with {@code frame.gen.resuming} set, and each statement jumps straight back to the
 * child it left (re-entering Java try blocks on the way, so try/except/finally keep working).
 */
final class Generators {
  private Generators() {}

  /** Statement status: the body yielded {@code frame.gen.yielded}. */
  static final int YIELD = 4;

  /** The generator object a generator function returns. */
  static final class Generator extends PyIterator {
    private final Frame frame;
    private final Code code;
    private final String name;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** The value of the body's {@code return}, once finished. */
    Object returnValue = PyNone.NONE;

    Generator(Frame frame, Code code) {
      super(PyIterator.GENERATOR);
      init();
      this.frame = frame;
      frame.gen = new Frame.Gen();
      this.code = code;
      this.name = code.name;
    }

    @Override
    public Object next() {
      return resume(PyNone.NONE, null);
    }

    /**
     * Runs the body to its next yield: returns the yielded value, or null when the body ended
     * (its return value is then in {@link #returnValue}).
     */
    Object resume(Object sent, PyException toThrow) {
      if (finished) {
        returnValue = PyNone.NONE; // only the first StopIteration carries it
        if (toThrow != null) {
          throw toThrow;
        }
        return null;
      }
      if (running) {
        throw Errors.valueError("generator already executing");
      }
      if (!started) {
        if (toThrow != null) {
          finished = true;
          throw toThrow;
        }
        if (sent != PyNone.NONE) {
          throw Errors.typeError("can't send non-None value to a just-started generator");
        }
      }
      frame.gen.resuming = started;
      frame.gen.sent = sent;
      frame.gen.toThrow = toThrow;
      started = true;
      running = true;
      frame.state.enterCall();
      frame.push();
      try {
        int r = code.body.exec(frame);
        if (r == YIELD) {
          Object v = frame.gen.yielded;
          frame.gen.yielded = null;
          return v;
        }
        finished = true;
        returnValue = r == Exec.RETURN ? frame.ret : PyNone.NONE;
        return null;
      } catch (PyException e) {
        finished = true;
        PyBaseException exc = e.exception();
        Frames.record(frame, exc, name);
        if (exc.type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
          PyException re = Errors.runtimeError("generator raised StopIteration");
          re.exception().cause = exc;
          re.exception().context = exc;
          re.exception().suppressContext = true;
          throw re;
        }
        throw e;
      } finally {
        running = false;
        frame.gen.resuming = false;
        frame.pop();
        frame.back = null; // a suspended generator must not keep its last caller alive
        frame.state.exitCall();
      }
    }

    @Override
    public Object stopValue() {
      return returnValue == PyNone.NONE ? null : returnValue;
    }

    /** {@code gen.send(v)}: the yielded value; StopIteration(return value) at the end. */
    Object send(Object v) {
      Object r = resume(v, null);
      if (r == null) {
        throw Errors.stopIteration(returnValue == PyNone.NONE ? null : returnValue);
      }
      return r;
    }

    /** {@code gen.throw(exc)}. */
    Object throwIn(Object exc) {
      PyBaseException e = Stmts.Raise.toException(exc,
          "exceptions must be classes or instances deriving from BaseException, not "
              + dev.moat.runtime.Types.typeName(exc));
      e.contextDecided = true; // throw() does not chain, as in CPython
      Object r = resume(PyNone.NONE, new PyException(e));
      if (r == null) {
        throw Errors.stopIteration(returnValue == PyNone.NONE ? null : returnValue);
      }
      return r;
    }

    /** {@code gen.close()}. */
    void close() {
      if (finished || !started) {
        finished = true;
        return;
      }
      try {
        Object r = resume(PyNone.NONE, new PyException(
            new PyBaseException(ExceptionTypes.GENERATOR_EXIT)));
        if (r != null) {
          throw Errors.runtimeError("generator ignored GeneratorExit");
        }
      } catch (PyException e) {
        if (!e.isInstance(ExceptionTypes.GENERATOR_EXIT)
            && !e.isInstance(ExceptionTypes.STOP_ITERATION)) {
          throw e;
        }
      }
    }
  }

  static {
    PyType g = PyIterator.GENERATOR;
    dev.moat.runtime.BuiltinFunction send = new dev.moat.runtime.BuiltinFunction("send",
        "self, value, /", g, null, a -> {
          if (!(a[0] instanceof Generator)) {
            PyIterator it = (PyIterator) a[0];
            if (it instanceof Exprs.GenExpIterator && !((Exprs.GenExpIterator) it).started
                && !((Exprs.GenExpIterator) it).finished && a[1] != PyNone.NONE) {
              throw Errors.typeError("can't send non-None value to a just-started generator");
            }
            Object v = it.next();
            if (v == null) {
              throw Errors.stopIteration(null);
            }
            return v;
          }
          return ((Generator) a[0]).send(a[1]);
        });
    g.dict().put("send", send);
    g.dict().put("throw", new dev.moat.runtime.BuiltinFunction("throw", "self, typ, val=None,"
        + " tb=None, /", g, null, a -> {
          Object exc = a[1];
          if (a[2] != PyNone.NONE && exc instanceof PyType) {
            exc = Ops.call(exc, a[2] instanceof PyTuple ? ((PyTuple) a[2]).array()
                : new Object[] {a[2]}, null);
          }
          if (!(a[0] instanceof Generator)) {
            if (a[0] instanceof Exprs.GenExpIterator) {
              ((Exprs.GenExpIterator) a[0]).finished = true;
            }
            PyBaseException e = Stmts.Raise.toException(exc,
                "exceptions must be classes or instances deriving from BaseException, not "
                    + dev.moat.runtime.Types.typeName(exc));
            e.contextDecided = true;
            throw new PyException(e);
          }
          return ((Generator) a[0]).throwIn(exc);
        }));
    g.dict().put("__name__", new dev.moat.runtime.Descriptors.GetSet("__name__",
        o -> o instanceof Generator ? ((Generator) o).name : "<genexpr>", null));
    g.dict().put("__qualname__", new dev.moat.runtime.Descriptors.GetSet("__qualname__",
        o -> o instanceof Generator ? ((Generator) o).code.qualname : "<genexpr>", null));
    g.dict().put("gi_running", new dev.moat.runtime.Descriptors.GetSet("gi_running",
        o -> o instanceof Generator && ((Generator) o).running, null));
    g.dict().put("close", new dev.moat.runtime.BuiltinFunction("close", "self", g, null, a -> {
      if (!(a[0] instanceof Generator)) {
        if (a[0] instanceof Exprs.GenExpIterator) {
          ((Exprs.GenExpIterator) a[0]).finished = true;
        }
        return PyNone.NONE;
      }
      ((Generator) a[0]).close();
      return PyNone.NONE;
    }));
  }

  /** Makes sure the generator type's methods are installed. */
  static void init() {}

  // ---------------------------------------------------------------- resumable statements

  /** {@code yield value} / {@code target = yield value} as a statement. */
  static final class YieldStmt extends Exec.Stmt {
    final Exec.Expr value;
    final Exec.Target target;

    /** Where the yield is: an exception thrown in by {@code throw()} is reported there. */
    final dev.moat.runtime.ErrorPosition at;

    YieldStmt(int line, Exec.Expr value, Exec.Target target, dev.moat.runtime.ErrorPosition at) {
      super(line);
      this.value = value;
      this.target = target;
      this.at = at;
    }

    @Override
    int exec(Frame f) {
      if (f.gen.resuming) {
        f.gen.resuming = false;
        PyException t = f.gen.toThrow;
        if (t != null) {
          f.gen.toThrow = null;
          throw Frames.noted(t, f, at);
        }
        if (target != null) {
          target.assign(f, f.gen.sent);
        }
        return Exec.NORMAL;
      }
      f.gen.yielded = value == null ? PyNone.NONE : value.eval(f);
      return YIELD;
    }
  }

  /** {@code yield from iterable} / {@code target = yield from iterable}. */
  static final class YieldFromStmt extends Exec.Stmt {
    final Exec.Expr iterable;
    final Exec.Target target;
    final int subSlot;

    YieldFromStmt(int line, Exec.Expr iterable, Exec.Target target, int subSlot) {
      super(line);
      this.iterable = iterable;
      this.target = target;
      this.subSlot = subSlot;
    }

    @Override
    int exec(Frame f) {
      Object v;
      if (!f.gen.resuming) {
        PyIterator sub = Ops.iter(iterable.eval(f));
        f.locals[subSlot] = sub;
        v = sub.next();
      } else {
        f.gen.resuming = false;
        PyIterator sub = (PyIterator) f.locals[subSlot];
        PyException t = f.gen.toThrow;
        f.gen.toThrow = null;
        if (sub instanceof Generator) {
          v = ((Generator) sub).resume(t == null ? f.gen.sent : PyNone.NONE, t);
        } else {
          if (t != null) {
            throw t;
          }
          if (f.gen.sent != PyNone.NONE) {
            // only generators take sent values: other iterators need a send method
            Ops.getAttr(sub, "send");
          }
          v = sub.next();
        }
      }
      if (v == null) {
        PyIterator sub = (PyIterator) f.locals[subSlot];
        f.locals[subSlot] = null;
        if (target != null) {
          target.assign(f, sub instanceof Generator ? ((Generator) sub).returnValue
              : PyNone.NONE);
        }
        return Exec.NORMAL;
      }
      f.gen.yielded = v;
      return YIELD;
    }
  }

  static final class Block extends Exec.Stmt {
    final Exec.Stmt[] body;
    final int slot;

    Block(int line, Exec.Stmt[] body, int slot) {
      super(line);
      this.body = body;
      this.slot = slot;
    }

    @Override
    int exec(Frame f) {
      int i = f.gen.resuming ? (Integer) f.locals[slot] : 0;
      for (; i < body.length; i++) {
        Exec.Stmt s = body[i];
        f.line = s.line;
        int r = s.exec(f);
        if (r == YIELD) {
          f.locals[slot] = i;
          return r;
        }
        if (r != Exec.NORMAL) {
          return r;
        }
      }
      return Exec.NORMAL;
    }
  }

  static final class If extends Exec.Stmt {
    final Exec.Expr test;
    final Exec.Stmt body;
    final Exec.Stmt orelse;
    final int slot;

    If(int line, Exec.Expr test, Exec.Stmt body, Exec.Stmt orelse, int slot) {
      super(line);
      this.test = test;
      this.body = body;
      this.orelse = orelse;
      this.slot = slot;
    }

    @Override
    int exec(Frame f) {
      boolean first = f.gen.resuming ? (Boolean) f.locals[slot] : Ops.truth(test.eval(f));
      Exec.Stmt s = first ? body : orelse;
      if (s == null) {
        return Exec.NORMAL;
      }
      int r = s.exec(f);
      if (r == YIELD) {
        f.locals[slot] = first;
      }
      return r;
    }
  }

  /** A match statement whose case bodies yield: resumes in the case chosen before suspending. */
  static final class Match extends Exec.Stmt {
    final Exec.Expr subject;
    final Patterns.Case[] cases;
    final int slot;

    Match(int line, Exec.Expr subject, Patterns.Case[] cases, int slot) {
      super(line);
      this.subject = subject;
      this.cases = cases;
      this.slot = slot;
    }

    @Override
    int exec(Frame f) {
      int chosen = -1;
      if (f.gen.resuming) {
        chosen = (Integer) f.locals[slot];
      } else {
        Object s = subject.eval(f);
        for (int i = 0; i < cases.length; i++) {
          Patterns.Case c = cases[i];
          if (c.pattern.match(f, s) && (c.guard == null || Patterns.guard(f, c.guard))) {
            chosen = i;
            break;
          }
        }
        if (chosen < 0) {
          return Exec.NORMAL;
        }
      }
      int r = cases[chosen].body.exec(f);
      if (r == YIELD) {
        f.locals[slot] = chosen;
      }
      return r;
    }
  }

  static final class While extends Exec.Stmt {
    final Exec.Expr test;
    final Exec.Stmt body;
    final Exec.Stmt orelse;
    final int slot;

    While(int line, Exec.Expr test, Exec.Stmt body, Exec.Stmt orelse, int slot) {
      super(line);
      this.test = test;
      this.body = body;
      this.orelse = orelse;
      this.slot = slot;
    }

    @Override
    int exec(Frame f) {
      boolean inElse = f.gen.resuming && (Boolean) f.locals[slot];
      if (!inElse) {
        boolean resume = f.gen.resuming;
        while (true) {
          if (!resume) {
            f.line = line;
            if (!Ops.truth(test.eval(f))) {
              break;
            }
          }
          resume = false;
          int r = body.exec(f);
          if (r == YIELD) {
            f.locals[slot] = false;
            return r;
          }
          if (r == Exec.BREAK) {
            return Exec.NORMAL;
          }
          if (r == Exec.RETURN) {
            return r;
          }
          f.state.tick();
        }
      }
      if (orelse == null) {
        return Exec.NORMAL;
      }
      int r = orelse.exec(f);
      if (r == YIELD) {
        f.locals[slot] = true;
      }
      return r;
    }
  }

  static final class For extends Exec.Stmt {
    final Exec.Target target;
    final Exec.Expr iter;
    final Exec.Stmt body;
    final Exec.Stmt orelse;
    final int iterSlot;
    final int phaseSlot;

    For(int line, Exec.Target target, Exec.Expr iter, Exec.Stmt body, Exec.Stmt orelse,
        int iterSlot, int phaseSlot) {
      super(line);
      this.target = target;
      this.iter = iter;
      this.body = body;
      this.orelse = orelse;
      this.iterSlot = iterSlot;
      this.phaseSlot = phaseSlot;
    }

    @Override
    int exec(Frame f) {
      boolean inElse = f.gen.resuming && (Boolean) f.locals[phaseSlot];
      if (!inElse) {
        boolean resume = f.gen.resuming;
        PyIterator it;
        if (resume) {
          it = (PyIterator) f.locals[iterSlot];
        } else {
          it = Ops.iter(iter.eval(f));
          f.locals[iterSlot] = it;
        }
        while (true) {
          if (!resume) {
            try {
              Object v = it.next();
              if (v == null) {
                break;
              }
              target.assign(f, v);
            } catch (PyException e) {
              f.line = line; // reported at the for statement, as in CPython
              throw e;
            }
          }
          resume = false;
          int r = body.exec(f);
          if (r == YIELD) {
            f.locals[phaseSlot] = false;
            return r;
          }
          if (r == Exec.BREAK || r == Exec.RETURN) {
            f.locals[iterSlot] = null;
            return r == Exec.BREAK ? Exec.NORMAL : r;
          }
          f.state.tick();
        }
        f.locals[iterSlot] = null;
      }
      if (orelse == null) {
        return Exec.NORMAL;
      }
      int r = orelse.exec(f);
      if (r == YIELD) {
        f.locals[phaseSlot] = true;
      }
      return r;
    }
  }

  /** {@code with} around yields: the manager waits in a slot while the generator is suspended. */
  static final class With extends Exec.Stmt {
    final Exec.Expr context;
    final Exec.Target target;
    final Exec.Stmt body;
    final int slot;

    With(int line, Exec.Expr context, Exec.Target target, Exec.Stmt body, int slot) {
      super(line);
      this.context = context;
      this.target = target;
      this.body = body;
      this.slot = slot;
    }

    @Override
    int exec(Frame f) {
      Object mgr;
      if (f.gen.resuming) {
        mgr = f.locals[slot];
      } else {
        mgr = context.eval(f);
        PyType t = dev.moat.runtime.Types.typeOf(mgr);
        if (t.lookup("__enter__") == null || t.lookup("__exit__") == null) {
          throw Errors.typeError("'" + t.name() + "' object does not support the context"
              + " manager protocol" + (t.lookup("__enter__") != null
              ? " (missed __exit__ method)" : ""));
        }
        Object v = Ops.callSpecial(mgr, "__enter__");
        f.locals[slot] = mgr;
        if (target != null) {
          target.assign(f, v);
        }
      }
      int status;
      try {
        status = body.exec(f);
      } catch (PyException e) {
        f.locals[slot] = null;
        if (Stmts.exitSuppresses(f, line, mgr, e.exception())) {
          return Exec.NORMAL;
        }
        throw e;
      }
      if (status == YIELD) {
        return status;
      }
      f.locals[slot] = null;
      f.line = line;
      Ops.callSpecial(mgr, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
      return status;
    }
  }

  /**
   * try/except/else/finally around yields. Phases: 0 body, 1..n handler, n+1 else, n+2 finally
   * (with the pending status or exception kept in slots while the finally body is suspended).
   */
  static final class Try extends Exec.Stmt {
    final Exec.Stmt body;
    final Stmts.Handler[] handlers;
    final Exec.Stmt orelse;
    final Exec.Stmt finalbody;
    final int phaseSlot;
    final int pendingSlot;
    final int excSlot;

    Try(int line, Exec.Stmt body, Stmts.Handler[] handlers, Exec.Stmt orelse,
        Exec.Stmt finalbody, int phaseSlot, int pendingSlot, int excSlot) {
      super(line);
      this.body = body;
      this.handlers = handlers;
      this.orelse = orelse;
      this.finalbody = finalbody;
      this.phaseSlot = phaseSlot;
      this.pendingSlot = pendingSlot;
      this.excSlot = excSlot;
    }

    private int finallyPhase() {
      return handlers.length + 2;
    }

    @Override
    int exec(Frame f) {
      int phase = f.gen.resuming ? (Integer) f.locals[phaseSlot] : 0;
      int status;
      PyException pending = null;
      if (phase < finallyPhase()) {
        try {
          status = bodyHandlersElse(f, phase);
          if (status == YIELD) {
            return status;
          }
        } catch (PyException e) {
          status = -1;
          pending = e;
        }
        if (finalbody == null) {
          if (pending != null) {
            throw pending;
          }
          return status;
        }
        if (pending != null) {
          pending.exception().chainCaught(f.state.handled);
        }
        f.locals[pendingSlot] = status;
        f.locals[excSlot] = pending;
      }
      Object savedRet = f.ret;
      int fs;
      // while finally runs for an exception, that exception is the one being handled
      PyException pend = (PyException) f.locals[excSlot];
      PyBaseException savedHandled = f.state.handled;
      if (pend != null) {
        f.state.handled = pend.exception();
      }
      try {
        fs = finalbody.exec(f);
      } catch (PyException inner) {
        if (pend != null) {
          inner.exception().chainCaught(pend.exception());
        }
        f.locals[excSlot] = null;
        throw inner;
      } finally {
        f.state.handled = savedHandled;
      }
      if (fs == YIELD) {
        f.locals[phaseSlot] = finallyPhase();
        return fs;
      }
      if (fs != Exec.NORMAL) {
        return fs;
      }
      f.ret = savedRet;
      PyException p = (PyException) f.locals[excSlot];
      int st = (Integer) f.locals[pendingSlot];
      f.locals[excSlot] = null;
      if (p != null) {
        throw p;
      }
      return st;
    }

    private int bodyHandlersElse(Frame f, int phase) {
      if (phase == handlers.length + 1) {
        int r = orelse.exec(f);
        if (r == YIELD) {
          f.locals[phaseSlot] = phase;
        }
        return r;
      }
      if (phase >= 1) {
        return runHandler(f, phase, (PyBaseException) f.locals[excSlot]);
      }
      int r;
      try {
        r = body.exec(f);
      } catch (PyException e) {
        PyBaseException exc = e.exception();
        Frames.record(f, exc);
        exc.chainCaught(f.state.handled);
        for (int k = 0; k < handlers.length; k++) {
          Stmts.Handler h = handlers[k];
          if (h.type == null || Stmts.matchesClause(f, exc, h.type)) {
            f.locals[excSlot] = exc;
            if (h.name != null) {
              h.name.assign(f, exc);
            }
            return runHandler(f, k + 1, exc);
          }
        }
        throw e;
      }
      if (r == YIELD) {
        f.locals[phaseSlot] = 0;
        return r;
      }
      if (r != Exec.NORMAL || orelse == null) {
        return r;
      }
      r = orelse.exec(f);
      if (r == YIELD) {
        f.locals[phaseSlot] = handlers.length + 1;
      }
      return r;
    }

    private int runHandler(Frame f, int phase, PyBaseException exc) {
      Stmts.Handler h = handlers[phase - 1];
      PyBaseException saved = f.state.handled;
      f.state.handled = exc;
      try {
        int r = h.body.exec(f);
        if (r == YIELD) {
          f.locals[phaseSlot] = phase;
          return r;
        }
        if (h.name != null) {
          try {
            h.name.assign(f, PyNone.NONE); // CPython's `e = None; del e`
            h.name.delete(f);
          } catch (PyException ignored) {
            // cannot happen after the assignment, unless a namespace hook raises
          }
        }
        f.locals[excSlot] = null;
        return r;
      } catch (PyException inner) {
        inner.exception().chainCaught(exc);
        throw inner;
      } finally {
        f.state.handled = saved;
      }
    }
  }
}
