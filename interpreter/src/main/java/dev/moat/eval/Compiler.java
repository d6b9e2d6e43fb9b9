package dev.moat.eval;

import dev.moat.ast.Ast;
import dev.moat.ast.Ast.*;
import dev.moat.eval.Scope.Kind;
import dev.moat.eval.Scope.Where;
import dev.moat.parse.SyntaxErrorException;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyComplex;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.Signature;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a resolved AST into executable nodes. */
final class Compiler {
  private final Resolver resolver;
  private final String fileName;
  private final String[] lines;
  private final Map<String, Integer> globalIndex = new LinkedHashMap<>();
  private Scope scope;
  /** While compiling a generator body: the next free frame slot for resumption state. */
  private int genSlots = -1;

  /** Where expressions end (see {@link Ast.Span}). */
  private Map<Expr, Ast.Span> spans = Map.of();
  /** Expressions rebuilt by {@link YieldLowering}, to the ones they came from (for positions). */
  private final Map<Expr, Expr> loweredFrom = new java.util.IdentityHashMap<>();

  private Compiler(Resolver resolver, String fileName, String[] lines) {
    this.resolver = resolver;
    this.fileName = fileName;
    this.lines = lines;
  }

  /** The compiled form of a module. */
  static final class Compiled {
    final Code code;
    final String[] globalNames;

    Compiled(Code code, String[] globalNames) {
      this.code = code;
      this.globalNames = globalNames;
    }
  }

  /**
   * Compiles a module. With {@code keepLastValue}, a final expression statement's value becomes
   * the run's result.
   */
  static Compiled compile(Ast.Module module, String fileName, String source,
      boolean keepLastValue) {
    String[] lines = source.split("\r\n|\r|\n", -1);
    Resolver r = new Resolver(fileName, lines);
    Scope top = r.resolve(module);
    Compiler c = new Compiler(r, fileName, lines);
    c.spans = module.spans();
    c.scope = top;
    Code code = new Code("<module>", "<module>", null, 0, new int[0], new int[0], new String[0]);
    List<Stmt> body = module.body();
    Exec.Stmt[] stmts = new Exec.Stmt[body.size()];
    for (int i = 0; i < stmts.length; i++) {
      Stmt s = body.get(i);
      if (keepLastValue && i == stmts.length - 1 && s instanceof ExprStmt) {
        Exec.Expr v = c.expr(((ExprStmt) s).value());
        stmts[i] = new Stmts.Return(s.line(), v);
      } else {
        stmts[i] = c.stmt(s);
      }
    }
    code.body = new Stmts.Block(1, stmts);
    return new Compiled(code, c.globalIndex.keySet().toArray(new String[0]));
  }

  static ModuleRun runOf(Frame f) {
    return f.run;
  }

  private SyntaxErrorException error(String msg, Node n) {
    int line = n.line();
    String text = line >= 1 && line <= lines.length ? lines[line - 1] : null;
    return new SyntaxErrorException(msg, fileName, line, n.col() + 1, text);
  }

  private int global(String name) {
    return globalIndex.computeIfAbsent(name, k -> globalIndex.size());
  }

  // ---------------------------------------------------------------- names

  private Where where(String name) {
    Where w = scope.where.get(name);
    if (w == null) {
      return scope.kind == Kind.CLASS ? Where.CLASS_NAME : Where.GLOBAL;
    }
    return w;
  }

  private Exec.Expr load(String name, int line) {
    if (scope.kind == Kind.CLASS && scope.classDeref.contains(name)) {
      return new Exprs.LoadClassDeref(line, name, scope.slotOf(name));
    }
    switch (where(name)) {
      case LOCAL:
        return new Exprs.LoadLocal(line, scope.slotOf(name), name);
      case CELL:
        return new Exprs.LoadCell(line, scope.slotOf(name), name, false);
      case FREE:
        return new Exprs.LoadCell(line, scope.slotOf(name), name, true);
      case CLASS_NAME:
        return new Exprs.LoadClassName(line, name, global(name));
      default:
        return new Exprs.LoadGlobal(line, global(name), name);
    }
  }

  private Exec.Target storeName(String name) {
    switch (where(name)) {
      case LOCAL:
        return new Targets.Local(scope.slotOf(name), name);
      case CELL:
      case FREE:
        return new Targets.CellTarget(scope.slotOf(name), name);
      case CLASS_NAME:
        return new Targets.ClassName(name);
      default:
        return new Targets.Global(global(name), name);
    }
  }

  private Exec.Target target(Expr t) {
    if (t instanceof YieldLowering.Temp) {
      return new Targets.Local(((YieldLowering.Temp) t).slot(), "(yield)");
    }
    if (t instanceof Name) {
      return storeName(((Name) t).id());
    }
    if (t instanceof Attribute) {
      Attribute a = (Attribute) t;
      return new Targets.Attr(expr(a.value()), a.attr(), positionOf(a));
    }
    if (t instanceof Subscript) {
      Subscript s = (Subscript) t;
      return new Targets.Item(expr(s.value()), expr(s.slice()), positionOf(s));
    }
    List<Expr> elts;
    if (t instanceof TupleExpr) {
      elts = ((TupleExpr) t).elts();
    } else if (t instanceof ListExpr) {
      elts = ((ListExpr) t).elts();
    } else if (t instanceof Starred) {
      throw error("starred assignment target must be in a list or tuple", t);
    } else {
      throw error("cannot assign to expression", t);
    }
    Exec.Target[] ts = new Exec.Target[elts.size()];
    int star = -1;
    for (int i = 0; i < ts.length; i++) {
      Expr e = elts.get(i);
      if (e instanceof Starred) {
        if (star >= 0) {
          throw error("multiple starred expressions in assignment", e);
        }
        star = i;
        ts[i] = target(((Starred) e).value());
      } else {
        ts[i] = target(e);
      }
    }
    return new Targets.Unpack(ts, star, positionOf(t));
  }

  // ---------------------------------------------------------------- statements

  private Exec.Stmt block(List<Stmt> body, int line) {
    if (body.isEmpty()) {
      return null;
    }
    Exec.Stmt[] out = new Exec.Stmt[body.size()];
    boolean yields = false;
    for (int i = 0; i < out.length; i++) {
      out[i] = stmt(body.get(i));
      yields |= genSlots >= 0 && YieldFinder.contains(body.get(i));
    }
    return yields ? new Generators.Block(line, out, genSlots++) : new Stmts.Block(line, out);
  }

