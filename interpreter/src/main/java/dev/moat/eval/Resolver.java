package dev.moat.eval;

import dev.moat.ast.Ast;
import dev.moat.ast.Ast.*;
import dev.moat.eval.Scope.Kind;
import dev.moat.eval.Scope.Where;
import dev.moat.parse.SyntaxErrorException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, once, where every name lives (Python's scoping rules: assignment makes a name local,
 * {@code global}/{@code nonlocal}, class bodies, comprehension scopes, closures), and reports the
 * syntax errors that need scope knowledge.
 */
final class Resolver {
  private final String fileName;
  private final String[] lines;
  /** Scope of each function/lambda/class/comprehension node, by identity. */
  final Map<Object, Scope> scopes = new IdentityHashMap<>();
  private Scope current;
  private int loopDepth;
  /** Where expressions end, for the marks under a syntax error (see {@link Ast.Span}). */
  private Map<Ast.Expr, Ast.Span> spans = Map.of();

  Resolver(String fileName, String[] lines) {
    this.fileName = fileName;
    this.lines = lines;
  }

  Scope resolve(Ast.Module module) {
    spans = module.spans();
    Scope top = new Scope(Kind.MODULE, null, "<module>");
    current = top;
    scopes.put(module, top);
    stmts(module.body());
    analyze(top);
    assignSlots(top);
    return top;
  }

  private SyntaxErrorException error(String msg, Node n) {
    int line = n.line();
    String text = line >= 1 && line <= lines.length ? lines[line - 1] : null;
    SyntaxErrorException e = new SyntaxErrorException(msg, fileName, line, n.col() + 1, text);
    int end = text == null ? -1 : endOf(n, text);
    return end > n.col() ? e.endingAt(end + 1) : e;
  }

  /** Where {@code n} ends on its first line (a 0-based column), or -1: CPython marks it all. */
  private int endOf(Node n, String text) {
    if (n instanceof Ast.Expr) {
      Ast.Span s = spans.get(n);
      return s != null && s.endLine() == n.line() ? s.endCol() : -1;
    }
    if (n instanceof Ast.Break) {
      return n.col() + "break".length();
    }
    if (n instanceof Ast.Continue) {
      return n.col() + "continue".length();
    }
    if (n instanceof Ast.Return) {
      Ast.Expr v = ((Ast.Return) n).value();
      return v == null ? n.col() + "return".length() : v.line() == n.line() ? endOf(v, text) : -1;
    }
    if (n instanceof Ast.Global || n instanceof Ast.Nonlocal) {
      java.util.regex.Matcher m = DECLARATION.matcher(text);
      return m.find(n.col()) && m.start() == n.col() ? m.end() : -1;
    }
    return -1;
  }

