package dev.moat.parse;

import dev.moat.ast.Ast;
import dev.moat.ast.Ast.Expr;
import dev.moat.grammar.PythonLexer;
import dev.moat.grammar.PythonParser;
import dev.moat.grammar.PythonSyntaxError;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Lexing, the two-stage (SLL, then LL) parse, and the AST build of one script. */
final class ParseSession {
  private ParseSession() {}

  /** The LL stage's failure: the first syntax error, with ANTLR's view of it. */
  static final class ParseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient RecognitionException error;

    ParseFailure(RecognitionException error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  /** Stops at the first error of the LL stage, without recovery or console output. */
  private static final class FailFastStrategy extends DefaultErrorStrategy {
    @Override
    public void recover(org.antlr.v4.runtime.Parser recognizer, RecognitionException e) {
      throw new ParseFailure(e);
    }

    @Override
    public Token recoverInline(org.antlr.v4.runtime.Parser recognizer) {
      throw new ParseFailure(new InputMismatchException(recognizer));
    }

    @Override
    public void sync(org.antlr.v4.runtime.Parser recognizer) {}

    @Override
    public void reportError(org.antlr.v4.runtime.Parser recognizer, RecognitionException e) {}
  }

  /**
   * Parses with SLL prediction and a bail-out strategy first; only when that fails, parses
   * again with full LL prediction, which either succeeds (the input needed LL) or throws
   * {@link ParseFailure} at the first real error.
   */
  static <T extends ParserRuleContext> T parse(CommonTokenStream tokens,
      Function<PythonParser, T> entry) {
    PythonParser parser = new PythonParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return entry.apply(parser);
    } catch (ParseCancellationException e) {
      parser.reset();
      parser.setErrorHandler(new FailFastStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return entry.apply(parser);
    }
  }

  /** The LL stage alone (a test hook). */
  static <T extends ParserRuleContext> T parseLl(CommonTokenStream tokens,
      Function<PythonParser, T> entry) {
    PythonParser parser = new PythonParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new FailFastStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    return entry.apply(parser);
  }

  /** Whether {@code text} parses with SLL prediction alone (a test hook). */
  static boolean parsesWithSll(String text) {
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    PythonParser parser = new PythonParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      parser.file_input();
      return true;
    } catch (ParseCancellationException e) {
      return false;
    } catch (PythonSyntaxError e) {
      return true; // a lexical error: not the parser's concern
    }
  }

  static Ast.Module parseModule(String text, String fileName) {
    SourceText src = new SourceText(text);
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(text, fileName));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    try {
      tokens.fill();
    } catch (PythonSyntaxError e) {
      throw new SyntaxErrorException(e.pythonType(), e.getMessage(), fileName, e.line(),
          e.column(), src.line(e.line()));
    }
    checkPrefixRuns(tokens, fileName, src);
    PythonParser.File_inputContext tree;
    try {
      tree = parse(tokens, PythonParser::file_input);
    } catch (ParseFailure f) {
      SyntaxErrorException early = fstringErrorBefore(fileName, src, tokens, f.error);
      if (early != null) {
        throw early;
      }
      ErrorTranslator t = new ErrorTranslator(fileName, src, tokens, lexer.unclosedBracket(), 0,
          false);
      throw t.translate(f.error);
    }
    return new AstBuilder(fileName, src, tokens).module(tree);
  }

  /**
   * CPython checks an f-string's fields as soon as it has parsed the string, so an invalid
   * f-string before a syntax error is what it reports, e.g. Python 3.12's {@code f"{d["k"]}"},
   * which 3.11 reads as the strings {@code f"{d["} and {@code "]}"} with a name between them
   * ("f-string: unmatched '['"). Null when every f-string before the error is valid.
   */
  private static SyntaxErrorException fstringErrorBefore(String fileName, SourceText src,
      CommonTokenStream tokens, RecognitionException error) {
    Token bad = error.getOffendingToken();
    if (bad == null) {
      return null;
    }
    AstBuilder b = new AstBuilder(fileName, src, tokens);
    for (int i = 0; i < bad.getTokenIndex() && i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() != PythonLexer.STRING || !FStrings.isFString(t)) {
        continue;
      }
      try {
        b.strings(java.util.List.of(new org.antlr.v4.runtime.tree.TerminalNodeImpl(t)), t);
      } catch (SyntaxErrorException e) {
        return e;
      } catch (RuntimeException e) {
        return null; // not a state the f-string reader expects: report the parse error
      }
    }
    return null;
  }



  /**
   * Long runs of prefix operators ("- - - ... x", "not not ... x") recurse in the parser once
   * per operator: refuse them before parsing.
   */
  private static void checkPrefixRuns(CommonTokenStream tokens, String fileName, SourceText src) {
    int run = 0;
    Token runStart = null;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      int type = t.getType();
      if (type == PythonLexer.MINUS || type == PythonLexer.PLUS || type == PythonLexer.TILDE
          || type == PythonLexer.NOT || type == PythonLexer.AWAIT) {
        if (run == 0) {
          runStart = t;
        }
        if (++run > Parser.MAX_NESTING) {
          throw new SyntaxErrorException("SyntaxError", "too many nested expressions", fileName,
              runStart.getLine(), runStart.getCharPositionInLine() + 1,
              src.line(runStart.getLine()));
        }
      } else {
        run = 0;
      }
    }
  }

  /**
   * Parses the expression of an f-string replacement field as CPython 3.11 does: the text is
   * wrapped in parentheses and parsed on its own; nodes get their real positions ({@code line},
   * {@code col} are those of the expression's first character), errors the quirky positions
   * CPython gives them (relative to the parenthesised text, with an "f-string: " prefix).
   */
  static Expr parseFStringExpression(AstBuilder outer, String exprText, int line, int col) {
    String text = "(" + exprText + ")";
    SourceText sub = new SourceText(text);
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(text, outer.fileName));
    lexer.removeErrorListeners();
    lexer.setExpressionMode(true);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    try {
      tokens.fill();
    } catch (PythonSyntaxError e) {
      throw new SyntaxErrorException(e.pythonType(), e.getMessage(), outer.fileName,
          e.line() + line - 1, e.column(), sub.line(e.line()));
    }
    PythonParser.Fstring_inputContext tree;
    try {
      tree = parse(tokens, PythonParser::fstring_input);
    } catch (ParseFailure f) {
      ErrorTranslator t = new ErrorTranslator(outer.fileName, sub, tokens,
          lexer.unclosedBracket(), line - 1, true);
      throw t.translate(f.error);
    }
    AstBuilder builder = outer.subBuilder(sub, tokens, line, col);
    PythonParser.AtomContext atom = tree.atom();
    if (!(atom instanceof PythonParser.ParenAtomContext)) {
      throw builder.error("invalid syntax", atom.getStart());
    }
    return builder.fstringAtom(atom);
  }
}