  private Exec.Stmt blockOrPass(List<Stmt> body, int line) {
    Exec.Stmt b = block(body, line);
    return b == null ? new Stmts.Simple(line, Exec.NORMAL) : b;
  }

  private Exec.Stmt stmt(Stmt s) {
    if (genSlots >= 0 && YieldFinder.contains(s)) {
      return resumable(s);
    }
    int line = s.line();
    if (s instanceof ExprStmt) {
      return new Stmts.ExprStmt(line, expr(((ExprStmt) s).value()));
    }
    if (s instanceof Assign) {
      Assign a = (Assign) s;
      Exec.Expr v = expr(a.value());
      if (a.targets().size() == 1 && a.targets().get(0) instanceof Name
          && where(((Name) a.targets().get(0)).id()) == Where.LOCAL) {
        return new Stmts.AssignLocal(line, scope.slotOf(((Name) a.targets().get(0)).id()), v);
      }
      Exec.Target[] ts = new Exec.Target[a.targets().size()];
      for (int i = 0; i < ts.length; i++) {
        ts[i] = target(a.targets().get(i));
      }
      return new Stmts.Assign(line, ts, v);
    }
    if (s instanceof AugAssign) {
      AugAssign a = (AugAssign) s;
      Exec.Expr v = expr(a.value());
      if (a.target() instanceof Name) {
        String n = ((Name) a.target()).id();
        Exec.Expr read = load(n, line);
        read.at = positionOf(a.target()); // an unbound name is reported at the name
        return new Stmts.AugName(line, read, storeName(n), a.op(), v);
      }
      if (a.target() instanceof Attribute) {
        Attribute t = (Attribute) a.target();
        return new Stmts.AugAttr(line, expr(t.value()), t.attr(), a.op(), v, positionOf(t));
      }
      Subscript t = (Subscript) a.target();
      return new Stmts.AugItem(line, expr(t.value()), expr(t.slice()), a.op(), v,
          positionOf(t));
    }
    if (s instanceof AnnAssign) {
      AnnAssign a = (AnnAssign) s;
      List<Exec.Stmt> parts = new ArrayList<>();
      if (a.value() != null) {
        parts.add(new Stmts.Assign(line, new Exec.Target[] {target(a.target())},
            expr(a.value())));
      }
      if (a.simple() && a.target() instanceof Name && scope.kind != Kind.FUNCTION) {
        parts.add(new Stmts.Annotate(line, ((Name) a.target()).id(), expr(a.annotation()),
            annotationsDict(line)));
      }
      return parts.isEmpty() ? new Stmts.Simple(line, Exec.NORMAL)
          : new Stmts.Block(line, parts.toArray(new Exec.Stmt[0]));
    }
    if (s instanceof If) {
      If i = (If) s;
      return new Stmts.If(line, expr(i.test()), blockOrPass(i.body(), line),
          block(i.orelse(), line));
    }
    if (s instanceof While) {
      While w = (While) s;
      return new Stmts.While(line, expr(w.test()), blockOrPass(w.body(), line),
          block(w.orelse(), line));
    }
    if (s instanceof For) {
      For f = (For) s;
      return new Stmts.For(line, target(f.target()), expr(f.iter()), blockOrPass(f.body(), line),
          block(f.orelse(), line));
    }
    if (s instanceof Pass) {
      return new Stmts.Simple(line, Exec.NORMAL);
    }
    if (s instanceof Break) {
      return new Stmts.Simple(line, Exec.BREAK);
    }
    if (s instanceof Continue) {
      return new Stmts.Simple(line, Exec.CONTINUE);
    }
    if (s instanceof Return) {
      Return r = (Return) s;
      return new Stmts.Return(line, r.value() == null ? null : expr(r.value()));
    }
    if (s instanceof FunctionDef) {
      FunctionDef d = (FunctionDef) s;
      Exec.Expr[] decos = exprs(d.decorators());
      List<String> annNames = new ArrayList<>();
      List<Exec.Expr> annValues = new ArrayList<>();
      for (Arg p : Resolver.allParams(d.args())) {
        if (p.annotation() != null) {
          annNames.add(p.name());
          annValues.add(expr(p.annotation()));
        }
      }
      if (d.returns() != null) {
        annNames.add("return");
        annValues.add(expr(d.returns()));
      }
      Exec.Expr fn = makeFunction(d, d.name(), d.args(), d.body(), null, line);
      if (!annNames.isEmpty()) {
        fn = new Annotated(line, fn, annNames.toArray(new String[0]),
            annValues.toArray(new Exec.Expr[0]));
      }
      Exec.Expr value = decos.length == 0 ? fn : new DecoratedFunction(line, decos, fn);
      return new Stmts.Assign(line, new Exec.Target[] {storeName(d.name())}, value);
    }
    if (s instanceof ClassDef) {
      return classDef((ClassDef) s);
    }
    if (s instanceof Try) {
      Try t = (Try) s;
      Stmts.Handler[] hs = new Stmts.Handler[t.handlers().size()];
      for (int i = 0; i < hs.length; i++) {
        ExceptHandler h = t.handlers().get(i);
        if (h.type() == null && i != hs.length - 1) {
          throw error("default 'except:' must be last", h);
        }
        hs[i] = new Stmts.Handler(h.type() == null ? null : expr(h.type()),
            h.name() == null ? null : storeName(h.name()), blockOrPass(h.body(), h.line()));
      }
      Exec.Stmt body = blockOrPass(t.body(), line);
      if (hs.length == 0) {
        return new Stmts.Try(line, body, hs, null, block(t.finalbody(), line));
      }
      return new Stmts.Try(line, body, hs, block(t.orelse(), line), block(t.finalbody(), line));
    }
    if (s instanceof Raise) {
      Raise r = (Raise) s;
      return new Stmts.Raise(line, r.exc() == null ? null : expr(r.exc()),
          r.cause() == null ? null : expr(r.cause()));
    }
    if (s instanceof Assert) {
      Assert a = (Assert) s;
      return new Stmts.Assert(line, expr(a.test()), a.msg() == null ? null : expr(a.msg()));
    }
    if (s instanceof Delete) {
      List<Expr> ts = ((Delete) s).targets();
      Exec.Target[] out = new Exec.Target[ts.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = target(ts.get(i));
      }
      return new Stmts.Delete(line, out);
    }
    if (s instanceof Global || s instanceof Nonlocal) {
      return new Stmts.Simple(line, Exec.NORMAL);
    }
    if (s instanceof With) {
      With w = (With) s;
      Exec.Stmt body = blockOrPass(w.body(), line);
      for (int i = w.items().size() - 1; i >= 0; i--) {
        WithItem item = w.items().get(i);
        body = new Stmts.With(line, expr(item.contextExpr()),
            item.optionalVars() == null ? null : target(item.optionalVars()), body);
      }
      return body;
    }
    if (s instanceof Import) {
      List<Exec.Stmt> out = new ArrayList<>();
      for (Alias a : ((Import) s).names()) {
        String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
        out.add(new Stmts.Import(line, a.name(), null, null, storeName(bound),
            a.asname() == null, 0));
      }
      return new Stmts.Block(line, out.toArray(new Exec.Stmt[0]));
    }
    if (s instanceof ImportFrom) {
      ImportFrom im = (ImportFrom) s;
      List<Alias> names = im.names();
      if (names.size() == 1 && names.get(0).name().equals("*")) {
        return new StarImport(line, im.module(), im.level());
      }
      String[] ns = new String[names.size()];
      Exec.Target[] ts = new Exec.Target[names.size()];
      for (int i = 0; i < ns.length; i++) {
        ns[i] = names.get(i).name();
        ts[i] = storeName(names.get(i).asname() != null ? names.get(i).asname() : ns[i]);
      }
      return new Stmts.Import(line, im.module(), ns, ts, null, false, im.level());
    }
    if (s instanceof Match) {
      Match m = (Match) s;
      return new Patterns.MatchStmt(line, expr(m.subject()), cases(m));
    }
    throw error("unsupported statement", s);
  }

