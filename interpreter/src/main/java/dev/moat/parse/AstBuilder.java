package dev.moat.parse;

import dev.moat.ast.Ast;
import dev.moat.ast.Ast.Expr;
import dev.moat.ast.Ast.Pattern;
import dev.moat.ast.Ast.Stmt;
import dev.moat.grammar.PythonLexer;
import dev.moat.grammar.PythonParser;
import dev.moat.grammar.PythonParser.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree into {@link Ast} records, checking what CPython checks while building
 * its AST (assignment targets, parameter and argument order, string literals, f-strings) with
 * CPython 3.11's messages and locations.
 *
 * <p>Chains that can be very long (binary operators, unary operators, {@code not}, {@code **},
 * trailers) are built with loops; the total nesting of the resulting tree is limited to
 * {@link Parser#MAX_NESTING} ("too many nested expressions").
 */
final class AstBuilder {
  /** Errors CPython reports after parsing (symbol table, compiler): the first of each kind. */
  static final class Deferred {
    SyntaxErrorException symtable;
    SyntaxErrorException compiler;

    void symtable(SyntaxErrorException e) {
      if (symtable == null) {
        symtable = e;
      }
    }

    void compiler(SyntaxErrorException e) {
      if (compiler == null) {
        compiler = e;
      }
    }

    void throwIfAny() {
      if (symtable != null) {
        throw symtable;
      }
      if (compiler != null) {
        throw compiler;
      }
    }
  }

  private static final int STAR_TARGETS = 0;
  private static final int DEL_TARGETS = 1;
  private static final int FOR_TARGETS = 2;

  final String fileName;
  /** The text this builder's tokens come from (an f-string expression's "(...)" for sub-builders). */
  final SourceText src;
  /** The whole script. */
  final SourceText root;
  final TokenStream tokens;
  private final int lineOffset;
  private final int colOffset;
  final boolean fstring;
  final Deferred deferred;
  private final Map<String, String> names;
  private int depth;
  private Token stmtStart;
  /** End positions of expressions, shared with the f-string sub-builders (see Ast.Span). */
  private final Map<Expr, Ast.Span> spans;

  AstBuilder(String fileName, SourceText src, TokenStream tokens) {
    this(fileName, src, src, tokens, 0, 0, false, new Deferred(), new HashMap<>(), 0,
        new java.util.IdentityHashMap<>());
  }

  private AstBuilder(String fileName, SourceText src, SourceText root, TokenStream tokens,
      int lineOffset, int colOffset, boolean fstring, Deferred deferred, Map<String, String> names,
      int depth, Map<Expr, Ast.Span> spans) {
    this.fileName = fileName;
    this.src = src;
    this.root = root;
    this.tokens = tokens;
    this.lineOffset = lineOffset;
    this.colOffset = colOffset;
    this.fstring = fstring;
    this.deferred = deferred;
    this.names = names;
    this.depth = depth;
    this.spans = spans;
  }

  /** A builder for the expression of an f-string field, lexed from "(" + text + ")". */
  AstBuilder subBuilder(SourceText sub, TokenStream subTokens, int line, int col) {
    return new AstBuilder(fileName, sub, root, subTokens, line - 1, col - 1, true, deferred, names,
        depth, spans);
  }

  // ---------------------------------------------------------------- positions and errors

  int line(Token t) {
    return t.getLine() + lineOffset;
  }

  int col(Token t) {
    int c = src.utf16Col(t.getLine(), t.getCharPositionInLine());
    return t.getLine() == 1 ? c + colOffset : c;
  }

  private int line(ParserRuleContext ctx) {
    return line(ctx.getStart());
  }

  private int col(ParserRuleContext ctx) {
    return col(ctx.getStart());
  }

  /** Records that {@code e} ends where token {@code stop} ends; returns {@code e}. */
  private <T extends Expr> T endsAt(T e, Token stop) {
    return endsAt(e, stop, -1, -1);
  }

  /** The column just after a single-line token. */
  private int endCol(Token t) {
    return col(t) + t.getText().length();
  }

  /** As {@link #endsAt(Expr, Token)}, with the columns a traceback marks with {@code ^}. */
  private <T extends Expr> T endsAt(T e, Token stop, int anchorStart, int anchorEnd) {
    String text = stop.getText();
    int nl = text.lastIndexOf('\n');
    int endLine = line(stop);
    int endCol;
    if (nl < 0) {
      endCol = col(stop) + text.length();
    } else {
      endLine += (int) text.chars().filter(c -> c == '\n').count();
      endCol = text.length() - nl - 1;
    }
    spans.put(e, new Ast.Span(endLine, endCol, anchorStart, anchorEnd));
    return e;
  }

  /** A parser-stage error at a token (raw position, as CPython reports it). */
  SyntaxErrorException error(String message, Token t) {
    int rawLine = t.getLine();
    int column = t.getCharPositionInLine() + 1;
    if (t.getType() == Token.EOF) {
      rawLine = src.lastLine();
      column = src.lineLength(rawLine) + 1;
    }
    SyntaxErrorException e = new SyntaxErrorException("SyntaxError",
        fstring ? "f-string: " + message : message, fileName, rawLine + lineOffset, column,
        src.line(rawLine));
    String text = t.getText();
    if (t.getType() != Token.EOF && text != null && text.indexOf('\n') < 0) {
      e.endingAt(column + text.length()); // CPython marks the whole token
    }
    return e;
  }

  /** A parser-stage error at a node. */
  SyntaxErrorException error(String message, Ast.Node n) {
    int rawLine = n.line() - lineOffset;
    int column = n.col() + 1;
    if (rawLine == 1) {
      column -= colOffset;
    }
    SyntaxErrorException e = new SyntaxErrorException("SyntaxError",
        fstring ? "f-string: " + message : message, fileName, n.line(), column, src.line(rawLine));
    Ast.Span span = n instanceof Expr ? spans.get(n) : null;
    if (span != null) { // CPython marks the whole expression (to the end of its first line)
      e.endingAt(span.endLine() == n.line() ? column + span.endCol() - n.col()
          : Integer.MAX_VALUE);
    }
    return e;
  }

  /** A compile-stage error at a node: real position, no "f-string: " prefix. */
  private SyntaxErrorException lateError(String message, int line, int col) {
    return new SyntaxErrorException("SyntaxError", message, fileName, line, col + 1,
        root.line(line));
  }

  /** The token after {@code t} in this builder's stream (CPython's "last token" location). */
  Token tokenAfter(Token t) {
    int i = t.getTokenIndex() + 1;
    if (i < 0 || i >= tokens.size()) {
      return t;
    }
    return tokens.get(i);
  }

  private void enter(ParserRuleContext at) {
    if (++depth > Parser.MAX_NESTING) {
      throw error("too many nested expressions", at.getStart());
    }
  }

  private void enter(int n, Token at) {
    depth += n;
    if (depth > Parser.MAX_NESTING) {
      throw error("too many nested expressions", at);
    }
  }

  private String name(NameContext n) {
    String text = n.getStart().getText();
    String cached = names.get(text);
    if (cached == null) {
      cached = text.intern();
      names.put(cached, cached);
    }
    return cached;
  }

  private String internName(String text) {
    String cached = names.get(text);
    if (cached == null) {
      cached = text.intern();
      names.put(cached, cached);
    }
    return cached;
  }

  // ---------------------------------------------------------------- module and statements

  Ast.Module module(File_inputContext ctx) {
    List<Stmt> body = new ArrayList<>();
    for (StmtContext s : ctx.stmt()) {
      stmt(s, body);
    }
    deferred.throwIfAny();
    return new Ast.Module(body, spans);
  }

  private void stmt(StmtContext s, List<Stmt> out) {
    if (s.simple_stmts() != null) {
      simpleStmts(s.simple_stmts(), out);
    } else {
      out.add(compound(s.compound_stmt()));
    }
  }

  private List<Stmt> block(BlockContext b) {
    List<Stmt> out = new ArrayList<>();
    if (b.simple_stmts() != null) {
      simpleStmts(b.simple_stmts(), out);
    } else {
      for (StmtContext s : b.stmt()) {
        stmt(s, out);
      }
    }
    return out;
  }

  private void simpleStmts(Simple_stmtsContext ctx, List<Stmt> out) {
    for (Simple_stmtContext s : ctx.simple_stmt()) {
      out.add(simpleStmt(s));
    }
  }

  private Stmt simpleStmt(Simple_stmtContext s) {
    Token start = s.getStart();
    stmtStart = start;
    int line = line(start);
    int col = col(start);
    if (s instanceof ExprStmtContext) {
      return exprStmt(((ExprStmtContext) s).expr_stmt());
    } else if (s instanceof PassStmtContext) {
      return new Ast.Pass(line, col);
    } else if (s instanceof ReturnStmtContext) {
      ReturnStmtContext r = (ReturnStmtContext) s;
      Expr value = r.star_expressions() == null ? null : valueExprs(r.star_expressions());
      return new Ast.Return(line, col, value);
    } else if (s instanceof ImportStmtContext) {
      return importName(((ImportStmtContext) s).import_name());
    } else if (s instanceof ImportFromStmtContext) {
      return importFrom(((ImportFromStmtContext) s).import_from());
    } else if (s instanceof RaiseStmtContext) {
      RaiseStmtContext r = (RaiseStmtContext) s;
      Expr exc = r.expression().isEmpty() ? null : expression(r.expression(0));
      Expr cause = r.expression().size() > 1 ? expression(r.expression(1)) : null;
      return new Ast.Raise(line, col, exc, cause);
    } else if (s instanceof DelStmtContext) {
      return delStmt((DelStmtContext) s, line, col);
    } else if (s instanceof AssertStmtContext) {
      AssertStmtContext a = (AssertStmtContext) s;
      Expr test = expression(a.expression(0));
      Expr msg = a.expression().size() > 1 ? expression(a.expression(1)) : null;
      return new Ast.Assert(line, col, test, msg);
    } else if (s instanceof BreakStmtContext) {
      return new Ast.Break(line, col);
    } else if (s instanceof ContinueStmtContext) {
      return new Ast.Continue(line, col);
    } else if (s instanceof GlobalStmtContext) {
      List<String> ids = new ArrayList<>();
      for (NameContext n : ((GlobalStmtContext) s).name()) {
        ids.add(name(n));
      }
      return new Ast.Global(line, col, ids);
    } else if (s instanceof NonlocalStmtContext) {
      List<String> ids = new ArrayList<>();
      for (NameContext n : ((NonlocalStmtContext) s).name()) {
        ids.add(name(n));
      }
      return new Ast.Nonlocal(line, col, ids);
    }
    throw error("invalid syntax", start);
  }

  private Stmt delStmt(DelStmtContext d, int line, int col) {
    Star_expressionsContext se = d.star_expressions();
    List<Expr> targets = new ArrayList<>();
    for (Star_expressionContext e : se.star_expression()) {
      targets.add(starExpression(e));
    }
    for (Expr t : targets) {
      Expr bad = invalidTarget(t, DEL_TARGETS);
      if (bad != null) {
        throw error("cannot delete " + exprName(bad), bad);
      }
    }
    for (Expr t : targets) {
      checkDebug(t, true);
    }
    return new Ast.Delete(line, col, targets);
  }

  private Stmt exprStmt(Expr_stmtContext ctx) {
    Token start = ctx.getStart();
    int line = line(start);
    int col = col(start);
    List<Assign_rhsContext> parts = ctx.assign_rhs();
    if (ctx.COLON() != null) {
      Expr target = assignRhs(parts.get(0));
      Expr annotation = expression(ctx.annotation);
      Expr value = ctx.annotated == null ? null : starredValue(assignRhs(ctx.annotated));
      boolean parenthesized = start.getType() == PythonLexer.OPEN_PAREN;
      if (target instanceof Ast.TupleExpr) {
        throw error("only single target (not tuple) can be annotated", target);
      }
      if (target instanceof Ast.ListExpr) {
        throw error("only single target (not list) can be annotated", target);
      }
      if (!(target instanceof Ast.Name || target instanceof Ast.Attribute
          || target instanceof Ast.Subscript)) {
        throw error("illegal target for annotation", target);
      }
      checkDebug(target, false);
      return new Ast.AnnAssign(line, col, target, annotation, value,
          target instanceof Ast.Name && !parenthesized);
    }
    if (ctx.augassign() != null) {
      Expr target = assignRhs(parts.get(0));
      if (!(target instanceof Ast.Name || target instanceof Ast.Attribute
          || target instanceof Ast.Subscript)) {
        throw error("'" + exprName(target) + "' is an illegal expression for augmented assignment",
            target);
      }
      Expr value = starredValue(assignRhs(ctx.aug));
      checkDebug(target, false);
      return new Ast.AugAssign(line, col, target, augOp(ctx.augassign().getStart().getType()),
          value);
    }
    if (parts.size() == 1) {
      Assign_rhsContext only = parts.get(0);
      Expr value = only.yield_expr() != null ? yieldExpr(only.yield_expr())
          : valueExprs(only.star_expressions());
      return new Ast.ExprStmt(line, col, value);
    }
    List<Expr> exprs = new ArrayList<>(parts.size());
    for (Assign_rhsContext p : parts) {
      exprs.add(assignRhs(p));
    }
    List<Expr> targets = exprs.subList(0, exprs.size() - 1);
    Expr value = exprs.get(exprs.size() - 1);
    checkAssignTargets(parts, targets);
    starredValue(value);
    return new Ast.Assign(line, col, new ArrayList<>(targets), value);
  }

  private Expr assignRhs(Assign_rhsContext p) {
    if (p.yield_expr() != null) {
      return yieldExpr(p.yield_expr());
    }
    return starExpressions(p.star_expressions());
  }

  private void checkAssignTargets(List<Assign_rhsContext> parts, List<Expr> targets) {
    boolean invalid = false;
    for (Expr t : targets) {
      if (t instanceof Ast.Yield || t instanceof Ast.YieldFrom || invalidTarget(t, STAR_TARGETS)
          != null) {
        invalid = true;
        break;
      }
    }
    if (invalid) {
      namedExpressionStyleError(parts.get(0), parts.get(1));
      for (int i = 0; i < targets.size(); i++) {
        Expr t = targets.get(i);
        if (parts.get(i).yield_expr() != null) {
          throw error("assignment to yield expression not possible", t);
        }
        Expr bad = invalidTarget(t, STAR_TARGETS);
        if (bad != null) {
          throw error("cannot assign to " + exprName(bad), bad);
        }
      }
    }
    for (Expr t : targets) {
      checkStarredTarget(t);
      checkDebug(t, false);
    }
  }

  /**
   * CPython's invalid_named_expression, reached on an invalid assignment: the element just
   * before the first '=' followed by a bitwise_or gives "cannot assign to %s here. Maybe you
   * meant '==' instead of '='?" (or, for a plain name, "invalid syntax. Maybe you meant '==' or
   * ':=' instead of '='?").
   */
  private void namedExpressionStyleError(Assign_rhsContext first, Assign_rhsContext second) {
    if (first.star_expressions() == null || second.star_expressions() == null) {
      return;
    }
    Star_expressionsContext se = first.star_expressions();
    if (se.COMMA().size() >= se.star_expression().size()) {
      return; // trailing comma: the last element is followed by ',' not '='
    }
    Star_expressionContext last = se.star_expression(se.star_expression().size() - 1);
    if (last.STAR() != null) {
      return;
    }
    BitorContext rhs = leadingBitor(second.star_expressions().star_expression(0));
    if (rhs == null) {
      return;
    }
    Token after = tokenAfter(rhs.getStop());
    if (after.getType() == PythonLexer.ASSIGN || after.getType() == PythonLexer.COLONEQUAL) {
      return;
    }
    BitorContext target = wholeBitor(last.expression());
    if (target == null) {
      return;
    }
    if (target.getStart() == target.getStop() && isNameToken(target.getStart().getType())) {
      Ast.Node n = expressionNode(last);
      throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", n);
    }
    if (startsWithExcluded(target)) {
      return;
    }
    Expr e = starExpression(last);
    throw error("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?",
        e);
  }

  private Ast.Node expressionNode(Star_expressionContext e) {
    return starExpression(e);
  }

  private static boolean isNameToken(int type) {
    return type == PythonLexer.NAME || type == PythonLexer.MATCH || type == PythonLexer.CASE
        || type == PythonLexer.UNDERSCORE;
  }

  /** The bitwise_or an expression consists of, or null when it has more (comparison, not, ...). */
  private static BitorContext wholeBitor(ExpressionContext e) {
    if (e == null || e.lambdef() != null || e.IF() != null) {
      return null;
    }
    DisjunctionContext d = e.disjunction(0);
    if (d.conjunction().size() != 1) {
      return null;
    }
    ConjunctionContext c = d.conjunction(0);
    if (c.inversion().size() != 1) {
      return null;
    }
    InversionContext inv = c.inversion(0);
    if (inv.NOT() != null) {
      return null;
    }
    ComparisonContext cmp = inv.comparison();
    if (cmp.bitor().size() != 1) {
      return null;
    }
    return cmp.bitor(0);
  }

  /** The first bitwise_or of an expression when the expression starts with one. */
  private static BitorContext leadingBitor(Star_expressionContext se) {
    if (se.STAR() != null) {
      return null;
    }
    ExpressionContext e = se.expression();
    if (e.lambdef() != null) {
      return null;
    }
    InversionContext inv = e.disjunction(0).conjunction(0).inversion(0);
    if (inv.NOT() != null) {
      return null;
    }
    return inv.comparison().bitor(0);
  }

  /** CPython's !(list|tuple|genexp|'True'|'None'|'False') before a bitwise_or. */
  private static boolean startsWithExcluded(BitorContext b) {
    int t = b.getStart().getType();
    if (t == PythonLexer.TRUE || t == PythonLexer.NONE || t == PythonLexer.FALSE) {
      return true;
    }
    if (t == PythonLexer.OPEN_PAREN || t == PythonLexer.OPEN_BRACK) {
      ParseTree first = b;
      while (first instanceof ParserRuleContext && ((ParserRuleContext) first).getChildCount() > 0
          && !(first instanceof ParenAtomContext) && !(first instanceof ListAtomContext)) {
        first = ((ParserRuleContext) first).getChild(0);
      }
      if (first instanceof ListAtomContext) {
        Testlist_compContext tc = ((ListAtomContext) first).testlist_comp();
        return tc == null || tc.comp_for() == null;
      }
      if (first instanceof ParenAtomContext) {
        ParenAtomContext p = (ParenAtomContext) first;
        Testlist_compContext tc = p.testlist_comp();
        return tc == null && p.yield_expr() == null
            || tc != null && (tc.comp_for() != null || !tc.COMMA().isEmpty());
      }
    }
    return false;
  }

  private static Ast.BinaryOp augOp(int type) {
    switch (type) {
      case PythonLexer.PLUSEQUAL: return Ast.BinaryOp.ADD;
      case PythonLexer.MINEQUAL: return Ast.BinaryOp.SUB;
      case PythonLexer.STAREQUAL: return Ast.BinaryOp.MULT;
      case PythonLexer.ATEQUAL: return Ast.BinaryOp.MATMULT;
      case PythonLexer.SLASHEQUAL: return Ast.BinaryOp.DIV;
      case PythonLexer.PERCENTEQUAL: return Ast.BinaryOp.MOD;
      case PythonLexer.AMPEREQUAL: return Ast.BinaryOp.BITAND;
      case PythonLexer.VBAREQUAL: return Ast.BinaryOp.BITOR;
      case PythonLexer.CIRCUMFLEXEQUAL: return Ast.BinaryOp.BITXOR;
      case PythonLexer.LEFTSHIFTEQUAL: return Ast.BinaryOp.LSHIFT;
      case PythonLexer.RIGHTSHIFTEQUAL: return Ast.BinaryOp.RSHIFT;
      case PythonLexer.DOUBLESTAREQUAL: return Ast.BinaryOp.POW;
      default: return Ast.BinaryOp.FLOORDIV;
    }
  }

  private Stmt importName(Import_nameContext ctx) {
    List<Ast.Alias> aliases = new ArrayList<>();
    for (Dotted_as_nameContext d : ctx.dotted_as_name()) {
      String asname = d.name() == null ? null : name(d.name());
      aliases.add(new Ast.Alias(line(d), col(d), dottedName(d.dotted_name()), asname));
    }
    return new Ast.Import(line(ctx), col(ctx), aliases);
  }

  private String dottedName(Dotted_nameContext d) {
    List<NameContext> parts = d.name();
    if (parts.size() == 1) {
      return name(parts.get(0));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(name(parts.get(i)));
    }
    return internName(sb.toString());
  }

  private Stmt importFrom(Import_fromContext ctx) {
    int level = 0;
    for (TerminalNode t : ctx.DOT()) {
      level += 1;
    }
    for (TerminalNode t : ctx.ELLIPSIS()) {
      level += 3;
    }
    String module = ctx.dotted_name() == null ? null : dottedName(ctx.dotted_name());
    Import_targetsContext targets = ctx.import_targets();
    List<Ast.Alias> aliases = new ArrayList<>();
    if (targets.STAR() != null) {
      Token star = targets.STAR().getSymbol();
      aliases.add(new Ast.Alias(line(star), col(star), "*", null));
    } else {
      if (targets.OPEN_PAREN() == null
          && targets.COMMA().size() >= targets.import_as_name().size()) {
        throw error("trailing comma not allowed without surrounding parentheses",
            tokenAfter(targets.getStop()));
      }
      for (Import_as_nameContext a : targets.import_as_name()) {
        String asname = a.name().size() > 1 ? name(a.name(1)) : null;
        aliases.add(new Ast.Alias(line(a), col(a), name(a.name(0)), asname));
      }
    }
    return new Ast.ImportFrom(line(ctx), col(ctx), module, aliases, level);
  }

  // ---------------------------------------------------------------- compound statements

  private Stmt compound(Compound_stmtContext c) {
    stmtStart = c.getStart();
    if (c.if_stmt() != null) {
      return ifStmt(c.if_stmt());
    } else if (c.while_stmt() != null) {
      While_stmtContext w = c.while_stmt();
      Expr test = namedExpression(w.named_expression());
      List<Stmt> body = block(w.block());
      List<Stmt> orelse = w.else_block() == null ? List.of() : block(w.else_block().block());
      return new Ast.While(line(w), col(w), test, body, orelse);
    } else if (c.for_stmt() != null) {
      For_stmtContext f = c.for_stmt();
      Expr target = targets(f.star_targets());
      Expr iter = starredValue(starExpressions(f.star_expressions()));
      List<Stmt> body = block(f.block());
      List<Stmt> orelse = f.else_block() == null ? List.of() : block(f.else_block().block());
      return new Ast.For(line(f), col(f), target, iter, body, orelse);
    } else if (c.try_stmt() != null) {
      return tryStmt(c.try_stmt());
    } else if (c.with_stmt() != null) {
      return withStmt(c.with_stmt());
    } else if (c.funcdef() != null) {
      return funcdef(c.funcdef(), List.of());
    } else if (c.classdef() != null) {
      return classdef(c.classdef(), List.of());
    } else if (c.decorated() != null) {
      DecoratedContext d = c.decorated();
      List<Expr> decorators = new ArrayList<>();
      for (DecoratorContext dec : d.decorator()) {
        decorators.add(namedExpression(dec.named_expression()));
      }
      if (d.funcdef() != null) {
        return funcdef(d.funcdef(), decorators);
      } else if (d.classdef() != null) {
        return classdef(d.classdef(), decorators);
      }
      throw error("async is not supported", d.async_stmt().getStart());
    } else if (c.match_stmt() != null) {
      return matchStmt(c.match_stmt());
    }
    throw error("async is not supported", c.getStart());
  }

  private Stmt ifStmt(If_stmtContext ctx) {
    Expr test = namedExpression(ctx.named_expression());
    List<Stmt> body = block(ctx.block());
    List<Elif_clauseContext> elifs = ctx.elif_clause();
    Expr[] tests = new Expr[elifs.size()];
    List<List<Stmt>> bodies = new ArrayList<>();
    for (int i = 0; i < elifs.size(); i++) {
      tests[i] = namedExpression(elifs.get(i).named_expression());
      bodies.add(block(elifs.get(i).block()));
    }
    List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
    for (int i = elifs.size() - 1; i >= 0; i--) {
      Token t = elifs.get(i).ELIF().getSymbol();
      orelse = List.of(new Ast.If(line(t), col(t), tests[i], bodies.get(i), orelse));
    }
    return new Ast.If(line(ctx), col(ctx), test, body, orelse);
  }

  private Stmt tryStmt(Try_stmtContext ctx) {
    List<Stmt> body = block(ctx.block());
    List<Ast.ExceptHandler> handlers = new ArrayList<>();
    for (Except_clauseContext e : ctx.except_clause()) {
      if (e.STAR() != null) {
        throw error("except* (exception groups) is not supported", e.EXCEPT().getSymbol());
      }
      Expr type = null;
      String asname = null;
      if (!e.expression().isEmpty()) {
        if (e.expression().size() > 1) {
          Expr first = expression(e.expression(0));
          throw error("multiple exception types must be parenthesized", first);
        }
        type = expression(e.expression(0));
        if (e.name() != null) {
          asname = name(e.name());
        }
      }
      handlers.add(new Ast.ExceptHandler(line(e), col(e), type, asname, block(e.block())));
    }
    List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
    List<Stmt> finalbody = ctx.finally_block() == null ? List.of()
        : block(ctx.finally_block().block());
    return new Ast.Try(line(ctx), col(ctx), body, handlers, orelse, finalbody);
  }

  private Stmt withStmt(With_stmtContext ctx) {
    List<Ast.WithItem> items = new ArrayList<>();
    for (With_itemContext w : ctx.with_item()) {
      Expr e = expression(w.expression());
      Expr vars = null;
      if (w.star_target() != null) {
        vars = starTarget(w.star_target());
        Expr bad = invalidTarget(vars, STAR_TARGETS);
        if (bad != null) {
          throw error("cannot assign to " + exprName(bad), bad);
        }
        checkStarredTarget(vars);
        checkDebug(vars, false);
      }
      items.add(new Ast.WithItem(e, vars));
    }
    return new Ast.With(line(ctx), col(ctx), items, block(ctx.block()));
  }

  private Stmt funcdef(FuncdefContext f, List<Expr> decorators) {
    String name = name(f.name());
    Token start = f.getStart();
    Ast.Arguments args = f.parameters() == null ? Ast.Arguments.EMPTY
        : parameters(f.parameters(), start);
    Expr returns = f.expression() == null ? null : expression(f.expression());
    List<Stmt> body = block(f.block());
    return new Ast.FunctionDef(line(start), col(start), name, args, body, decorators, returns);
  }

  private Stmt classdef(ClassdefContext c, List<Expr> decorators) {
    String name = name(c.name());
    List<Expr> bases = new ArrayList<>();
    List<Ast.Keyword> keywords = new ArrayList<>();
    if (c.arglist() != null) {
      arguments(c.arglist(), c.CLOSE_PAREN().getSymbol(), bases, keywords, false);
    }
    List<Stmt> body = block(c.block());
    return new Ast.ClassDef(line(c), col(c), name, bases, keywords, body, decorators);
  }

  // ---------------------------------------------------------------- parameters

  private Ast.Arguments parameters(ParametersContext ctx, Token defToken) {
    List<ParamContext> params = ctx.param();
    List<Ast.Arg> posonly = new ArrayList<>();
    List<Ast.Arg> args = new ArrayList<>();
    List<Ast.Arg> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    Ast.Arg vararg = null;
    Ast.Arg kwarg = null;
    boolean seenSlash = false;
    boolean seenStar = false;
    boolean seenDefault = false;
    for (int i = 0; i < params.size(); i++) {
      ParamContext p = params.get(i);
      if (kwarg != null) {
        throw error("arguments cannot follow var-keyword argument", p.getStart());
      }
      if (p instanceof SlashParamContext) {
        if (i == 0) {
          throw error(i + 1 < params.size() || !ctx.COMMA().isEmpty()
              ? "at least one argument must precede /" : "invalid syntax", p.getStart());
        }
        if (seenSlash) {
          throw error("/ may appear only once", p.getStart());
        }
        if (seenStar) {
          throw error("/ must be ahead of *", p.getStart());
        }
        seenSlash = true;
        posonly.addAll(args);
        args.clear();
      } else if (p instanceof VarParamContext) {
        VarParamContext v = (VarParamContext) p;
        if (seenStar) {
          throw error("* argument may appear only once", p.getStart());
        }
        if (v.ASSIGN() != null) {
          throw error("var-positional argument cannot have default value", v.ASSIGN().getSymbol());
        }
        seenStar = true;
        if (v.name() == null) {
          boolean last = i + 1 >= params.size();
          if (last || params.get(i + 1) instanceof KwParamContext) {
            throw error("named arguments must follow bare *", p.getStart());
          }
        } else {
          Expr ann = v.star_expression() == null ? null : starExpression(v.star_expression());
          vararg = new Ast.Arg(line(v.name()), col(v.name()), name(v.name()), ann);
        }
      } else if (p instanceof KwParamContext) {
        KwParamContext k = (KwParamContext) p;
        if (k.ASSIGN() != null) {
          throw error("var-keyword argument cannot have default value", k.ASSIGN().getSymbol());
        }
        Expr ann = k.expression().isEmpty() ? null : expression(k.expression(0));
        kwarg = new Ast.Arg(line(k.name()), col(k.name()), name(k.name()), ann);
      } else {
        PlainParamContext pp = (PlainParamContext) p;
        Expr ann = pp.COLON() == null ? null : expression(pp.expression(0));
        Expr dflt = pp.ASSIGN() == null ? null
            : expression(pp.expression(pp.expression().size() - 1));
        Ast.Arg arg = new Ast.Arg(line(pp), col(pp), name(pp.name()), ann);
        if (seenStar) {
          kwonly.add(arg);
          kwDefaults.add(dflt);
        } else {
          if (dflt != null) {
            seenDefault = true;
            defaults.add(dflt);
          } else if (seenDefault) {
            throw error("non-default argument follows default argument", pp.getStart());
          }
          args.add(arg);
        }
      }
    }
    Ast.Arguments result =
        new Ast.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    checkParameterNames(result, defToken);
    return result;
  }

  private Ast.Arguments lambdaParameters(Lambda_paramsContext ctx, Token lambdaToken) {
    List<Lambda_paramContext> params = ctx.lambda_param();
    List<Ast.Arg> posonly = new ArrayList<>();
    List<Ast.Arg> args = new ArrayList<>();
    List<Ast.Arg> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    Ast.Arg vararg = null;
    Ast.Arg kwarg = null;
    boolean seenSlash = false;
    boolean seenStar = false;
    boolean seenDefault = false;
    for (int i = 0; i < params.size(); i++) {
      Lambda_paramContext p = params.get(i);
      if (kwarg != null) {
        throw error("arguments cannot follow var-keyword argument", p.getStart());
      }
      if (p instanceof SlashLambdaParamContext) {
        if (i == 0) {
          throw error(i + 1 < params.size() || !ctx.COMMA().isEmpty()
              ? "at least one argument must precede /" : "invalid syntax", p.getStart());
        }
        if (seenSlash) {
          throw error("/ may appear only once", p.getStart());
        }
        if (seenStar) {
          throw error("/ must be ahead of *", p.getStart());
        }
        seenSlash = true;
        posonly.addAll(args);
        args.clear();
      } else if (p instanceof VarLambdaParamContext) {
        VarLambdaParamContext v = (VarLambdaParamContext) p;
        if (seenStar) {
          throw error("* argument may appear only once", p.getStart());
        }
        if (v.ASSIGN() != null) {
          throw error("var-positional argument cannot have default value", v.ASSIGN().getSymbol());
        }
        seenStar = true;
        if (v.name() == null) {
          boolean last = i + 1 >= params.size();
          if (last || params.get(i + 1) instanceof KwLambdaParamContext) {
            Token after = last ? tokenAfter(ctx.getStop()) : params.get(i + 1).getStart();
            throw error("named arguments must follow bare *", after);
          }
        } else {
          vararg = new Ast.Arg(line(v.name()), col(v.name()), name(v.name()), null);
        }
      } else if (p instanceof KwLambdaParamContext) {
        KwLambdaParamContext k = (KwLambdaParamContext) p;
        if (k.ASSIGN() != null) {
          throw error("var-keyword argument cannot have default value", k.ASSIGN().getSymbol());
        }
        kwarg = new Ast.Arg(line(k.name()), col(k.name()), name(k.name()), null);
      } else {
        PlainLambdaParamContext pp = (PlainLambdaParamContext) p;
        Expr dflt = pp.expression() == null ? null : expression(pp.expression());
        Ast.Arg arg = new Ast.Arg(line(pp), col(pp), name(pp.name()), null);
        if (seenStar) {
          kwonly.add(arg);
          kwDefaults.add(dflt);
        } else {
          if (dflt != null) {
            seenDefault = true;
            defaults.add(dflt);
          } else if (seenDefault) {
            throw error("non-default argument follows default argument", pp.getStart());
          }
          args.add(arg);
        }
      }
    }
    Ast.Arguments result =
        new Ast.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    checkParameterNames(result, lambdaToken);
    return result;
  }

  private void checkParameterNames(Ast.Arguments a, Token owner) {
    Set<String> seen = new HashSet<>();
    List<Ast.Arg> all = new ArrayList<>(a.posonly());
    all.addAll(a.args());
    if (a.vararg() != null) {
      all.add(a.vararg());
    }
    all.addAll(a.kwonly());
    if (a.kwarg() != null) {
      all.add(a.kwarg());
    }
    for (Ast.Arg arg : all) {
      if (!seen.add(arg.name())) {
        deferred.symtable(lateError("duplicate argument '" + arg.name()
            + "' in function definition", arg.line(), arg.col()));
      }
      if (arg.name().equals("__debug__")) {
        deferred.compiler(lateError("cannot assign to __debug__", line(stmtStart),
            col(stmtStart)));
      }
    }
  }

  // ---------------------------------------------------------------- match

  private Stmt matchStmt(Match_stmtContext ctx) {
    Star_named_expressionsContext s = ctx.subject;
    Expr subject;
    if (s.COMMA().isEmpty()) {
      subject = starNamedExpression(s.star_named_expression(0));
      if (subject instanceof Ast.Starred) {
        throw error("invalid syntax", tokenAfter(s.getStop()));
      }
    } else {
      List<Expr> elts = new ArrayList<>();
      for (Star_named_expressionContext e : s.star_named_expression()) {
        elts.add(starNamedExpression(e));
      }
      subject = new Ast.TupleExpr(line(s), col(s), elts);
    }
    List<Ast.MatchCase> cases = new ArrayList<>();
    List<Case_blockContext> blocks = ctx.case_block();
    for (int i = 0; i < blocks.size(); i++) {
      Case_blockContext c = blocks.get(i);
      Pattern p = patterns(c.patterns());
      Expr guard = c.named_expression() == null ? null : namedExpression(c.named_expression());
      checkPattern(p, guard != null || i == blocks.size() - 1, new ArrayList<>());
      cases.add(new Ast.MatchCase(p, guard, block(c.block())));
    }
    return new Ast.Match(line(ctx), col(ctx), subject, cases);
  }

  /** The compile-stage checks CPython makes on patterns (reported after parsing). */
  private void checkPattern(Pattern p, boolean allowIrrefutable, List<String> stores) {
    if (p instanceof Ast.MatchAs) {
      Ast.MatchAs as = (Ast.MatchAs) p;
      if (as.pattern() == null) {
        if (!allowIrrefutable) {
          deferred.compiler(lateError(as.name() != null ? "name capture '" + as.name()
              + "' makes remaining patterns unreachable"
              : "wildcard makes remaining patterns unreachable", p.line(), p.col()));
          return;
        }
      } else {
        checkPattern(as.pattern(), allowIrrefutable, stores);
      }
      store(as.name(), p, stores);
    } else if (p instanceof Ast.MatchStar) {
      store(((Ast.MatchStar) p).name(), p, stores);
    } else if (p instanceof Ast.MatchSequence) {
      int stars = 0;
      for (Pattern sub : ((Ast.MatchSequence) p).patterns()) {
        if (sub instanceof Ast.MatchStar) {
          stars++;
        }
      }
      if (stars > 1) {
        deferred.compiler(lateError("multiple starred names in sequence pattern", p.line(),
            p.col()));
        return;
      }
      for (Pattern sub : ((Ast.MatchSequence) p).patterns()) {
        checkPattern(sub, true, stores);
      }
    } else if (p instanceof Ast.MatchMapping) {
      Ast.MatchMapping m = (Ast.MatchMapping) p;
      for (Pattern sub : m.patterns()) {
        checkPattern(sub, true, stores);
      }
      store(m.rest(), p, stores);
    } else if (p instanceof Ast.MatchClass) {
      Ast.MatchClass c = (Ast.MatchClass) p;
      Set<String> attrs = new HashSet<>();
      for (int i = 0; i < c.kwdAttrs().size(); i++) {
        if (!attrs.add(c.kwdAttrs().get(i))) {
          Pattern at = c.kwdPatterns().get(i);
          deferred.compiler(lateError("attribute name repeated in class pattern: "
              + c.kwdAttrs().get(i), at.line(), at.col()));
          return;
        }
      }
      for (Pattern sub : c.patterns()) {
        checkPattern(sub, true, stores);
      }
      for (Pattern sub : c.kwdPatterns()) {
        checkPattern(sub, true, stores);
      }
    } else if (p instanceof Ast.MatchOr) {
      List<Pattern> alts = ((Ast.MatchOr) p).patterns();
      List<String> control = null;
      for (int i = 0; i < alts.size(); i++) {
        List<String> altStores = new ArrayList<>();
        checkPattern(alts.get(i), i == alts.size() - 1 && allowIrrefutable, altStores);
        if (control == null) {
          control = altStores;
        } else if (!new HashSet<>(control).equals(new HashSet<>(altStores))) {
          Pattern last = lastCompiled(alts.get(i));
          deferred.compiler(lateError("alternative patterns bind different names", last.line(),
              last.col()));
          return;
        }
      }
      for (String name : control) {
        store(name, p, stores);
      }
    }
  }

  /** The last sub-pattern CPython's compiler visits in {@code p} (where it reports errors). */
  private static Pattern lastCompiled(Pattern p) {
    if (p instanceof Ast.MatchAs && ((Ast.MatchAs) p).pattern() != null) {
      return lastCompiled(((Ast.MatchAs) p).pattern());
    }
    List<Pattern> subs = null;
    if (p instanceof Ast.MatchSequence) {
      subs = ((Ast.MatchSequence) p).patterns();
    } else if (p instanceof Ast.MatchMapping) {
      subs = ((Ast.MatchMapping) p).patterns();
    } else if (p instanceof Ast.MatchClass) {
      Ast.MatchClass c = (Ast.MatchClass) p;
      subs = c.kwdPatterns().isEmpty() ? c.patterns() : c.kwdPatterns();
    } else if (p instanceof Ast.MatchOr) {
      subs = ((Ast.MatchOr) p).patterns();
    }
    if (subs == null || subs.isEmpty()) {
      return p;
    }
    return lastCompiled(subs.get(subs.size() - 1));
  }

  private void store(String name, Pattern at, List<String> stores) {
    if (name == null) {
      return;
    }
    if (stores.contains(name)) {
      deferred.compiler(lateError("multiple assignments to name '" + name + "' in pattern",
          at.line(), at.col()));
      return;
    }
    stores.add(name);
  }

  private Pattern patterns(PatternsContext ctx) {
    List<Maybe_star_patternContext> items = ctx.maybe_star_pattern();
    if (items.size() == 1 && ctx.COMMA().isEmpty()) {
      Maybe_star_patternContext only = items.get(0);
      if (only instanceof StarPatternContext) {
        throw error("invalid syntax", tokenAfter(only.getStop()));
      }
      return pattern(((PlainPatternContext) only).pattern());
    }
    return new Ast.MatchSequence(line(ctx), col(ctx), sequencePatterns(items));
  }

  private List<Pattern> sequencePatterns(List<Maybe_star_patternContext> items) {
    List<Pattern> out = new ArrayList<>();
    for (Maybe_star_patternContext m : items) {
      if (m instanceof StarPatternContext) {
        StarPatternContext sp = (StarPatternContext) m;
        NameContext n = sp.name();
        String id = n.getStart().getType() == PythonLexer.UNDERSCORE ? null : name(n);
        out.add(new Ast.MatchStar(line(sp), col(sp), id));
      } else {
        out.add(pattern(((PlainPatternContext) m).pattern()));
      }
    }
    return out;
  }

  private Pattern pattern(PatternContext ctx) {
    enter(ctx);
    try {
      Pattern p = orPattern(ctx.or_pattern());
      if (ctx.AS() != null) {
        NameContext n = ctx.name();
        if (n.getStart().getType() == PythonLexer.UNDERSCORE) {
          throw error("cannot use '_' as a target", n.getStart());
        }
        return new Ast.MatchAs(line(ctx), col(ctx), p, name(n));
      }
      return p;
    } finally {
      depth--;
    }
  }

  private Pattern orPattern(Or_patternContext ctx) {
    List<Closed_patternContext> alts = ctx.closed_pattern();
    if (alts.size() == 1) {
      return closedPattern(alts.get(0));
    }
    List<Pattern> ps = new ArrayList<>();
    for (Closed_patternContext c : alts) {
      ps.add(closedPattern(c));
    }
    return new Ast.MatchOr(line(ctx), col(ctx), ps);
  }

  private Pattern closedPattern(Closed_patternContext ctx) {
    int line = line(ctx);
    int col = col(ctx);
    if (ctx instanceof LiteralPatternContext) {
      Literal_patternContext lit = ((LiteralPatternContext) ctx).literal_pattern();
      switch (lit.getStart().getType()) {
        case PythonLexer.NONE:
          return new Ast.MatchSingleton(line, col, null);
        case PythonLexer.TRUE:
          return new Ast.MatchSingleton(line, col, Boolean.TRUE);
        case PythonLexer.FALSE:
          return new Ast.MatchSingleton(line, col, Boolean.FALSE);
        default:
          return new Ast.MatchValue(line, col, literalExpr(lit));
      }
    } else if (ctx instanceof NamePatternContext) {
      NamePatternContext np = (NamePatternContext) ctx;
      Name_or_attrContext na = np.name_or_attr();
      if (np.OPEN_PAREN() != null) {
        return classPattern(np, nameOrAttr(na));
      }
      if (na.name().size() == 1) {
        NameContext n = na.name(0);
        if (n.getStart().getType() == PythonLexer.UNDERSCORE) {
          return new Ast.MatchAs(line, col, null, null);
        }
        return new Ast.MatchAs(line, col, null, name(n));
      }
      return new Ast.MatchValue(line, col, nameOrAttr(na));
    } else if (ctx instanceof ParenPatternContext) {
      ParenPatternContext pp = (ParenPatternContext) ctx;
      PatternsContext inner = pp.patterns();
      if (inner == null) {
        return new Ast.MatchSequence(line, col, List.of());
      }
      List<Maybe_star_patternContext> items = inner.maybe_star_pattern();
      if (items.size() == 1 && inner.COMMA().isEmpty()
          && items.get(0) instanceof PlainPatternContext) {
        return pattern(((PlainPatternContext) items.get(0)).pattern());
      }
      return new Ast.MatchSequence(line, col, sequencePatterns(items));
    } else if (ctx instanceof ListPatternContext) {
      PatternsContext inner = ((ListPatternContext) ctx).patterns();
      return new Ast.MatchSequence(line, col,
          inner == null ? List.of() : sequencePatterns(inner.maybe_star_pattern()));
    } else {
      return mappingPattern((MappingPatternContext) ctx, line, col);
    }
  }

  private Pattern classPattern(NamePatternContext np, Expr cls) {
    List<Pattern> positional = new ArrayList<>();
    List<String> kwdAttrs = new ArrayList<>();
    List<Pattern> kwdPatterns = new ArrayList<>();
    if (np.class_args() != null) {
      List<Class_argContext> args = np.class_args().class_arg();
      for (Class_argContext a : args) {
        if (a instanceof KeywordClassArgContext) {
          KeywordClassArgContext k = (KeywordClassArgContext) a;
          kwdAttrs.add(name(k.name()));
          kwdPatterns.add(pattern(k.pattern()));
        } else {
          Pattern p = pattern(((PositionalClassArgContext) a).pattern());
          if (!kwdAttrs.isEmpty()) {
            throw error("positional patterns follow keyword patterns", p);
          }
          positional.add(p);
        }
      }
    }
    return new Ast.MatchClass(line(np), col(np), cls, positional, kwdAttrs, kwdPatterns);
  }

  private Pattern mappingPattern(MappingPatternContext mp, int line, int col) {
    List<Expr> keys = new ArrayList<>();
    List<Pattern> values = new ArrayList<>();
    String rest = null;
    List<Mapping_itemContext> items = mp.mapping_item();
    for (int i = 0; i < items.size(); i++) {
      Mapping_itemContext item = items.get(i);
      if (item instanceof RestMappingItemContext) {
        if (i != items.size() - 1) {
          throw error("invalid syntax", items.get(i + 1).getStart());
        }
        NameContext n = ((RestMappingItemContext) item).name();
        if (n.getStart().getType() == PythonLexer.UNDERSCORE) {
          throw error("invalid syntax", n.getStart());
        }
        rest = name(n);
      } else {
        KeyMappingItemContext k = (KeyMappingItemContext) item;
        Expr key;
        if (k.literal_pattern() != null) {
          Literal_patternContext lit = k.literal_pattern();
          switch (lit.getStart().getType()) {
            case PythonLexer.NONE:
              key = new Ast.Constant(line(lit), col(lit), Ast.Singleton.NONE);
              break;
            case PythonLexer.TRUE:
              key = new Ast.Constant(line(lit), col(lit), Boolean.TRUE);
              break;
            case PythonLexer.FALSE:
              key = new Ast.Constant(line(lit), col(lit), Boolean.FALSE);
              break;
            default:
              key = literalExpr(lit);
          }
        } else {
          if (k.name_or_attr().name().size() < 2) {
            throw error("invalid syntax", k.COLON().getSymbol());
          }
          key = nameOrAttr(k.name_or_attr());
        }
        keys.add(key);
        values.add(pattern(k.pattern()));
      }
    }
    return new Ast.MatchMapping(line, col, keys, values, rest);
  }

  /** A number (optionally negative) or a string in a pattern. */
  private Expr literalExpr(Literal_patternContext lit) {
    if (!lit.STRING().isEmpty()) {
      Expr s = strings(lit.STRING(), lit.getStop());
      if (s instanceof Ast.JoinedStr) {
        throw error("patterns may only match literals and attribute lookups", s);
      }
      return s;
    }
    List<TerminalNode> nums = lit.NUMBER();
    if (nums.size() > 1) {
      Token real = nums.get(0).getSymbol();
      Token imag = nums.get(1).getSymbol();
      if (!isImaginary(imag)) {
        throw error("imaginary number required in complex literal", imag);
      }
      if (isImaginary(real)) {
        throw error("real number required in complex literal", real);
      }
      // real +/- imag: a constant expression the compiler folds
      Expr re = number(real);
      if (lit.MINUS().size() > 0 && lit.MINUS(0).getSymbol().getTokenIndex()
          < real.getTokenIndex()) {
        Token minus = lit.MINUS(0).getSymbol();
        re = new Ast.UnaryOpExpr(line(minus), col(minus), Ast.UnaryOp.USUB, re);
      }
      boolean plus = lit.PLUS() != null;
      return new Ast.BinOp(line(real), col(real), re,
          plus ? Ast.BinaryOp.ADD : Ast.BinaryOp.SUB, number(imag));
    }
    Token num = nums.get(0).getSymbol();
    Expr value = number(num);
    if (lit.MINUS().size() > 0 && lit.MINUS(0).getSymbol().getTokenIndex() < num.getTokenIndex()) {
      Token minus = lit.MINUS(0).getSymbol();
      return new Ast.UnaryOpExpr(line(minus), col(minus), Ast.UnaryOp.USUB, value);
    }
    return value;
  }

  private static boolean isImaginary(Token t) {
    String text = t.getText();
    char last = text.charAt(text.length() - 1);
    return last == 'j' || last == 'J';
  }

  private Expr nameOrAttr(Name_or_attrContext na) {
    List<NameContext> parts = na.name();
    NameContext first = parts.get(0);
    Expr e = new Ast.Name(line(first), col(first), name(first));
    for (int i = 1; i < parts.size(); i++) {
      e = new Ast.Attribute(line(na), col(na), e, name(parts.get(i)));
    }
    return e;
  }

  // ---------------------------------------------------------------- targets

  /** For-loop and comprehension targets: a tuple when there is a comma. */
  private Expr targets(Star_targetsContext ctx) {
    List<Star_targetContext> items = ctx.star_target();
    Expr result;
    if (items.size() == 1 && ctx.COMMA().isEmpty()) {
      result = starTarget(items.get(0));
    } else {
      List<Expr> elts = new ArrayList<>();
      for (Star_targetContext t : items) {
        elts.add(starTarget(t));
      }
      result = endsAt(new Ast.TupleExpr(line(ctx), col(ctx), elts), ctx.getStop());
    }
    Expr bad = invalidTarget(result, FOR_TARGETS);
    if (bad != null) {
      throw error("cannot assign to " + exprName(bad), bad);
    }
    checkStarredTarget(result);
    checkDebug(result, false);
    return result;
  }

  private Expr starTarget(Star_targetContext t) {
    Expr e = bitor(t.bitor());
    if (t.STAR() != null) {
      Token star = t.STAR().getSymbol();
      return new Ast.Starred(line(star), col(star), e);
    }
    return e;
  }

  /** CPython's _PyPegen_get_invalid_target. */
  private static Expr invalidTarget(Expr e, int kind) {
    if (e instanceof Ast.ListExpr) {
      for (Expr x : ((Ast.ListExpr) e).elts()) {
        Expr bad = invalidTarget(x, kind);
        if (bad != null) {
          return bad;
        }
      }
      return null;
    }
    if (e instanceof Ast.TupleExpr) {
      for (Expr x : ((Ast.TupleExpr) e).elts()) {
        Expr bad = invalidTarget(x, kind);
        if (bad != null) {
          return bad;
        }
      }
      return null;
    }
    if (e instanceof Ast.Starred) {
      if (kind == DEL_TARGETS) {
        return e;
      }
      return invalidTarget(((Ast.Starred) e).value(), kind);
    }
    if (e instanceof Ast.Compare) {
      Ast.Compare c = (Ast.Compare) e;
      if (kind == FOR_TARGETS) {
        if (c.ops().get(0) == Ast.CmpOp.IN) {
          return invalidTarget(c.left(), kind);
        }
        return null;
      }
      return e;
    }
    if (e instanceof Ast.Name || e instanceof Ast.Subscript || e instanceof Ast.Attribute) {
      return null;
    }
    return e;
  }

  /** Compile-stage checks of a valid store target: starred placement. */
  private void checkStarredTarget(Expr t) {
    if (t instanceof Ast.Starred) {
      deferred.compiler(lateError("starred assignment target must be in a list or tuple",
          t.line(), t.col()));
      return;
    }
    List<Expr> elts = t instanceof Ast.TupleExpr ? ((Ast.TupleExpr) t).elts()
        : t instanceof Ast.ListExpr ? ((Ast.ListExpr) t).elts() : null;
    if (elts == null) {
      return;
    }
    int stars = 0;
    for (Expr x : elts) {
      if (x instanceof Ast.Starred) {
        stars++;
        checkStarredTarget(((Ast.Starred) x).value());
      } else {
        checkStarredTarget(x);
      }
    }
    if (stars > 1) {
      deferred.compiler(lateError("multiple starred expressions in assignment", t.line(),
          t.col()));
    }
  }

  private void checkDebug(Expr t, boolean delete) {
    if (t instanceof Ast.Name && ((Ast.Name) t).id().equals("__debug__")) {
      if (delete) {
        deferred.compiler(lateError("cannot delete __debug__", t.line(), t.col()));
      } else {
        deferred.compiler(lateError("cannot assign to __debug__", line(stmtStart),
            col(stmtStart)));
      }
    } else if (t instanceof Ast.Attribute && ((Ast.Attribute) t).attr().equals("__debug__")
        && !delete) {
      deferred.compiler(lateError("cannot assign to __debug__", line(stmtStart),
          col(stmtStart)));
    } else if (t instanceof Ast.Starred) {
      checkDebug(((Ast.Starred) t).value(), delete);
    } else if (t instanceof Ast.TupleExpr) {
      for (Expr x : ((Ast.TupleExpr) t).elts()) {
        checkDebug(x, delete);
      }
    } else if (t instanceof Ast.ListExpr) {
      for (Expr x : ((Ast.ListExpr) t).elts()) {
        checkDebug(x, delete);
      }
    }
  }

  /** CPython's _PyPegen_get_expr_name. */
  static String exprName(Expr e) {
    if (e instanceof Ast.Attribute) {
      return "attribute";
    } else if (e instanceof Ast.Subscript) {
      return "subscript";
    } else if (e instanceof Ast.Starred) {
      return "starred";
    } else if (e instanceof Ast.Name) {
      return "name";
    } else if (e instanceof Ast.ListExpr) {
      return "list";
    } else if (e instanceof Ast.TupleExpr) {
      return "tuple";
    } else if (e instanceof Ast.Lambda) {
      return "lambda";
    } else if (e instanceof Ast.Call) {
      return "function call";
    } else if (e instanceof Ast.BoolOp || e instanceof Ast.BinOp || e instanceof Ast.UnaryOpExpr) {
      return "expression";
    } else if (e instanceof Ast.GeneratorExp) {
      return "generator expression";
    } else if (e instanceof Ast.Yield || e instanceof Ast.YieldFrom) {
      return "yield expression";
    } else if (e instanceof Ast.ListComp) {
      return "list comprehension";
    } else if (e instanceof Ast.SetComp) {
      return "set comprehension";
    } else if (e instanceof Ast.DictComp) {
      return "dict comprehension";
    } else if (e instanceof Ast.DictExpr) {
      return "dict literal";
    } else if (e instanceof Ast.SetExpr) {
      return "set display";
    } else if (e instanceof Ast.JoinedStr || e instanceof Ast.FormattedValue) {
      return "f-string expression";
    } else if (e instanceof Ast.Constant) {
      Object v = ((Ast.Constant) e).value();
      if (v == Ast.Singleton.NONE) {
        return "None";
      } else if (v == Boolean.FALSE) {
        return "False";
      } else if (v == Boolean.TRUE) {
        return "True";
      } else if (v == Ast.Singleton.ELLIPSIS) {
        return "ellipsis";
      }
      return "literal";
    } else if (e instanceof Ast.Compare) {
      return "comparison";
    } else if (e instanceof Ast.IfExp) {
      return "conditional expression";
    } else if (e instanceof Ast.NamedExpr) {
      return "named expression";
    }
    return "expression";
  }

  // ---------------------------------------------------------------- expressions

  /** star_expressions as a value: a bare starred expression is a compile-stage error. */
  private Expr valueExprs(Star_expressionsContext ctx) {
    return starredValue(starExpressions(ctx));
  }

  private Expr starredValue(Expr e) {
    if (e instanceof Ast.Starred) {
      deferred.compiler(lateError("can't use starred expression here", e.line(), e.col()));
    }
    return e;
  }

  Expr starExpressions(Star_expressionsContext ctx) {
    List<Star_expressionContext> items = ctx.star_expression();
    if (items.size() == 1 && ctx.COMMA().isEmpty()) {
      return starExpression(items.get(0));
    }
    List<Expr> elts = new ArrayList<>(items.size());
    for (Star_expressionContext e : items) {
      elts.add(starExpression(e));
    }
    return endsAt(new Ast.TupleExpr(line(ctx), col(ctx), elts), ctx.getStop());
  }

  private Expr starExpression(Star_expressionContext ctx) {
    if (ctx.STAR() != null) {
      Token star = ctx.STAR().getSymbol();
      return new Ast.Starred(line(star), col(star), bitor(ctx.bitor()));
    }
    return expression(ctx.expression());
  }

  private Expr starNamedExpression(Star_named_expressionContext ctx) {
    if (ctx.STAR() != null) {
      Token star = ctx.STAR().getSymbol();
      return new Ast.Starred(line(star), col(star), bitor(ctx.bitor()));
    }
    return namedExpression(ctx.named_expression());
  }

  Expr namedExpression(Named_expressionContext ctx) {
    if (ctx.COLONEQUAL() == null) {
      return expression(ctx.expression(0));
    }
    Expr target = expression(ctx.expression(0));
    if (!(target instanceof Ast.Name)) {
      throw error("cannot use assignment expressions with " + exprName(target), target);
    }
    Expr value = expression(ctx.expression(1));
    return endsAt(new Ast.NamedExpr(line(ctx), col(ctx), (Ast.Name) target, value),
        ctx.getStop());
  }

  Expr expression(ExpressionContext ctx) {
    enter(ctx);
    try {
      if (ctx.lambdef() != null) {
        return lambdef(ctx.lambdef());
      }
      Expr body = disjunction(ctx.disjunction(0));
      if (ctx.IF() == null) {
        return body;
      }
      if (ctx.ELSE() == null) {
        throw error("expected 'else' after 'if' expression", body);
      }
      Expr test = disjunction(ctx.disjunction(1));
      Expr orelse = expression(ctx.expression());
      return endsAt(new Ast.IfExp(line(ctx), col(ctx), test, body, orelse), ctx.getStop());
    } finally {
      depth--;
    }
  }

  private Expr lambdef(LambdefContext ctx) {
    Token start = ctx.LAMBDA().getSymbol();
    Ast.Arguments args = ctx.lambda_params() == null ? Ast.Arguments.EMPTY
        : lambdaParameters(ctx.lambda_params(), start);
    Expr body = expression(ctx.expression());
    return new Ast.Lambda(line(start), col(start), args, body);
  }

  private Expr yieldExpr(Yield_exprContext ctx) {
    Token start = ctx.getStart();
    if (ctx.FROM() != null) {
      return endsAt(new Ast.YieldFrom(line(start), col(start), expression(ctx.expression())),
          ctx.getStop());
    }
    Expr value = ctx.star_expressions() == null ? null : valueExprs(ctx.star_expressions());
    return endsAt(new Ast.Yield(line(start), col(start), value), ctx.getStop());
  }

  private Expr disjunction(DisjunctionContext ctx) {
    List<ConjunctionContext> items = ctx.conjunction();
    if (items.size() == 1) {
      return conjunction(items.get(0));
    }
    enter(ctx);
    try {
      List<Expr> values = new ArrayList<>(items.size());
      for (ConjunctionContext c : items) {
        values.add(conjunction(c));
      }
      return endsAt(new Ast.BoolOp(line(ctx), col(ctx), Ast.BoolOpKind.OR, values),
          ctx.getStop());
    } finally {
      depth--;
    }
  }

  private Expr conjunction(ConjunctionContext ctx) {
    List<InversionContext> items = ctx.inversion();
    if (items.size() == 1) {
      return inversion(items.get(0));
    }
    enter(ctx);
    try {
      List<Expr> values = new ArrayList<>(items.size());
      for (InversionContext c : items) {
        values.add(inversion(c));
      }
      return endsAt(new Ast.BoolOp(line(ctx), col(ctx), Ast.BoolOpKind.AND, values),
          ctx.getStop());
    } finally {
      depth--;
    }
  }

  private Expr inversion(InversionContext ctx) {
    if (ctx.NOT() == null) {
      return comparison(ctx.comparison());
    }
    // not not not x: iterate over the chain
    List<Token> nots = new ArrayList<>();
    InversionContext cur = ctx;
    while (cur.NOT() != null) {
      nots.add(cur.NOT().getSymbol());
      cur = cur.inversion();
    }
    int saved = depth;
    enter(nots.size(), ctx.getStart());
    try {
      Expr e = comparison(cur.comparison());
      for (int i = nots.size() - 1; i >= 0; i--) {
        Token t = nots.get(i);
        e = new Ast.UnaryOpExpr(line(t), col(t), Ast.UnaryOp.NOT, e);
      }
      return e;
    } finally {
      depth = saved;
    }
  }

  private Expr comparison(ComparisonContext ctx) {
    List<BitorContext> items = ctx.bitor();
    if (items.size() == 1) {
      return bitor(items.get(0));
    }
    enter(ctx);
    try {
      Expr left = bitor(items.get(0));
      List<Ast.CmpOp> ops = new ArrayList<>(items.size() - 1);
      List<Expr> comparators = new ArrayList<>(items.size() - 1);
      List<Comp_opContext> opCtxs = ctx.comp_op();
      for (int i = 1; i < items.size(); i++) {
        ops.add(cmpOp(opCtxs.get(i - 1)));
        comparators.add(bitor(items.get(i)));
      }
      return endsAt(new Ast.Compare(line(ctx), col(ctx), left, ops, comparators), ctx.getStop());
    } finally {
      depth--;
    }
  }

  private static Ast.CmpOp cmpOp(Comp_opContext op) {
    Token t = op.getStart();
    switch (t.getType()) {
      case PythonLexer.LESS: return Ast.CmpOp.LT;
      case PythonLexer.GREATER: return Ast.CmpOp.GT;
      case PythonLexer.EQEQUAL: return Ast.CmpOp.EQ;
      case PythonLexer.GREATEREQUAL: return Ast.CmpOp.GTE;
      case PythonLexer.LESSEQUAL: return Ast.CmpOp.LTE;
      case PythonLexer.NOTEQUAL: return Ast.CmpOp.NOTEQ;
      case PythonLexer.IN: return Ast.CmpOp.IN;
      case PythonLexer.NOT: return Ast.CmpOp.NOTIN;
      default: return op.getChildCount() > 1 ? Ast.CmpOp.ISNOT : Ast.CmpOp.IS;
    }
  }

  private static Ast.BinaryOp binaryOp(int type) {
    switch (type) {
      case PythonLexer.PLUS: return Ast.BinaryOp.ADD;
      case PythonLexer.MINUS: return Ast.BinaryOp.SUB;
      case PythonLexer.STAR: return Ast.BinaryOp.MULT;
      case PythonLexer.AT: return Ast.BinaryOp.MATMULT;
      case PythonLexer.SLASH: return Ast.BinaryOp.DIV;
      case PythonLexer.PERCENT: return Ast.BinaryOp.MOD;
      case PythonLexer.DOUBLESTAR: return Ast.BinaryOp.POW;
      case PythonLexer.LEFTSHIFT: return Ast.BinaryOp.LSHIFT;
      case PythonLexer.RIGHTSHIFT: return Ast.BinaryOp.RSHIFT;
      case PythonLexer.VBAR: return Ast.BinaryOp.BITOR;
      case PythonLexer.CIRCUMFLEX: return Ast.BinaryOp.BITXOR;
      case PythonLexer.AMPER: return Ast.BinaryOp.BITAND;
      default: return Ast.BinaryOp.FLOORDIV;
    }
  }

  private static boolean isPow(BitorContext b) {
    return b instanceof BinaryExprContext
        && ((BinaryExprContext) b).op.getType() == PythonLexer.DOUBLESTAR;
  }

  /**
   * The arithmetic and bitwise levels. Left-associative chains are nested on the left of the
   * parse tree, ** chains on the right and unary chains downwards: all are walked with loops.
   */
  Expr bitor(BitorContext ctx) {
    if (ctx instanceof PrimaryExprContext) {
      return primary(((PrimaryExprContext) ctx).primary());
    }
    if (ctx instanceof BinaryExprContext && !isPow(ctx)) {
      // left spine of left-associative operators
      List<BinaryExprContext> spine = new ArrayList<>();
      BitorContext cur = ctx;
      while (cur instanceof BinaryExprContext && !isPow(cur)) {
        spine.add((BinaryExprContext) cur);
        cur = ((BinaryExprContext) cur).bitor(0);
      }
      int saved = depth;
      enter(spine.size(), ctx.getStart());
      try {
        Expr left = bitor(cur);
        for (int i = spine.size() - 1; i >= 0; i--) {
          BinaryExprContext b = spine.get(i);
          Expr right = bitor(b.bitor(1));
          left = endsAt(new Ast.BinOp(line(b), col(b), left, binaryOp(b.op.getType()), right),
              b.getStop(), col(b.op), col(b.op) + b.op.getText().length());
        }
        return left;
      } finally {
        depth = saved;
      }
    }
    if (ctx instanceof BinaryExprContext) {
      // right spine of **
      List<BinaryExprContext> spine = new ArrayList<>();
      BitorContext cur = ctx;
      while (isPow(cur)) {
        spine.add((BinaryExprContext) cur);
        cur = ((BinaryExprContext) cur).bitor(1);
      }
      int saved = depth;
      enter(spine.size(), ctx.getStart());
      try {
        Expr[] lefts = new Expr[spine.size()];
        for (int i = 0; i < spine.size(); i++) {
          lefts[i] = bitor(spine.get(i).bitor(0));
        }
        Expr right = bitor(cur);
        for (int i = spine.size() - 1; i >= 0; i--) {
          BinaryExprContext b = spine.get(i);
          right = endsAt(new Ast.BinOp(line(b), col(b), lefts[i], Ast.BinaryOp.POW, right),
              b.getStop(), col(b.op), col(b.op) + b.op.getText().length());
        }
        return right;
      } finally {
        depth = saved;
      }
    }
    if (ctx instanceof UnaryExprContext) {
      List<Token> ops = new ArrayList<>();
      BitorContext cur = ctx;
      while (cur instanceof UnaryExprContext) {
        ops.add(((UnaryExprContext) cur).op);
        cur = ((UnaryExprContext) cur).bitor();
      }
      int saved = depth;
      enter(ops.size(), ctx.getStart());
      try {
        Expr e = bitor(cur);
        for (int i = ops.size() - 1; i >= 0; i--) {
          Token t = ops.get(i);
          Ast.UnaryOp op = t.getType() == PythonLexer.MINUS ? Ast.UnaryOp.USUB
              : t.getType() == PythonLexer.PLUS ? Ast.UnaryOp.UADD : Ast.UnaryOp.INVERT;
          e = endsAt(new Ast.UnaryOpExpr(line(t), col(t), op, e), ctx.getStop());
        }
        return e;
      } finally {
        depth = saved;
      }
    }
    // await
    throw error("await is not supported", ctx.getStart());
  }

  private Expr primary(PrimaryContext ctx) {
    List<TrailerContext> trailers = ctx.trailer();
    if (trailers.isEmpty()) {
      return atom(ctx.atom());
    }
    int saved = depth;
    enter(trailers.size(), ctx.getStart());
    try {
      Expr e = atom(ctx.atom());
      int line = line(ctx);
      int col = col(ctx);
      for (TrailerContext t : trailers) {
        if (t instanceof AttributeTrailerContext) {
          e = endsAt(new Ast.Attribute(line, col, e, name(((AttributeTrailerContext) t).name())),
              t.getStop());
        } else if (t instanceof CallTrailerContext) {
          CallTrailerContext c = (CallTrailerContext) t;
          List<Expr> args = new ArrayList<>();
          List<Ast.Keyword> keywords = new ArrayList<>();
          if (c.arglist() != null) {
            arguments(c.arglist(), c.CLOSE_PAREN().getSymbol(), args, keywords, true);
          }
          e = endsAt(new Ast.Call(line, col, e, args, keywords), t.getStop());
        } else {
          e = endsAt(new Ast.Subscript(line, col, e, slices(((SubscriptTrailerContext) t).slices())),
              t.getStop(), col(t.getStart()), endCol(t.getStop()));
        }
      }
      return e;
    } finally {
      depth = saved;
    }
  }

  private void arguments(ArglistContext ctx, Token close, List<Expr> args,
      List<Ast.Keyword> keywords, boolean call) {
    List<ArgumentContext> items = ctx.argument();
    boolean seenKeyword = false;
    boolean seenKwUnpack = false;
    Set<String> seen = null;
    for (ArgumentContext a : items) {
      if (a instanceof PositionalArgumentContext) {
        PositionalArgumentContext p = (PositionalArgumentContext) a;
        if (p.comp_for() != null) {
          Expr elt = namedExpression(p.named_expression());
          if (items.size() > 1 || ctx.COMMA().size() > 0 || !call) {
            if (!call) {
              throw error("invalid syntax", p.comp_for().getStart());
            }
            throw error("Generator expression must be parenthesized", elt);
          }
          Token open = ctx.getParent().getStart();
          args.add(endsAt(new Ast.GeneratorExp(line(open), col(open), elt,
              comprehension(p.comp_for())), close));
          continue;
        }
        if (seenKwUnpack) {
          throw error("positional argument follows keyword argument unpacking", close);
        }
        if (seenKeyword) {
          throw error("positional argument follows keyword argument", close);
        }
        args.add(namedExpression(p.named_expression()));
      } else if (a instanceof StarArgumentContext) {
        StarArgumentContext s = (StarArgumentContext) a;
        if (seenKwUnpack) {
          throw error("iterable argument unpacking follows keyword argument unpacking",
              s.getStart());
        }
        Token star = s.getStart();
        args.add(new Ast.Starred(line(star), col(star), expression(s.expression())));
      } else if (a instanceof KeywordArgumentContext) {
        KeywordArgumentContext k = (KeywordArgumentContext) a;
        seenKeyword = true;
        String id = name(k.name());
        if (seen == null) {
          seen = new HashSet<>();
        }
        Token at = k.getStart();
        if (!seen.add(id)) {
          SyntaxErrorException repeated = lateError("keyword argument repeated: " + id, line(at),
              col(at));
          // CPython marks the whole keyword (to the end of its first line)
          repeated.endingAt(k.getStop().getLine() == at.getLine() ? endCol(k.getStop()) + 1
              : Integer.MAX_VALUE);
          deferred.compiler(repeated);
        }
        if (id.equals("__debug__")) {
          deferred.compiler(lateError("cannot assign to __debug__", line(stmtStart),
              col(stmtStart)));
        }
        keywords.add(new Ast.Keyword(line(at), col(at), id, expression(k.expression())));
      } else {
        DoubleStarArgumentContext d = (DoubleStarArgumentContext) a;
        seenKwUnpack = true;
        Token at = d.getStart();
        keywords.add(new Ast.Keyword(line(at), col(at), null, expression(d.expression())));
      }
    }
  }

  private Expr slices(SlicesContext ctx) {
    List<SliceContext> items = ctx.slice();
    if (items.size() == 1 && ctx.COMMA().isEmpty() && items.get(0).STAR() == null) {
      return slice(items.get(0));
    }
    List<Expr> elts = new ArrayList<>(items.size());
    for (SliceContext s : items) {
      elts.add(slice(s));
    }
    return new Ast.TupleExpr(line(ctx), col(ctx), elts);
  }

  private Expr slice(SliceContext ctx) {
    if (ctx.STAR() != null) {
      Token star = ctx.STAR().getSymbol();
      return new Ast.Starred(line(star), col(star), bitor(ctx.bitor()));
    }
    if (ctx.COLON().isEmpty()) {
      return namedExpression(ctx.lower);
    }
    Expr lower = null;
    if (ctx.lower != null) {
      lower = namedExpression(ctx.lower);
      if (lower instanceof Ast.NamedExpr) {
        throw error("invalid syntax", ctx.COLON(0).getSymbol());
      }
    }
    Expr upper = ctx.upper == null ? null : expression(ctx.upper);
    Expr step = ctx.step == null ? null : expression(ctx.step);
    return new Ast.Slice(line(ctx), col(ctx), lower, upper, step);
  }

  private Expr atom(AtomContext ctx) {
    Expr e = atomExpr(ctx);
    if (ctx instanceof NameAtomContext || ctx instanceof NumberAtomContext
        || ctx instanceof StringAtomContext || ctx instanceof NoneAtomContext
        || ctx instanceof TrueAtomContext || ctx instanceof FalseAtomContext
        || ctx instanceof EllipsisAtomContext
        || e instanceof Ast.ListComp || e instanceof Ast.SetComp
        || e instanceof Ast.DictComp || e instanceof Ast.GeneratorExp) {
      endsAt(e, ctx.getStop());
    }
    return e;
  }

  private Expr atomExpr(AtomContext ctx) {
    Token start = ctx.getStart();
    int line = line(start);
    int col = col(start);
    if (ctx instanceof NameAtomContext) {
      return new Ast.Name(line, col, name(((NameAtomContext) ctx).name()));
    } else if (ctx instanceof NumberAtomContext) {
      return number(start);
    } else if (ctx instanceof StringAtomContext) {
      return strings(((StringAtomContext) ctx).STRING(), ctx.getStop());
    } else if (ctx instanceof NoneAtomContext) {
      return new Ast.Constant(line, col, Ast.Singleton.NONE);
    } else if (ctx instanceof TrueAtomContext) {
      return new Ast.Constant(line, col, Boolean.TRUE);
    } else if (ctx instanceof FalseAtomContext) {
      return new Ast.Constant(line, col, Boolean.FALSE);
    } else if (ctx instanceof EllipsisAtomContext) {
      return new Ast.Constant(line, col, Ast.Singleton.ELLIPSIS);
    } else if (ctx instanceof ParenAtomContext) {
      return parenAtom((ParenAtomContext) ctx, line, col);
    } else if (ctx instanceof ListAtomContext) {
      Testlist_compContext tc = ((ListAtomContext) ctx).testlist_comp();
      if (tc == null) {
        return new Ast.ListExpr(line, col, List.of());
      }
      enter(ctx);
      try {
        if (tc.comp_for() != null) {
          Expr elt = starNamedExpression(tc.star_named_expression(0));
          if (elt instanceof Ast.Starred) {
            throw error("iterable unpacking cannot be used in comprehension", elt);
          }
          return new Ast.ListComp(line, col, elt, comprehension(tc.comp_for()));
        }
        return new Ast.ListExpr(line, col, elements(tc.star_named_expression()));
      } finally {
        depth--;
      }
    } else {
      DictorsetmakerContext dm = ((BraceAtomContext) ctx).dictorsetmaker();
      if (dm == null) {
        return new Ast.DictExpr(line, col, List.of(), List.of());
      }
      enter(ctx);
      try {
        return dictOrSet(dm, line, col);
      } finally {
        depth--;
      }
    }
  }

  private List<Expr> elements(List<Star_named_expressionContext> items) {
    List<Expr> elts = new ArrayList<>(items.size());
    for (Star_named_expressionContext e : items) {
      elts.add(starNamedExpression(e));
    }
    return elts;
  }

  private Expr parenAtom(ParenAtomContext ctx, int line, int col) {
    if (ctx.yield_expr() != null) {
      return yieldExpr(ctx.yield_expr());
    }
    Testlist_compContext tc = ctx.testlist_comp();
    if (tc == null) {
      return new Ast.TupleExpr(line, col, List.of());
    }
    enter(ctx);
    try {
      if (tc.comp_for() != null) {
        Expr elt = starNamedExpression(tc.star_named_expression(0));
        if (elt instanceof Ast.Starred) {
          throw error("iterable unpacking cannot be used in comprehension", elt);
        }
        return new Ast.GeneratorExp(line, col, elt, comprehension(tc.comp_for()));
      }
      if (tc.COMMA().isEmpty()) {
        Expr e = starNamedExpression(tc.star_named_expression(0));
        if (e instanceof Ast.Starred) {
          throw error("cannot use starred expression here", e);
        }
        return e;
      }
      return new Ast.TupleExpr(line, col, elements(tc.star_named_expression()));
    } finally {
      depth--;
    }
  }

  private Expr dictOrSet(DictorsetmakerContext dm, int line, int col) {
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    Dict_tailContext tail;
    if (dm instanceof DictFromUnpackContext) {
      DictFromUnpackContext d = (DictFromUnpackContext) dm;
      Expr value = bitor(d.bitor());
      tail = d.dict_tail();
      if (tail.comp_for() != null) {
        throw error("dict unpacking cannot be used in dict comprehension", d.getStart());
      }
      keys.add(null);
      values.add(value);
    } else {
      DictOrSetContext d = (DictOrSetContext) dm;
      Expr first = starNamedExpression(d.star_named_expression());
      if (d.set_tail() != null) {
        Set_tailContext st = d.set_tail();
        if (st.comp_for() != null) {
          if (first instanceof Ast.Starred) {
            throw error("iterable unpacking cannot be used in comprehension", first);
          }
          return new Ast.SetComp(line, col, first, comprehension(st.comp_for()));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        elts.addAll(elements(st.star_named_expression()));
        return new Ast.SetExpr(line, col, elts);
      }
      Star_named_expressionContext key = d.star_named_expression();
      if (key.STAR() != null || key.named_expression().COLONEQUAL() != null) {
        throw error("invalid syntax", d.COLON().getSymbol());
      }
      Expr value = expression(d.expression());
      tail = d.dict_tail();
      if (tail.comp_for() != null) {
        return new Ast.DictComp(line, col, first, value, comprehension(tail.comp_for()));
      }
      keys.add(first);
      values.add(value);
    }
    for (Dict_itemContext item : tail.dict_item()) {
      if (item.DOUBLESTAR() != null) {
        keys.add(null);
        values.add(bitor(item.bitor()));
      } else {
        Expr k = expression(item.expression(0));
        if (item.COLON() == null) {
          Token stop = item.getStop();
          String text = stop.getText();
          int endCol = stop.getCharPositionInLine() + text.codePointCount(0, text.length());
          int nl = text.lastIndexOf('\n');
          if (nl >= 0) {
            endCol = text.codePointCount(nl + 1, text.length());
          }
          throw new SyntaxErrorException("SyntaxError", fstring ? "f-string: "
              + "':' expected after dictionary key" : "':' expected after dictionary key",
              fileName, line(stop), endCol, src.line(stop.getLine()));
        }
        keys.add(k);
        values.add(expression(item.expression(1)));
      }
    }
    return new Ast.DictExpr(line, col, keys, values);
  }

  private List<Ast.Comprehension> comprehension(Comp_forContext ctx) {
    List<Ast.Comprehension> out = new ArrayList<>();
    for (For_if_clauseContext c : ctx.for_if_clause()) {
      if (c.ASYNC() != null) {
        throw error("async is not supported", c.ASYNC().getSymbol());
      }
      Expr target = targets(c.star_targets());
      List<DisjunctionContext> ds = c.disjunction();
      Expr iter = disjunction(ds.get(0));
      List<Expr> ifs = new ArrayList<>();
      for (int i = 1; i < ds.size(); i++) {
        ifs.add(disjunction(ds.get(i)));
      }
      out.add(new Ast.Comprehension(target, iter, ifs));
    }
    return out;
  }

  /** The "(...)" atom an f-string field's expression is parsed as. */
  Expr fstringAtom(AtomContext atom) {
    return atom(atom);
  }

  // ---------------------------------------------------------------- literals

  private Expr number(Token t) {
    String text = t.getText();
    int line = line(t);
    int col = col(t);
    char last = text.charAt(text.length() - 1);
    if (text.indexOf('_') >= 0) {
      text = text.replace("_", "");
    }
    if (last == 'j' || last == 'J') {
      return new Ast.Constant(line, col,
          new Ast.Imaginary(Double.parseDouble(text.substring(0, text.length() - 1))));
    }
    if (text.length() > 1 && text.charAt(0) == '0') {
      char k = text.charAt(1);
      int radix = k == 'x' || k == 'X' ? 16 : k == 'o' || k == 'O' ? 8 : k == 'b' || k == 'B' ? 2
          : 0;
      if (radix != 0) {
        return new Ast.Constant(line, col, integer(text.substring(2), radix));
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return new Ast.Constant(line, col, Double.parseDouble(text));
      }
    }
    return new Ast.Constant(line, col, integer(text, 10));
  }

  private static Object integer(String digits, int radix) {
    int maxDigits = radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62;
    if (digits.length() <= maxDigits) {
      return Long.parseLong(digits, radix);
    }
    BigInteger b = new BigInteger(digits, radix);
    if (b.bitLength() < 64) {
      return b.longValue();
    }
    return b;
  }

  /** Adjacent string literals, concatenated (f-strings give a JoinedStr). */
  Expr strings(List<TerminalNode> parts, Token lastToken) {
    FStrings f = new FStrings(this, parts, lastToken);
    return f.build();
  }
}
