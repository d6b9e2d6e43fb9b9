package dev.moat.parse;

import dev.moat.ast.Ast;
import dev.moat.ast.Ast.Expr;
import dev.moat.grammar.PythonLexerBase;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * One group of adjacent string literals: implicit concatenation, escapes, bytes, and the inside
 * of f-strings, following CPython 3.11's string_parser.c (an f-string is one token; its
 * replacement fields are found by scanning with bracket depth and string awareness, and each
 * expression is parsed by the same parser from "(" + text + ")").
 */
final class FStrings {
  private final AstBuilder b;
  private final List<TerminalNode> parts;
  /** Where CPython reports most string errors: the token after the group. */
  private final Token errTok;
  private final Token first;

  private StringBuilder lastStr;
  private List<Expr> exprList;

  /** Whether string token {@code t} has an f prefix. */
  static boolean isFString(Token t) {
    return new Literal(t).f;
  }

  FStrings(AstBuilder b, List<TerminalNode> parts, Token lastToken) {
    this.b = b;
    this.parts = parts;
    this.errTok = b.tokenAfter(lastToken);
    this.first = parts.get(0).getSymbol();
  }

  /** The prefix and body of one literal token. */
  private static final class Literal {
    final Token token;
    boolean raw;
    boolean bytes;
    boolean f;
    int prefixLen;
    int quoteLen;
    String body;

    Literal(Token token) {
      this.token = token;
      String text = token.getText();
      int i = 0;
      while (true) {
        char c = text.charAt(i);
        if (c == '\'' || c == '"') {
          break;
        }
        if (c == 'r' || c == 'R') {
          raw = true;
        } else if (c == 'b' || c == 'B') {
          bytes = true;
        } else if (c == 'f' || c == 'F') {
          f = true;
        }
        i++;
      }
      prefixLen = i;
      char q = text.charAt(i);
      quoteLen = text.length() - i >= 6 && text.charAt(i + 1) == q && text.charAt(i + 2) == q
          ? 3 : 1;
      body = text.substring(i + quoteLen, text.length() - quoteLen);
    }
  }