  private Patterns.Case[] cases(Match m) {
    Patterns.Case[] cases = new Patterns.Case[m.cases().size()];
    for (int i = 0; i < cases.length; i++) {
      MatchCase c = m.cases().get(i);
      cases[i] = new Patterns.Case(pattern(c.pattern()),
          c.guard() == null ? null : expr(c.guard()), blockOrPass(c.body(), m.line()));
    }
    return cases;
  }

  /** A generator-body statement that contains a yield: its resumable form. */
  private Exec.Stmt resumable(Stmt s) {
    int line = s.line();
    Expr value = null;
    Exec.Target target = null;
    if (s instanceof ExprStmt) {
      value = ((ExprStmt) s).value();
    } else if (s instanceof Assign && ((Assign) s).targets().size() == 1
        && !YieldFinder.contains(((Assign) s).targets().get(0))) {
      value = ((Assign) s).value();
      if (value instanceof Yield || value instanceof YieldFrom) {
        target = target(((Assign) s).targets().get(0));
      }
    }
    if (value instanceof Yield) {
      Expr v = ((Yield) value).value();
      if (v == null || !YieldFinder.contains(v)) {
        return new Generators.YieldStmt(line, v == null ? null : expr(v), target,
            positionOf(value));
      }
    }
    if (value instanceof YieldFrom && !YieldFinder.contains(((YieldFrom) value).value())) {
      return new Generators.YieldFromStmt(line, expr(((YieldFrom) value).value()), target,
          genSlots++);
    }
    // `return (yield v)` and `local op= (yield v)`: the yield runs first into a hidden slot, then
    // the statement uses it. Nothing else is evaluated before the yield in these forms (a local
    // cannot change while its generator is suspended), so the order is CPython's.
    Expr inner = s instanceof Return ? ((Return) s).value()
        : s instanceof AugAssign && ((AugAssign) s).target() instanceof Name
            && where(((Name) ((AugAssign) s).target()).id()) == Where.LOCAL
            ? ((AugAssign) s).value() : null;
    if ((inner instanceof Yield && (((Yield) inner).value() == null
        || !YieldFinder.contains(((Yield) inner).value())))
        || (inner instanceof YieldFrom && !YieldFinder.contains(((YieldFrom) inner).value()))) {
      int temp = genSlots++;
      Exec.Target tempTarget = new Targets.Local(temp, "(yield)");
      Exec.Stmt first;
      if (inner instanceof Yield) {
        Expr v = ((Yield) inner).value();
        first = new Generators.YieldStmt(line, v == null ? null : expr(v), tempTarget,
            positionOf(inner));
      } else {
        first = new Generators.YieldFromStmt(line, expr(((YieldFrom) inner).value()), tempTarget,
            genSlots++);
      }
      Exec.Expr tempValue = new Exprs.LoadLocal(line, temp, "(yield)");
      Exec.Stmt then;
      if (s instanceof Return) {
        then = new Stmts.Return(line, tempValue);
      } else {
        String n = ((Name) ((AugAssign) s).target()).id();
        then = new Stmts.AugName(line, load(n, line), storeName(n), ((AugAssign) s).op(),
            tempValue);
      }
      return new Generators.Block(line, new Exec.Stmt[] {first, then}, genSlots++);
    }
    if (s instanceof If && !YieldFinder.contains(((If) s).test())) {
      If i = (If) s;
      return new Generators.If(line, expr(i.test()), blockOrPass(i.body(), line),
          block(i.orelse(), line), genSlots++);
    }
    if (s instanceof While && !YieldFinder.contains(((While) s).test())) {
      While w = (While) s;
      return new Generators.While(line, expr(w.test()), blockOrPass(w.body(), line),
          block(w.orelse(), line), genSlots++);
    }
    if (s instanceof For && !YieldFinder.contains(((For) s).iter())) {
      For f = (For) s;
      int iterSlot = genSlots++;
      return new Generators.For(line, target(f.target()), expr(f.iter()),
          blockOrPass(f.body(), line), block(f.orelse(), line), iterSlot, genSlots++);
    }
    if (s instanceof Try) {
      Try t = (Try) s;
      Stmts.Handler[] hs = new Stmts.Handler[t.handlers().size()];
      for (int i = 0; i < hs.length; i++) {
        ExceptHandler h = t.handlers().get(i);
        if (YieldFinder.contains(h.type())) {
          break;
        }
        hs[i] = new Stmts.Handler(h.type() == null ? null : expr(h.type()),
            h.name() == null ? null : storeName(h.name()), blockOrPass(h.body(), h.line()));
      }
      int phase = genSlots++;
      int pending = genSlots++;
      int exc = genSlots++;
      return new Generators.Try(line, blockOrPass(t.body(), line), hs, block(t.orelse(), line),
          block(t.finalbody(), line), phase, pending, exc);
    }
    if (s instanceof Match && !YieldFinder.contains(((Match) s).subject())
        && ((Match) s).cases().stream().noneMatch(c -> YieldFinder.contains(c.guard()))) {
      Match m = (Match) s;
      return new Generators.Match(line, expr(m.subject()), cases(m), genSlots++);
    }
    if (s instanceof With) {
      With w = (With) s;
      boolean ctxYields = false;
      for (WithItem item : w.items()) {
        ctxYields |= YieldFinder.contains(item.contextExpr());
      }
      if (!ctxYields) {
        Exec.Stmt body = blockOrPass(w.body(), line);
        for (int i = w.items().size() - 1; i >= 0; i--) {
          WithItem item = w.items().get(i);
          body = new Generators.With(line, expr(item.contextExpr()),
              item.optionalVars() == null ? null : target(item.optionalVars()), body,
              genSlots++);
        }
        return body;
      }
    }
    List<Stmt> lowered;
    try {
      lowered = new YieldLowering(() -> genSlots++,
          (from, to) -> resolver.scopes.put(to, resolver.scopes.get(from)),
          (from, to) -> loweredFrom.put(to, from)).lower(s);
    } catch (YieldLowering.Unsupported e) {
      lowered = null;
    }
    if (lowered != null) {
      return blockOrPass(lowered, line);
    }
    throw error("yield inside this kind of statement or expression is not supported yet", s);
  }

