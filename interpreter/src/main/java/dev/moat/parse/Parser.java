package dev.moat.parse;

import dev.moat.ast.Ast;
import java.util.Objects;

/** Parses Python source into an {@link Ast.Module}. */
public final class Parser {
  /**
   * How deeply expressions may nest (operands of operators, chained trailers, calls, displays,
   * comprehensions, lambdas, conditional expressions): deeper sources fail with SyntaxError "too
   * many nested expressions". Code walking the AST recursively can rely on this bound (brackets
   * are further limited to 200 levels and blocks to 99 levels of indentation, as in CPython).
   */
  public static final int MAX_NESTING = 1000;

  private Parser() {}

  /**
   * Parses a whole file.
   *
   * @param source the script; line ends may be "\n", "\r\n" or "\r"; a leading BOM is ignored
   * @param fileName the script's name, used in error reports only
   * @throws SyntaxErrorException when the source is not valid Moat Python (never any other
   *     exception, whatever the source text)
   * @throws NullPointerException when {@code source} is null
   */
  public static Ast.Module parse(String source, String fileName) {
    Objects.requireNonNull(source, "source");
    if (source.indexOf('\0') >= 0) {
      throw new SyntaxErrorException("SyntaxError", "source code string cannot contain null bytes",
          fileName, 1, 0, null);
    }
    String text = normalize(source);
    try {
      return ParseSession.parseModule(text, fileName);
    } catch (SyntaxErrorException e) {
      throw e;
    } catch (StackOverflowError e) {
      throw new SyntaxErrorException("SyntaxError", "too many nested expressions", fileName, 1, 0,
          null);
    } catch (RuntimeException e) {
      // a bug in the parser must not escape as a host exception
      throw new SyntaxErrorException("SyntaxError", "invalid syntax", fileName, 1, 0, null);
    }
  }

  /** "\r\n" and "\r" become "\n"; a leading byte order mark is dropped. */
  static String normalize(String source) {
    String text = source;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return text;
  }
}
