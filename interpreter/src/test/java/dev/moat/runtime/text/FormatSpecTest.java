package dev.moat.runtime.text;

import static dev.moat.runtime.text.TestSupport.assertPyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** FormatSpec parsing; error texts from CPython 3.11. */
class FormatSpecTest {

  @Test
  void parsesEveryField() {
    FormatSpec s = FormatSpec.forFloat("*^+z#012_.3e");
    assertEquals('*', s.fill());
    assertEquals('^', s.align());
    assertEquals('+', s.sign());
    assertTrue(s.noNegZero());
    assertTrue(s.alternate());
    assertEquals(12, s.width());
    assertEquals('_', s.grouping());
    assertEquals(3, s.precision());
    assertEquals('e', s.type());
    assertEquals("float", s.typeName());
    assertEquals("*^+z#012_.3e", s.text());
    assertFalse(s.isEmpty());
  }

  @Test
  void defaultsDependOnTheType() {
    FormatSpec i = FormatSpec.forInt("");
    assertTrue(i.isEmpty());
    assertEquals('d', i.type());
    assertEquals('>', i.align());
    assertEquals(' ', i.fill());
    assertEquals(-1, i.width());
    assertEquals(-1, i.precision());
    assertEquals(0, i.sign());
    assertEquals(0, i.grouping());
    assertEquals(0, FormatSpec.forFloat("5").type());
    assertEquals('s', FormatSpec.forStr("5").type());
    assertEquals('<', FormatSpec.forStr("5").align());
    assertEquals("bool", FormatSpec.forInt("", "bool").typeName());
    FormatSpec custom = FormatSpec.parse("10", "Decimal", 'g', '<');
    assertEquals('g', custom.type());
    assertEquals('<', custom.align());
    assertEquals("Decimal", custom.typeName());
  }

  @Test
  void zeroFlagMeansSignAwarePaddingForNumbersOnly() {
    FormatSpec n = FormatSpec.forInt("08");
    assertEquals('0', n.fill());
    assertEquals('=', n.align());
    assertEquals(8, n.width());
    FormatSpec s = FormatSpec.forStr("08");
    assertEquals('0', s.fill());
    assertEquals('<', s.align());
    FormatSpec explicit = FormatSpec.forInt("<08");
    assertEquals('0', explicit.fill());
    assertEquals('<', explicit.align());
    FormatSpec fillGiven = FormatSpec.forInt("x>08");
    assertEquals('x', fillGiven.fill());
    assertEquals(8, fillGiven.width()); // the '0' is then part of the width
  }

  @Test
  void fillMayBeAnyCodePoint() {
    FormatSpec s = FormatSpec.forStr(new String(Character.toChars(0x1F600)) + "^9");
    assertEquals(0x1F600, s.fill());
    assertEquals('^', s.align());
    assertEquals('<', FormatSpec.forInt("<<").fill());
    assertEquals('<', FormatSpec.forInt("<<").align());
  }

  @Test
  void unicodeDigitsAreAcceptedInWidthAndPrecision() {
    FormatSpec s = FormatSpec.forFloat("\u0661\u0660.\u0662");
    assertEquals(10, s.width());
    assertEquals(2, s.precision());
  }

  @Test
  void untypedSpecsAreParsedByTheFormatter() {
    FormatSpec raw = FormatSpec.parse("<<<");
    assertFalse(raw.isTyped());
    assertEquals("<<<", raw.text());
    assertThrows(IllegalStateException.class, raw::type);
    assertPyError("ValueError", "Unknown format code '<' for object of type 'int'",
        () -> NumberFormat.formatInt(1L, raw));
    assertPyError("ValueError", "Unknown format code 'q' for object of type 'bool'",
        () -> NumberFormat.formatInt(true, FormatSpec.parse("5q")));
    assertPyError("ValueError", "Cannot specify ',' with 's'.", () -> NumberFormat.formatStr("a", FormatSpec.parse(",")));
    assertEquals("ab000", NumberFormat.formatStr("ab", FormatSpec.parse("05")));
    assertEquals("00001.50", NumberFormat.formatFloat(1.5, FormatSpec.parse("08.2f")));
    assertEquals("-0,001", NumberFormat.formatInt(-1L, FormatSpec.parse("06,")));
    assertEquals("  1  ", NumberFormat.formatInt(true, FormatSpec.parse("^5")));
    assertEquals("True", NumberFormat.formatInt(true, FormatSpec.parse("")));
    assertTrue(FormatSpec.forInt("5").isTyped());
    // a spec parsed for another type is re-parsed with the formatter's defaults
    assertEquals("1    ", NumberFormat.formatInt(1L, FormatSpec.forStr("<5")));
  }

  @Test
  void underscoreGroupingIsAllowedWithBinOctHex() {
    assertEquals('_', FormatSpec.forInt("_x").grouping());
    assertEquals('_', FormatSpec.forInt("_b").grouping());
    assertEquals(',', FormatSpec.forFloat(",").grouping());
    assertEquals(',', FormatSpec.forInt(",%").grouping());
  }