  private Patterns.Matcher pattern(Pattern p) {
    if (p instanceof MatchValue) {
      return new Patterns.Value(expr(((MatchValue) p).value()));
    }
    if (p instanceof MatchSingleton) {
      Object v = ((MatchSingleton) p).value();
      return new Patterns.Singleton(v == null || v == Ast.Singleton.NONE ? PyNone.NONE : v);
    }
    if (p instanceof MatchAs) {
      MatchAs a = (MatchAs) p;
      Patterns.Matcher inner = a.pattern() == null ? null : pattern(a.pattern());
      if (a.name() == null) {
        return inner == null ? new Patterns.Wildcard() : inner;
      }
      return new Patterns.Capture(inner, storeName(a.name()));
    }
    if (p instanceof MatchOr) {
      List<Pattern> alts = ((MatchOr) p).patterns();
      Patterns.Matcher[] ms = new Patterns.Matcher[alts.size()];
      for (int i = 0; i < ms.length; i++) {
        ms[i] = pattern(alts.get(i));
      }
      return new Patterns.Or(ms);
    }
    if (p instanceof MatchSequence) {
      List<Pattern> items = ((MatchSequence) p).patterns();
      Patterns.Matcher[] ms = new Patterns.Matcher[items.size()];
      int star = -1;
      Exec.Target starTarget = null;
      for (int i = 0; i < ms.length; i++) {
        Pattern q = items.get(i);
        if (q instanceof MatchStar) {
          star = i;
          String n = ((MatchStar) q).name();
          starTarget = n == null ? null : storeName(n);
          ms[i] = new Patterns.Wildcard();
        } else {
          ms[i] = pattern(q);
        }
      }
      return new Patterns.Sequence(ms, star, starTarget);
    }
    if (p instanceof MatchMapping) {
      MatchMapping m = (MatchMapping) p;
      Patterns.Matcher[] vs = new Patterns.Matcher[m.patterns().size()];
      for (int i = 0; i < vs.length; i++) {
        vs[i] = pattern(m.patterns().get(i));
      }
      return new Patterns.Mapping(exprs(m.keys()), vs,
          m.rest() == null ? null : storeName(m.rest()));
    }
    if (p instanceof MatchClass) {
      MatchClass c = (MatchClass) p;
      Patterns.Matcher[] pos = new Patterns.Matcher[c.patterns().size()];
      for (int i = 0; i < pos.length; i++) {
        pos[i] = pattern(c.patterns().get(i));
      }
      Patterns.Matcher[] kw = new Patterns.Matcher[c.kwdPatterns().size()];
      for (int i = 0; i < kw.length; i++) {
        kw[i] = pattern(c.kwdPatterns().get(i));
      }
      return new Patterns.ClassPattern(expr(c.cls()), pos,
          c.kwdAttrs().toArray(new String[0]), kw);
    }
    throw error("unsupported pattern", p);
  }

  private Exec.Expr annotationsDict(int line) {
    if (scope.kind == Kind.CLASS) {
      return new AnnotationsDict(line, true, -1);
    }
    return new AnnotationsDict(line, false, global("__annotations__"));
  }

  private static String docstring(List<Stmt> body) {
    if (!body.isEmpty() && body.get(0) instanceof ExprStmt) {
      Expr e = ((ExprStmt) body.get(0)).value();
      if (e instanceof Constant && ((Constant) e).value() instanceof String) {
        return (String) ((Constant) e).value();
      }
    }
    return null;
  }

  private int[] closureSlotsFor(Scope child) {
    int[] out = new int[child.freeVars.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = scope.slotOf(child.freeVars.get(i));
    }
    return out;
  }

  private Code newCode(Scope s, String name, Signature sig) {
    return newCode(s, name, sig, s.slotCount());
  }

  private Code newCode(Scope s, String name, Signature sig, int slotCount) {
    List<Integer> cells = new ArrayList<>();
    for (Map.Entry<String, Where> e : s.where.entrySet()) {
      if (e.getValue() == Where.CELL) {
        cells.add(s.slotOf(e.getKey()));
      }
    }
    int[] free = new int[s.freeVars.size()];
    for (int i = 0; i < free.length; i++) {
      free[i] = s.slotOf(s.freeVars.get(i));
    }
    Code code = new Code(name, s.qualname, sig, slotCount,
        cells.stream().mapToInt(Integer::intValue).toArray(), free,
        s.freeVars.toArray(new String[0]));
    code.slotNames = new String[slotCount];
    for (Map.Entry<String, Integer> e : s.slots.entrySet()) {
      if (!e.getKey().startsWith(".")) {
        code.slotNames[e.getValue()] = e.getKey();
      }
    }
    if (s.kind != Kind.CLASS && s.kind != Kind.MODULE) {
      // CPython's co_varnames: the parameters, then the locals no inner function captures
      List<String> vars = new ArrayList<>(s.params);
      for (Map.Entry<String, Where> e : s.where.entrySet()) {
        if (e.getValue() == Where.LOCAL && !e.getKey().startsWith(".")
            && !vars.contains(e.getKey())) {
          vars.add(e.getKey());
        }
      }
      code.varNames = vars.toArray(new String[0]);
    }
    return code;
  }

