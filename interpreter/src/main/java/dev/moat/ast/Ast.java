package dev.moat.ast;

import java.math.BigInteger;
import java.util.List;

/**
 * The abstract syntax tree of Moat's Python subset: immutable records carrying their source
 * position ({@code line} is 1-based, {@code col} is the 0-based UTF-16 column, as in CPython's
 * {@code ast}). The shapes follow CPython's {@code ast} module so that a Python reader recognises
 * them. Lists are never null (empty instead); optional children are null where documented.
 */
public final class Ast {
  private Ast() {}

  /** Any node. */
  public interface Node {
    int line();

    int col();
  }

  /** An expression. */
  public interface Expr extends Node {}

  /** A statement. */
  public interface Stmt extends Node {}

  /** A pattern of a {@code match} case. */
  public interface Pattern extends Node {}

  // ---------------------------------------------------------------- operators

  /** Binary arithmetic and bitwise operators, with their Python spelling and dunder names. */
  public enum BinaryOp {
    ADD("+", "add"), SUB("-", "sub"), MULT("*", "mul"), MATMULT("@", "matmul"), DIV("/", "truediv"),
    MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"),
    BITOR("|", "or"), BITXOR("^", "xor"), BITAND("&", "and"), FLOORDIV("//", "floordiv");

    public final String symbol;
    public final String dunder;
    public final String rdunder;
    public final String idunder;

    BinaryOp(String symbol, String base) {
      this.symbol = symbol;
      this.dunder = ("__" + base + "__").intern();
      this.rdunder = ("__r" + base + "__").intern();
      this.idunder = ("__i" + base + "__").intern();
    }
  }

  /** Unary operators. */
  public enum UnaryOp {
    INVERT("~"), NOT("not"), UADD("+"), USUB("-");

    public final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** Comparison operators. */
  public enum CmpOp {
    EQ("=="), NOTEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">="), IS("is"), ISNOT("is not"),
    IN("in"), NOTIN("not in");

    public final String symbol;

    CmpOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** {@code and} / {@code or}. */
  public enum BoolOpKind { AND, OR }

  /** The constants {@code None} and {@code ...}, which have no natural Java value. */
  public enum Singleton { NONE, ELLIPSIS }

  /** A bytes literal's value; wraps the array so the tree stays immutable. */
  public record Bytes(byte[] value) {
    public Bytes {
      value = value.clone();
    }

    public byte[] toArray() {
      return value.clone();
    }
  }

  /** An imaginary literal's value ({@code 2.5j} is {@code Imaginary(2.5)}). */
  public record Imaginary(double value) {}

  // ---------------------------------------------------------------- module

  /**
   * A whole source file. {@code spans} gives where some expressions end (those an error can be
   * reported at: operators, calls, attributes, subscripts, names, comparisons, comprehensions).
   */
  public record Module(List<Stmt> body, java.util.Map<Expr, Span> spans) {
    public Module {
      body = List.copyOf(body);
      spans = java.util.Collections.unmodifiableMap(spans);
    }

    public Module(List<Stmt> body) {
      this(body, new java.util.IdentityHashMap<>());
    }
  }

  /**
   * Where an expression ends ({@code endCol} exclusive, UTF-16 columns), and the part of its first
   * line a traceback marks with {@code ^} when the rest gets {@code ~}: the operator of a binary
   * operation, the brackets of a subscript; {@code anchorStart} is -1 for other expressions.
   */
  public record Span(int endLine, int endCol, int anchorStart, int anchorEnd) {}

  // ---------------------------------------------------------------- helpers

  /** One parameter. {@code annotation} may be null. */
  public record Arg(int line, int col, String name, Expr annotation) implements Node {}

  /**
   * A parameter list: {@code def f(posonly, /, args, *vararg, kwonly, **kwarg)}. {@code defaults}
   * belong to the last positional parameters (posonly + args); {@code kwDefaults} has one entry per
   * kwonly parameter, null where it has none. {@code vararg} and {@code kwarg} may be null.
   */
  public record Arguments(List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly,
      List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public Arguments {
      posonly = List.copyOf(posonly);
      args = List.copyOf(args);
      kwonly = List.copyOf(kwonly);
      kwDefaults = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(kwDefaults));
      defaults = List.copyOf(defaults);
    }

    public static final Arguments EMPTY =
        new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
  }

