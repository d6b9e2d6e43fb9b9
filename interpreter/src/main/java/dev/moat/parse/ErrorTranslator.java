package dev.moat.parse;

import dev.moat.ast.Ast;
import dev.moat.grammar.PythonLexer;
import dev.moat.grammar.PythonParser;
import dev.moat.grammar.PythonParser.*;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns ANTLR's first syntax error into the SyntaxError CPython 3.11 reports for the same input:
 * its message ("expected ':'", "expected an indented block after 'if' statement on line 3",
 * "invalid syntax. Perhaps you forgot a comma?", ...) and its location. No ANTLR wording (token
 * names, "extraneous input", "<EOF>") ever reaches the user: what is not recognised below is
 * "invalid syntax" at the offending token.
 */
final class ErrorTranslator {
  private final String fileName;
  private final SourceText src;
  private final CommonTokenStream tokens;
  private final int[] unclosed;
  private final int lineOffset;
  private final boolean fstring;

  ErrorTranslator(String fileName, SourceText src, CommonTokenStream tokens, int[] unclosed,
      int lineOffset, boolean fstring) {
    this.fileName = fileName;
    this.src = src;
    this.tokens = tokens;
    this.unclosed = unclosed;
    this.lineOffset = lineOffset;
    this.fstring = fstring;
  }

  SyntaxErrorException translate(RecognitionException re) {
    Token t = re.getOffendingToken();
    if (t == null) {
      t = tokens.get(tokens.size() - 1);
    }
    ParserRuleContext ctx = (ParserRuleContext) re.getCtx();
    IntervalSet expected;
    try {
      expected = re.getExpectedTokens();
    } catch (RuntimeException e) {
      expected = null;
    }
    if (expected == null) {
      expected = new IntervalSet();
    }
    Token prev = previous(t);

    if (unclosed != null && (t.getType() == Token.EOF || atEof(t)
        || t.getLine() > unclosed[1])) {
      return neverClosed();
    }
    if (t.getType() == PythonLexer.INDENT) {
      return new SyntaxErrorException("IndentationError", "unexpected indent", fileName,
          t.getLine() + lineOffset, t.getCharPositionInLine(), src.line(t.getLine()));
    }
    SyntaxErrorException e = indentedBlock(t, prev, ctx, expected);
    if (e != null) {
      return e;
    }
    e = missingColon(t, ctx, expected);
    if (e != null) {
      return e;
    }
    e = legacyPrint(t, prev);
    if (e != null) {
      return e;
    }
    e = dictKeyWithoutColon(t, ctx);
    if (e != null) {
      return e;
    }
    if (prev != null && prev.getType() == PythonLexer.ARROW) {
      return at("expected ':'", prev);
    }
    e = forgotComma(t, prev, ctx);
    if (e != null) {
      if (unclosed != null && nextSignificant(t).getType() == Token.EOF) {
        return neverClosed();
      }
      return e;
    }
    e = specific(t, prev, ctx, expected);
    if (e != null) {
      return e;
    }
    return at("invalid syntax", t);
  }

  // ---------------------------------------------------------------- helpers

  private SyntaxErrorException neverClosed() {
    char c = (char) unclosed[0];
    return new SyntaxErrorException("SyntaxError", "'" + c + "' was never closed", fileName,
        unclosed[1] + lineOffset, unclosed[2] + 1, src.line(unclosed[1]));
  }

  /** A syntax error at a token, with CPython's conventions for layout tokens and EOF. */
  private SyntaxErrorException at(String message, Token t) {
    int line = t.getLine();
    int column;
    if (t.getType() == Token.EOF || atEof(t)) {
      line = src.lastLine();
      column = src.lineLength(line) + 1;
    } else if (t.getType() == PythonLexer.INDENT || t.getType() == PythonLexer.DEDENT) {
      column = t.getCharPositionInLine();
    } else {
      column = t.getCharPositionInLine() + 1;
    }
    SyntaxErrorException e = new SyntaxErrorException("SyntaxError",
        fstring ? "f-string: " + message : message, fileName, line + lineOffset, column,
        src.line(line));
    if (t.getType() != Token.EOF && !atEof(t) && t.getType() != PythonLexer.INDENT
        && t.getType() != PythonLexer.DEDENT && t.getType() != PythonLexer.NEWLINE) {
      e.endingAt(endColumn(t)); // CPython marks the whole token
    }
    return e;
  }

  /** The 1-based column just past {@code t} when it ends on its own line, else its column. */
  private static int endColumn(Token t) {
    String text = t.getText();
    int start = t.getCharPositionInLine() + 1;
    return text == null || text.indexOf('\n') >= 0 ? start : start + text.length();
  }

