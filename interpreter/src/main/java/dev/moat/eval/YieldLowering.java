package dev.moat.eval;

import dev.moat.ast.Ast.*;
import dev.moat.runtime.Ops;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Rewrites a generator-body statement whose {@code yield} sits inside a larger expression into
 * statements the resumable forms of {@link Generators} already run: every operand CPython
 * evaluates before the yield is computed first into a hidden frame slot ({@link Temp}), the
 * yield itself becomes {@code temp = yield value}, and the rest of the expression is evaluated
 * from the temporaries afterwards. Short-circuiting operators ({@code and}, {@code or},
 * conditional expressions, chained comparisons) become {@code if} statements, so an operand
 * that CPython would skip is skipped here too.
 */
final class YieldLowering {
  /** A hidden frame slot, usable as an expression and as an assignment target. */
  record Temp(int line, int col, int slot) implements Expr {}

  /** {@code left op= right} as an expression: the in-place operation of an augmented assign. */
  record InPlace(int line, int col, Expr left, BinaryOp op, Expr right) implements Expr {}

  /** The evaluator node of {@link InPlace}. */
  static final class InPlaceExpr extends Exec.Expr {
    final Exec.Expr left;
    final BinaryOp op;
    final Exec.Expr right;

    InPlaceExpr(int line, Exec.Expr left, BinaryOp op, Exec.Expr right) {
      super(line);
      this.left = left;
      this.op = op;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object a = left.eval(f);
      return Ops.inplace(op, a, right.eval(f));
    }
  }

  private final IntSupplier newSlot;
  /** Gives a rebuilt comprehension node the scope the resolver gave the original. */
  private final java.util.function.BiConsumer<Expr, Expr> sameScope;

  YieldLowering(IntSupplier newSlot, java.util.function.BiConsumer<Expr, Expr> sameScope,
      java.util.function.BiConsumer<Expr, Expr> rebuilt) {
    this.newSlot = newSlot;
    this.sameScope = sameScope;
    this.rebuilt = rebuilt;
  }

  /** Told of each expression rebuilt without its yields (original, rebuilt), for positions. */
  private final java.util.function.BiConsumer<Expr, Expr> rebuilt;

  /** The comprehensions with their first iterable (evaluated in this scope) lowered. */
  private List<Comprehension> lowerFirstIter(List<Comprehension> gens, List<Stmt> pre) {
    List<Comprehension> out = new ArrayList<>(gens);
    Comprehension first = gens.get(0);
    out.set(0, new Comprehension(first.target(), lower(first.iter(), pre), first.ifs()));
    return out;
  }

  private Temp temp(Node at) {
    return new Temp(at.line(), at.col(), newSlot.getAsInt());
  }

  private static Assign assign(Node at, Expr target, Expr value) {
    return new Assign(at.line(), at.col(), List.of(target), value);
  }

  private static boolean yields(Expr e) {
    return e != null && YieldFinder.contains(e);
  }