  /** A keyword argument {@code name=value}, or {@code **value} when {@code arg} is null. */
  public record Keyword(int line, int col, String arg, Expr value) implements Node {}

  /** {@code import name as asname}; {@code asname} may be null; name may be dotted or "*". */
  public record Alias(int line, int col, String name, String asname) implements Node {}

  /** One item of a {@code with} statement; {@code optionalVars} may be null. */
  public record WithItem(Expr contextExpr, Expr optionalVars) {}

  /** {@code except type as name:}; {@code type} and {@code name} may be null. */
  public record ExceptHandler(int line, int col, Expr type, String name, List<Stmt> body)
      implements Node {
    public ExceptHandler {
      body = List.copyOf(body);
    }
  }

  /** One {@code for target in iter if cond...} clause of a comprehension. */
  public record Comprehension(Expr target, Expr iter, List<Expr> ifs) {
    public Comprehension {
      ifs = List.copyOf(ifs);
    }
  }

  /** One {@code case pattern if guard:} of a match statement; guard may be null. */
  public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {
    public MatchCase {
      body = List.copyOf(body);
    }
  }

  // ---------------------------------------------------------------- statements

  /** {@code def}; {@code returns} may be null. */
  public record FunctionDef(int line, int col, String name, Arguments args, List<Stmt> body,
      List<Expr> decorators, Expr returns) implements Stmt {
    public FunctionDef {
      body = List.copyOf(body);
      decorators = List.copyOf(decorators);
    }
  }

  /** {@code class}. */
  public record ClassDef(int line, int col, String name, List<Expr> bases,
      List<Keyword> keywords, List<Stmt> body, List<Expr> decorators) implements Stmt {
    public ClassDef {
      bases = List.copyOf(bases);
      keywords = List.copyOf(keywords);
      body = List.copyOf(body);
      decorators = List.copyOf(decorators);
    }
  }

  /** {@code return value}; value may be null. */
  public record Return(int line, int col, Expr value) implements Stmt {}

  /** {@code del a, b[0], c.x}. */
  public record Delete(int line, int col, List<Expr> targets) implements Stmt {
    public Delete {
      targets = List.copyOf(targets);
    }
  }

  /** {@code t1 = t2 = value}. */
  public record Assign(int line, int col, List<Expr> targets, Expr value) implements Stmt {
    public Assign {
      targets = List.copyOf(targets);
    }
  }

  /** {@code target op= value}. */
  public record AugAssign(int line, int col, Expr target, BinaryOp op, Expr value)
      implements Stmt {}

  /** {@code target: annotation = value}; value may be null; simple = target is a plain name. */
  public record AnnAssign(int line, int col, Expr target, Expr annotation, Expr value,
      boolean simple) implements Stmt {}

  /** {@code for target in iter: body else: orelse}. */
  public record For(int line, int col, Expr target, Expr iter, List<Stmt> body,
      List<Stmt> orelse) implements Stmt {
    public For {
      body = List.copyOf(body);
      orelse = List.copyOf(orelse);
    }
  }

  /** {@code while test: body else: orelse}. */
  public record While(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse)
      implements Stmt {
    public While {
      body = List.copyOf(body);
      orelse = List.copyOf(orelse);
    }
  }

  /** {@code if}/{@code elif}/{@code else}; an elif is a nested If alone in orelse. */
  public record If(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse)
      implements Stmt {
    public If {
      body = List.copyOf(body);
      orelse = List.copyOf(orelse);
    }
  }

  /** {@code with a as x, b: body}. */
  public record With(int line, int col, List<WithItem> items, List<Stmt> body) implements Stmt {
    public With {
      items = List.copyOf(items);
      body = List.copyOf(body);
    }
  }

  /** {@code match subject: cases}. */
  public record Match(int line, int col, Expr subject, List<MatchCase> cases) implements Stmt {
    public Match {
      cases = List.copyOf(cases);
    }
  }

  /** {@code raise exc from cause}; both may be null. */
  public record Raise(int line, int col, Expr exc, Expr cause) implements Stmt {}

