package dev.moat.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, the parser returns a module or throws SyntaxErrorException. */
class RobustnessTest {

  private static void parseOrSyntaxError(String source) {
    try {
      Parser.parse(source, "fuzz.py");
    } catch (SyntaxErrorException e) {
      if (e.getMessage() == null || e.getMessage().isEmpty() || e.line() < 1) {
        throw new AssertionError("bad error for " + source + ": " + e);
      }
    }
  }

  @Property(tries = 3000)
  void randomCharacters(@ForAll("pythonish") String source) {
    parseOrSyntaxError(source);
  }

  @Property(tries = 3000)
  void randomTokens(@ForAll("tokenSoup") String source) {
    parseOrSyntaxError(source);
  }

  @Provide
  Arbitrary<String> pythonish() {
    return Arbitraries.strings().withChars(
        "abcxyz019_ .,:;()[]{}+-*/%@=<>!&|^~'\"\\#\n\t\f\u00e9\u20ac\uD83D\uDE00frbu$?`")
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of("if", "elif", "else", "for", "in", "while", "def", "class", "return",
        "lambda", "yield", "from", "import", "as", "with", "try", "except", "finally", "match",
        "case", "_", "not", "and", "or", "is", "await", "async", "x", "y", "1", "0x1f", "1.5",
        "'s'", "f'{x}'", "f'{'", "b'b'", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=",
        "==", ":=", "+", "-", "*", "**", "/", "//", "@", "->", "...", "\n", "\n    ", "\n  ",
        "\\\n", "#c\n", " ")
        .list().ofMaxSize(25).map(l -> String.join(" ", l));
  }
}