  @Test
  void parseErrorsMatchCPython() {
    assertPyError("ValueError", "Invalid format specifier 'abc' for object of type 'int'", () -> FormatSpec.forInt("abc"));
    assertPyError("ValueError", "Invalid format specifier 'abc' for object of type 'float'", () -> FormatSpec.forFloat("abc"));
    assertPyError("ValueError", "Invalid format specifier 'abc' for object of type 'str'", () -> FormatSpec.forStr("abc"));
    assertPyError("ValueError", "Cannot specify both ',' and '_'.", () -> FormatSpec.forInt(",_"));
    assertPyError("ValueError", "Cannot specify both ',' and '_'.", () -> FormatSpec.forFloat(",_"));
    assertPyError("ValueError", "Cannot specify both ',' and '_'.", () -> FormatSpec.forStr(",_"));
    assertPyError("ValueError", "Cannot specify both ',' and '_'.", () -> FormatSpec.forInt("_,"));
    assertPyError("ValueError", "Cannot specify both ',' and '_'.", () -> FormatSpec.forFloat("_,"));
    assertPyError("ValueError", "Cannot specify both ',' and '_'.", () -> FormatSpec.forStr("_,"));
    assertPyError("ValueError", "Cannot specify ',' with ','.", () -> FormatSpec.forInt(",,"));
    assertPyError("ValueError", "Cannot specify ',' with ','.", () -> FormatSpec.forFloat(",,"));
    assertPyError("ValueError", "Cannot specify ',' with ','.", () -> FormatSpec.forStr(",,"));
    assertPyError("ValueError", "Format specifier missing precision", () -> FormatSpec.forInt("."));
    assertPyError("ValueError", "Format specifier missing precision", () -> FormatSpec.forFloat("."));
    assertPyError("ValueError", "Format specifier missing precision", () -> FormatSpec.forStr("."));
    assertPyError("ValueError", "Too many decimal digits in format string", () -> FormatSpec.forInt(".999999999999999999999999999999"));
    assertPyError("ValueError", "Too many decimal digits in format string", () -> FormatSpec.forFloat(".999999999999999999999999999999"));
    assertPyError("ValueError", "Too many decimal digits in format string", () -> FormatSpec.forStr(".999999999999999999999999999999"));
    assertPyError("ValueError", "Too many decimal digits in format string", () -> FormatSpec.forInt("999999999999999999999999999999"));
    assertPyError("ValueError", "Too many decimal digits in format string", () -> FormatSpec.forFloat("999999999999999999999999999999"));
    assertPyError("ValueError", "Too many decimal digits in format string", () -> FormatSpec.forStr("999999999999999999999999999999"));
    assertPyError("ValueError", "Cannot specify ',' with 's'.", () -> FormatSpec.forInt(",s"));
    assertPyError("ValueError", "Cannot specify ',' with 's'.", () -> FormatSpec.forFloat(",s"));
    assertPyError("ValueError", "Cannot specify ',' with 's'.", () -> FormatSpec.forStr(",s"));
    assertPyError("ValueError", "Cannot specify '_' with 's'.", () -> FormatSpec.forInt("_s"));
    assertPyError("ValueError", "Cannot specify '_' with 's'.", () -> FormatSpec.forFloat("_s"));
    assertPyError("ValueError", "Cannot specify '_' with 's'.", () -> FormatSpec.forStr("_s"));
    assertPyError("ValueError", "Cannot specify ',' with 'c'.", () -> FormatSpec.forInt(",c"));
    assertPyError("ValueError", "Cannot specify ',' with 'c'.", () -> FormatSpec.forFloat(",c"));
    assertPyError("ValueError", "Cannot specify ',' with 'c'.", () -> FormatSpec.forStr(",c"));
    assertPyError("ValueError", "Cannot specify '_' with 'n'.", () -> FormatSpec.forInt("_n"));
    assertPyError("ValueError", "Cannot specify '_' with 'n'.", () -> FormatSpec.forFloat("_n"));
    assertPyError("ValueError", "Cannot specify '_' with 'n'.", () -> FormatSpec.forStr("_n"));
    assertPyError("ValueError", "Cannot specify ',' with 'b'.", () -> FormatSpec.forInt(",b"));
    assertPyError("ValueError", "Cannot specify ',' with 'b'.", () -> FormatSpec.forFloat(",b"));
    assertPyError("ValueError", "Cannot specify ',' with 'b'.", () -> FormatSpec.forStr(",b"));
    assertPyError("ValueError", "Cannot specify ',' with 'x'.", () -> FormatSpec.forInt(",x"));
    assertPyError("ValueError", "Cannot specify ',' with 'x'.", () -> FormatSpec.forFloat(",x"));
    assertPyError("ValueError", "Cannot specify ',' with 'x'.", () -> FormatSpec.forStr(",x"));
    assertPyError("ValueError", "Cannot specify ',' with '\\xe9'.", () -> FormatSpec.forInt(",\u00e9"));
    assertPyError("ValueError", "Cannot specify ',' with '\\xe9'.", () -> FormatSpec.forFloat(",\u00e9"));
    assertPyError("ValueError", "Cannot specify ',' with '\\xe9'.", () -> FormatSpec.forStr(",\u00e9"));
    assertPyError("ValueError", "Invalid format specifier 'xx' for object of type 'int'", () -> FormatSpec.forInt("xx"));
    assertPyError("ValueError", "Invalid format specifier 'xx' for object of type 'float'", () -> FormatSpec.forFloat("xx"));
    assertPyError("ValueError", "Invalid format specifier 'xx' for object of type 'str'", () -> FormatSpec.forStr("xx"));
    assertPyError("ValueError", "Invalid format specifier '10.5.3' for object of type 'int'", () -> FormatSpec.forInt("10.5.3"));
    assertPyError("ValueError", "Invalid format specifier '10.5.3' for object of type 'float'", () -> FormatSpec.forFloat("10.5.3"));
    assertPyError("ValueError", "Invalid format specifier '10.5.3' for object of type 'str'", () -> FormatSpec.forStr("10.5.3"));
  }
}