  private Exec.Expr makeFunction(Object node, String name, Arguments args, List<Stmt> body,
      Expr lambdaBody, int line) {
    Scope child = resolver.scopes.get(node);
    List<String> positional = new ArrayList<>();
    for (Arg a : args.posonly()) {
      positional.add(a.name());
    }
    for (Arg a : args.args()) {
      positional.add(a.name());
    }
    List<String> kwonly = new ArrayList<>();
    for (Arg a : args.kwonly()) {
      kwonly.add(a.name());
    }
    Signature sig = new Signature(child.qualname, positional, args.posonly().size(),
        args.vararg() == null ? null : args.vararg().name(), kwonly,
        args.kwarg() == null ? null : args.kwarg().name(), null);
    // defaults are evaluated in the enclosing scope
    List<Exec.Expr> defaults = new ArrayList<>();
    List<Integer> defaultSlots = new ArrayList<>();
    int firstDefault = positional.size() - args.defaults().size();
    for (int i = 0; i < args.defaults().size(); i++) {
      defaults.add(expr(args.defaults().get(i)));
      defaultSlots.add(firstDefault + i);
    }
    int kwStart = positional.size() + (args.vararg() == null ? 0 : 1);
    for (int i = 0; i < args.kwonly().size(); i++) {
      Expr d = args.kwDefaults().get(i);
      if (d != null) {
        defaults.add(expr(d));
        defaultSlots.add(kwStart + i);
      }
    }
    int[] closure = closureSlotsFor(child);
    Scope saved = scope;
    int savedGen = genSlots;
    scope = child;
    genSlots = child.isGenerator ? child.slotCount() : -1;
    if (child.isGenerator && lambdaBody != null) {
      // a generator lambda runs like a def whose body is `return <expression>`
      body = List.of(new Return(lambdaBody.line(), lambdaBody.col(), lambdaBody));
      lambdaBody = null;
    }
    Exec.Expr lambdaNode = lambdaBody != null ? expr(lambdaBody) : null;
    Exec.Stmt bodyNode = lambdaBody == null ? blockOrPass(body, line) : null;
    Code code = newCode(child, name, sig, child.isGenerator ? genSlots : child.slotCount());
    code.isGenerator = child.isGenerator;
    code.lineOfDef = line;
    code.lambdaBody = lambdaNode;
    code.body = bodyNode;
    scope = saved;
    genSlots = savedGen;
    return new Exprs.MakeFunction(line, code, defaults.toArray(new Exec.Expr[0]),
        defaultSlots.stream().mapToInt(Integer::intValue).toArray(), closure,
        lambdaBody == null ? docstring(body) : null);
  }

  private Exec.Stmt classDef(ClassDef c) {
    int line = c.line();
    Exec.Expr metaclass = null;
    List<String> kwNames = new ArrayList<>();
    List<Exec.Expr> kwValues = new ArrayList<>();
    boolean dynamic = false;
    for (Expr b : c.bases()) {
      dynamic |= b instanceof Starred;
    }
    for (Ast.Keyword k : c.keywords()) {
      dynamic |= k.arg() == null;
    }
    Exprs.Args dynamicArgs = null;
    Exec.Expr[] bases;
    if (dynamic) {
      // class C(*bases, **kw): evaluated as call arguments; metaclass= is found at run time
      dynamicArgs = args(new Call(line, c.col(), null, c.bases(), c.keywords()));
      bases = new Exec.Expr[0];
    } else {
      for (Ast.Keyword k : c.keywords()) {
        if (kwNames.contains(k.arg()) || "metaclass".equals(k.arg()) && metaclass != null) {
          throw error("keyword argument repeated: " + k.arg(), c);
        }
        if ("metaclass".equals(k.arg())) {
          metaclass = expr(k.value());
        } else {
          kwNames.add(k.arg());
          kwValues.add(expr(k.value()));
        }
      }
      bases = null;
    }
    Exec.Expr[] decos = exprs(c.decorators());
    if (bases == null) {
      bases = exprs(c.bases());
    }
    Scope child = resolver.scopes.get(c);
    int[] closure = closureSlotsFor(child);
    Scope saved = scope;
    int savedGen = genSlots;
    scope = child;
    genSlots = -1;
    Code code = newCode(child, c.name(), null);
    code.body = blockOrPass(c.body(), line);
    int classCell = child.needsClassCell ? child.slotOf("__class__") : -1;
    scope = saved;
    genSlots = savedGen;
    Stmts.ClassDef def = new Stmts.ClassDef(line, c.name(), child.qualname, bases, code,
        closure, decos, storeName(c.name()), classCell, docstring(c.body()), metaclass,
        kwNames.isEmpty() ? null : kwNames.toArray(new String[0]),
        kwValues.toArray(new Exec.Expr[0]));
    def.dynamicArgs = dynamicArgs;
    def.hasAnnotations = hasAnnotations(c.body());
    return def;
  }

  /** Whether a class body annotates a name (CPython then sets up __annotations__ first). */
  private static boolean hasAnnotations(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof AnnAssign) {
        return true;
      }
      boolean nested = false;
      if (s instanceof For) {
        nested = hasAnnotations(((For) s).body()) || hasAnnotations(((For) s).orelse());
      } else if (s instanceof While) {
        nested = hasAnnotations(((While) s).body()) || hasAnnotations(((While) s).orelse());
      } else if (s instanceof If) {
        nested = hasAnnotations(((If) s).body()) || hasAnnotations(((If) s).orelse());
      } else if (s instanceof With) {
        nested = hasAnnotations(((With) s).body());
      } else if (s instanceof Try) {
        Try t = (Try) s;
        nested = hasAnnotations(t.body()) || hasAnnotations(t.orelse())
            || hasAnnotations(t.finalbody());
        for (ExceptHandler h : t.handlers()) {
          nested |= hasAnnotations(h.body());
        }
      } else if (s instanceof Match) {
        for (MatchCase mc : ((Match) s).cases()) {
          nested |= hasAnnotations(mc.body());
        }
      }
      if (nested) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- expressions

  private Exec.Expr[] exprs(List<Expr> es) {
    Exec.Expr[] out = new Exec.Expr[es.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = expr(es.get(i));
    }
    return out;
  }

  private static Object constantValue(Object v) {
    if (v instanceof Ast.Singleton) {
      return v == Ast.Singleton.NONE ? PyNone.NONE : PySingleton.ELLIPSIS;
    }
    if (v instanceof Ast.Bytes) {
      return new PyBytes(((Ast.Bytes) v).toArray());
    }
    if (v instanceof Ast.Imaginary) {
      return new PyComplex(0.0, ((Ast.Imaginary) v).value());
    }
    return v;
  }