  private static final java.util.regex.Pattern DECLARATION =
      java.util.regex.Pattern.compile("(global|nonlocal)\\s+\\w+(\\s*,\\s*\\w+)*",
          java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  // ---------------------------------------------------------------- pass 1: collect

  private void stmts(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void assign(String name, Node at) {
    if (current.declaredNonlocal.contains(name) || current.declaredGlobal.contains(name)) {
      return;
    }
    current.assigned.add(name);
  }

  private void use(String name) {
    current.used.add(name);
    if ((name.equals("super") || name.equals("__class__")) && current.kind == Kind.FUNCTION) {
      for (Scope s = current.parent; s != null; s = s.parent) {
        if (s.kind == Kind.CLASS) {
          s.needsClassCell = true;
          current.used.add("__class__");
          break;
        }
      }
    }
  }

  private void stmt(Stmt s) {
    if (s instanceof ExprStmt) {
      expr(((ExprStmt) s).value());
    } else if (s instanceof Assign) {
      Assign a = (Assign) s;
      expr(a.value());
      for (Expr t : a.targets()) {
        target(t);
      }
    } else if (s instanceof AugAssign) {
      AugAssign a = (AugAssign) s;
      expr(a.value());
      if (a.target() instanceof Name) {
        use(((Name) a.target()).id());
      }
      target(a.target());
    } else if (s instanceof AnnAssign) {
      AnnAssign a = (AnnAssign) s;
      if (current.kind != Kind.FUNCTION) {
        expr(a.annotation());
      }
      if (a.value() != null) {
        expr(a.value());
        target(a.target());
      } else if (a.target() instanceof Name) {
        if (current.kind == Kind.FUNCTION) {
          assign(((Name) a.target()).id(), a);
        }
      } else {
        exprTargetParts(a.target());
      }
    } else if (s instanceof If) {
      If i = (If) s;
      expr(i.test());
      stmts(i.body());
      stmts(i.orelse());
    } else if (s instanceof While) {
      While w = (While) s;
      expr(w.test());
      loopDepth++;
      stmts(w.body());
      loopDepth--;
      stmts(w.orelse());
    } else if (s instanceof For) {
      For f = (For) s;
      expr(f.iter());
      target(f.target());
      loopDepth++;
      stmts(f.body());
      loopDepth--;
      stmts(f.orelse());
    } else if (s instanceof Break) {
      if (loopDepth == 0) {
        throw error("'break' outside loop", s);
      }
    } else if (s instanceof Continue) {
      if (loopDepth == 0) {
        throw error("'continue' not properly in loop", s);
      }
    } else if (s instanceof Return) {
      if (current.kind != Kind.FUNCTION || current.name.startsWith("<") && current.name.endsWith(
          "comp>")) {
        throw error("'return' outside function", s);
      }
      Return r = (Return) s;
      if (r.value() != null) {
        expr(r.value());
      }
    } else if (s instanceof FunctionDef) {
      FunctionDef d = (FunctionDef) s;
      for (Expr e : d.decorators()) {
        expr(e);
      }
      defaults(d.args());
      for (Arg p : allParams(d.args())) {
        if (p.annotation() != null) {
          expr(p.annotation());
        }
      }
      if (d.returns() != null) {
        expr(d.returns());
      }
      function(d, d.name(), d.args(), d.body(), null);
      assign(d.name(), d);
    } else if (s instanceof ClassDef) {
      ClassDef c = (ClassDef) s;
      for (Expr e : c.decorators()) {
        expr(e);
      }
      for (Expr b : c.bases()) {
        expr(b);
      }
      for (Keyword k : c.keywords()) {
        expr(k.value());
      }
      Scope saved = current;
      int savedLoops = loopDepth;
      current = new Scope(Kind.CLASS, saved, c.name());
      scopes.put(c, current);
      loopDepth = 0;
      stmts(c.body());
      current = saved;
      loopDepth = savedLoops;
      assign(c.name(), c);
    } else if (s instanceof Try) {
      Try t = (Try) s;
      stmts(t.body());
      for (ExceptHandler h : t.handlers()) {
        if (h.type() != null) {
          expr(h.type());
        }
        if (h.name() != null) {
          assign(h.name(), h);
        }
        stmts(h.body());
      }
      stmts(t.orelse());
      stmts(t.finalbody());
    } else if (s instanceof Raise) {
      Raise r = (Raise) s;
      if (r.exc() != null) {
        expr(r.exc());
      }
      if (r.cause() != null) {
        expr(r.cause());
      }
    } else if (s instanceof Assert) {
      Assert a = (Assert) s;
      expr(a.test());
      if (a.msg() != null) {
        expr(a.msg());
      }
    } else if (s instanceof Delete) {
      for (Expr t : ((Delete) s).targets()) {
        target(t);
      }
    } else if (s instanceof Global) {
      for (String n : ((Global) s).names()) {
        if (current.kind == Kind.MODULE) {
          continue;
        }
        if (current.declaredNonlocal.contains(n)) {
          throw error("name '" + n + "' is nonlocal and global", s);
        }
        if (current.params.contains(n)) {
          throw error("name '" + n + "' is parameter and global", s);
        }
        if (current.assigned.contains(n)) {
          throw error("name '" + n + "' is assigned to before global declaration", s);
        }
        if (current.used.contains(n)) {
          throw error("name '" + n + "' is used prior to global declaration", s);
        }
        current.declaredGlobal.add(n);
      }
    } else if (s instanceof Nonlocal) {
      for (String n : ((Nonlocal) s).names()) {
        if (current.kind == Kind.MODULE) {
          throw error("nonlocal declaration not allowed at module level", s);
        }
        if (current.declaredGlobal.contains(n)) {
          throw error("name '" + n + "' is nonlocal and global", s);
        }
        if (current.params.contains(n)) {
          throw error("name '" + n + "' is parameter and nonlocal", s);
        }
        if (current.assigned.contains(n)) {
          throw error("name '" + n + "' is assigned to before nonlocal declaration", s);
        }
        if (current.used.contains(n)) {
          throw error("name '" + n + "' is used prior to nonlocal declaration", s);
        }
        current.declaredNonlocal.add(n);
        current.nonlocalAt.put(n, s);
      }
    } else if (s instanceof Import) {
      for (Alias a : ((Import) s).names()) {
        String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
        assign(bound, a);
      }
    } else if (s instanceof ImportFrom) {
      for (Alias a : ((ImportFrom) s).names()) {
        if (a.name().equals("*")) {
          if (current.kind != Kind.MODULE) {
            throw error("import * only allowed at module level", s);
          }
          continue;
        }
        assign(a.asname() != null ? a.asname() : a.name(), a);
      }
    } else if (s instanceof With) {
      With w = (With) s;
      for (WithItem i : w.items()) {
        expr(i.contextExpr());
        if (i.optionalVars() != null) {
          target(i.optionalVars());
        }
      }
      stmts(w.body());
    } else if (s instanceof Match) {
      Match m = (Match) s;
      expr(m.subject());
      for (MatchCase c : m.cases()) {
        pattern(c.pattern());
        if (c.guard() != null) {
          expr(c.guard());
        }
        stmts(c.body());
      }
    }
    // Pass: nothing
  }

  private void pattern(Pattern p) {
    if (p instanceof MatchValue) {
      expr(((MatchValue) p).value());
    } else if (p instanceof MatchSequence) {
      for (Pattern q : ((MatchSequence) p).patterns()) {
        pattern(q);
      }
    } else if (p instanceof MatchMapping) {
      MatchMapping m = (MatchMapping) p;
      for (Expr k : m.keys()) {
        expr(k);
      }
      for (Pattern q : m.patterns()) {
        pattern(q);
      }
      if (m.rest() != null) {
        assign(m.rest(), p);
      }
    } else if (p instanceof MatchClass) {
      MatchClass m = (MatchClass) p;
      expr(m.cls());
      for (Pattern q : m.patterns()) {
        pattern(q);
      }
      for (Pattern q : m.kwdPatterns()) {
        pattern(q);
      }
    } else if (p instanceof MatchStar) {
      if (((MatchStar) p).name() != null) {
        assign(((MatchStar) p).name(), p);
      }
    } else if (p instanceof MatchAs) {
      MatchAs m = (MatchAs) p;
      if (m.pattern() != null) {
        pattern(m.pattern());
      }
      if (m.name() != null) {
        assign(m.name(), p);
      }
    } else if (p instanceof MatchOr) {
      for (Pattern q : ((MatchOr) p).patterns()) {
        pattern(q);
      }
    }
  }

  private void defaults(Arguments a) {
    for (Expr d : a.defaults()) {
      expr(d);
    }
    for (Expr d : a.kwDefaults()) {
      if (d != null) {
        expr(d);
      }
    }
  }

  private void function(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody) {
    Scope saved = current;
    int savedLoops = loopDepth;
    current = new Scope(Kind.FUNCTION, saved, name);
    scopes.put(node, current);
    loopDepth = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Arg p : allParams(args)) {
      if (!seen.add(p.name())) {
        throw error("duplicate argument '" + p.name() + "' in function definition", p);
      }
      current.params.add(p.name());
    }
    if (lambdaBody != null) {
      expr(lambdaBody);
    } else {
      stmts(body);
    }
    current = saved;
    loopDepth = savedLoops;
  }

  /** Parameters in slot order: positional, *args, keyword-only, **kwargs. */
  static List<Arg> allParams(Arguments a) {
    List<Arg> out = new java.util.ArrayList<>(a.posonly());
    out.addAll(a.args());
    if (a.vararg() != null) {
      out.add(a.vararg());
    }
    out.addAll(a.kwonly());
    if (a.kwarg() != null) {
      out.add(a.kwarg());
    }
    return out;
  }

  private void target(Expr t) {
    if (t instanceof Name) {
      assign(((Name) t).id(), t);
    } else if (t instanceof TupleExpr) {
      for (Expr e : ((TupleExpr) t).elts()) {
        target(e);
      }
    } else if (t instanceof ListExpr) {
      for (Expr e : ((ListExpr) t).elts()) {
        target(e);
      }
    } else if (t instanceof Starred) {
      target(((Starred) t).value());
    } else {
      exprTargetParts(t);
    }
  }

  private void exprTargetParts(Expr t) {
    if (t instanceof Attribute) {
      expr(((Attribute) t).value());
    } else if (t instanceof Subscript) {
      expr(((Subscript) t).value());
      expr(((Subscript) t).slice());
    } else {
      expr(t);
    }
  }

  private void comprehension(Expr node, String name, List<Comprehension> gens, Expr... elts) {
    expr(gens.get(0).iter());
    Scope saved = current;
    current = new Scope(Kind.FUNCTION, saved, name);
    current.isComprehension = true;
    scopes.put(node, current);
    current.params.add(".0");
    for (int i = 0; i < gens.size(); i++) {
      Comprehension g = gens.get(i);
      if (i > 0) {
        expr(g.iter());
      }
      target(g.target());
      for (Expr c : g.ifs()) {
        expr(c);
      }
    }
    for (Expr e : elts) {
      expr(e);
    }
    current = saved;
  }

  private void expr(Expr e) {
    if (e instanceof Name) {
      use(((Name) e).id());
    } else if (e instanceof Constant) {
      return;
    } else if (e instanceof BinOp) {
      // iterative on the left spine: long chains (a+b+c+...) must not recurse deeply
      Expr x = e;
      while (x instanceof BinOp) {
        expr(((BinOp) x).right());
        x = ((BinOp) x).left();
      }
      expr(x);
    } else if (e instanceof UnaryOpExpr) {
      expr(((UnaryOpExpr) e).operand());
    } else if (e instanceof BoolOp) {
      for (Expr v : ((BoolOp) e).values()) {
        expr(v);
      }
    } else if (e instanceof Compare) {
      expr(((Compare) e).left());
      for (Expr c : ((Compare) e).comparators()) {
        expr(c);
      }
    } else if (e instanceof Call) {
      Call c = (Call) e;
      expr(c.func());
      for (Expr a : c.args()) {
        expr(a);
      }
      for (Keyword k : c.keywords()) {
        expr(k.value());
      }
    } else if (e instanceof Attribute) {
      expr(((Attribute) e).value());
    } else if (e instanceof Subscript) {
      expr(((Subscript) e).value());
      expr(((Subscript) e).slice());
    } else if (e instanceof Slice) {
      Slice s = (Slice) e;
      for (Expr p : new Expr[] {s.lower(), s.upper(), s.step()}) {
        if (p != null) {
          expr(p);
        }
      }
    } else if (e instanceof IfExp) {
      expr(((IfExp) e).test());
      expr(((IfExp) e).body());
      expr(((IfExp) e).orelse());
    } else if (e instanceof ListExpr) {
      for (Expr x : ((ListExpr) e).elts()) {
        expr(x);
      }
    } else if (e instanceof TupleExpr) {
      for (Expr x : ((TupleExpr) e).elts()) {
        expr(x);
      }
    } else if (e instanceof SetExpr) {
      for (Expr x : ((SetExpr) e).elts()) {
        expr(x);
      }
    } else if (e instanceof DictExpr) {
      DictExpr d = (DictExpr) e;
      for (int i = 0; i < d.values().size(); i++) {
        if (d.keys().get(i) != null) {
          expr(d.keys().get(i));
        }
        expr(d.values().get(i));
      }
    } else if (e instanceof Starred) {
      expr(((Starred) e).value());
    } else if (e instanceof Lambda) {
      Lambda l = (Lambda) e;
      defaults(l.args());
      function(l, "<lambda>", l.args(), null, l.body());
    } else if (e instanceof NamedExpr) {
      NamedExpr n = (NamedExpr) e;
      expr(n.value());
      String id = n.target().id();
      Scope s = current;
      while (s.isComprehension) {
        if (s.params.contains(id) || s.assigned.contains(id)) {
          throw error("assignment expression cannot rebind comprehension iteration variable '"
              + id + "'", e);
        }
        s.used.add(id);
        s = s.parent;
      }
      if (s.kind == Kind.CLASS && s != current) {
        throw error("assignment expression within a comprehension cannot be used in a class"
            + " body", e);
      }
      Scope saved = current;
      current = s;
      assign(id, e);
      current = saved;
    } else if (e instanceof ListComp) {
      ListComp c = (ListComp) e;
      comprehension(e, "<listcomp>", c.generators(), c.elt());
    } else if (e instanceof SetComp) {
      SetComp c = (SetComp) e;
      comprehension(e, "<setcomp>", c.generators(), c.elt());
    } else if (e instanceof GeneratorExp) {
      GeneratorExp c = (GeneratorExp) e;
      comprehension(e, "<genexpr>", c.generators(), c.elt());
    } else if (e instanceof DictComp) {
      DictComp c = (DictComp) e;
      comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value());
    } else if (e instanceof JoinedStr) {
      for (Expr v : ((JoinedStr) e).values()) {
        expr(v);
      }
    } else if (e instanceof FormattedValue) {
      FormattedValue f = (FormattedValue) e;
      expr(f.value());
      if (f.formatSpec() != null) {
        expr(f.formatSpec());
      }
    } else if (e instanceof Yield || e instanceof YieldFrom) {
      if (current.kind != Kind.FUNCTION) {
        throw error("'yield' outside function", e);
      }
      if (current.isComprehension) {
        String n = current.name;
        throw error("'yield' inside " + (n.equals("<genexpr>") ? "generator expression"
            : n.equals("<dictcomp>") ? "dict comprehension" : n.equals("<setcomp>")
            ? "set comprehension" : "list comprehension"), e);
      }
      current.isGenerator = true;
      Expr v = e instanceof Yield ? ((Yield) e).value() : ((YieldFrom) e).value();
      if (v != null) {
        expr(v);
      }
    }
  }

