package dev.moat.parse;

import static dev.moat.parse.ParseTesting.assertSyntaxError;
import static dev.moat.parse.ParseTesting.constant;
import static dev.moat.parse.ParseTesting.expr;
import static dev.moat.parse.ParseTesting.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.moat.ast.Ast;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralTest {

  // ---------------------------------------------------------------- integers

  @Test
  void decimalIntegersAreLongs() {
    assertEquals(0L, constant("0"));
    assertEquals(0L, constant("000"));
    assertEquals(0L, constant("0_0"));
    assertEquals(7L, constant("7"));
    assertEquals(1_000_000L, constant("1_000_000"));
    assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
  }

  @Test
  void integersBeyondLongAreBigIntegers() {
    assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
    assertEquals(new BigInteger("123456789012345678901234567890"),
        constant("123456789012345678901234567890"));
    assertEquals(new BigInteger("ffffffffffffffff", 16), constant("0xFFFFFFFFFFFFFFFF"));
    assertEquals(0xFFFFFFFFFFFFFFFL, constant("0xFFFFFFFFFFFFFFF"));
    assertEquals(Long.MAX_VALUE, constant("0b" + "1".repeat(63)));
    assertEquals(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
        constant("0b" + "1".repeat(64)));
  }

  @Test
  void hexOctalBinary() {
    assertEquals(31L, constant("0x1F"));
    assertEquals(0xdeadbeefL, constant("0XdeadBEEF"));
    assertEquals(255L, constant("0x_ff"));
    assertEquals(15L, constant("0o17"));
    assertEquals(63L, constant("0O7_7"));
    assertEquals(10L, constant("0b1010"));
    assertEquals(2L, constant("0B1_0"));
  }

  @Test
  void malformedIntegersGiveCpythonsMessages() {
    assertSyntaxError("leading zeros in decimal integer literals are not permitted; "
        + "use an 0o prefix for octal integers", 1, 5, "x = 0123");
    assertSyntaxError("leading zeros in decimal integer literals are not permitted; "
        + "use an 0o prefix for octal integers", 1, 5, "x = 0_1");
    assertSyntaxError("invalid decimal literal", 1, 5, "x = 1abc");
    assertSyntaxError("invalid decimal literal", 1, 6, "x = 1_");
    assertSyntaxError("invalid decimal literal", 1, 6, "x = 1__0");
    assertSyntaxError("invalid hexadecimal literal", 1, 6, "x = 0x");
    assertSyntaxError("invalid hexadecimal literal", 1, 9, "x = 0x1f_");
    assertSyntaxError("invalid digit '8' in octal literal", 1, 7, "x = 0o8");
    assertSyntaxError("invalid octal literal", 1, 6, "x = 0o");
    assertSyntaxError("invalid digit '2' in binary literal", 1, 7, "x = 0b2");
    assertSyntaxError("invalid binary literal", 1, 6, "x = 0b");
  }

  @Test
  void numberFollowedByKeywordIsAccepted() {
    // CPython only warns for "1if": the number ends before the keyword
    assertEquals("(IfExp (Constant 1) (Constant 1) (Constant 2))", tree("1if 1 else 2"));
  }

  // ---------------------------------------------------------------- floats

  @Test
  void floats() {
    assertEquals(1.5, constant("1.5"));
    assertEquals(1.0, constant("1."));
    assertEquals(0.5, constant(".5"));
    assertEquals(1e10, constant("1e10"));
    assertEquals(1e-5, constant("1E-5"));
    assertEquals(1500.0, constant("1.5e+3"));
    assertEquals(1000.55, constant("1_000.5_5"));
    assertEquals(100.0, constant("1_0e1"));
    assertEquals(123.5, constant("0123.5"));
    assertEquals(7770.0, constant("0777e1"));
    assertEquals(Double.POSITIVE_INFINITY, constant("1e400"));
    assertEquals(0.0, constant("1e-400"));
    assertEquals(Double.MIN_VALUE, constant("4.9e-324"));
  }

  @Test
  void malformedFloats() {
    assertSyntaxError("invalid decimal literal", 1, 5, "x = 1e");
    assertSyntaxError("invalid decimal literal", 1, 7, "x = 1e+");
    assertSyntaxError("invalid decimal literal", 1, 7, "x = 1.5abc");
    assertSyntaxError("invalid decimal literal", 1, 6, "x = 1.__add__");
  }

  @Test
  void imaginaryLiteralsHoldTheirImaginaryPart() {
    assertEquals(new Ast.Imaginary(1.0), constant("1j"));
    assertEquals(new Ast.Imaginary(1.5), constant("1.5J"));
    assertEquals(new Ast.Imaginary(1000.0), constant("1e3j"));
    assertEquals(new Ast.Imaginary(10.0), constant("1_0j"));
    assertEquals(new Ast.Imaginary(12.0), constant("012j"));
    assertEquals(new Ast.Imaginary(0.0), constant("0j"));
    assertSyntaxError("invalid imaginary literal", 1, 6, "x = 1jx");
  }

  // ---------------------------------------------------------------- strings

  @Test
  void everyPrefixAndQuote() {
    for (String prefix : List.of("", "r", "u", "R", "U", "f", "F", "fr", "Fr", "fR", "FR", "rf",
        "rF", "Rf", "RF")) {
      for (String q : List.of("'", "\"", "'''", "\"\"\"")) {
        Ast.Expr e = expr(prefix + q + "abc" + q);
        Object value = e instanceof Ast.JoinedStr
            ? ((Ast.Constant) ((Ast.JoinedStr) e).values().get(0)).value()
            : ((Ast.Constant) e).value();
        assertEquals("abc", value, prefix + q);
      }
    }
    for (String prefix : List.of("b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB")) {
      for (String q : List.of("'", "\"", "'''", "\"\"\"")) {
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII),
            ((Ast.Bytes) constant(prefix + q + "abc" + q)).toArray(), prefix + q);
      }
    }
  }

  @Test
  void emptyAndTripleQuoted() {
    assertEquals("", constant("''"));
    assertEquals("", constant("''''''"));
    assertEquals("a\nb", constant("'''a\nb'''"));
    assertEquals("it's \"q\"", constant("'''it's \"q\"'''"));
    assertEquals("a''b", constant("'''a''b'''"));
  }

  @Test
  void escapes() {
    assertEquals("\\ ' \" \u0007 \b \f \n \r \t \u000b",
        constant("'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'"));
    assertEquals("\0 \u0007 \u000f A \u01ff S4", constant("'\\0 \\7 \\17 \\101 \\777 \\1234'"));
    assertEquals("AJJ", constant("'\\x41\\x4a\\x4A'"));
    assertEquals("A\u00e9\u20ac", constant("'\\u0041\\u00e9\\u20ac'"));
    assertEquals("\uD83D\uDE00A", constant("'\\U0001F600\\U00000041'"));
  }

  @Test
  void namedEscapes() {
    assertEquals("a\u2014\u2014\u0007\u4e00\uac01",
        constant("'\\N{LATIN SMALL LETTER A}\\N{EM DASH}\\N{em dash}\\N{BEL}"
            + "\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}'"));
    assertSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: "
        + "unknown Unicode character name", 1, 14, "x = '\\N{foo}'");
    assertSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-16: "
        + "unknown Unicode character name", 1, 15, "x = '\u00e9\\N{foo}'");
    assertSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
        + "malformed \\N character escape", 1, 11, "x = '\\N{}'");
  }

  @Test
  void badHexEscapes() {
    assertSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
        + "truncated \\xXX escape", 1, 10, "x = '\\x1'");
    assertSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: "
        + "truncated \\uXXXX escape", 1, 11, "x = '\\u12'");
    assertSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
        + "illegal Unicode character", 1, 17, "x = '\\U0011ffff'");
  }

  @Test
  void unknownEscapesKeepTheBackslash() {
    assertEquals("\\q\\w\\8\\9\\ ", constant("'\\q\\w\\8\\9\\ '"));
    assertEquals("\\\u00e9", constant("'\\\u00e9'"));
  }

  @Test
  void rawStringsAreUntouched() {
    assertEquals("\\n\\x\\N{X}", constant("r'\\n\\x\\N{X}'"));
    assertEquals("a\\\nb", constant("r'a\\\nb'"));
    assertEquals("\\'", constant("r'\\''"));
  }

  @Test
  void lineContinuationInsideStrings() {
    assertEquals("ab", constant("'a\\\nb'"));
    assertEquals("ab", constant("'''a\\\nb'''"));
    assertEquals("", constant("'\\\n'"));
  }

  @Test
  void nonAsciiAndAstralCharacters() {
    assertEquals("\u00e9\u20ac\uD83D\uDE00", constant("'\u00e9\u20ac\uD83D\uDE00'"));
  }

  @Test
  void implicitConcatenation() {
    assertEquals("abc", constant("'a' \"b\" '''c'''"));
    assertEquals("ab", constant("('a'\n  'b')"));
    assertEquals("a\\n", constant("'a' r'\\n'"));
    assertEquals("(JoinedStr [(Constant \"ab\") (FormattedValue (Name c) -1 _) (Constant \"d\")])",
        tree("'a' f'b{c}' 'd'"));
    assertEquals("(JoinedStr [(Constant \"abc\")])", tree("'a' 'b' f'c'"));
  }

  @Test
  void bytes() {
    assertArrayEquals(new byte[] {0, (byte) 0xff, (byte) 0xff, 0},
        ((Ast.Bytes) constant("b'\\x00\\xff\\777\\0'")).toArray());
    assertArrayEquals("\\u1234\\N{DASH}\\q".getBytes(StandardCharsets.US_ASCII),
        ((Ast.Bytes) constant("b'\\u1234\\N{DASH}\\q'")).toArray());
    assertArrayEquals("ab\\n".getBytes(StandardCharsets.US_ASCII),
        ((Ast.Bytes) constant("b'a' b'b' rb'\\n'")).toArray());
    assertSyntaxError("bytes can only contain ASCII literal characters", 1, 5, "x = b'\u00e9'");
    assertSyntaxError("(value error) invalid \\x escape at position 0", 1, 11, "x = b'\\x1'");
  }

  @Test
  void bytesAndStrDoNotMix() {
    assertSyntaxError("cannot mix bytes and nonbytes literals", 1, 13, "x = 'a' b'b'");
    assertSyntaxError("cannot mix bytes and nonbytes literals", 1, 18, "x = b'a' 'b' f'c'");
  }

  @Test
  void unterminatedStrings() {
    assertSyntaxError("unterminated string literal (detected at line 1)", 1, 5, "x = 'abc");
    assertSyntaxError("unterminated string literal (detected at line 1)", 1, 5, "x = rb'abc");
    assertSyntaxError("unterminated string literal (detected at line 2)", 1, 5,
        "x = 'abc\\\ndef");
    assertSyntaxError("unterminated triple-quoted string literal (detected at line 3)", 2, 5,
        "y = 1\nx = \"\"\"abc\ndef");
    assertSyntaxError("unterminated triple-quoted string literal (detected at line 2)", 1, 5,
        "x = '''abc\n\n");
  }

  // ---------------------------------------------------------------- f-strings

  @Test
  void fstringFields() {
    assertEquals("(JoinedStr [(FormattedValue (Name a) -1 _)])", tree("f'{a}'"));
    assertEquals("(JoinedStr [(Constant \"a\") (FormattedValue (Name b) -1 _) (Constant \"c\")])",
        tree("f'a{b}c'"));
    assertEquals("(JoinedStr [])", tree("f''"));
    assertEquals("(JoinedStr [(Constant \"{}\")])", tree("f'{{}}'"));
    assertEquals("(JoinedStr [(Constant \"{\") (FormattedValue (Name a) -1 _) (Constant \"}\")])",
        tree("f'{{{a}}}'"));
  }

  @Test
  void fstringConversions() {
    assertEquals('r', ((Ast.FormattedValue) ((Ast.JoinedStr) expr("f'{a!r}'")).values().get(0))
        .conversion());
    assertEquals('s', ((Ast.FormattedValue) ((Ast.JoinedStr) expr("f'{a!s}'")).values().get(0))
        .conversion());
    assertEquals('a', ((Ast.FormattedValue) ((Ast.JoinedStr) expr("f'{a!a}'")).values().get(0))
        .conversion());
  }

  @Test
  void fstringFormatSpecs() {
    assertEquals("(JoinedStr [(FormattedValue (Name a) -1 (JoinedStr [(Constant \">10\")]))])",
        tree("f'{a:>10}'"));
    assertEquals("(JoinedStr [(FormattedValue (Name x) -1 (JoinedStr [(FormattedValue (Name w) -1 _)"
        + " (Constant \".\") (FormattedValue (Name p) -1 _) (Constant \"f\")]))])",
        tree("f'{x:{w}.{p}f}'"));
    assertEquals("(JoinedStr [(FormattedValue (Name a) 114 (JoinedStr []))])", tree("f'{a!r:}'"));
  }

  @Test
  void fstringDebugForm() {
    // the text up to and including '=' and the spaces after it, then repr() by default
    assertEquals("(JoinedStr [(Constant \"x = \") (FormattedValue (Name x) 114 _)])",
        tree("f'{x = }'"));
    assertEquals("(JoinedStr [(Constant \"ax=\") (FormattedValue (Name x) 114 _) (Constant \"b\")])",
        tree("f'a{x=}b'"));
    assertEquals("(JoinedStr [(Constant \"x=\") (FormattedValue (Name x) 115 _)])",
        tree("f'{x=!s}'"));
    assertEquals("(JoinedStr [(Constant \"x=\") (FormattedValue (Name x) -1 "
        + "(JoinedStr [(Constant \">5\")]))])", tree("f'{x=:>5}'"));
  }

  @Test
  void fstringExpressions() {
    assertEquals("(JoinedStr [(FormattedValue (Subscript (Name a) (Constant \"k\")) -1 _)])",
        tree("f'{a[\"k\"]}'"));
    assertEquals("(JoinedStr [(FormattedValue (Compare (Name a) [NotEq] [(Name b)]) -1 _)])",
        tree("f'{a != b}'"));
    assertEquals("(JoinedStr [(FormattedValue (Subscript (Dict [(Name a)] [(Name b)]) (Name a)) -1 _)])",
        tree("f'{ {a: b}[a] }'"));
    assertEquals("(JoinedStr [(FormattedValue (Call (Lambda (arguments [] [(arg x _)] _ [] [] _ [])"
        + " (Name x)) [(Constant 1)] []) -1 _)])", tree("f'{(lambda x: x)(1)}'"));
    assertEquals("(JoinedStr [(FormattedValue (Tuple [(Name a) (Name b)]) -1 _)])",
        tree("f'{a, b}'"));
    assertEquals("(JoinedStr [(FormattedValue (JoinedStr [(FormattedValue (Name a) -1 _)]) -1 _)])",
        tree("f'{f\"{a}\"}'"));
    assertEquals("(JoinedStr [(FormattedValue (Name a) -1 (JoinedStr [(Constant \"=1\")]))])",
        tree("f'{a:=1}'"));
  }

  @Test
  void fstringEscapesAndRaw() {
    assertEquals("(JoinedStr [(Constant \"\\u000a\") (FormattedValue (Name a) -1 _)"
        + " (Constant \"\\u0009\")])", tree("f'\\n{a}\\t'"));
    assertEquals("(JoinedStr [(Constant \"\\u2014\") (FormattedValue (Name a) -1 _)])",
        tree("f'\\N{EM DASH}{a}'"));
    assertEquals("(JoinedStr [(Constant \"\\u005cn\") (FormattedValue (Name a) -1 _)])",
        tree("fr'\\n{a}'"));
  }

  @Test
  void fstringExpressionPositions() {
    Ast.JoinedStr j = (Ast.JoinedStr) expr("x = f'ab{cd + e}'");
    Ast.FormattedValue fv = (Ast.FormattedValue) j.values().get(1);
    Ast.BinOp b = (Ast.BinOp) fv.value();
    assertEquals(1, b.line());
    assertEquals(9, b.col());
    assertEquals(14, ((Ast.Name) b.right()).col());
    Ast.JoinedStr multi = (Ast.JoinedStr) expr("y = f'''\n  {a +\n b}'''");
    Ast.BinOp m = (Ast.BinOp) ((Ast.FormattedValue) multi.values().get(1)).value();
    assertEquals(2, m.line());
    assertEquals(3, m.col());
    assertEquals(3, m.right().line());
    assertEquals(1, m.right().col());
  }

  @Test
  void fstringErrors() {
    assertSyntaxError("f-string: empty expression not allowed", 1, 10, "x = f'{}'");
    assertSyntaxError("f-string: empty expression not allowed", 1, 11, "x = f'{ }'");
    assertSyntaxError("f-string: expecting '}'", 1, 10, "x = f'{x'");
    assertSyntaxError("f-string: single '}' is not allowed", 1, 9, "x = f'}'");
    assertSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13,
        "x = f'{x!z}'");
    assertSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12,
        "x = f'{x!}'");
    assertSyntaxError("f-string expression part cannot include a backslash", 1, 12,
        "x = f'{\\n}'");
    assertSyntaxError("f-string expression part cannot include '#'", 1, 12, "x = f'{x#}'");
    assertSyntaxError("f-string: expressions nested too deeply", 1, 19, "x = f'{x:{y:{z}}}'");
    assertSyntaxError("f-string: expression required before '!'", 1, 12, "x = f'{!r}'");
    assertSyntaxError("f-string: unmatched ')'", 1, 12, "x = f'{a)}'");
    assertSyntaxError("f-string: unterminated string", 1, 12, "x = f'{\"a}'");
    // errors inside the expression are located, as CPython does, in the "(...)" it parses
    assertSyntaxError("f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2,
        "x = f'{a b}'");
    assertSyntaxError("f-string: invalid syntax", 1, 10, "x = f'{lambda x: 1}'");
    assertSyntaxError("f-string: cannot use starred expression here", 1, 2, "x = f'{*a}'");
    assertSyntaxError("f-string: invalid syntax. Perhaps you forgot a comma?", 3, 2,
        "x = 1\ny = f'''\n{a b}'''");
  }

  @Test
  void fstringTextOfErrorsInsideTheExpression() {
    SyntaxErrorException e = ParseTesting.error("x = f'{a b}'");
    assertEquals("(a b)", e.lineText());
  }

  @Test
  void formattedValueWithoutSpecHasNullSpec() {
    Ast.FormattedValue fv = (Ast.FormattedValue) ((Ast.JoinedStr) expr("f'{a}'")).values().get(0);
    assertNull(fv.formatSpec());
    assertInstanceOf(Ast.Name.class, fv.value());
  }
}