  private Exec.Expr expr(Expr e) {
    Exec.Expr x = exprNode(e);
    if (x.at == null) {
      x.at = positionOf(e);
    }
    return x;
  }

  /** Where {@code e} is in the source, for tracebacks; null when the parser did not say. */
  private dev.moat.runtime.ErrorPosition positionOf(Expr e) {
    Expr original = loweredFrom.get(e);
    if (original != null) {
      e = original;
    }
    Ast.Span s = spans.get(e);
    return s == null ? null : new dev.moat.runtime.ErrorPosition(e.line(), e.col(), s.endLine(),
        s.endCol(), s.anchorStart(), s.anchorEnd());
  }

  private Exec.Expr exprNode(Expr e) {
    int line = e.line();
    if (e instanceof Constant) {
      return new Exprs.Const(line, constantValue(((Constant) e).value()));
    }
    if (e instanceof Name) {
      return load(((Name) e).id(), line);
    }
    if (e instanceof BinOp) {
      return binOp((BinOp) e);
    }
    if (e instanceof UnaryOpExpr) {
      UnaryOpExpr u = (UnaryOpExpr) e;
      Exec.Expr operand = expr(u.operand());
      if (operand instanceof Exprs.Const && u.op() != UnaryOp.NOT) {
        Object v = ((Exprs.Const) operand).value;
        if (v instanceof Long || v instanceof Double || v instanceof BigInteger
            || v instanceof PyComplex) {
          try {
            Object r = u.op() == UnaryOp.USUB ? Ops.negate(v) : u.op() == UnaryOp.UADD
                ? Ops.positive(v) : Ops.invert(v);
            return new Exprs.Const(line, r);
          } catch (PyException ex) {
            // not foldable (e.g. ~1.5): raise at run time, where the script can catch it
          }
        }
      }
      switch (u.op()) {
        case NOT:
          return new Exprs.Not(line, operand);
        case USUB:
          return new Exprs.Negate(line, operand);
        case UADD:
          return new Exprs.Positive(line, operand);
        default:
          return new Exprs.Invert(line, operand);
      }
    }
    if (e instanceof BoolOp) {
      BoolOp b = (BoolOp) e;
      Exec.Expr[] vs = exprs(b.values());
      return b.op() == BoolOpKind.AND ? new Exprs.And(line, vs) : new Exprs.Or(line, vs);
    }
    if (e instanceof Compare) {
      Compare c = (Compare) e;
      Exec.Expr left = expr(c.left());
      if (c.ops().size() == 1) {
        return new Exprs.Compare1(line, c.ops().get(0), left, expr(c.comparators().get(0)));
      }
      return new Exprs.CompareChain(line, left, c.ops().toArray(new CmpOp[0]),
          exprs(c.comparators()));
    }
    if (e instanceof IfExp) {
      IfExp i = (IfExp) e;
      return new Exprs.IfExp(line, expr(i.test()), expr(i.body()), expr(i.orelse()));
    }
    if (e instanceof NamedExpr) {
      NamedExpr n = (NamedExpr) e;
      return new Exprs.Walrus(line, storeName(n.target().id()), expr(n.value()));
    }
    if (e instanceof Attribute) {
      Attribute a = (Attribute) e;
      return new Exprs.GetAttr(line, expr(a.value()), a.attr());
    }
    if (e instanceof Subscript) {
      Subscript s = (Subscript) e;
      return new Exprs.GetItem(line, expr(s.value()), expr(s.slice()));
    }
    if (e instanceof Slice) {
      Slice s = (Slice) e;
      return new Exprs.MakeSlice(line, s.lower() == null ? null : expr(s.lower()),
          s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
    }
    if (e instanceof Call) {
      return call((Call) e);
    }
    if (e instanceof ListExpr) {
      List<Expr> elts = ((ListExpr) e).elts();
      return new Exprs.ListDisplay(line, elements(elts), starredFlags(elts));
    }
    if (e instanceof TupleExpr) {
      List<Expr> elts = ((TupleExpr) e).elts();
      boolean[] st = starredFlags(elts);
      Exec.Expr[] es = elements(elts);
      boolean allConst = true;
      for (int i = 0; i < es.length; i++) {
        allConst &= es[i] instanceof Exprs.Const && !st[i];
      }
      if (allConst) {
        Object[] vals = new Object[es.length];
        for (int i = 0; i < vals.length; i++) {
          vals[i] = ((Exprs.Const) es[i]).value;
        }
        return new Exprs.Const(line, dev.moat.runtime.PyTuple.of(vals));
      }
      return new Exprs.TupleDisplay(line, es, st);
    }
    if (e instanceof SetExpr) {
      List<Expr> elts = ((SetExpr) e).elts();
      Exec.Expr[] es = elements(elts);
      boolean[] st = starredFlags(elts);
      Exec.Expr folded = constantSet(line, es, st);
      return folded != null ? folded : new Exprs.SetDisplay(line, es, st);
    }
    if (e instanceof DictExpr) {
      DictExpr d = (DictExpr) e;
      Exec.Expr[] keys = new Exec.Expr[d.keys().size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
      }
      return new Exprs.DictDisplay(line, keys, exprs(d.values()));
    }
    if (e instanceof Lambda) {
      Lambda l = (Lambda) e;
      return makeFunction(l, "<lambda>", l.args(), null, l.body(), line);
    }
    if (e instanceof ListComp) {
      ListComp c = (ListComp) e;
      return comprehension(e, 0, c.generators(), c.elt(), null);
    }
    if (e instanceof SetComp) {
      SetComp c = (SetComp) e;
      return comprehension(e, 1, c.generators(), c.elt(), null);
    }
    if (e instanceof DictComp) {
      DictComp c = (DictComp) e;
      return comprehension(e, 2, c.generators(), c.key(), c.value());
    }
    if (e instanceof GeneratorExp) {
      GeneratorExp c = (GeneratorExp) e;
      return new Exprs.GeneratorExpr(line,
          (Exprs.Comprehension) comprehension(e, 0, c.generators(), c.elt(), null));
    }
    if (e instanceof JoinedStr) {
      Exec.Expr[] parts = exprs(((JoinedStr) e).values());
      dev.moat.runtime.ErrorPosition whole = positionOf(e);
      for (Exec.Expr p : parts) {
        if (p instanceof Exprs.FormattedValue) {
          p.at = whole; // CPython reports a failing format() at the whole f-string
        }
      }
      return new Exprs.JoinedStr(line, parts);
    }
    if (e instanceof FormattedValue) {
      FormattedValue f = (FormattedValue) e;
      return new Exprs.FormattedValue(line, expr(f.value()), f.conversion(),
          f.formatSpec() == null ? null : expr(f.formatSpec()));
    }
    if (e instanceof Starred) {
      throw error("can't use starred expression here", e);
    }
    if (e instanceof YieldLowering.Temp) {
      return new Exprs.LoadLocal(line, ((YieldLowering.Temp) e).slot(), "(yield)");
    }
    if (e instanceof YieldLowering.InPlace) {
      YieldLowering.InPlace p = (YieldLowering.InPlace) e;
      return new YieldLowering.InPlaceExpr(line, expr(p.left()), p.op(), expr(p.right()));
    }
    if (e instanceof Yield || e instanceof YieldFrom) {
      throw error("yield inside an expression is not supported yet", e);
    }
    throw error("unsupported expression", e);
  }

  /**
   * CPython turns a display of three or more constants into a frozenset constant, and its
   * compiler rebuilds that frozenset from its own iteration order; the set a script sees is a
   * copy of it. Doing the same keeps the iteration order identical.
   */
  private static Exec.Expr constantSet(int line, Exec.Expr[] es, boolean[] starred) {
    if (es.length < 3) {
      return null;
    }
    dev.moat.runtime.PySet first = new dev.moat.runtime.PySet(true);
    for (int i = 0; i < es.length; i++) {
      if (starred[i] || !(es[i] instanceof Exprs.Const)) {
        return null;
      }
      Object v = ((Exprs.Const) es[i]).value;
      if (!(v instanceof Long || v instanceof String || v instanceof Double
          || v instanceof BigInteger || v instanceof Boolean)) {
        return null;
      }
      first.add(v);
    }
    dev.moat.runtime.PySet rebuilt = new dev.moat.runtime.PySet(true);
    for (Object v : first.toArray()) {
      rebuilt.add(v);
    }
    return new Exprs.ConstSet(line, rebuilt);
  }

  private Exec.Expr[] elements(List<Expr> elts) {
    Exec.Expr[] out = new Exec.Expr[elts.size()];
    for (int i = 0; i < out.length; i++) {
      Expr x = elts.get(i);
      out[i] = expr(x instanceof Starred ? ((Starred) x).value() : x);
    }
    return out;
  }

  private static boolean[] starredFlags(List<Expr> elts) {
    boolean[] out = new boolean[elts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = elts.get(i) instanceof Starred;
    }
    return out;
  }

  private Exec.Expr binOp(BinOp b) {
    // left-leaning chains compiled iteratively so a+b+c+... does not recurse per term
    List<BinOp> chain = new ArrayList<>();
    Expr x = b;
    while (x instanceof BinOp) {
      chain.add((BinOp) x);
      x = ((BinOp) x).left();
    }
    Exec.Expr acc = expr(x);
    for (int i = chain.size() - 1; i >= 0; i--) {
      BinOp op = chain.get(i);
      acc = binary(op.line(), op.op(), acc, expr(op.right()));
      if (acc.at == null) {
        acc.at = positionOf(op);
      }
    }
    return acc;
  }

  private Exec.Expr binary(int line, BinaryOp op, Exec.Expr l, Exec.Expr r) {
    if (l instanceof Exprs.Const && r instanceof Exprs.Const) {
      Object folded = fold(op, ((Exprs.Const) l).value, ((Exprs.Const) r).value);
      if (folded != null) {
        return new Exprs.Const(line, folded);
      }
    }
    switch (op) {
      case ADD:
        return new Exprs.Add(line, l, r);
      case SUB:
        return new Exprs.Sub(line, l, r);
      case MULT:
        return new Exprs.Mul(line, l, r);
      default:
        return new Exprs.Binary(line, op, l, r);
    }
  }

  /** Folds arithmetic on small numeric constants; null when it should be left to run time. */
  private static Object fold(BinaryOp op, Object a, Object b) {
    boolean numeric = (a instanceof Long || a instanceof Double || a instanceof PyComplex)
        && (b instanceof Long || b instanceof Double || b instanceof PyComplex);
    if (!numeric) {
      return null;
    }
    if ((op == BinaryOp.POW || op == BinaryOp.LSHIFT)
        && !(b instanceof Long && (Long) b >= 0 && (Long) b <= 64)) {
      return null;
    }
    try {
      Object r = Ops.binary(op, a, b);
      if (r instanceof BigInteger && ((BigInteger) r).bitLength() > 256) {
        return null;
      }
      return r;
    } catch (PyException e) {
      return null;
    }
  }

  private Exec.Expr call(Call c) {
    int line = c.line();
    Exprs.Args args = args(c);
    if (c.func() instanceof Name && ((Name) c.func()).id().equals("super")
        && c.args().isEmpty() && c.keywords().isEmpty() && where("super") == Where.GLOBAL
        && scope.kind == Kind.FUNCTION && scope.slots.containsKey("__class__")) {
      int first = scope.params.isEmpty() ? -1 : scope.slotOf(scope.params.get(0));
      return new Exprs.ZeroArgSuper(line, scope.slotOf("__class__"), first);
    }
    if (c.func() instanceof Name && c.args().isEmpty() && c.keywords().isEmpty()
        && (where(((Name) c.func()).id()) == Where.GLOBAL
            || where(((Name) c.func()).id()) == Where.CLASS_NAME)) {
      String n = ((Name) c.func()).id();
      if (n.equals("globals") || n.equals("locals") || n.equals("vars") || n.equals("dir")) {
        return new Introspection(line, n, load(n, line), global(n));
      }
    }
    if (c.func() instanceof Attribute) {
      Attribute a = (Attribute) c.func();
      return new Exprs.CallMethod(line, expr(a.value()), a.attr(), args, positionOf(a));
    }
    return new Exprs.Call(line, expr(c.func()), args);
  }

  private Exprs.Args args(Call c) {
    Exec.Expr[] pos = new Exec.Expr[c.args().size()];
    boolean[] starred = new boolean[pos.length];
    for (int i = 0; i < pos.length; i++) {
      Expr a = c.args().get(i);
      if (a instanceof Starred) {
        starred[i] = true;
        pos[i] = expr(((Starred) a).value());
      } else {
        pos[i] = expr(a);
      }
    }
    String[] kn = new String[c.keywords().size()];
    Exec.Expr[] kv = new Exec.Expr[kn.length];
    for (int i = 0; i < kn.length; i++) {
      kn[i] = c.keywords().get(i).arg();
      kv[i] = expr(c.keywords().get(i).value());
    }
    return new Exprs.Args(pos, starred, kn, kv);
  }

  private Exec.Expr comprehension(Expr node, int kind, List<Comprehension> gens, Expr elt,
      Expr value) {
    Exec.Expr first = expr(gens.get(0).iter());
    Scope child = resolver.scopes.get(node);
    int[] closure = closureSlotsFor(child);
    Scope saved = scope;
    scope = child;
    Code code = newCode(child, child.name, new Signature(child.qualname, List.of(".0"), 1, null,
        List.of(), null, null));
    Exec.Target[] targets = new Exec.Target[gens.size()];
    Exec.Expr[] iters = new Exec.Expr[gens.size()];
    Exec.Expr[][] conds = new Exec.Expr[gens.size()][];
    for (int i = 0; i < gens.size(); i++) {
      Comprehension g = gens.get(i);
      if (i > 0) {
        iters[i] = expr(g.iter());
      }
      targets[i] = target(g.target());
      conds[i] = exprs(g.ifs());
    }
    Exec.Expr eltNode = expr(elt);
    Exec.Expr valueNode = value == null ? null : expr(value);
    code.lambdaBody = new Exprs.ComprehensionLoop(node.line(), kind, targets, iters, conds,
        eltNode, valueNode);
    scope = saved;
    return new Exprs.Comprehension(node.line(), code, first, closure);
  }

  // ---------------------------------------------------------------- small nodes

  /** Evaluates a function's annotations at definition time into its {@code __annotations__}. */
  static final class Annotated extends Exec.Expr {
    final Exec.Expr function;
    final String[] names;
    final Exec.Expr[] values;

    Annotated(int line, Exec.Expr function, String[] names, Exec.Expr[] values) {
      super(line);
      this.function = function;
      this.names = names;
      this.values = values;
    }

    @Override
    Object eval(Frame f) {
      dev.moat.runtime.PyDict ann = new dev.moat.runtime.PyDict();
      for (int i = 0; i < names.length; i++) {
        ann.put(names[i], values[i].eval(f));
      }
      dev.moat.runtime.PyFunction fn = (dev.moat.runtime.PyFunction) function.eval(f);
      fn.dict().put("__annotations__", ann);
      return fn;
    }
  }

  /** Applies decorators (evaluated before the function is created) bottom-up. */
  static final class DecoratedFunction extends Exec.Expr {
    final Exec.Expr[] decorators;
    final Exec.Expr function;

    DecoratedFunction(int line, Exec.Expr[] decorators, Exec.Expr function) {
      super(line);
      this.decorators = decorators;
      this.function = function;
    }

    @Override
    Object eval(Frame f) {
      Object[] decos = new Object[decorators.length];
      for (int i = 0; i < decos.length; i++) {
        decos[i] = decorators[i].eval(f);
      }
      Object v = function.eval(f);
      for (int i = decos.length - 1; i >= 0; i--) {
        f.line = decorators[i].line; // a decorator's error is reported at the decorator
        try {
          v = Ops.call(decos[i], new Object[] {v}, null);
        } catch (PyException e) {
          throw decorators[i].noted(e, f);
        }
      }
      return v;
    }
  }

  /**
   * {@code globals()}, {@code locals()}, {@code vars()} and {@code dir()} with no arguments:
   * they need the calling frame, so the compiler gives them their own node. Each returns a
   * snapshot (a copy), which the language issue allows. If the name has been rebound, the
   * call goes to whatever it now means.
   */
  static final class Introspection extends Exec.Expr {
    final String kind;
    final Exec.Expr fallback;
    final int globalIndex;

    Introspection(int line, String kind, Exec.Expr fallback, int globalIndex) {
      super(line);
      this.kind = kind;
      this.fallback = fallback;
      this.globalIndex = globalIndex;
    }

    @Override
    Object eval(Frame f) {
      if (f.globals[globalIndex].value != null
          || f.classNamespace != null && f.classNamespace.getStr(kind) != null) {
        return Ops.call(fallback.eval(f), new Object[0], null);
      }
      dev.moat.runtime.PyDict d = new dev.moat.runtime.PyDict();
      boolean module = f.code.name.equals("<module>") && f.classNamespace == null;
      if (kind.equals("globals") || module) {
        for (String n : f.module().names()) {
          d.put(n, f.module().get(n));
        }
      } else if (f.classNamespace != null) {
        d = f.classNamespace.copy();
      } else {
        String[] names = f.code.slotNames;
        for (int i = 0; i < names.length && i < f.locals.length; i++) {
          Object v = f.locals[i];
          if (v instanceof dev.moat.runtime.Cell) {
            v = ((dev.moat.runtime.Cell) v).value;
          }
          if (names[i] != null && v != null) {
            d.put(names[i], v);
          }
        }
      }
      if (kind.equals("dir")) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (Object k : d.keyList()) {
          keys.add((String) k);
        }
        java.util.Collections.sort(keys);
        return dev.moat.runtime.PyList.copyOf(keys);
      }
      return d;
    }
  }