  // ---------------------------------------------------------------- pass 2: decide

  private void analyze(Scope s) {
    switch (s.kind) {
      case MODULE:
        for (String n : s.assigned) {
          s.where.put(n, Where.GLOBAL);
        }
        for (String n : s.used) {
          s.where.put(n, Where.GLOBAL);
        }
        break;
      case FUNCTION:
        for (String n : s.params) {
          s.where.put(n, Where.LOCAL);
        }
        for (String n : s.assigned) {
          s.where.put(n, Where.LOCAL);
        }
        for (String n : s.declaredGlobal) {
          s.where.put(n, Where.GLOBAL);
        }
        for (String n : s.declaredNonlocal) {
          if (!capture(s, n)) {
            throw error("no binding for nonlocal '" + n + "' found", s.nonlocalAt.get(n));
          }
        }
        for (String n : s.used) {
          if (!s.where.containsKey(n) && !capture(s, n)) {
            s.where.put(n, Where.GLOBAL);
          }
        }
        break;
      case CLASS:
        if (s.needsClassCell) {
          s.where.put("__class__", Where.CELL);
        }
        for (String n : s.assigned) {
          s.where.put(n, Where.CLASS_NAME);
        }
        for (String n : s.declaredGlobal) {
          s.where.put(n, Where.GLOBAL);
        }
        for (String n : s.declaredNonlocal) {
          if (!capture(s, n)) {
            throw error("no binding for nonlocal '" + n + "' found", s.nonlocalAt.get(n));
          }
        }
        for (String n : s.used) {
          if (!s.where.containsKey(n)) {
            if (!capture(s, n)) {
              s.where.put(n, Where.CLASS_NAME);
            } else {
              s.classDeref.add(n);
            }
          }
        }
        break;
      default:
        throw new IllegalStateException();
    }
    for (Scope c : s.children) {
      analyze(c);
    }
  }

