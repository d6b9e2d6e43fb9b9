package dev.moat.grammar;

import java.text.Normalizer;
import java.util.ArrayDeque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The hand-written half of the Python lexer: turns the raw tokens of {@code PythonLexer.g4} into
 * the token stream the parser expects, as CPython's tokenizer does.
 *
 * <ul>
 *   <li>NEWLINE at the end of each logical line; none for blank or comment-only lines, none
 *       inside (), [] and {} (implicit line joining); an implicit NEWLINE at EOF;
 *   <li>INDENT/DEDENT from the leading whitespace (tabs to the next multiple of 8; the
 *       consistency check with tab size 1 gives TabError), DEDENTs at EOF;
 *   <li>the tokenizer's errors with CPython 3.11's messages and locations: unterminated
 *       strings, bad numbers, invalid characters, unmatched/mismatched/too deeply nested
 *       brackets, bad indentation, misplaced backslashes.
 * </ul>
 *
 * <p>Errors are thrown as {@link PythonSyntaxError}. A bracket still open at EOF is not thrown:
 * it is recorded ({@link #unclosedBracket()}) because CPython reports it only when the parser
 * fails after the line of that bracket.
 */
public abstract class PythonLexerBase extends Lexer {
  /** CPython's MAXLEVEL: brackets may nest 200 deep. */
  public static final int MAX_BRACKET_DEPTH = 200;

  /** CPython's MAXINDENT: at most 99 levels of indentation above the first. */
  public static final int MAX_INDENT = 100;

  private static final int TAB_SIZE = 8;

  private final ArrayDeque<Token> pending = new ArrayDeque<>();

  private final int[] indentStack = new int[MAX_INDENT + 1];
  private final int[] altIndentStack = new int[MAX_INDENT + 1];
  private int indentTop;

  private final int[] bracketChar = new int[MAX_BRACKET_DEPTH + 1];
  private final int[] bracketLine = new int[MAX_BRACKET_DEPTH + 1];
  private final int[] bracketCol = new int[MAX_BRACKET_DEPTH + 1];
  private int depth;

  /** Code point index where the current logical line starts (its indentation is read there). */
  private int lineStartIndex;
  private int lineStartLine = 1;
  private boolean atLineStart = true;
  private boolean lineHasTokens;
  private boolean eofSeen;
  private boolean expressionMode;
  private Token lastEmitted;
  private int[] unclosed;
  private int commentLine;
  private int commentCol;

  protected PythonLexerBase(CharStream input) {
    super(input);
  }

  /**
   * Lexes a bare expression (the inside of an f-string replacement field): no indentation is
   * processed.
   */
  public void setExpressionMode(boolean expressionMode) {
    this.expressionMode = expressionMode;
    if (expressionMode) {
      atLineStart = false;
    }
  }

  /**
   * The bracket left open at EOF as {@code {char, line, col}} (col 0-based), or null when all
   * brackets were closed.
   */
  public int[] unclosedBracket() {
    return unclosed;
  }

  @Override
  public void reset() {
    super.reset();
    pending.clear();
    indentTop = 0;
    depth = 0;
    lineStartIndex = 0;
    lineStartLine = 1;
    atLineStart = !expressionMode;
    lineHasTokens = false;
    eofSeen = false;
    lastEmitted = null;
    unclosed = null;
  }

  @Override
  public Token nextToken() {
    Token t = pending.poll();
    if (t == null) {
      t = produce();
    }
    lastEmitted = t;
    return t;
  }

  private Token produce() {
    while (true) {
      Token t = super.nextToken();
      int type = t.getType();
      switch (type) {
        case PythonLexer.COMMENT:
          commentLine = t.getLine();
          commentCol = t.getCharPositionInLine();
          continue;
        case PythonLexer.NEWLINE:
          if (depth == 0 && lineHasTokens && commentLine == t.getLine()) {
            // CPython's NEWLINE token starts at the comment that precedes it
            ((CommonToken) t).setCharPositionInLine(commentCol);
          }
          if (depth > 0 || !lineHasTokens) {
            if (depth == 0) {
              startNewLine(t);
            }
            continue;
          }
          lineHasTokens = false;
          startNewLine(t);
          return t;
        case PythonLexer.LINE_JOIN:
          if (_input.LA(1) == CharStream.EOF) {
            throw new PythonSyntaxError("SyntaxError", "unexpected EOF while parsing",
                t.getLine(), t.getCharPositionInLine() + 2);
          }
          continue;
        case PythonLexer.BACKSLASH:
          if (_input.LA(1) == CharStream.EOF) {
            throw new PythonSyntaxError("SyntaxError", "unexpected EOF while parsing",
                t.getLine(), t.getCharPositionInLine() + 2);
          }
          throw new PythonSyntaxError("SyntaxError",
              "unexpected character after line continuation character", t.getLine(),
              t.getCharPositionInLine() + 2);
        case Token.EOF:
          return atEof(t);
        case PythonLexer.UNTERMINATED_STRING:
          throw new PythonSyntaxError("SyntaxError",
              "unterminated string literal (detected at line " + lastLineOf(t) + ")", t.getLine(),
              t.getCharPositionInLine() + 1);
        case PythonLexer.UNTERMINATED_LONG_STRING:
          throw new PythonSyntaxError("SyntaxError",
              "unterminated triple-quoted string literal (detected at line " + lastLineOf(t) + ")",
              t.getLine(), t.getCharPositionInLine() + 1);
        case PythonLexer.NUMBER:
          checkNumberEnd(t);
          break;
        case PythonLexer.UNICODE_NAME:
          t = verifyName(t);
          break;
        case PythonLexer.ERROR_CHAR:
          checkPrintable(t);
          break;
        default:
          break;
      }
      if (atLineStart) {
        atLineStart = false;
        if (indentation(t)) {
          pending.add(t);
          lineHasTokens = true;
          trackBrackets(t);
          return pending.poll();
        }
      }
      lineHasTokens = true;
      trackBrackets(t);
      return t;
    }
  }

  private void startNewLine(Token newline) {
    if (!expressionMode) {
      atLineStart = true;
      lineStartIndex = newline.getStopIndex() + 1;
      lineStartLine = newline.getLine() + 1;
    }
  }

  private void trackBrackets(Token t) {
    int type = t.getType();
    if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK
        || type == PythonLexer.OPEN_BRACE) {
      if (depth >= MAX_BRACKET_DEPTH) {
        throw new PythonSyntaxError("SyntaxError", "too many nested parentheses", t.getLine(),
            t.getCharPositionInLine() + 1);
      }
      bracketChar[depth] = t.getText().charAt(0);
      bracketLine[depth] = t.getLine();
      bracketCol[depth] = t.getCharPositionInLine();
      depth++;
    } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
        || type == PythonLexer.CLOSE_BRACE) {
      char close = t.getText().charAt(0);
      if (depth == 0) {
        throw new PythonSyntaxError("SyntaxError", "unmatched '" + close + "'", t.getLine(),
            t.getCharPositionInLine() + 1);
      }
      depth--;
      char open = (char) bracketChar[depth];
      if (!(open == '(' && close == ')' || open == '[' && close == ']'
          || open == '{' && close == '}')) {
        String message = "closing parenthesis '" + close + "' does not match opening parenthesis '"
            + open + "'";
        if (bracketLine[depth] != t.getLine()) {
          message += " on line " + bracketLine[depth];
        }
        throw new PythonSyntaxError("SyntaxError", message, t.getLine(),
            t.getCharPositionInLine() + 1);
      }
    }
  }

  /**
   * Processes the indentation of the logical line whose first token is {@code first}; queues
   * INDENT/DEDENT tokens and returns whether it queued any.
   */
  private boolean indentation(Token first) {
    if (expressionMode) {
      return false;
    }
    int start = lineStartIndex;
    int end = first.getStartIndex();
    int col = 0;
    int altcol = 0;
    int chars = 0;
    if (end > start) {
      String ws = _input.getText(Interval.of(start, end - 1));
      for (int i = 0; i < ws.length(); i++) {
        char c = ws.charAt(i);
        if (c == ' ') {
          col++;
          altcol++;
        } else if (c == '\t') {
          col = (col / TAB_SIZE + 1) * TAB_SIZE;
          altcol = altcol + 1;
        } else if (c == '\f') {
          col = 0;
          altcol = 0;
        } else {
          break; // a line joined by a backslash: the first physical line decides
        }
        chars++;
      }
    }
    int line = lineStartLine;
    if (col == indentStack[indentTop]) {
      if (altcol != altIndentStack[indentTop]) {
        throw tabError(line);
      }
      return false;
    }
    if (col > indentStack[indentTop]) {
      if (indentTop + 1 >= MAX_INDENT) {
        throw new PythonSyntaxError("IndentationError", "too many levels of indentation", line, 1);
      }
      if (altcol <= altIndentStack[indentTop]) {
        throw tabError(line);
      }
      indentTop++;
      indentStack[indentTop] = col;
      altIndentStack[indentTop] = altcol;
      pending.add(layoutToken(PythonLexer.INDENT, "<INDENT>", first, line, chars));
      return true;
    }
    while (indentTop > 0 && col < indentStack[indentTop]) {
      indentTop--;
      pending.add(layoutToken(PythonLexer.DEDENT, "<DEDENT>", first, line, chars));
    }
    if (col != indentStack[indentTop]) {
      throw new PythonSyntaxError("IndentationError",
          "unindent does not match any outer indentation level", line,
          lineLength(start) + 1);
    }
    if (altcol != altIndentStack[indentTop]) {
      throw tabError(line);
    }
    return true;
  }

  private static PythonSyntaxError tabError(int line) {
    return new PythonSyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
        line, 1);
  }

  private int lineLength(int start) {
    int i = start;
    int n = _input.size();
    while (i < n) {
      String s = _input.getText(Interval.of(i, i));
      if (s.equals("\n")) {
        break;
      }
      i++;
    }
    return i - start;
  }

  private Token layoutToken(int type, String text, Token at, int line, int col) {
    CommonToken t = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL,
        at.getStartIndex(), at.getStartIndex() - 1);
    t.setText(text);
    t.setLine(line);
    t.setCharPositionInLine(col);
    return t;
  }

  private Token atEof(Token eof) {
    if (!eofSeen) {
      eofSeen = true;
      if (depth > 0) {
        unclosed = new int[] {bracketChar[depth - 1], bracketLine[depth - 1],
            bracketCol[depth - 1]};
        return eof;
      }
      if (lineHasTokens) {
        lineHasTokens = false;
        CommonToken nl = new CommonToken(_tokenFactorySourcePair, PythonLexer.NEWLINE,
            Token.DEFAULT_CHANNEL, eof.getStartIndex(), eof.getStartIndex() - 1);
        nl.setText("\n");
        // CPython adds the missing newline at the end of the last line (or its comment)
        nl.setLine(eof.getLine());
        nl.setCharPositionInLine(commentLine == eof.getLine() ? commentCol
            : eof.getCharPositionInLine());
        pending.add(nl);
      }
      while (indentTop > 0) {
        indentTop--;
        pending.add(layoutToken(PythonLexer.DEDENT, "<DEDENT>", eof, eof.getLine(), 0));
      }
      if (!pending.isEmpty()) {
        pending.add(eof);
        return pending.poll();
      }
    }
    return eof;
  }

  /** The line of the last character of {@code t} (an unterminated string). */
  private static int lastLineOf(Token t) {
    String text = t.getText();
    int line = t.getLine();
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  // ---------------------------------------------------------------- names and characters

  private Token verifyName(Token t) {
    String text = t.getText();
    int i = 0;
    int index = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean ok;
      if (cp < 128) {
        ok = cp == '_' || Character.isLetter(cp) || (index > 0 && Character.isDigit(cp));
      } else if (index == 0) {
        ok = Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
      } else {
        ok = Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
      }
      if (!ok) {
        throw invalidCharacter(cp, t.getLine(), t.getCharPositionInLine() + index + 1);
      }
      i += Character.charCount(cp);
      index++;
    }
    CommonToken name = new CommonToken(t);
    name.setType(PythonLexer.NAME);
    name.setText(Normalizer.normalize(text, Normalizer.Form.NFKC));
    return name;
  }

  private void checkPrintable(Token t) {
    int cp = t.getText().codePointAt(0);
    if (!isPrintable(cp)) {
      throw invalidCharacter(cp, t.getLine(), t.getCharPositionInLine() + 1);
    }
  }

  private static PythonSyntaxError invalidCharacter(int cp, int line, int column) {
    String hex = String.format("%04X", cp);
    if (isPrintable(cp)) {
      return new PythonSyntaxError("SyntaxError",
          "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")", line,
          column);
    }
    return new PythonSyntaxError("SyntaxError", "invalid non-printable character U+" + hex, line,
        column);
  }

  /** Python's {@code str.isprintable} for one character. */
  public static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  // ---------------------------------------------------------------- numbers

  private static boolean isPotentialIdentifierChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')
        || c >= 128;
  }

  /**
   * A number followed by a letter, digit or underscore may be a malformed literal: re-scan it
   * the way CPython's tokenizer does to give its message and location.
   */
  private void checkNumberEnd(Token t) {
    int next = _input.LA(1);
    if (next == CharStream.EOF || !isPotentialIdentifierChar(next)) {
      return;
    }
    int start = t.getStartIndex();
    int stop = start;
    int n = _input.size();
    while (stop < n && stop - start < 400) {
      int c = _input.getText(Interval.of(stop, stop)).codePointAt(0);
      if (c == '\n') {
        break;
      }
      stop++;
    }
    String rest = _input.getText(Interval.of(start, stop - 1));
    PythonSyntaxError error = new NumberScanner(rest, t.getLine(), t.getCharPositionInLine()).scan();
    if (error != null) {
      throw error;
    }
  }

  /** CPython 3.11's number tokenizer, used only to report malformed numbers. */
  private static final class NumberScanner {
    private static final int EOF = -1;
    private final String text;
    private final int line;
    private final int col0;
    private int cur;

    NumberScanner(String text, int line, int col0) {
      this.text = text;
      this.line = line;
      this.col0 = col0;
    }

    private int nextc() {
      if (cur < text.length()) {
        return text.charAt(cur++);
      }
      return EOF;
    }

    private void backup(int c) {
      if (c != EOF) {
        cur--;
      }
    }

    /** CPython's {@code syntaxerror}: the offset is the 0-based column of {@code cur}. */
    private PythonSyntaxError error(String message) {
      return new PythonSyntaxError("SyntaxError", message, line, col0 + cur);
    }

    private static boolean isDigit(int c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
      return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private boolean lookahead(String s) {
      return text.startsWith(s, cur);
    }

    /** Returns an error, or null when the number ends well. */
    private PythonSyntaxError verifyEnd(int c, String kind) {
      boolean r = false;
      if (c == 'a') {
        r = lookahead("nd");
      } else if (c == 'e') {
        r = lookahead("lse");
      } else if (c == 'f') {
        r = lookahead("or");
      } else if (c == 'i') {
        int c2 = cur < text.length() ? text.charAt(cur) : EOF;
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
      } else if (c == 'o') {
        r = lookahead("r");
      } else if (c == 'n') {
        r = lookahead("ot");
      }
      if (r) {
        return null;
      }
      if (c != EOF && isPotentialIdentifierChar(c)) {
        backup(c);
        return error("invalid " + kind + " literal");
      }
      return null;
    }

    private static final int FAIL = -2;
    private PythonSyntaxError failure;

    private int decimalTail() {
      int c;
      while (true) {
        do {
          c = nextc();
        } while (isDigit(c));
        if (c != '_') {
          break;
        }
        c = nextc();
        if (!isDigit(c)) {
          backup(c);
          failure = error("invalid decimal literal");
          return FAIL;
        }
      }
      return c;
    }

    PythonSyntaxError scan() {
      int c = nextc();
      if (c == '0') {
        c = nextc();
        if (c == 'x' || c == 'X') {
          c = nextc();
          do {
            if (c == '_') {
              c = nextc();
            }
            if (!isXDigit(c)) {
              backup(c);
              return error("invalid hexadecimal literal");
            }
            do {
              c = nextc();
            } while (isXDigit(c));
          } while (c == '_');
          return verifyEnd(c, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
          c = nextc();
          do {
            if (c == '_') {
              c = nextc();
            }
            if (c < '0' || c >= '8') {
              if (isDigit(c)) {
                return error("invalid digit '" + (char) c + "' in octal literal");
              }
              backup(c);
              return error("invalid octal literal");
            }
            do {
              c = nextc();
            } while ('0' <= c && c < '8');
          } while (c == '_');
          if (isDigit(c)) {
            return error("invalid digit '" + (char) c + "' in octal literal");
          }
          return verifyEnd(c, "octal");
        } else if (c == 'b' || c == 'B') {
          c = nextc();
          do {
            if (c == '_') {
              c = nextc();
            }
            if (c != '0' && c != '1') {
              if (isDigit(c)) {
                return error("invalid digit '" + (char) c + "' in binary literal");
              }
              backup(c);
              return error("invalid binary literal");
            }
            do {
              c = nextc();
            } while (c == '0' || c == '1');
          } while (c == '_');
          if (isDigit(c)) {
            return error("invalid digit '" + (char) c + "' in binary literal");
          }
          return verifyEnd(c, "binary");
        } else {
          boolean nonzero = false;
          while (true) {
            if (c == '_') {
              c = nextc();
              if (!isDigit(c)) {
                backup(c);
                return error("invalid decimal literal");
              }
            }
            if (c != '0') {
              break;
            }
            c = nextc();
          }
          if (isDigit(c)) {
            nonzero = true;
            c = decimalTail();
            if (c == FAIL) {
              return failure;
            }
          }
          if (c == '.') {
            c = nextc();
            return fraction(c);
          } else if (c == 'e' || c == 'E') {
            return exponent(c);
          } else if (c == 'j' || c == 'J') {
            return imaginary();
          } else if (nonzero) {
            return new PythonSyntaxError("SyntaxError",
                "leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", line, col0 + 1);
          }
          return verifyEnd(c, "decimal");
        }
      }
      backup(c);
      c = decimalTail();
      if (c == FAIL) {
        return failure;
      }
      if (c == '.') {
        c = nextc();
        return fraction(c);
      }
      if (c == 'e' || c == 'E') {
        return exponent(c);
      }
      if (c == 'j' || c == 'J') {
        return imaginary();
      }
      return verifyEnd(c, "decimal");
    }

    private PythonSyntaxError fraction(int c) {
      if (isDigit(c)) {
        backup(c);
        c = decimalTail();
        if (c == FAIL) {
          return failure;
        }
      }
      if (c == 'e' || c == 'E') {
        return exponent(c);
      }
      if (c == 'j' || c == 'J') {
        return imaginary();
      }
      return verifyEnd(c, "decimal");
    }

    private PythonSyntaxError exponent(int e) {
      int c = nextc();
      if (c == '+' || c == '-') {
        c = nextc();
        if (!isDigit(c)) {
          backup(c);
          return error("invalid decimal literal");
        }
      } else if (!isDigit(c)) {
        backup(c);
        return verifyEnd(e, "decimal");
      }
      backup(c);
      c = decimalTail();
      if (c == FAIL) {
        return failure;
      }
      if (c == 'j' || c == 'J') {
        return imaginary();
      }
      return verifyEnd(c, "decimal");
    }

    private PythonSyntaxError imaginary() {
      int c = nextc();
      return verifyEnd(c, "imaginary");
    }
  }
}
