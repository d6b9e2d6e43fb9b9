package dev.moat.eval;

import dev.moat.ast.Ast.*;
import java.util.List;

/** Whether a statement or expression contains a yield of its own (not in a nested scope). */
final class YieldFinder {
  private YieldFinder() {}

  static boolean contains(Stmt s) {
    if (s instanceof ExprStmt) {
      return contains(((ExprStmt) s).value());
    }
    if (s instanceof Assign) {
      Assign a = (Assign) s;
      return contains(a.value()) || anyExpr(a.targets());
    }
    if (s instanceof AugAssign) {
      return contains(((AugAssign) s).value()) || contains(((AugAssign) s).target());
    }
    if (s instanceof AnnAssign) {
      return ((AnnAssign) s).value() != null && contains(((AnnAssign) s).value());
    }
    if (s instanceof Return) {
      return ((Return) s).value() != null && contains(((Return) s).value());
    }
    if (s instanceof If) {
      If i = (If) s;
      return contains(i.test()) || any(i.body()) || any(i.orelse());
    }
    if (s instanceof While) {
      While w = (While) s;
      return contains(w.test()) || any(w.body()) || any(w.orelse());
    }
    if (s instanceof For) {
      For f = (For) s;
      return contains(f.iter()) || any(f.body()) || any(f.orelse());
    }
    if (s instanceof Try) {
      Try t = (Try) s;
      if (any(t.body()) || any(t.orelse()) || any(t.finalbody())) {
        return true;
      }
      for (ExceptHandler h : t.handlers()) {
        if (any(h.body()) || contains(h.type())) {
          return true;
        }
      }
      return false;
    }
    if (s instanceof With) {
      With w = (With) s;
      for (WithItem i : w.items()) {
        if (contains(i.contextExpr())) {
          return true;
        }
      }
      return any(w.body());
    }
    if (s instanceof Raise) {
      Raise r = (Raise) s;
      return contains(r.exc()) || contains(r.cause());
    }
    if (s instanceof Assert) {
      return contains(((Assert) s).test()) || contains(((Assert) s).msg());
    }
    if (s instanceof Delete) {
      return anyExpr(((Delete) s).targets());
    }
    if (s instanceof Match) {
      Match m = (Match) s;
      if (contains(m.subject())) {
        return true;
      }
      for (MatchCase c : m.cases()) {
        if (any(c.body()) || contains(c.guard())) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  private static boolean any(List<Stmt> body) {
    for (Stmt s : body) {
      if (contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyExpr(List<Expr> es) {
    for (Expr e : es) {
      if (contains(e)) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(Expr e) {
    if (e == null || e instanceof Lambda || e instanceof Name || e instanceof Constant) {
      return false;
    }
    // a comprehension's first iterable is evaluated in the enclosing scope
    if (e instanceof GeneratorExp) {
      return contains(((GeneratorExp) e).generators().get(0).iter());
    }
    if (e instanceof ListComp) {
      return contains(((ListComp) e).generators().get(0).iter());
    }
    if (e instanceof SetComp) {
      return contains(((SetComp) e).generators().get(0).iter());
    }
    if (e instanceof DictComp) {
      return contains(((DictComp) e).generators().get(0).iter());
    }
    if (e instanceof Yield || e instanceof YieldFrom) {
      return true;
    }
    for (java.lang.reflect.RecordComponent c : e.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(e);
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
      if (v instanceof Expr && contains((Expr) v)) {
        return true;
      }
      if (v instanceof List) {
        for (Object o : (List<?>) v) {
          if (o instanceof Expr && contains((Expr) o)) {
            return true;
          }
          if (o instanceof Keyword && contains(((Keyword) o).value())) {
            return true;
          }
          if (o instanceof Comprehension) {
            return false;
          }
        }
      }
    }
    return false;
  }
}