  /** {@code try}/{@code except}/{@code else}/{@code finally}. */
  public record Try(int line, int col, List<Stmt> body, List<ExceptHandler> handlers,
      List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {
    public Try {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
      orelse = List.copyOf(orelse);
      finalbody = List.copyOf(finalbody);
    }
  }

  /** {@code assert test, msg}; msg may be null. */
  public record Assert(int line, int col, Expr test, Expr msg) implements Stmt {}

  /** {@code import a.b as c, d}. */
  public record Import(int line, int col, List<Alias> names) implements Stmt {
    public Import {
      names = List.copyOf(names);
    }
  }

  /** {@code from ..module import names}; module may be null (e.g. {@code from . import x}). */
  public record ImportFrom(int line, int col, String module, List<Alias> names, int level)
      implements Stmt {
    public ImportFrom {
      names = List.copyOf(names);
    }
  }

  /** {@code global a, b}. */
  public record Global(int line, int col, List<String> names) implements Stmt {
    public Global {
      names = List.copyOf(names);
    }
  }

  /** {@code nonlocal a, b}. */
  public record Nonlocal(int line, int col, List<String> names) implements Stmt {
    public Nonlocal {
      names = List.copyOf(names);
    }
  }

  /** An expression used as a statement. */
  public record ExprStmt(int line, int col, Expr value) implements Stmt {}

  /** {@code pass}. */
  public record Pass(int line, int col) implements Stmt {}

  /** {@code break}. */
  public record Break(int line, int col) implements Stmt {}

  /** {@code continue}. */
  public record Continue(int line, int col) implements Stmt {}

  // ---------------------------------------------------------------- expressions

  /** {@code a and b and c} / {@code a or b}. */
  public record BoolOp(int line, int col, BoolOpKind op, List<Expr> values) implements Expr {
    public BoolOp {
      values = List.copyOf(values);
    }
  }

  /** {@code target := value}. */
  public record NamedExpr(int line, int col, Name target, Expr value) implements Expr {}

  /** {@code left op right}. */
  public record BinOp(int line, int col, Expr left, BinaryOp op, Expr right) implements Expr {}

  /** {@code op operand}. */
  public record UnaryOpExpr(int line, int col, UnaryOp op, Expr operand) implements Expr {}

  /** {@code lambda args: body}. */
  public record Lambda(int line, int col, Arguments args, Expr body) implements Expr {}

  /** {@code body if test else orelse}. */
  public record IfExp(int line, int col, Expr test, Expr body, Expr orelse) implements Expr {}

  /** {@code {k: v, **m}}: a null key marks a {@code **value} unpacking. */
  public record DictExpr(int line, int col, List<Expr> keys, List<Expr> values) implements Expr {
    public DictExpr {
      keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
      values = List.copyOf(values);
    }
  }

  /** {@code {a, *b}}. */
  public record SetExpr(int line, int col, List<Expr> elts) implements Expr {
    public SetExpr {
      elts = List.copyOf(elts);
    }
  }

  /** {@code [a, *b]}. */
  public record ListExpr(int line, int col, List<Expr> elts) implements Expr {
    public ListExpr {
      elts = List.copyOf(elts);
    }
  }

  /** {@code (a, *b)} or {@code a, b}. */
  public record TupleExpr(int line, int col, List<Expr> elts) implements Expr {
    public TupleExpr {
      elts = List.copyOf(elts);
    }
  }

  /** {@code [elt for ...]}. */
  public record ListComp(int line, int col, Expr elt, List<Comprehension> generators)
      implements Expr {
    public ListComp {
      generators = List.copyOf(generators);
    }
  }

  /** {@code {elt for ...}}. */
  public record SetComp(int line, int col, Expr elt, List<Comprehension> generators)
      implements Expr {
    public SetComp {
      generators = List.copyOf(generators);
    }
  }

  /** {@code {key: value for ...}}. */
  public record DictComp(int line, int col, Expr key, Expr value,
      List<Comprehension> generators) implements Expr {
    public DictComp {
      generators = List.copyOf(generators);
    }
  }

  /** {@code (elt for ...)}. */
  public record GeneratorExp(int line, int col, Expr elt, List<Comprehension> generators)
      implements Expr {
    public GeneratorExp {
      generators = List.copyOf(generators);
    }
  }

  /** {@code yield value}; value may be null. */
  public record Yield(int line, int col, Expr value) implements Expr {}

  /** {@code yield from value}. */
  public record YieldFrom(int line, int col, Expr value) implements Expr {}

  /** {@code left op1 c1 op2 c2 ...}. */
  public record Compare(int line, int col, Expr left, List<CmpOp> ops, List<Expr> comparators)
      implements Expr {
    public Compare {
      ops = List.copyOf(ops);
      comparators = List.copyOf(comparators);
    }
  }

  /** {@code func(args, keywords)}; args may contain {@link Starred}. */
  public record Call(int line, int col, Expr func, List<Expr> args, List<Keyword> keywords)
      implements Expr {
    public Call {
      args = List.copyOf(args);
      keywords = List.copyOf(keywords);
    }
  }

  /**
   * One replacement field of an f-string: {@code conversion} is 's', 'r', 'a' or -1;
   * {@code formatSpec} (may be null) is itself a {@link JoinedStr}. For a {@code {x=}} field
   * the parser puts the literal text {@code "x="} as a Constant before it, as CPython does.
   */
  public record FormattedValue(int line, int col, Expr value, int conversion,
      JoinedStr formatSpec) implements Expr {}

  /** An f-string: Constant strings and FormattedValues, in order. */
  public record JoinedStr(int line, int col, List<Expr> values) implements Expr {
    public JoinedStr {
      values = List.copyOf(values);
    }
  }

  /**
   * A literal: Long, BigInteger, Double, String, Boolean, {@link Bytes}, {@link Imaginary} or a
   * {@link Singleton}.
   */
  public record Constant(int line, int col, Object value) implements Expr {
    public Constant {
      if (!(value instanceof Long || value instanceof BigInteger || value instanceof Double
          || value instanceof String || value instanceof Boolean || value instanceof Bytes
          || value instanceof Imaginary || value instanceof Singleton)) {
        throw new IllegalArgumentException("not a constant: " + value);
      }
    }
  }

  /** {@code value.attr}. */
  public record Attribute(int line, int col, Expr value, String attr) implements Expr {}

  /** {@code value[slice]}; a tuple index {@code a[1, 2]} is a TupleExpr slice. */
  public record Subscript(int line, int col, Expr value, Expr slice) implements Expr {}

  /** {@code *value} in a call, display or assignment target. */
  public record Starred(int line, int col, Expr value) implements Expr {}

  /** A name. */
  public record Name(int line, int col, String id) implements Expr {}

  /** {@code lower:upper:step} inside a subscript; each part may be null. */
  public record Slice(int line, int col, Expr lower, Expr upper, Expr step) implements Expr {}

  // ---------------------------------------------------------------- patterns

  /** A value pattern ({@code case 1:}, {@code case Color.RED:}, {@code case -1.5:}). */
  public record MatchValue(int line, int col, Expr value) implements Pattern {}

  /** {@code case None / True / False:} (compared by identity). */
  public record MatchSingleton(int line, int col, Object value) implements Pattern {}

  /** {@code case [a, *rest, b]:} / {@code case (a, b):}. */
  public record MatchSequence(int line, int col, List<Pattern> patterns) implements Pattern {
    public MatchSequence {
      patterns = List.copyOf(patterns);
    }
  }

  /** {@code case {"k": p, **rest}:}; rest may be null. */
  public record MatchMapping(int line, int col, List<Expr> keys, List<Pattern> patterns,
      String rest) implements Pattern {
    public MatchMapping {
      keys = List.copyOf(keys);
      patterns = List.copyOf(patterns);
    }
  }

  /** {@code case Point(p1, p2, x=p3):}. */
  public record MatchClass(int line, int col, Expr cls, List<Pattern> patterns,
      List<String> kwdAttrs, List<Pattern> kwdPatterns) implements Pattern {
    public MatchClass {
      patterns = List.copyOf(patterns);
      kwdAttrs = List.copyOf(kwdAttrs);
      kwdPatterns = List.copyOf(kwdPatterns);
    }
  }

  /** {@code *name} inside a sequence pattern; name null for {@code *_}. */
  public record MatchStar(int line, int col, String name) implements Pattern {}

  /**
   * {@code pattern as name}; with a null pattern it is a capture ({@code case x:}) or, with a
   * null name too, the wildcard {@code _}.
   */
  public record MatchAs(int line, int col, Pattern pattern, String name) implements Pattern {}

  /** {@code p1 | p2}. */
  public record MatchOr(int line, int col, List<Pattern> patterns) implements Pattern {
    public MatchOr {
      patterns = List.copyOf(patterns);
    }
  }
}