  /** The {@code __annotations__} dict of the running module or class body, created on use. */
  static final class AnnotationsDict extends Exec.Expr {
    final boolean inClass;
    final int globalIndex;

    AnnotationsDict(int line, boolean inClass, int globalIndex) {
      super(line);
      this.inClass = inClass;
      this.globalIndex = globalIndex;
    }

    @Override
    Object eval(Frame f) {
      if (inClass) {
        Object d = f.classNamespaceHooked
            ? Targets.classNamespaceGet(f.classNamespace, "__annotations__")
            : f.classNamespace.getStr("__annotations__");
        if (d == null) {
          d = new dev.moat.runtime.PyDict();
          Targets.classNamespaceSet(f, "__annotations__", d);
        }
        return d;
      }
      Globals.Ref r = f.globals[globalIndex];
      if (r.value == null) {
        r.value = new dev.moat.runtime.PyDict();
      }
      return r.value;
    }
  }

  /** {@code from m import *}. */
  static final class StarImport extends Exec.Stmt {
    final String module;
    final int level;

    StarImport(int line, String module, int level) {
      super(line);
      this.module = module;
      this.level = level;
    }

    @Override
    int exec(Frame f) {
      String name = level == 0 ? module : Modules.resolveRelative(f.module(), module, level);
      dev.moat.runtime.PyModule m = Modules.importModule(f.state, name);
      for (String n : m.namespace.names()) {
        if (!n.startsWith("_")) {
          f.module().set(n, m.namespace.get(n));
        }
      }
      return Exec.NORMAL;
    }
  }

}
