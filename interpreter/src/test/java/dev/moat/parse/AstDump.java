package dev.moat.parse;

import dev.moat.ast.Ast;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A canonical S-expression of an AST, field for field as CPython's {@code ast} module has them
 * (names of CPython's node classes and operators; no ctx, kind or end positions), so that trees
 * can be compared with what {@code gen_golden.py} prints for the same source under CPython.
 * Nodes with a position print it as {@code Kind@line:col}.
 */
final class AstDump {
  private final StringBuilder sb = new StringBuilder();
  private final boolean positions;

  private AstDump(boolean positions) {
    this.positions = positions;
  }

  static String module(Ast.Module m, boolean positions) {
    AstDump d = new AstDump(positions);
    for (Ast.Stmt s : m.body()) {
      d.node(s);
      d.sb.append('\n');
    }
    return d.sb.toString();
  }

  static String expr(Ast.Node n, boolean positions) {
    AstDump d = new AstDump(positions);
    d.node(n);
    return d.sb.toString();
  }

  private void open(String kind, Ast.Node n) {
    sb.append('(').append(kind);
    if (positions && n != null) {
      sb.append('@').append(n.line()).append(':').append(n.col());
    }
  }

  private void close() {
    sb.append(')');
  }

  private void sep() {
    sb.append(' ');
  }

  private void list(List<?> items) {
    sb.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      value(items.get(i));
    }
    sb.append(']');
  }

  private void value(Object o) {
    if (o == null) {
      sb.append('_');
    } else if (o instanceof List) {
      list((List<?>) o);
    } else if (o instanceof String) {
      sb.append(o);
    } else if (o instanceof Ast.Node) {
      node((Ast.Node) o);
    } else if (o instanceof Ast.Arguments) {
      arguments((Ast.Arguments) o);
    } else if (o instanceof Ast.WithItem) {
      Ast.WithItem w = (Ast.WithItem) o;
      fields("withitem", null, w.contextExpr(), w.optionalVars());
    } else if (o instanceof Ast.Comprehension) {
      Ast.Comprehension c = (Ast.Comprehension) o;
      fields("comprehension", null, c.target(), c.iter(), c.ifs());
    } else if (o instanceof Ast.MatchCase) {
      Ast.MatchCase c = (Ast.MatchCase) o;
      fields("match_case", null, c.pattern(), c.guard(), c.body());
    } else if (o instanceof Enum) {
      sb.append(opName((Enum<?>) o));
    } else if (o instanceof Boolean) {
      sb.append(((Boolean) o) ? "1" : "0");
    } else if (o instanceof Integer) {
      sb.append(o);
    } else {
      sb.append(o);
    }
  }

  private void fields(String kind, Ast.Node n, Object... fs) {
    open(kind, n);
    for (Object f : fs) {
      sep();
      value(f);
    }
    close();
  }

  private static String opName(Enum<?> e) {
    if (e instanceof Ast.BinaryOp) {
      switch ((Ast.BinaryOp) e) {
        case ADD: return "Add";
        case SUB: return "Sub";
        case MULT: return "Mult";
        case MATMULT: return "MatMult";
        case DIV: return "Div";
        case MOD: return "Mod";
        case POW: return "Pow";
        case LSHIFT: return "LShift";
        case RSHIFT: return "RShift";
        case BITOR: return "BitOr";
        case BITXOR: return "BitXor";
        case BITAND: return "BitAnd";
        default: return "FloorDiv";
      }
    }
    if (e instanceof Ast.UnaryOp) {
      switch ((Ast.UnaryOp) e) {
        case INVERT: return "Invert";
        case NOT: return "Not";
        case UADD: return "UAdd";
        default: return "USub";
      }
    }
    if (e instanceof Ast.CmpOp) {
      switch ((Ast.CmpOp) e) {
        case EQ: return "Eq";
        case NOTEQ: return "NotEq";
        case LT: return "Lt";
        case LTE: return "LtE";
        case GT: return "Gt";
        case GTE: return "GtE";
        case IS: return "Is";
        case ISNOT: return "IsNot";
        case IN: return "In";
        default: return "NotIn";
      }
    }
    if (e instanceof Ast.BoolOpKind) {
      return e == Ast.BoolOpKind.AND ? "And" : "Or";
    }
    return e.name();
  }

  private void arguments(Ast.Arguments a) {
    fields("arguments", null, a.posonly(), a.args(), a.vararg(), a.kwonly(), a.kwDefaults(),
        a.kwarg(), a.defaults());
  }

  static String constant(Object v) {
    if (v instanceof Ast.Singleton) {
      return v == Ast.Singleton.NONE ? "None" : "Ellipsis";
    }
    if (v instanceof Boolean) {
      return ((Boolean) v) ? "True" : "False";
    }
    if (v instanceof Long || v instanceof BigInteger) {
      return v.toString();
    }
    if (v instanceof Double) {
      double d = (Double) v;
      if (Double.isInfinite(d)) {
        return d > 0 ? "inf" : "-inf";
      }
      if (Double.isNaN(d)) {
        return "nan";
      }
      String s = new BigDecimal(d).toPlainString();
      return "f" + s;
    }
    if (v instanceof String) {
      return quote((String) v);
    }
    if (v instanceof Ast.Bytes) {
      StringBuilder sb = new StringBuilder("b\"");
      for (byte b : ((Ast.Bytes) v).toArray()) {
        int c = b & 0xFF;
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
          sb.append((char) c);
        } else {
          sb.append(String.format("\\x%02x", c));
        }
      }
      return sb.append('"').toString();
    }
    return String.valueOf(v);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.append('"').toString();
  }

  private void node(Ast.Node n) {
    if (n instanceof Ast.FunctionDef) {
      Ast.FunctionDef f = (Ast.FunctionDef) n;
      fields("FunctionDef", n, f.name(), f.args(), f.body(), f.decorators(), f.returns());
    } else if (n instanceof Ast.ClassDef) {
      Ast.ClassDef c = (Ast.ClassDef) n;
      fields("ClassDef", n, c.name(), c.bases(), c.keywords(), c.body(), c.decorators());
    } else if (n instanceof Ast.Return) {
      fields("Return", n, ((Ast.Return) n).value());
    } else if (n instanceof Ast.Delete) {
      fields("Delete", n, ((Ast.Delete) n).targets());
    } else if (n instanceof Ast.Assign) {
      Ast.Assign a = (Ast.Assign) n;
      fields("Assign", n, a.targets(), a.value());
    } else if (n instanceof Ast.AugAssign) {
      Ast.AugAssign a = (Ast.AugAssign) n;
      fields("AugAssign", n, a.target(), a.op(), a.value());
    } else if (n instanceof Ast.AnnAssign) {
      Ast.AnnAssign a = (Ast.AnnAssign) n;
      fields("AnnAssign", n, a.target(), a.annotation(), a.value(), a.simple());
    } else if (n instanceof Ast.For) {
      Ast.For f = (Ast.For) n;
      fields("For", n, f.target(), f.iter(), f.body(), f.orelse());
    } else if (n instanceof Ast.While) {
      Ast.While w = (Ast.While) n;
      fields("While", n, w.test(), w.body(), w.orelse());
    } else if (n instanceof Ast.If) {
      Ast.If i = (Ast.If) n;
      fields("If", n, i.test(), i.body(), i.orelse());
    } else if (n instanceof Ast.With) {
      Ast.With w = (Ast.With) n;
      fields("With", n, w.items(), w.body());
    } else if (n instanceof Ast.Match) {
      Ast.Match m = (Ast.Match) n;
      fields("Match", n, m.subject(), m.cases());
    } else if (n instanceof Ast.Raise) {
      Ast.Raise r = (Ast.Raise) n;
      fields("Raise", n, r.exc(), r.cause());
    } else if (n instanceof Ast.Try) {
      Ast.Try t = (Ast.Try) n;
      fields("Try", n, t.body(), t.handlers(), t.orelse(), t.finalbody());
    } else if (n instanceof Ast.Assert) {
      Ast.Assert a = (Ast.Assert) n;
      fields("Assert", n, a.test(), a.msg());
    } else if (n instanceof Ast.Import) {
      fields("Import", n, ((Ast.Import) n).names());
    } else if (n instanceof Ast.ImportFrom) {
      Ast.ImportFrom i = (Ast.ImportFrom) n;
      fields("ImportFrom", n, i.module(), i.names(), Integer.valueOf(i.level()));
    } else if (n instanceof Ast.Global) {
      fields("Global", n, ((Ast.Global) n).names());
    } else if (n instanceof Ast.Nonlocal) {
      fields("Nonlocal", n, ((Ast.Nonlocal) n).names());
    } else if (n instanceof Ast.ExprStmt) {
      fields("Expr", n, ((Ast.ExprStmt) n).value());
    } else if (n instanceof Ast.Pass) {
      fields("Pass", n);
    } else if (n instanceof Ast.Break) {
      fields("Break", n);
    } else if (n instanceof Ast.Continue) {
      fields("Continue", n);
    } else if (n instanceof Ast.BoolOp) {
      Ast.BoolOp b = (Ast.BoolOp) n;
      fields("BoolOp", n, b.op(), b.values());
    } else if (n instanceof Ast.NamedExpr) {
      Ast.NamedExpr e = (Ast.NamedExpr) n;
      fields("NamedExpr", n, e.target(), e.value());
    } else if (n instanceof Ast.BinOp) {
      Ast.BinOp b = (Ast.BinOp) n;
      fields("BinOp", n, b.left(), b.op(), b.right());
    } else if (n instanceof Ast.UnaryOpExpr) {
      Ast.UnaryOpExpr u = (Ast.UnaryOpExpr) n;
      fields("UnaryOp", n, u.op(), u.operand());
    } else if (n instanceof Ast.Lambda) {
      Ast.Lambda l = (Ast.Lambda) n;
      fields("Lambda", n, l.args(), l.body());
    } else if (n instanceof Ast.IfExp) {
      Ast.IfExp i = (Ast.IfExp) n;
      fields("IfExp", n, i.test(), i.body(), i.orelse());
    } else if (n instanceof Ast.DictExpr) {
      Ast.DictExpr d = (Ast.DictExpr) n;
      fields("Dict", n, d.keys(), d.values());
    } else if (n instanceof Ast.SetExpr) {
      fields("Set", n, ((Ast.SetExpr) n).elts());
    } else if (n instanceof Ast.ListComp) {
      Ast.ListComp c = (Ast.ListComp) n;
      fields("ListComp", n, c.elt(), c.generators());
    } else if (n instanceof Ast.SetComp) {
      Ast.SetComp c = (Ast.SetComp) n;
      fields("SetComp", n, c.elt(), c.generators());
    } else if (n instanceof Ast.DictComp) {
      Ast.DictComp c = (Ast.DictComp) n;
      fields("DictComp", n, c.key(), c.value(), c.generators());
    } else if (n instanceof Ast.GeneratorExp) {
      Ast.GeneratorExp c = (Ast.GeneratorExp) n;
      fields("GeneratorExp", n, c.elt(), c.generators());
    } else if (n instanceof Ast.Yield) {
      fields("Yield", n, ((Ast.Yield) n).value());
    } else if (n instanceof Ast.YieldFrom) {
      fields("YieldFrom", n, ((Ast.YieldFrom) n).value());
    } else if (n instanceof Ast.Compare) {
      Ast.Compare c = (Ast.Compare) n;
      fields("Compare", n, c.left(), c.ops(), c.comparators());
    } else if (n instanceof Ast.Call) {
      Ast.Call c = (Ast.Call) n;
      fields("Call", n, c.func(), c.args(), c.keywords());
    } else if (n instanceof Ast.FormattedValue) {
      Ast.FormattedValue f = (Ast.FormattedValue) n;
      fields("FormattedValue", n, f.value(), Integer.valueOf(f.conversion()), f.formatSpec());
    } else if (n instanceof Ast.JoinedStr) {
      fields("JoinedStr", n, ((Ast.JoinedStr) n).values());
    } else if (n instanceof Ast.Constant) {
      open("Constant", n);
      sep();
      sb.append(constant(((Ast.Constant) n).value()));
      close();
    } else if (n instanceof Ast.Attribute) {
      Ast.Attribute a = (Ast.Attribute) n;
      fields("Attribute", n, a.value(), a.attr());
    } else if (n instanceof Ast.Subscript) {
      Ast.Subscript s = (Ast.Subscript) n;
      fields("Subscript", n, s.value(), s.slice());
    } else if (n instanceof Ast.Starred) {
      fields("Starred", n, ((Ast.Starred) n).value());
    } else if (n instanceof Ast.Name) {
      fields("Name", n, ((Ast.Name) n).id());
    } else if (n instanceof Ast.ListExpr) {
      fields("List", n, ((Ast.ListExpr) n).elts());
    } else if (n instanceof Ast.TupleExpr) {
      fields("Tuple", n, ((Ast.TupleExpr) n).elts());
    } else if (n instanceof Ast.Slice) {
      Ast.Slice s = (Ast.Slice) n;
      fields("Slice", n, s.lower(), s.upper(), s.step());
    } else if (n instanceof Ast.Arg) {
      Ast.Arg a = (Ast.Arg) n;
      fields("arg", n, a.name(), a.annotation());
    } else if (n instanceof Ast.Keyword) {
      Ast.Keyword k = (Ast.Keyword) n;
      fields("keyword", n, k.arg(), k.value());
    } else if (n instanceof Ast.Alias) {
      Ast.Alias a = (Ast.Alias) n;
      fields("alias", n, a.name(), a.asname());
    } else if (n instanceof Ast.ExceptHandler) {
      Ast.ExceptHandler h = (Ast.ExceptHandler) n;
      fields("ExceptHandler", n, h.type(), h.name(), h.body());
    } else if (n instanceof Ast.MatchValue) {
      fields("MatchValue", n, ((Ast.MatchValue) n).value());
    } else if (n instanceof Ast.MatchSingleton) {
      Object v = ((Ast.MatchSingleton) n).value();
      open("MatchSingleton", n);
      sep();
      sb.append(v == null ? "None" : constant(v));
      close();
    } else if (n instanceof Ast.MatchSequence) {
      fields("MatchSequence", n, ((Ast.MatchSequence) n).patterns());
    } else if (n instanceof Ast.MatchMapping) {
      Ast.MatchMapping m = (Ast.MatchMapping) n;
      fields("MatchMapping", n, m.keys(), m.patterns(), m.rest());
    } else if (n instanceof Ast.MatchClass) {
      Ast.MatchClass m = (Ast.MatchClass) n;
      fields("MatchClass", n, m.cls(), m.patterns(), m.kwdAttrs(), m.kwdPatterns());
    } else if (n instanceof Ast.MatchStar) {
      fields("MatchStar", n, ((Ast.MatchStar) n).name());
    } else if (n instanceof Ast.MatchAs) {
      Ast.MatchAs m = (Ast.MatchAs) n;
      fields("MatchAs", n, m.pattern(), m.name());
    } else if (n instanceof Ast.MatchOr) {
      fields("MatchOr", n, ((Ast.MatchOr) n).patterns());
    } else {
      throw new IllegalArgumentException("unknown node " + n);
    }
  }
}
