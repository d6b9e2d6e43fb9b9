package dev.moat.eval;

import dev.moat.runtime.BudgetExceededError;
import dev.moat.runtime.Cell;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyFunction;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.Signature;

/** The compiled body of a function, lambda, comprehension, class body or module. */
final class Code implements PyFunction.Code {
  final String name;
  final String qualname;
  final Signature signature;
  final int slotCount;
  /** Slots that hold a Cell: created at entry (wrapping the parameter value if any). */
  final int[] cellSlots;
  /** Slots that receive the closure's cells, in closure order. */
  final int[] freeSlots;
  /** Names of the free variables, in closure order. */
  final String[] freeNames;
  Exec.Stmt body;
  /** For lambdas: the expression whose value is returned. */
  Exec.Expr lambdaBody;
  final boolean simpleArgs;
  /** The variable name of each slot (null for internal slots), for locals(). */
  String[] slotNames = new String[0];
  /** CPython's co_varnames (parameters, then uncaptured locals), for "Did you mean" hints. */
  String[] varNames = new String[0];
  /** A generator function: a call returns a generator instead of running the body. */
  boolean isGenerator;

  Code(String name, String qualname, Signature signature, int slotCount, int[] cellSlots,
      int[] freeSlots, String[] freeNames) {
    this.name = name;
    this.qualname = qualname;
    this.signature = signature;
    this.slotCount = slotCount;
    this.cellSlots = cellSlots;
    this.freeSlots = freeSlots;
    this.freeNames = freeNames;
    this.simpleArgs = signature != null && signature.slotCount() == signature.positionalCount();
  }

  @Override
  public Signature signature() {
    return signature;
  }

  /** A new frame for a call, with arguments bound and cells set up. */
  Frame newFrame(PyFunction fn, ModuleRun run, Object[] args, String[] kwnames) {
    Object[] locals = new Object[slotCount];
    if (simpleArgs && kwnames == null && args.length == signature.positionalCount()) {
      System.arraycopy(args, 0, locals, 0, args.length);
    } else {
      signature.bindInto(args, kwnames, fn.slotDefaults, locals);
    }
    return setUp(fn.closure, run, locals);
  }

  Frame setUp(Cell[] closure, ModuleRun run, Object[] locals) {
    for (int s : cellSlots) {
      locals[s] = new Cell(locals[s]);
    }
    for (int i = 0; i < freeSlots.length; i++) {
      locals[freeSlots[i]] = closure[i];
    }
    return new Frame(this, locals, run);
  }

  @Override
  public Object invoke(PyFunction fn, Object[] args, String[] kwnames) {
    return run(fn, args, kwnames, null);
  }

  /**
   * Whether a call with {@code n} positional arguments and no keywords can put them straight
   * into a new locals array (see {@link #invokeWithLocals}).
   */
  boolean takesLocalsDirectly(int n) {
    return simpleArgs && !isGenerator && n == signature.positionalCount();
  }

  /**
   * Runs the function with a locals array of {@link #slotCount} slots whose first slots already
   * hold the positional arguments; only when {@link #takesLocalsDirectly} says so.
   */
  Object invokeWithLocals(PyFunction fn, Object[] locals) {
    return run(fn, null, null, locals);
  }

  private Object run(PyFunction fn, Object[] args, String[] kwnames, Object[] locals) {
    ModuleRun run = (ModuleRun) fn.globals;
    InterpreterState st = run.state;
    st.enterCall();
    Frame f = null;
    if (isGenerator) {
      try {
        Frame gf = newFrame(fn, run, args, kwnames);
        gf.line = lineOfDef;
        return new Generators.Generator(gf, this);
      } finally {
        st.exitCall();
      }
    }
    try {
      st.tick();
      f = locals != null ? setUp(fn.closure, run, locals) : newFrame(fn, run, args, kwnames);
      f.line = lineOfDef;
      f.push();
      if (lambdaBody != null) {
        return lambdaBody.eval(f);
      }
      int s = body.exec(f);
      return s == Exec.RETURN ? f.ret : PyNone.NONE;
    } catch (PyException e) {
      if (f != null) {
        Frames.record(f, e.exception(), name);
      }
      throw e;
    } catch (BudgetExceededError b) {
      if (f != null) {
        b.setLineIfUnknown(f.line);
      }
      throw b;
    } finally {
      if (f != null) {
        f.pop();
      }
      st.exitCall();
    }
  }

  int lineOfDef;
}