  /**
   * Tries to resolve {@code n} in {@code s} as a variable of an enclosing function (or the
   * class cell {@code __class__}); marks the chain. True when found.
   */
  private boolean capture(Scope s, String n) {
    Scope owner = null;
    for (Scope p = s.parent; p != null; p = p.parent) {
      if (p.kind == Kind.MODULE) {
        return false;
      }
      if (p.kind == Kind.CLASS) {
        if (n.equals("__class__") && p.needsClassCell) {
          owner = p;
          break;
        }
        continue;
      }
      Where w = p.where.get(n);
      if (w == Where.GLOBAL) {
        return false;
      }
      if (w == Where.LOCAL || w == Where.CELL || w == Where.FREE) {
        owner = p;
        break;
      }
    }
    if (owner == null) {
      return false;
    }
    if (owner.where.get(n) == Where.LOCAL) {
      owner.where.put(n, Where.CELL);
    }
    for (Scope p = s; p != owner; p = p.parent) {
      if (!p.freeVars.contains(n)) {
        p.freeVars.add(n);
      }
      if (p.kind == Kind.FUNCTION && (p == s || !p.where.containsKey(n))) {
        p.where.put(n, Where.FREE);
      }
    }
    return true;
  }

  private void assignSlots(Scope s) {
    if (s.kind != Kind.MODULE) {
      for (String p : s.params) {
        s.slots.put(p, s.slots.size());
      }
      for (Map.Entry<String, Where> e : s.where.entrySet()) {
        Where w = e.getValue();
        if ((w == Where.LOCAL || w == Where.CELL) && !s.slots.containsKey(e.getKey())) {
          s.slots.put(e.getKey(), s.slots.size());
        }
      }
      for (String f : s.freeVars) {
        if (!s.slots.containsKey(f)) {
          s.slots.put(f, s.slots.size());
        }
      }
    }
    for (Scope c : s.children) {
      assignSlots(c);
    }
  }
}