  /** A syntax error marked from token {@code from} to the end of token {@code to}. */
  private SyntaxErrorException between(String message, Token from, Token to) {
    SyntaxErrorException e = at(message, from);
    if (to.getLine() == from.getLine() && to.getType() != Token.EOF) {
      e.endingAt(endColumn(to));
    }
    return e;
  }

  private SyntaxErrorException indentationError(String message, Token t) {
    SyntaxErrorException e = at(message, t);
    return new SyntaxErrorException("IndentationError", message, fileName, e.line(), e.column(),
        e.lineText());
  }

  /** A DEDENT followed only by DEDENTs and EOF. */
  private boolean atEof(Token t) {
    if (t.getType() != PythonLexer.DEDENT) {
      return false;
    }
    for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
      int type = tokens.get(i).getType();
      if (type == Token.EOF) {
        return true;
      }
      if (type != PythonLexer.DEDENT) {
        return false;
      }
    }
    return true;
  }

  private Token previous(Token t) {
    int i = t.getTokenIndex() - 1;
    return i >= 0 ? tokens.get(i) : null;
  }

  private Token nextSignificant(Token t) {
    for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
      Token x = tokens.get(i);
      int type = x.getType();
      if (type != PythonLexer.NEWLINE && type != PythonLexer.DEDENT
          && type != PythonLexer.INDENT) {
        return x;
      }
    }
    return tokens.get(tokens.size() - 1);
  }

  private static boolean isName(int type) {
    return type == PythonLexer.NAME || type == PythonLexer.MATCH || type == PythonLexer.CASE
        || type == PythonLexer.UNDERSCORE;
  }

  /** Tokens that may end an expression. */
  private static boolean endsExpression(int type) {
    return isName(type) || type == PythonLexer.NUMBER || type == PythonLexer.STRING
        || type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
        || type == PythonLexer.CLOSE_BRACE || type == PythonLexer.NONE
        || type == PythonLexer.TRUE || type == PythonLexer.FALSE
        || type == PythonLexer.ELLIPSIS;
  }

  /** Tokens that start an expression and cannot continue one. */
  private static boolean startsExpression(int type) {
    return isName(type) || type == PythonLexer.NUMBER || type == PythonLexer.STRING
        || type == PythonLexer.OPEN_BRACE || type == PythonLexer.NONE
        || type == PythonLexer.TRUE || type == PythonLexer.FALSE
        || type == PythonLexer.ELLIPSIS || type == PythonLexer.TILDE
        || type == PythonLexer.NOT || type == PythonLexer.LAMBDA || type == PythonLexer.AWAIT;
  }

  // ---------------------------------------------------------------- CPython's invalid_* rules

  private SyntaxErrorException indentedBlock(Token t, Token prev, ParserRuleContext ctx,
      IntervalSet expected) {
    if (prev == null || prev.getType() != PythonLexer.NEWLINE
        || !expected.contains(PythonLexer.INDENT)) {
      return null;
    }
    String what;
    Token kw;
    if (ctx instanceof Match_stmtContext) {
      kw = ctx.getStart();
      what = "'match' statement";
    } else if (ctx instanceof BlockContext && ctx.getParent() != null) {
      ParserRuleContext owner = ctx.getParent();
      kw = owner.getStart();
      if (owner instanceof If_stmtContext) {
        what = "'if' statement";
      } else if (owner instanceof Elif_clauseContext) {
        what = "'elif' statement";
      } else if (owner instanceof Else_blockContext) {
        what = "'else' statement";
      } else if (owner instanceof While_stmtContext) {
        what = "'while' statement";
      } else if (owner instanceof For_stmtContext) {
        what = "'for' statement";
      } else if (owner instanceof Try_stmtContext) {
        what = "'try' statement";
      } else if (owner instanceof Except_clauseContext) {
        what = ((Except_clauseContext) owner).STAR() != null ? "'except*' statement"
            : "'except' statement";
      } else if (owner instanceof Finally_blockContext) {
        what = "'finally' statement";
      } else if (owner instanceof With_stmtContext) {
        what = "'with' statement";
      } else if (owner instanceof FuncdefContext) {
        what = "function definition";
      } else if (owner instanceof ClassdefContext) {
        what = "class definition";
      } else if (owner instanceof Case_blockContext) {
        what = "'case' statement";
      } else {
        return null;
      }
    } else {
      return null;
    }
    return indentationError("expected an indented block after " + what + " on line "
        + (kw.getLine() + lineOffset), t);
  }

  private SyntaxErrorException missingColon(Token t, ParserRuleContext ctx,
      IntervalSet expected) {
    if (ctx instanceof FuncdefContext) {
      if (expected.contains(PythonLexer.OPEN_PAREN) && t.getType() != PythonLexer.OPEN_PAREN) {
        return at("expected '('", t);
      }
      if (expected.contains(PythonLexer.COLON)) {
        return at("expected ':'", t);
      }
      return null;
    }
    if (!expected.contains(PythonLexer.COLON)) {
      return null;
    }
    if (ctx instanceof Else_blockContext || ctx instanceof Finally_blockContext
        || ctx instanceof Try_stmtContext) {
      return at("expected ':'", t);
    }
    if (t.getType() == PythonLexer.NEWLINE
        && (ctx instanceof If_stmtContext || ctx instanceof Elif_clauseContext
        || ctx instanceof While_stmtContext || ctx instanceof For_stmtContext
        || ctx instanceof With_stmtContext || ctx instanceof ClassdefContext
        || ctx instanceof Except_clauseContext || ctx instanceof Match_stmtContext
        || ctx instanceof Case_blockContext)) {
      return at("expected ':'", t);
    }
    return null;
  }

  /** print "x" / exec "code": "Missing parentheses in call to 'print'. Did you mean print(...)?" */
  private SyntaxErrorException legacyPrint(Token t, Token prev) {
    if (prev == null || prev.getType() != PythonLexer.NAME) {
      return null;
    }
    String name = prev.getText();
    if (!name.equals("print") && !name.equals("exec")) {
      return null;
    }
    Token before = previous(prev);
    if (before != null && before.getType() == PythonLexer.DOT) {
      return null;
    }
    if (!startsExpression(t.getType()) && t.getType() != PythonLexer.OPEN_BRACK) {
      return null;
    }
    // CPython marks the whole statement on the line
    Token last = t;
    for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
      Token x = tokens.get(i);
      if (x.getType() == PythonLexer.NEWLINE || x.getType() == Token.EOF
          || x.getLine() != prev.getLine()) {
        break;
      }
      last = x;
    }
    return between("Missing parentheses in call to '" + name + "'. Did you mean " + name
        + "(...)?", prev, last);
  }

  /** Two expressions side by side inside brackets: "Perhaps you forgot a comma?". */
  private SyntaxErrorException forgotComma(Token t, Token prev, ParserRuleContext ctx) {
    if (prev == null || !endsExpression(prev.getType()) || !startsExpression(t.getType())) {
      return null;
    }
    int depth = 0;
    int start = -1;
    boolean inside = false;
    for (int i = prev.getTokenIndex(); i >= 0; i--) {
      Token x = tokens.get(i);
      int type = x.getType();
      if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT
          || type == PythonLexer.DEDENT) {
        break;
      }
      if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
          || type == PythonLexer.CLOSE_BRACE) {
        depth++;
        continue;
      }
      if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
          || type == PythonLexer.OPEN_BRACE) {
        if (depth == 0) {
          if (start < 0) {
            start = i + 1;
          }
          inside = true;
          break;
        }
        depth--;
        continue;
      }
      if (depth == 0 && start < 0 && isDelimiter(i)) {
        start = i + 1;
      }
    }
    if (!inside || start < 0 || start > prev.getTokenIndex()) {
      return null;
    }
    if (start > 0) {
      // comprehension iterables and conditions are disjunctions, not expressions
      int before = tokens.get(start - 1).getType();
      if (before == PythonLexer.IN || before == PythonLexer.IF) {
        return null;
      }
    }
    for (ParserRuleContext p = ctx; p != null; p = p.getParent()) {
      if (p instanceof AtomContext || p instanceof ExpressionContext
          || p instanceof ArglistContext || p instanceof SlicesContext) {
        break; // an expression: CPython's invalid_expression applies
      }
      if (p instanceof Import_fromContext || p instanceof Import_nameContext
          || p instanceof FuncdefContext || p instanceof ParametersContext
          || p instanceof Lambda_paramsContext || p instanceof PatternsContext
          || p instanceof Closed_patternContext || p instanceof ClassdefContext) {
        return null;
      }
    }
    Token first = tokens.get(start);
    if (first.getType() == PythonLexer.MATCH || first.getType() == PythonLexer.CASE
        || first.getType() == PythonLexer.UNDERSCORE) {
      return null;
    }
    if (first.getType() == PythonLexer.NAME && start + 1 < tokens.size()
        && tokens.get(start + 1).getType() == PythonLexer.STRING) {
      return null;
    }
    return between("invalid syntax. Perhaps you forgot a comma?", first, t);
  }

  /** Whether the token at {@code i} separates expressions (at bracket depth 0). */
  private boolean isDelimiter(int i) {
    Token x = tokens.get(i);
    switch (x.getType()) {
      case PythonLexer.COMMA:
      case PythonLexer.COLON:
      case PythonLexer.SEMI:
      case PythonLexer.ASSIGN:
      case PythonLexer.COLONEQUAL:
      case PythonLexer.IF:
      case PythonLexer.ELSE:
      case PythonLexer.FOR:
      case PythonLexer.LAMBDA:
      case PythonLexer.YIELD:
      case PythonLexer.RETURN:
      case PythonLexer.FROM:
      case PythonLexer.ARROW:
        return true;
      case PythonLexer.STAR:
      case PythonLexer.DOUBLESTAR: {
        Token before = previous(x);
        return before == null || !endsExpression(before.getType());
      }
      case PythonLexer.IN: {
        // the 'in' of a comprehension (a 'for' before it at the same depth)
        int depth = 0;
        for (int k = i - 1; k >= 0; k--) {
          int type = tokens.get(k).getType();
          if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
              || type == PythonLexer.CLOSE_BRACE) {
            depth++;
          } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
              || type == PythonLexer.OPEN_BRACE) {
            if (depth == 0) {
              return false;
            }
            depth--;
          } else if (depth == 0 && type == PythonLexer.FOR) {
            return true;
          } else if (depth == 0 && type == PythonLexer.IN) {
            return false;
          }
        }
        return false;
      }
      default:
        return false;
    }
  }

  private SyntaxErrorException specific(Token t, Token prev, ParserRuleContext ctx,
      IntervalSet expected) {
    int type = t.getType();
    // try: without except/finally
    if (ctx instanceof Try_stmtContext && (expected.contains(PythonLexer.EXCEPT)
        || expected.contains(PythonLexer.FINALLY)) && type != PythonLexer.EXCEPT
        && type != PythonLexer.FINALLY) {
      return at("expected 'except' or 'finally' block", t);
    }
    // case x as 1:
    if (prev != null && prev.getType() == PythonLexer.AS && (ctx instanceof PatternContext
        || ctx instanceof NameContext && ctx.getParent() instanceof PatternContext)) {
      return at("invalid pattern target", t);
    }
    // {1:}  {a: *b}
    if (prev != null && prev.getType() == PythonLexer.COLON && inDict(ctx, prev)) {
      if (type == PythonLexer.CLOSE_BRACE || type == PythonLexer.COMMA) {
        return at("expression expected after dictionary key and ':'", prev);
      }
      if (type == PythonLexer.STAR) {
        return at("cannot use a starred expression in a dictionary value", t);
      }
    }
    // [a, b for a, b in c]
    if (type == PythonLexer.FOR) {
      ParseTree last = lastChildBefore(ctx, t);
      if (last instanceof Testlist_compContext && ctx instanceof ListAtomContext
          && !((Testlist_compContext) last).COMMA().isEmpty()) {
        return at("did you forget parentheses around the comprehension target?",
            ((ParserRuleContext) last).getStart());
      }
      if (last instanceof DictOrSetContext && ((DictOrSetContext) last).set_tail() != null
          && !((DictOrSetContext) last).set_tail().COMMA().isEmpty()) {
        return at("did you forget parentheses around the comprehension target?",
            ((ParserRuleContext) last).getStart());
      }
      if (last instanceof ArglistContext) {
        ArglistContext args = (ArglistContext) last;
        ArgumentContext a = args.argument(args.argument().size() - 1);
        if (args.COMMA().size() < args.argument().size()) {
          if (a instanceof KeywordArgumentContext) {
            return at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                a.getStart());
          }
          if (a instanceof StarArgumentContext) {
            return at("iterable unpacking cannot be used in comprehension", a.getStart());
          }
        }
      }
    }
    if (type == PythonLexer.ASSIGN) {
      // f(a.b=1)  f(True=1)
      ParseTree last = lastChildBefore(ctx, t);
      if (ctx instanceof ArglistContext || last instanceof ArglistContext) {
        ArglistContext args = ctx instanceof ArglistContext ? (ArglistContext) ctx
            : (ArglistContext) last;
        ArgumentContext a = args.argument(args.argument().size() - 1);
        if (a.getStop().getTokenIndex() == t.getTokenIndex() - 1) {
          int first = a.getStart().getType();
          if (a.getStart() == a.getStop() && (first == PythonLexer.TRUE
              || first == PythonLexer.FALSE || first == PythonLexer.NONE)) {
            return at("cannot assign to " + a.getStart().getText(), a.getStart());
          }
          return at("expression cannot contain assignment, perhaps you meant \"==\"?",
              a.getStart());
        }
      }
      // if x = 1:
      if (last instanceof Named_expressionContext
          || last instanceof Star_named_expressionContext) {
        ParserRuleContext ne = (ParserRuleContext) last;
        if (ne.getStop().getTokenIndex() == t.getTokenIndex() - 1) {
          return namedExpressionAssign(ne);
        }
      }
    }
    return null;
  }

  private SyntaxErrorException namedExpressionAssign(ParserRuleContext ne) {
    Named_expressionContext named = ne instanceof Named_expressionContext
        ? (Named_expressionContext) ne
        : ((Star_named_expressionContext) ne).named_expression();
    if (named == null || named.COLONEQUAL() != null) {
      return null;
    }
    Token start = named.getStart();
    if (named.getStart() == named.getStop() && isName(start.getType())) {
      return at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start);
    }
    int st = start.getType();
    if (st == PythonLexer.OPEN_BRACK || st == PythonLexer.TRUE || st == PythonLexer.FALSE
        || st == PythonLexer.NONE) {
      return null;
    }
    // the kind of expression, from a throwaway AST of it
    try {
      AstBuilder b = new AstBuilder(fileName, src, tokens);
      Ast.Expr e = b.namedExpression(named);
      if (e instanceof Ast.TupleExpr || e instanceof Ast.GeneratorExp) {
        return null;
      }
      return at("cannot assign to " + AstBuilder.exprName(e)
          + " here. Maybe you meant '==' instead of '='?", start);
    } catch (SyntaxErrorException ignored) {
      return null;
    }
  }

  /** {'a': 1, 'b' 2}: "':' expected after dictionary key" at the end of the key. */
  private SyntaxErrorException dictKeyWithoutColon(Token t, ParserRuleContext ctx) {
    ParseTree last = ctx instanceof BraceAtomContext ? lastChildBefore(ctx, t) : ctx;
    if (!(last instanceof DictorsetmakerContext)) {
      return null;
    }
    Dict_tailContext tail = last instanceof DictOrSetContext
        ? ((DictOrSetContext) last).dict_tail() : ((DictFromUnpackContext) last).dict_tail();
    if (tail == null || tail.dict_item().isEmpty()) {
      return null;
    }
    Dict_itemContext item = tail.dict_item(tail.dict_item().size() - 1);
    if (item.DOUBLESTAR() != null || item.COLON() != null
        || item.getStop().getTokenIndex() != t.getTokenIndex() - 1) {
      return null;
    }
    Token stop = item.getStop();
    String text = stop.getText();
    int nl = text.lastIndexOf('\n');
    int endCol = nl >= 0 ? text.codePointCount(nl + 1, text.length())
        : stop.getCharPositionInLine() + text.codePointCount(0, text.length());
    int line = stop.getLine();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new SyntaxErrorException("SyntaxError", (fstring ? "f-string: " : "")
        + "':' expected after dictionary key", fileName, line + lineOffset, endCol,
        src.line(line));
  }

  /** Whether {@code colon} is the ':' of a dict display item enclosing the error. */
  private static boolean inDict(ParserRuleContext ctx, Token colon) {
    for (ParserRuleContext p = ctx; p != null; p = p.getParent()) {
      if (p instanceof DictOrSetContext || p instanceof Dict_itemContext) {
        for (int i = 0; i < p.getChildCount(); i++) {
          ParseTree c = p.getChild(i);
          if (c instanceof org.antlr.v4.runtime.tree.TerminalNode
              && ((org.antlr.v4.runtime.tree.TerminalNode) c).getSymbol() == colon) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** The last child of {@code ctx} that ends before {@code t}. */
  private static ParseTree lastChildBefore(ParserRuleContext ctx, Token t) {
    if (ctx == null || ctx.children == null) {
      return null;
    }
    for (int i = ctx.children.size() - 1; i >= 0; i--) {
      ParseTree c = ctx.children.get(i);
      if (c instanceof ParserRuleContext) {
        Token stop = ((ParserRuleContext) c).getStop();
        if (stop != null && stop.getTokenIndex() < t.getTokenIndex()) {
          return c;
        }
      } else if (c instanceof org.antlr.v4.runtime.tree.TerminalNode) {
        Token s = ((org.antlr.v4.runtime.tree.TerminalNode) c).getSymbol();
        if (s.getTokenIndex() < t.getTokenIndex()) {
          return c;
        }
      }
    }
    return null;
  }
}