  /**
   * The statements equivalent to {@code s}, with every yield at the top of an assignment to a
   * temporary; null when this form is not supported.
   */
  List<Stmt> lower(Stmt s) {
    List<Stmt> pre = new ArrayList<>();
    if (s instanceof ExprStmt) {
      Expr v = lower(((ExprStmt) s).value(), pre);
      if (!(v instanceof Temp)) {
        pre.add(new ExprStmt(s.line(), s.col(), v));
      }
      return pre;
    }
    if (s instanceof Assign) {
      Assign a = (Assign) s;
      boolean targetsYield = false;
      for (Expr t : a.targets()) {
        targetsYield |= yields(t);
      }
      if (!targetsYield) {
        pre.add(new Assign(s.line(), s.col(), a.targets(), lower(a.value(), pre)));
        return pre;
      }
      // the value first, then each target's object and index just before its store
      Expr v = hoist(a.value(), pre);
      for (Expr t : a.targets()) {
        pre.add(assign(s, lowerTarget(t, pre), v));
      }
      return pre;
    }
    if (s instanceof AnnAssign) {
      AnnAssign a = (AnnAssign) s;
      if (yields(a.target()) || a.value() == null) {
        return null;
      }
      pre.add(assign(s, a.target(), lower(a.value(), pre)));
      return pre;
    }
    if (s instanceof AugAssign) {
      return augAssign((AugAssign) s, pre);
    }
    if (s instanceof Return) {
      pre.add(new Return(s.line(), s.col(), lower(((Return) s).value(), pre)));
      return pre;
    }
    if (s instanceof Raise) {
      Raise r = (Raise) s;
      List<Expr> parts = new ArrayList<>();
      parts.add(r.exc());
      parts.add(r.cause());
      parts = lowerAll(parts, pre);
      pre.add(new Raise(s.line(), s.col(), parts.get(0), parts.get(1)));
      return pre;
    }
    if (s instanceof Assert) {
      Assert a = (Assert) s;
      if (yields(a.msg())) {
        return null;
      }
      pre.add(new Assert(s.line(), s.col(), lower(a.test(), pre), a.msg()));
      return pre;
    }
    if (s instanceof Delete) {
      for (Expr t : ((Delete) s).targets()) {
        pre.add(new Delete(s.line(), s.col(), List.of(lowerTarget(t, pre))));
      }
      return pre;
    }
    if (s instanceof If) {
      If i = (If) s;
      pre.add(new If(s.line(), s.col(), lower(i.test(), pre), i.body(), i.orelse()));
      return pre;
    }
    if (s instanceof For) {
      For f = (For) s;
      if (yields(f.target())) {
        return null;
      }
      pre.add(new For(s.line(), s.col(), f.target(), lower(f.iter(), pre), f.body(),
          f.orelse()));
      return pre;
    }
    if (s instanceof While) {
      return whileLoop((While) s);
    }
    if (s instanceof Match) {
      Match m = (Match) s;
      for (MatchCase c : m.cases()) {
        if (yields(c.guard())) {
          return null;
        }
      }
      pre.add(new Match(s.line(), s.col(), lower(m.subject(), pre), m.cases()));
      return pre;
    }
    if (s instanceof With) {
      With w = (With) s;
      List<WithItem> items = w.items();
      int i = 0;
      while (i < items.size() && !yields(items.get(i).contextExpr())) {
        i++;
      }
      if (i == items.size() || yields(items.get(i).optionalVars())) {
        return null;
      }
      List<Stmt> inner = new ArrayList<>();
      Expr ctx = lower(items.get(i).contextExpr(), inner);
      List<WithItem> rest = new ArrayList<>();
      rest.add(new WithItem(ctx, items.get(i).optionalVars()));
      rest.addAll(items.subList(i + 1, items.size()));
      inner.add(new With(s.line(), s.col(), rest, w.body()));
      if (i == 0) {
        return inner;
      }
      pre.add(new With(s.line(), s.col(), items.subList(0, i), inner));
      return pre;
    }
    return null;
  }

  private Expr lowerTarget(Expr t, List<Stmt> pre) {
    if (!yields(t)) {
      return t;
    }
    if (t instanceof Attribute) {
      Attribute a = (Attribute) t;
      return new Attribute(t.line(), t.col(), lower(a.value(), pre), a.attr());
    }
    if (t instanceof Subscript) {
      Subscript sub = (Subscript) t;
      List<Expr> ops = lowerAll(List.of(sub.value(), sub.slice()), pre);
      return new Subscript(t.line(), t.col(), ops.get(0), ops.get(1));
    }
    throw unsupported();
  }

  /**
   * {@code target op= value}: CPython reads the target (after evaluating its object and index)
   * before the value, and stores the in-place result after.
   */
  private List<Stmt> augAssign(AugAssign a, List<Stmt> pre) {
    Expr t = a.target();
    Expr store;
    Expr old;
    if (t instanceof Name) {
      store = t;
      old = hoist(t, pre);
    } else if (t instanceof Attribute) {
      Attribute at = (Attribute) t;
      Expr obj = hoist(at.value(), pre);
      store = new Attribute(t.line(), t.col(), obj, at.attr());
      old = hoist(store, pre);
    } else if (t instanceof Subscript) {
      Subscript sub = (Subscript) t;
      Expr obj = hoist(sub.value(), pre);
      Expr idx = hoist(sub.slice(), pre);
      store = new Subscript(t.line(), t.col(), obj, idx);
      old = hoist(store, pre);
    } else {
      return null;
    }
    Expr v = lower(a.value(), pre);
    pre.add(assign(a, store, new InPlace(a.line(), a.col(), old, a.op(), v)));
    return pre;
  }