  Expr build() {
    int n = parts.size();
    Literal[] lits = new Literal[n];
    boolean bytesMode = false;
    boolean anyF = false;
    for (int i = 0; i < n; i++) {
      lits[i] = new Literal(parts.get(i).getSymbol());
      if (i == 0) {
        bytesMode = lits[i].bytes;
      } else if (lits[i].bytes != bytesMode) {
        throw b.error("cannot mix bytes and nonbytes literals", errTok);
      }
      anyF |= lits[i].f;
    }
    int line = b.line(first);
    int col = b.col(first);
    if (bytesMode) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Literal lit : lits) {
        for (int i = 0; i < lit.body.length(); i++) {
          if (lit.body.charAt(i) >= 128) {
            throw b.error("bytes can only contain ASCII literal characters", lit.token);
          }
        }
        try {
          out.writeBytes(StringLiterals.decodeBytes(lit.body, lit.raw));
        } catch (StringLiterals.DecodeError e) {
          throw b.error(e.getMessage(), errTok);
        }
      }
      return new Ast.Constant(line, col, new Ast.Bytes(out.toByteArray()));
    }
    if (!anyF) {
      if (n == 1) {
        return new Ast.Constant(line, col, decode(lits[0], lits[0].body));
      }
      StringBuilder sb = new StringBuilder();
      for (Literal lit : lits) {
        sb.append(decode(lit, lit.body));
      }
      return new Ast.Constant(line, col, sb.toString());
    }
    exprList = new ArrayList<>();
    for (Literal lit : lits) {
      if (!lit.f) {
        concat(decode(lit, lit.body));
      } else {
        new Scanner(lit, 0).concatFString();
      }
    }
    flush(line, col);
    return new Ast.JoinedStr(line, col, exprList);
  }

  private String decode(Literal lit, String s) {
    if (lit.raw) {
      return s;
    }
    try {
      return StringLiterals.decodeEscapes(s);
    } catch (StringLiterals.DecodeError e) {
      throw b.error(e.getMessage(), errTok);
    }
  }

  private void concat(String s) {
    if (s.isEmpty()) {
      return;
    }
    if (lastStr == null) {
      lastStr = new StringBuilder(s);
    } else {
      lastStr.append(s);
    }
  }

  private void flush(int line, int col) {
    if (lastStr != null) {
      exprList.add(new Ast.Constant(line, col, lastStr.toString()));
      lastStr = null;
    }
  }

  /** Scans one f-string body (or one format spec inside it). */
  private final class Scanner {
    final Literal lit;
    final String body;
    final int end;
    final int recurse;
    int pos;

    Scanner(Literal lit, int recurse) {
      this.lit = lit;
      this.body = lit.body;
      this.end = body.length();
      this.recurse = recurse;
    }

    Scanner(Scanner outer) {
      this.lit = outer.lit;
      this.body = outer.body;
      this.end = outer.end;
      this.recurse = outer.recurse + 1;
      this.pos = outer.pos;
    }

    /** CPython's _PyPegen_FstringParser_ConcatFstring on the shared state. */
    void concatFString() {
      while (true) {
        String[] literal = new String[1];
        int result = findLiteral(literal);
        if (literal[0] != null) {
          concat(literal[0]);
        }
        if (result == 1) {
          continue;
        }
        if (pos >= end || body.charAt(pos) == '}') {
          break;
        }
        String[] exprText = new String[1];
        Expr value = findExpr(exprText);
        if (exprText[0] != null) {
          concat(exprText[0]);
        }
        flush(b.line(first), b.col(first));
        exprList.add(value);
      }
      if (recurse != 0 && (pos >= end || body.charAt(pos) != '}')) {
        throw b.error("f-string: expecting '}'", errTok);
      }
    }

    /** Returns 1 when a doubled brace ended the literal (scanning continues after it). */
    int findLiteral(String[] literal) {
      int start = pos;
      int literalEnd = -1;
      int result = 0;
      while (pos < end) {
        char ch = body.charAt(pos++);
        if (!lit.raw && ch == '\\' && pos < end) {
          ch = body.charAt(pos++);
          if (ch == 'N') {
            if (pos < end && body.charAt(pos++) == '{') {
              while (pos < end && body.charAt(pos++) != '}') {
                // skip the character name
              }
            }
            continue;
          }
        }
        if (ch == '{' || ch == '}') {
          if (recurse == 0) {
            if (pos < end && body.charAt(pos) == ch) {
              literalEnd = pos;
              pos = pos + 1;
              result = 1;
              break;
            }
            if (ch == '}') {
              pos = pos - 1;
              throw b.error("f-string: single '}' is not allowed", errTok);
            }
          }
          pos--;
          break;
        }
      }
      int stop = literalEnd >= 0 ? literalEnd : pos;
      if (stop > start) {
        literal[0] = decode(lit, body.substring(start, stop));
      }
      return result;
    }

    Expr findExpr(String[] exprText) {
      if (recurse >= 2) {
        throw b.error("f-string: expressions nested too deeply", errTok);
      }
      pos++; // the '{'
      int exprStart = pos;
      char quoteChar = 0;
      int stringType = 0;
      int nested = 0;
      char[] parenStack = new char[PythonLexerBase.MAX_BRACKET_DEPTH];
      while (pos < end) {
        char ch = body.charAt(pos);
        if (ch == '\\') {
          throw b.error("f-string expression part cannot include a backslash", errTok);
        }
        if (quoteChar != 0) {
          if (ch == quoteChar) {
            if (stringType == 3) {
              if (pos + 2 < end && body.charAt(pos + 1) == ch && body.charAt(pos + 2) == ch) {
                pos += 3;
                stringType = 0;
                quoteChar = 0;
                continue;
              }
            } else {
              pos++;
              stringType = 0;
              quoteChar = 0;
              continue;
            }
          }
        } else if (ch == '\'' || ch == '"') {
          if (pos + 2 < end && body.charAt(pos + 1) == ch && body.charAt(pos + 2) == ch) {
            stringType = 3;
            pos += 2;
          } else {
            stringType = 1;
          }
          quoteChar = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
          if (nested >= PythonLexerBase.MAX_BRACKET_DEPTH) {
            throw b.error("f-string: too many nested parenthesis", errTok);
          }
          parenStack[nested++] = ch;
        } else if (ch == '#') {
          throw b.error("f-string expression part cannot include '#'", errTok);
        } else if (nested == 0
            && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
          if (pos + 1 < end) {
            char next = body.charAt(pos + 1);
            if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
              pos += 2;
              continue;
            }
          }
          if (ch != '>' && ch != '<') {
            break;
          }
        } else if (ch == ']' || ch == '}' || ch == ')') {
          if (nested == 0) {
            throw b.error("f-string: unmatched '" + ch + "'", errTok);
          }
          char opening = parenStack[--nested];
          if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']'
              || opening == '{' && ch == '}')) {
            throw b.error("f-string: closing parenthesis '" + ch
                + "' does not match opening parenthesis '" + opening + "'", errTok);
          }
        }
        pos++;
      }
      int exprEnd = pos;
      if (quoteChar != 0) {
        throw b.error("f-string: unterminated string", errTok);
      }
      if (nested > 0) {
        throw b.error("f-string: unmatched '" + parenStack[nested - 1] + "'", errTok);
      }
      if (pos >= end) {
        throw b.error("f-string: expecting '}'", errTok);
      }
      Expr value = compileExpr(exprStart, exprEnd);
      if (body.charAt(pos) == '=') {
        pos++;
        while (pos < end && isSpace(body.charAt(pos))) {
          pos++;
        }
        if (pos >= end) {
          throw b.error("f-string: expecting '}'", errTok);
        }
        exprText[0] = body.substring(exprStart, pos);
      }
      int conversion = -1;
      if (body.charAt(pos) == '!') {
        pos++;
        if (pos >= end) {
          throw b.error("f-string: expecting '}'", errTok);
        }
        conversion = body.charAt(pos);
        pos++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
          throw b.error("f-string: invalid conversion character: expected 's', 'r', or 'a'",
              errTok);
        }
      }
      if (pos >= end) {
        throw b.error("f-string: expecting '}'", errTok);
      }
      Ast.JoinedStr spec = null;
      if (body.charAt(pos) == ':') {
        pos++;
        if (pos >= end) {
          throw b.error("f-string: expecting '}'", errTok);
        }
        spec = formatSpec();
      }
      if (pos >= end || body.charAt(pos) != '}') {
        throw b.error("f-string: expecting '}'", errTok);
      }
      pos++;
      if (exprText[0] != null && spec == null && conversion == -1) {
        conversion = 'r';
      }
      return new Ast.FormattedValue(b.line(first), b.col(first), value, conversion, spec);
    }

    /** A format spec: its own literal/field state, always a JoinedStr. */
    private Ast.JoinedStr formatSpec() {
      StringBuilder savedStr = lastStr;
      List<Expr> savedList = exprList;
      lastStr = null;
      exprList = new ArrayList<>();
      try {
        Scanner inner = new Scanner(this);
        inner.concatFString();
        pos = inner.pos;
        int line = b.line(lit.token);
        int col = b.col(lit.token);
        flush(line, col);
        return new Ast.JoinedStr(line, col, exprList);
      } finally {
        lastStr = savedStr;
        exprList = savedList;
      }
    }

    private Expr compileExpr(int start, int stop) {
      int s = start;
      while (s < stop) {
        char c = body.charAt(s);
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
          break;
        }
        s++;
      }
      if (s == stop) {
        char at = body.charAt(stop);
        if (at == '!' || at == ':' || at == '=') {
          throw b.error("f-string: expression required before '" + at + "'", errTok);
        }
        throw b.error("f-string: empty expression not allowed", errTok);
      }
      // real position of the expression's first character
      int line = b.line(lit.token);
      int col;
      int lastNl = -1;
      for (int i = 0; i < start; i++) {
        if (body.charAt(i) == '\n') {
          line++;
          lastNl = i;
        }
      }
      if (lastNl < 0) {
        col = b.col(lit.token) + lit.prefixLen + lit.quoteLen + start;
      } else {
        col = start - lastNl - 1;
      }
      return ParseSession.parseFStringExpression(b, body.substring(start, stop), line, col);
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }
}
