package dev.moat.parse;

import dev.moat.ast.Ast;

/** Parses Python source into an {@link Ast.Module}. */
public final class Parser {
  private Parser() {}

  /**
   * Parses a whole file.
   *
   * @throws SyntaxErrorException when the source is not valid Moat Python
   */
  public static Ast.Module parse(String source, String fileName) {
    throw new UnsupportedOperationException("parser not merged yet");
  }
}