  /**
   * {@code while test: body else: orelse} with a yield in the test, which runs before every
   * iteration: {@code done = False; while True: <test>; if not t: done = True; break; body},
   * then {@code if done: orelse}.
   */
  private List<Stmt> whileLoop(While w) {
    List<Stmt> out = new ArrayList<>();
    List<Stmt> loop = new ArrayList<>();
    Expr test = lower(w.test(), loop);
    Temp done = w.orelse().isEmpty() ? null : temp(w);
    List<Stmt> exit = new ArrayList<>();
    if (done != null) {
      out.add(assign(w, done, new Constant(w.line(), w.col(), Boolean.FALSE)));
      exit.add(assign(w, done, new Constant(w.line(), w.col(), Boolean.TRUE)));
    }
    exit.add(new Break(w.line(), w.col()));
    loop.add(new If(w.line(), w.col(), not(test), exit, List.of()));
    loop.addAll(w.body());
    out.add(new While(w.line(), w.col(), new Constant(w.line(), w.col(), Boolean.TRUE), loop,
        List.of()));
    if (done != null) {
      out.add(new If(w.line(), w.col(), done, w.orelse(), List.of()));
    }
    return out;
  }

  private static Expr not(Expr e) {
    return new UnaryOpExpr(e.line(), e.col(), UnaryOp.NOT, e);
  }

  // ---------------------------------------------------------------- expressions

  /** Evaluates {@code e} now, into a temporary (constants and temporaries stay as they are). */
  private Expr hoist(Expr e, List<Stmt> pre) {
    if (e == null || e instanceof Constant || e instanceof Temp) {
      return e;
    }
    Expr v = lower(e, pre);
    if (v instanceof Temp || v instanceof Constant) {
      return v;
    }
    Temp t = temp(e);
    pre.add(assign(e, t, v));
    return t;
  }

  /**
   * Operands evaluated left to right: those before the last one that yields are hoisted into
   * temporaries, the one that yields is lowered, those after it stay as they are.
   */
  private List<Expr> lowerAll(List<Expr> es, List<Stmt> pre) {
    int last = -1;
    for (int i = 0; i < es.size(); i++) {
      if (yields(es.get(i))) {
        last = i;
      }
    }
    List<Expr> out = new ArrayList<>(es.size());
    for (int i = 0; i < es.size(); i++) {
      Expr e = es.get(i);
      out.add(i < last ? hoist(e, pre) : i == last ? lower(e, pre) : e);
    }
    return out;
  }

  /** Unwraps starred elements, lowers the values, and wraps them again. */
  private List<Expr> lowerElements(List<Expr> es, List<Stmt> pre) {
    List<Expr> inner = new ArrayList<>(es.size());
    for (Expr e : es) {
      inner.add(e instanceof Starred ? ((Starred) e).value() : e);
    }
    inner = lowerAll(inner, pre);
    List<Expr> out = new ArrayList<>(es.size());
    for (int i = 0; i < es.size(); i++) {
      Expr e = es.get(i);
      out.add(e instanceof Starred ? new Starred(e.line(), e.col(), inner.get(i)) : inner.get(i));
    }
    return out;
  }

  /**
   * Appends to {@code pre} what must run first and returns an expression without yields that,
   * evaluated after {@code pre}, finishes computing {@code e} in CPython's order.
   */
  Expr lower(Expr e, List<Stmt> pre) {
    if (!yields(e)) {
      return e;
    }
    Expr r = lowerYielding(e, pre);
    if (r != e && !(r instanceof Temp)) {
      rebuilt.accept(e, r);
    }
    return r;
  }

  private Expr lowerYielding(Expr e, List<Stmt> pre) {
    int line = e.line();
    int col = e.col();
    if (e instanceof Yield) {
      Expr v = ((Yield) e).value();
      Temp t = temp(e);
      pre.add(assign(e, t, new Yield(line, col, v == null ? null : lower(v, pre))));
      return t;
    }
    if (e instanceof YieldFrom) {
      Temp t = temp(e);
      pre.add(assign(e, t, new YieldFrom(line, col, lower(((YieldFrom) e).value(), pre))));
      return t;
    }
    if (e instanceof BinOp) {
      BinOp b = (BinOp) e;
      List<Expr> ops = lowerAll(List.of(b.left(), b.right()), pre);
      return new BinOp(line, col, ops.get(0), b.op(), ops.get(1));
    }
    if (e instanceof UnaryOpExpr) {
      UnaryOpExpr u = (UnaryOpExpr) e;
      return new UnaryOpExpr(line, col, u.op(), lower(u.operand(), pre));
    }
    if (e instanceof BoolOp) {
      return boolOp((BoolOp) e, pre);
    }
    if (e instanceof Compare) {
      return compare((Compare) e, pre);
    }
    if (e instanceof IfExp) {
      IfExp i = (IfExp) e;
      Expr test = lower(i.test(), pre);
      if (!yields(i.body()) && !yields(i.orelse())) {
        return new IfExp(line, col, test, i.body(), i.orelse());
      }
      Temp r = temp(e);
      List<Stmt> body = new ArrayList<>();
      body.add(assign(e, r, lower(i.body(), body)));
      List<Stmt> orelse = new ArrayList<>();
      orelse.add(assign(e, r, lower(i.orelse(), orelse)));
      pre.add(new If(line, col, test, body, orelse));
      return r;
    }
    if (e instanceof NamedExpr) {
      NamedExpr n = (NamedExpr) e;
      return new NamedExpr(line, col, n.target(), lower(n.value(), pre));
    }
    if (e instanceof Attribute) {
      Attribute a = (Attribute) e;
      return new Attribute(line, col, lower(a.value(), pre), a.attr());
    }
    if (e instanceof Subscript) {
      Subscript s = (Subscript) e;
      List<Expr> ops = lowerAll(List.of(s.value(), s.slice()), pre);
      return new Subscript(line, col, ops.get(0), ops.get(1));
    }
    if (e instanceof Slice) {
      Slice s = (Slice) e;
      List<Expr> parts = new ArrayList<>();
      parts.add(s.lower());
      parts.add(s.upper());
      parts.add(s.step());
      parts = lowerAll(parts, pre);
      return new Slice(line, col, parts.get(0), parts.get(1), parts.get(2));
    }
    if (e instanceof Starred) {
      return new Starred(line, col, lower(((Starred) e).value(), pre));
    }
    if (e instanceof Call) {
      Call c = (Call) e;
      List<Expr> all = new ArrayList<>();
      all.add(c.func());
      for (Expr a : c.args()) {
        all.add(a instanceof Starred ? ((Starred) a).value() : a);
      }
      for (Keyword k : c.keywords()) {
        all.add(k.value());
      }
      all = lowerAll(all, pre);
      List<Expr> args = new ArrayList<>();
      for (int i = 0; i < c.args().size(); i++) {
        Expr a = c.args().get(i);
        Expr v = all.get(1 + i);
        args.add(a instanceof Starred ? new Starred(a.line(), a.col(), v) : v);
      }
      List<Keyword> kws = new ArrayList<>();
      for (int i = 0; i < c.keywords().size(); i++) {
        Keyword k = c.keywords().get(i);
        kws.add(new Keyword(k.line(), k.col(), k.arg(), all.get(1 + args.size() + i)));
      }
      return new Call(line, col, all.get(0), args, kws);
    }
    if (e instanceof TupleExpr) {
      return new TupleExpr(line, col, lowerElements(((TupleExpr) e).elts(), pre));
    }
    if (e instanceof ListExpr) {
      return new ListExpr(line, col, lowerElements(((ListExpr) e).elts(), pre));
    }
    if (e instanceof SetExpr) {
      return new SetExpr(line, col, lowerElements(((SetExpr) e).elts(), pre));
    }
    if (e instanceof DictExpr) {
      DictExpr d = (DictExpr) e;
      List<Expr> all = new ArrayList<>();
      for (int i = 0; i < d.values().size(); i++) {
        all.add(d.keys().get(i));
        all.add(d.values().get(i));
      }
      all = lowerAll(all, pre);
      List<Expr> keys = new ArrayList<>();
      List<Expr> values = new ArrayList<>();
      for (int i = 0; i < d.values().size(); i++) {
        keys.add(all.get(2 * i));
        values.add(all.get(2 * i + 1));
      }
      return new DictExpr(line, col, keys, values);
    }
    if (e instanceof JoinedStr) {
      return new JoinedStr(line, col, lowerAll(((JoinedStr) e).values(), pre));
    }
    if (e instanceof FormattedValue) {
      FormattedValue f = (FormattedValue) e;
      if (f.formatSpec() != null && yields(f.formatSpec())) {
        throw unsupported();
      }
      return new FormattedValue(line, col, lower(f.value(), pre), f.conversion(), f.formatSpec());
    }
    Expr rebuilt;
    if (e instanceof GeneratorExp) {
      GeneratorExp c = (GeneratorExp) e;
      rebuilt = new GeneratorExp(line, col, c.elt(), lowerFirstIter(c.generators(), pre));
    } else if (e instanceof ListComp) {
      ListComp c = (ListComp) e;
      rebuilt = new ListComp(line, col, c.elt(), lowerFirstIter(c.generators(), pre));
    } else if (e instanceof SetComp) {
      SetComp c = (SetComp) e;
      rebuilt = new SetComp(line, col, c.elt(), lowerFirstIter(c.generators(), pre));
    } else if (e instanceof DictComp) {
      DictComp c = (DictComp) e;
      rebuilt = new DictComp(line, col, c.key(), c.value(), lowerFirstIter(c.generators(), pre));
    } else {
      throw unsupported();
    }
    sameScope.accept(e, rebuilt);
    return rebuilt;
  }

  /** Signals a yield in a place this rewriting does not reach. */
  static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static Unsupported unsupported() {
    return new Unsupported();
  }

  /** {@code a and b and c}: {@code r = a; if r: r = b; if r: r = c}. */
  private Expr boolOp(BoolOp b, List<Stmt> pre) {
    List<Expr> vs = b.values();
    boolean restYields = false;
    for (int i = 1; i < vs.size(); i++) {
      restYields |= yields(vs.get(i));
    }
    if (!restYields) {
      List<Expr> out = new ArrayList<>(vs);
      out.set(0, lower(vs.get(0), pre));
      return new BoolOp(b.line(), b.col(), b.op(), out);
    }
    Temp r = temp(b);
    boolTail(b, r, 0, pre);
    return r;
  }

  /** {@code r = values[i]}, then the rest only when {@code r} does not decide the result. */
  private void boolTail(BoolOp b, Temp r, int i, List<Stmt> out) {
    List<Expr> vs = b.values();
    out.add(assign(b, r, lower(vs.get(i), out)));
    if (i < vs.size() - 1) {
      List<Stmt> next = new ArrayList<>();
      boolTail(b, r, i + 1, next);
      out.add(new If(b.line(), b.col(), b.op() == BoolOpKind.AND ? r : not(r), next,
          List.of()));
    }
  }

  /** {@code a < b < c}: {@code r = a < b; if r: r = b < c}, each operand evaluated once. */
  private Expr compare(Compare c, List<Stmt> pre) {
    List<Expr> operands = new ArrayList<>();
    operands.add(c.left());
    operands.addAll(c.comparators());
    boolean laterYields = false;
    for (int i = 2; i < operands.size(); i++) {
      laterYields |= yields(operands.get(i));
    }
    if (!laterYields) {
      List<Expr> first = lowerAll(operands.subList(0, 2), pre);
      List<Expr> comps = new ArrayList<>(c.comparators());
      comps.set(0, first.get(1));
      return new Compare(c.line(), c.col(), first.get(0), c.ops(), comps);
    }
    Temp r = temp(c);
    compareTail(c, operands, r, hoist(operands.get(0), pre), 1, pre);
    return r;
  }

  /** {@code r = a op_i operand_i}, then the next comparison only when {@code r} is true. */
  private void compareTail(Compare c, List<Expr> operands, Temp r, Expr a, int i,
      List<Stmt> out) {
    Expr b = hoist(operands.get(i), out);
    out.add(assign(c, r, new Compare(c.line(), c.col(), a, List.of(c.ops().get(i - 1)),
        List.of(b))));
    if (i < operands.size() - 1) {
      List<Stmt> next = new ArrayList<>();
      compareTail(c, operands, r, b, i + 1, next);
      out.add(new If(c.line(), c.col(), r, next, List.of()));
    }
  }
}
