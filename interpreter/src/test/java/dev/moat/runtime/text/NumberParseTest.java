package dev.moat.runtime.text;

import static dev.moat.runtime.text.TestSupport.assertBits;
import static dev.moat.runtime.text.TestSupport.assertPyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** int()/float() parsing and str(int); expected values and errors from CPython 3.11. */
class NumberParseTest {
  private static final String LIMIT_TO_INT = "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; "
      + "use sys.set_int_max_str_digits() to increase the limit";

  @Test
  void parseIntAgainstCPython() {
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("0", 0));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("0", 10));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("-0", 0));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("-0", 10));
    assertEquals(Long.valueOf(7L), NumberParse.parseInt("+7", 0));
    assertEquals(Long.valueOf(7L), NumberParse.parseInt("+7", 10));
    assertEquals(Long.valueOf(42L), NumberParse.parseInt(" 42 ", 0));
    assertEquals(Long.valueOf(42L), NumberParse.parseInt(" 42 ", 10));
    assertEquals(Long.valueOf(42L), NumberParse.parseInt("\t42\n", 0));
    assertEquals(Long.valueOf(42L), NumberParse.parseInt("\t42\n", 10));
    assertEquals(Long.valueOf(1000L), NumberParse.parseInt("1_000", 0));
    assertEquals(Long.valueOf(1000L), NumberParse.parseInt("1_000", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '1__000'", () -> NumberParse.parseInt("1__000", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '1__000'", () -> NumberParse.parseInt("1__000", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '_1'", () -> NumberParse.parseInt("_1", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '_1'", () -> NumberParse.parseInt("_1", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '1_'", () -> NumberParse.parseInt("1_", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '1_'", () -> NumberParse.parseInt("1_", 10));
    assertEquals(Long.valueOf(31L), NumberParse.parseInt("0x1f", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0x1f'", () -> NumberParse.parseInt("0x1f", 10));
    assertEquals(Long.valueOf(31L), NumberParse.parseInt("0X1F", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0X1F'", () -> NumberParse.parseInt("0X1F", 10));
    assertEquals(Long.valueOf(15L), NumberParse.parseInt("0o17", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0o17'", () -> NumberParse.parseInt("0o17", 10));
    assertEquals(Long.valueOf(5L), NumberParse.parseInt("0b101", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0b101'", () -> NumberParse.parseInt("0b101", 10));
    assertEquals(Long.valueOf(31L), NumberParse.parseInt("0x_1f", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0x_1f'", () -> NumberParse.parseInt("0x_1f", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '0x__1f'", () -> NumberParse.parseInt("0x__1f", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0x__1f'", () -> NumberParse.parseInt("0x__1f", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '0_7'", () -> NumberParse.parseInt("0_7", 0));
    assertEquals(Long.valueOf(7L), NumberParse.parseInt("0_7", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '07'", () -> NumberParse.parseInt("07", 0));
    assertEquals(Long.valueOf(7L), NumberParse.parseInt("07", 10));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("00", 0));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("00", 10));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("0_0", 0));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("0_0", 10));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("000", 0));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("000", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '0b'", () -> NumberParse.parseInt("0b", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0b'", () -> NumberParse.parseInt("0b", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '0x'", () -> NumberParse.parseInt("0x", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0x'", () -> NumberParse.parseInt("0x", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: ''", () -> NumberParse.parseInt("", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: ''", () -> NumberParse.parseInt("", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: ' '", () -> NumberParse.parseInt(" ", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: ' '", () -> NumberParse.parseInt(" ", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '+'", () -> NumberParse.parseInt("+", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '+'", () -> NumberParse.parseInt("+", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '-'", () -> NumberParse.parseInt("-", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '-'", () -> NumberParse.parseInt("-", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '+-1'", () -> NumberParse.parseInt("+-1", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '+-1'", () -> NumberParse.parseInt("+-1", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '- 1'", () -> NumberParse.parseInt("- 1", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '- 1'", () -> NumberParse.parseInt("- 1", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '1 2'", () -> NumberParse.parseInt("1 2", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '1 2'", () -> NumberParse.parseInt("1 2", 10));
    assertEquals(Long.valueOf(12L), NumberParse.parseInt("\u0661\u0662", 0));
    assertEquals(Long.valueOf(12L), NumberParse.parseInt("\u0661\u0662", 10));
    assertEquals(Long.valueOf(12L), NumberParse.parseInt("\uff11\uff12", 0));
    assertEquals(Long.valueOf(12L), NumberParse.parseInt("\uff11\uff12", 10));
    assertEquals(Long.valueOf(1L), NumberParse.parseInt("\u20031\u2003", 0));
    assertEquals(Long.valueOf(1L), NumberParse.parseInt("\u20031\u2003", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '\\x1c1'", () -> NumberParse.parseInt("\0341", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '\\x1c1'", () -> NumberParse.parseInt("\0341", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '1\\x00'", () -> NumberParse.parseInt("1\000", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '1\\x00'", () -> NumberParse.parseInt("1\000", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '12\u00e9'", () -> NumberParse.parseInt("12\u00e9", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '12\u00e9'", () -> NumberParse.parseInt("12\u00e9", 10));
    assertEquals(new BigInteger("99999999999999999999"), NumberParse.parseInt("99999999999999999999", 0));
    assertEquals(new BigInteger("99999999999999999999"), NumberParse.parseInt("99999999999999999999", 10));
    assertEquals(new BigInteger("-9999999999999999999"), NumberParse.parseInt("-9999999999999999999", 0));
    assertEquals(new BigInteger("-9999999999999999999"), NumberParse.parseInt("-9999999999999999999", 10));
    assertEquals(Long.valueOf(9223372036854775807L), NumberParse.parseInt("9223372036854775807", 0));
    assertEquals(Long.valueOf(9223372036854775807L), NumberParse.parseInt("9223372036854775807", 10));
    assertEquals(new BigInteger("9223372036854775808"), NumberParse.parseInt("9223372036854775808", 0));
    assertEquals(new BigInteger("9223372036854775808"), NumberParse.parseInt("9223372036854775808", 10));
    assertEquals(Long.valueOf(Long.MIN_VALUE), NumberParse.parseInt("-9223372036854775808", 0));
    assertEquals(Long.valueOf(Long.MIN_VALUE), NumberParse.parseInt("-9223372036854775808", 10));
    assertEquals(new BigInteger("-9223372036854775809"), NumberParse.parseInt("-9223372036854775809", 0));
    assertEquals(new BigInteger("-9223372036854775809"), NumberParse.parseInt("-9223372036854775809", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: 'z'", () -> NumberParse.parseInt("z", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: 'z'", () -> NumberParse.parseInt("z", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '1e5'", () -> NumberParse.parseInt("1e5", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '1e5'", () -> NumberParse.parseInt("1e5", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '1.0'", () -> NumberParse.parseInt("1.0", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '1.0'", () -> NumberParse.parseInt("1.0", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: 'abc'", () -> NumberParse.parseInt("abc", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: 'abc'", () -> NumberParse.parseInt("abc", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", () -> NumberParse.parseInt("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", () -> NumberParse.parseInt("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '0x1g'", () -> NumberParse.parseInt("0x1g", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0x1g'", () -> NumberParse.parseInt("0x1g", 10));
    assertEquals(Long.valueOf(1L), NumberParse.parseInt("\ud81a\udec1", 0));
    assertEquals(Long.valueOf(1L), NumberParse.parseInt("\ud81a\udec1", 10));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("\ud835\udfce", 0));
    assertEquals(Long.valueOf(0L), NumberParse.parseInt("\ud835\udfce", 10));
    assertPyError("ValueError", "invalid literal for int() with base 0: '\u00b2'", () -> NumberParse.parseInt("\u00b2", 0));
    assertPyError("ValueError", "invalid literal for int() with base 10: '\u00b2'", () -> NumberParse.parseInt("\u00b2", 10));
    assertEquals(Long.valueOf(5L), NumberParse.parseInt("\013\0145\r", 0));
    assertEquals(Long.valueOf(5L), NumberParse.parseInt("\013\0145\r", 10));
    assertEquals(Long.valueOf(255L), NumberParse.parseInt("ff", 16));
    assertEquals(Long.valueOf(255L), NumberParse.parseInt("0xff", 16));
    assertPyError("ValueError", "invalid literal for int() with base 10: '0xff'", () -> NumberParse.parseInt("0xff", 10));
    assertEquals(Long.valueOf(15L), NumberParse.parseInt("0o17", 8));
    assertEquals(Long.valueOf(1L), NumberParse.parseInt("0b1", 2));
    assertEquals(Long.valueOf(177L), NumberParse.parseInt("0b1", 16));
    assertEquals(Long.valueOf(1295L), NumberParse.parseInt("Zz", 36));
    assertEquals(Long.valueOf(2L), NumberParse.parseInt("10", 2));
    assertPyError("ValueError", "invalid literal for int() with base 2: '2'", () -> NumberParse.parseInt("2", 2));
    assertPyError("ValueError", "invalid literal for int() with base 16: '0x'", () -> NumberParse.parseInt("0x", 16));
    assertPyError("ValueError", "invalid literal for int() with base 16: '0x_'", () -> NumberParse.parseInt("0x_", 16));
    assertPyError("ValueError", "invalid literal for int() with base 16: '0x1__2'", () -> NumberParse.parseInt("0x1__2", 16));
    assertPyError("ValueError", "int() base must be >= 2 and <= 36, or 0", () -> NumberParse.parseInt("1", 1));
    assertPyError("ValueError", "int() base must be >= 2 and <= 36, or 0", () -> NumberParse.parseInt("1", 37));
    assertPyError("ValueError", "int() base must be >= 2 and <= 36, or 0", () -> NumberParse.parseInt("1", -1));
    assertEquals(Long.valueOf(-1L), NumberParse.parseInt("-0b_1", 0));
    assertEquals(Long.valueOf(3L), NumberParse.parseInt("1_0", 3));
    assertEquals(Long.valueOf(4L), NumberParse.parseInt("11", 3));
    assertEquals(Long.valueOf(-35L), NumberParse.parseInt("-z", 36));
  }

  @Test
  void parseFloatAgainstCPython() {
    assertBits(0.0, NumberParse.parseFloat("0"));
    assertBits(-0.0, NumberParse.parseFloat("-0"));
    assertBits(1.5, NumberParse.parseFloat("1.5"));
    assertBits(1.5, NumberParse.parseFloat(" 1.5 "));
    assertBits(10.5, NumberParse.parseFloat("1_0.5"));
    assertPyError("ValueError", "could not convert string to float: '1_.5'", () -> NumberParse.parseFloat("1_.5"));
    assertPyError("ValueError", "could not convert string to float: '1._5'", () -> NumberParse.parseFloat("1._5"));
    assertPyError("ValueError", "could not convert string to float: '_1'", () -> NumberParse.parseFloat("_1"));
    assertPyError("ValueError", "could not convert string to float: '1_'", () -> NumberParse.parseFloat("1_"));
    assertPyError("ValueError", "could not convert string to float: '1__0'", () -> NumberParse.parseFloat("1__0"));
    assertBits(0.5, NumberParse.parseFloat(".5"));
    assertBits(5.0, NumberParse.parseFloat("5."));
    assertPyError("ValueError", "could not convert string to float: '.'", () -> NumberParse.parseFloat("."));
    assertBits(100000.0, NumberParse.parseFloat("1e5"));
    assertBits(100000.0, NumberParse.parseFloat("1E+05"));
    assertBits(1e-05, NumberParse.parseFloat("1e-5"));
    assertPyError("ValueError", "could not convert string to float: '1e'", () -> NumberParse.parseFloat("1e"));
    assertPyError("ValueError", "could not convert string to float: '1e+'", () -> NumberParse.parseFloat("1e+"));
    assertPyError("ValueError", "could not convert string to float: 'e5'", () -> NumberParse.parseFloat("e5"));
    assertBits(100000.0, NumberParse.parseFloat("1.e5"));
    assertPyError("ValueError", "could not convert string to float: '.e5'", () -> NumberParse.parseFloat(".e5"));
    assertBits(Double.POSITIVE_INFINITY, NumberParse.parseFloat("inf"));
    assertBits(Double.NEGATIVE_INFINITY, NumberParse.parseFloat("-inf"));
    assertBits(Double.POSITIVE_INFINITY, NumberParse.parseFloat("+INF"));
    assertBits(Double.POSITIVE_INFINITY, NumberParse.parseFloat("Infinity"));
    assertBits(Double.NEGATIVE_INFINITY, NumberParse.parseFloat("-iNfInItY"));
    assertPyError("ValueError", "could not convert string to float: 'infinit'", () -> NumberParse.parseFloat("infinit"));
    assertBits(Double.NaN, NumberParse.parseFloat("nan"));
    assertBits(Double.NaN, NumberParse.parseFloat("-nan"));
    assertBits(Double.NaN, NumberParse.parseFloat("NaN"));
    assertPyError("ValueError", "could not convert string to float: 'nan_'", () -> NumberParse.parseFloat("nan_"));
    assertPyError("ValueError", "could not convert string to float: 'in_f'", () -> NumberParse.parseFloat("in_f"));
    assertPyError("ValueError", "could not convert string to float: '0x1p3'", () -> NumberParse.parseFloat("0x1p3"));
    assertPyError("ValueError", "could not convert string to float: '1d'", () -> NumberParse.parseFloat("1d"));
    assertPyError("ValueError", "could not convert string to float: '1f'", () -> NumberParse.parseFloat("1f"));
    assertPyError("ValueError", "could not convert string to float: ''", () -> NumberParse.parseFloat(""));
    assertPyError("ValueError", "could not convert string to float: '  '", () -> NumberParse.parseFloat("  "));
    assertBits(Double.POSITIVE_INFINITY, NumberParse.parseFloat("1e500"));
    assertBits(Double.NEGATIVE_INFINITY, NumberParse.parseFloat("-1e500"));
    assertBits(0.0, NumberParse.parseFloat("1e-500"));
    assertBits(1.0, NumberParse.parseFloat("\u00a01\u3000"));
    assertBits(1.5, NumberParse.parseFloat("\u0661.\u0665"));
    assertPyError("ValueError", "could not convert string to float: '\u0661\u066b\u0665'", () -> NumberParse.parseFloat("\u0661\u066b\u0665"));
    assertPyError("ValueError", "could not convert string to float: '1\\x00'", () -> NumberParse.parseFloat("1\000"));
    assertPyError("ValueError", "could not convert string to float: '+-1'", () -> NumberParse.parseFloat("+-1"));
    assertPyError("ValueError", "could not convert string to float: '++1'", () -> NumberParse.parseFloat("++1"));
    assertPyError("ValueError", "could not convert string to float: '1 e5'", () -> NumberParse.parseFloat("1 e5"));
    assertBits(10000001000000.0, NumberParse.parseFloat("1_000.000_1e1_0"));
    assertBits(5e-324, NumberParse.parseFloat("4.9e-324"));
    assertBits(0.0, NumberParse.parseFloat("2.4703282292062327e-324"));
    assertBits(5e-324, NumberParse.parseFloat("2.4703282292062328e-324"));
    assertBits(1.7976931348623157e+308, NumberParse.parseFloat("1.7976931348623157e308"));
    assertBits(1.7976931348623157e+308, NumberParse.parseFloat("1.7976931348623158e308"));
    assertBits(Double.POSITIVE_INFINITY, NumberParse.parseFloat("1.7976931348623159e308"));
    assertBits(Double.POSITIVE_INFINITY, NumberParse.parseFloat("1e99999999999999999999"));
    assertBits(0.0, NumberParse.parseFloat("1e-99999999999999999999"));
    assertBits(0.0, NumberParse.parseFloat("0e99999999999999999999"));
    assertBits(2.675, NumberParse.parseFloat("2.675"));
    assertPyError("ValueError", "could not convert string to float: '\\x1c1.5'", () -> NumberParse.parseFloat("\0341.5"));
    assertBits(0.1, NumberParse.parseFloat("0.1"));
    assertBits(9007199254740992.0, NumberParse.parseFloat("9007199254740993"));
    assertBits(1e+23, NumberParse.parseFloat("1e23"));
    assertBits(8.98846567431158e+307, NumberParse.parseFloat("8.98846567431158e307"));
    assertPyError("ValueError", "could not convert string to float: 'xxxxx'", () -> NumberParse.parseFloat("xxxxx"));
  }

  @Test
  void digitLimitAgainstCPython() {
    assertEquals("0", NumberParse.intToDecimal(0L));
    assertEquals("1", NumberParse.intToDecimal(1L));
    assertEquals("-1", NumberParse.intToDecimal(-1L));
    assertEquals("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", NumberParse.intToDecimal(new BigInteger("1f512f2d102aa6dd849cd57b91bfe6944da6678d05acbfb0a7cc1b3515250745da6a67e1b85502757edf96d3f1bec8bf59fdcd0cedaa470d567a21bee0e39d6d24650864d8aefdb0883d08ad07cfd1ca5320e7f00d764e960399d71c3df01411f7c81840b578c10d5fa4fdf2c7194370407dad7ce76194c630650090b0592aef2b60abc2365ae8541043fcce4aa22f7492c2afc5171f30850b5333f2a485fc218ac928ea9ac455d046ac7979dd7d57a9d4491cd552258898b1f78d1a696ca82c56d753759a7db78bc9df58c63fb13c1a5c2a041455564125f509f4aea6779f1d6b9c00dfbdcda9681d9b94764b23763c1a79205e8500da474521c57d6da5f510a3ae070d8bbbbc442a24e2d678b485bd5fed67a539dba2e4090636e2f248f48afdd414ebeeda26c1bae16204d632e6bdaedb3bba86b3cf0ca5d19b61a66735df7b058cf7d381875b6878d50639b53c5d190b4db863456d579344eba923274d5fe44390ddde6028a224656494268fe2f57b593f16f3a8ca48cac94c62b3b554bf66d245960aa33281cc64c2439920804fa6b01ab30bea8c06147449f104bff0044142a689da02f84a948ff5e6b8989a1c407b9e0cdf4d4a28e7bd65696fe720e2920d9541d74d4a78aa67031554453fff35b2d29a7046b723675eba868936feffd469eb3fea18f5c81a8211b118b662ddb9efaafe3fc8217901d8f57eae65f7b48989f0cded09a10c8f714f92c2f660619841ee6b3c74c0120987d26f0a63ca9c71e2b809bac797d57a1d2eb4c2ae53bfe95124b60fb3c2c2ca2c7a1830f4a5e372e22072a25d4f7cfd9c6028a1a27fb77edd32e9cb87cfc16300af046d3c93b403cdde7f6ab9e71217b133b51b6d3379e0ffb701ff155ac7e42cfe740e7603a4567c2a09dc3fa8691bca5b22c5c72e5233cb9376d8d7e2fab1e8f2c4f5aaef70e37967efd192b5c483016efb6a81f83ac53e1491edb9f84f2a287aaa769cd414dfe3048531831b8d4bf46d71d6d551414b1d4a2dadd6c213d717d1923606cfc0a5ee4e0a90d0e5002bd7392f6251ed91ab2a7ce1c61d6bc0c8eff523b73f4be26b152e37ae2de8a148ef6ff0d209975ab37a1d5eed2da2122939365b38541c1572921dedd16f149634a044c8ca6176d9f6468600f5dbf83cdaebc41567c9551b19135052a9e5b7fbd475f8ac2f8fd696224244a1b3dc16672740138c52bbcb018f0e904d97b65aedcc059fc77a428b5492efdaecf40e6cbb7b55003bedc543d626c1cb08299896d210ca8c6960d268f0c1217856913fb51510a3b99490ca1cd6eca7c80a1a3991b9bc99f1390141fb6a10076f40a0e641fff2464e15f717ed1352c6928bdfccfe5b20e1ff332119a9f673e0923a2168a8ea4d77e940bf2ee7fcd0bc86ec61dd064791c9819eb308a71f3cc52e1d786b7a77e7b58cf53d880e5190c1898aa24c221c0bbce27baa9cc3a66704c32dda41dc703ed1e10b4bb9267a14883b868e540a4ee556662be611393fc24840de4aac409d67c2edeec042bfe4c93893c557bc5c1be42843a593a129656141364e96084860b179f3ebd702259e9f59f5e213c0b1e16e13c716481122cea49ac18e8ad566a89397b862cf8f39867bb1ef1be5fee78b15499a755bf480d4a6ae30aa14f50103346e2df464ae0d117a79fd5f7a2185ec2fc5cf76a8ab3ab14cb90218a2684d4ec1e90dce51d5270c0472ad64c1816cc0f4f72998953e69757a99fc0d446fb6d20daa575d423e8bee8000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 16)));
    assertEquals("9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", NumberParse.intToDecimal(new BigInteger("1392bd7c2a1aa84a72e2056d3b17f01cb08800b8238bf7ce68df91012d37248ba88280ed133521896f4bbe4477173d77983ea028148a6c68560c55174c8e426436bf253f076d5e8e5526256c24e1e31e73f490f60869f11dc2402671a6b60c8b3add0f28716b78a85bc71eb7bc6fca26284e8c6e109cfcfbde3f205a6e37bad57b1c6b5961f8d1348a2a7e00eea55da8dbb9addb2e737e5327140077a6d3bd94f6bdb992a0bab5a22c2bcbec2a6e56ca24adb2055357755f6f3ab83081e3e91bb6469429808e92b75e2b977be7cec590799a428cb555e8b7b92638ed280ac3726341808bd6a089e112813cc9eef629e5908bb43b1320886c8b351b6e6487b92a664cc468775555aa9a570dc60b70d3965bf460c7442945ce85a3e24dd76d98d6dea48d137548583914ccdd4305dfd0368d49055494306167e7a3011d080081abace3781ae430f499214b8523e41145ba2fa710933e0b6456bc0b1349b5f8905beeaa3a8aaafc196556bf5edc9819edd96d17c76e58497e6d7ebdcfbdb05154f7a0436b7dc6a5ff911fbef96a3fb45031c82e10afe7729783ccc8ae36a2f7f602a8c9a8162841db2e9cd9f9b0335f6051a84d42c80b904e5990d65f61e5f0748d9b487d4926904e8b6a8061ed54ab47ff818fc3a0862c3276209b349415c25f5fe4c23307f24f999d10914b0eaf71fdca9435cadee7dd14eba127996f2cffbad0d5f63680b42604a7d9a6d1bbb9d9fc3cff29350305c8f80b45f4e385667e5ea1c72db30614bcbee56c523d30f9acf457f1d2b6f1c9d059b9be5bcc4f1e98e7ae27cd5447a57a51ae1e81bc1965058fd2af4a3fd21f34e1d8dde06d62c445dc508260ab0fa2b4306b4ecec0513124402c2c9fd2613f6d58bcee9c1f088909c246b60d9a4629a7c941b15e78f5bb9c7cf3605f3c2a4786eddcaf3197bb198ad5a68e2be0f5e2fbb19ad1e0e55d22913b24bb46ccdb34943b317a594caa8a22048d0bede2d33ef1f1384f78c467264552c8cef24e5c8ca6394c666ee2fb61c441d867b4f0c69a828f201b6683bd9d73347b0afa8e0d1bd263587d95f93652878f6d82ed3ce2ccdcb164cd95a5f68345fe98b02c525b543c854b59c3c1f90334918d679b52b4a2e56cdde0e42afd7e7cea4839ec13c099a97b2608d35a8d60ddd530efac1233aa2f92fd64c9bb6b9db9e61dd5696ae510698e0078880c37b3b55ee0f9691a307ed1f8d49f8383dcac699714dbd5e8d4188903f52d152025749b4a65d8391ee519ff5e434a7e97c1dc83819678b4eb361ac7d12d2a6653fcda7e520653e8dd065063fb1415e036c3a0c93d224a04a588648fe93ff76bf0cdba6ef42c13bc1b976be01ef8f48d3f7ff4b00a3a086c5b6454e16992706af1c8777d50fe0275d453bd2a23ecbb1df1032fe5687385fb3cd26b432c8af0d17819467508f2fa78f5f6a56f955187560d8d4aa1fa480062f9fca86929c627432ca70f53b80c4cd5253418f486714f55ffdb6fcac3c7d96d288aeeaba86260d9d4b53829b7eefdc35c5b56d5b9916e992a477c44b9df5cc8c1f11dc52d3c6eec387366615783239839ad4c586f2ce4cc5c6ded0ab5c126e0b8f916c560295c3ed33dc1b983f40d4f35716fbf50b6ed4e00895978d084e82cde6a4d1920a200c4dcb8beecc82aec8c3e5bac54f3b39ddba1aa296b04aecff3a14f658130513931a8a0f325386782c7ac5ef8f0e3f8991a79ff5d4701e96ca03d884ac5d243488a769a496717750fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", 16)));
    assertPyError("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", () -> NumberParse.intToDecimal(new BigInteger("1392bd7c2a1aa84a72e2056d3b17f01cb08800b8238bf7ce68df91012d37248ba88280ed133521896f4bbe4477173d77983ea028148a6c68560c55174c8e426436bf253f076d5e8e5526256c24e1e31e73f490f60869f11dc2402671a6b60c8b3add0f28716b78a85bc71eb7bc6fca26284e8c6e109cfcfbde3f205a6e37bad57b1c6b5961f8d1348a2a7e00eea55da8dbb9addb2e737e5327140077a6d3bd94f6bdb992a0bab5a22c2bcbec2a6e56ca24adb2055357755f6f3ab83081e3e91bb6469429808e92b75e2b977be7cec590799a428cb555e8b7b92638ed280ac3726341808bd6a089e112813cc9eef629e5908bb43b1320886c8b351b6e6487b92a664cc468775555aa9a570dc60b70d3965bf460c7442945ce85a3e24dd76d98d6dea48d137548583914ccdd4305dfd0368d49055494306167e7a3011d080081abace3781ae430f499214b8523e41145ba2fa710933e0b6456bc0b1349b5f8905beeaa3a8aaafc196556bf5edc9819edd96d17c76e58497e6d7ebdcfbdb05154f7a0436b7dc6a5ff911fbef96a3fb45031c82e10afe7729783ccc8ae36a2f7f602a8c9a8162841db2e9cd9f9b0335f6051a84d42c80b904e5990d65f61e5f0748d9b487d4926904e8b6a8061ed54ab47ff818fc3a0862c3276209b349415c25f5fe4c23307f24f999d10914b0eaf71fdca9435cadee7dd14eba127996f2cffbad0d5f63680b42604a7d9a6d1bbb9d9fc3cff29350305c8f80b45f4e385667e5ea1c72db30614bcbee56c523d30f9acf457f1d2b6f1c9d059b9be5bcc4f1e98e7ae27cd5447a57a51ae1e81bc1965058fd2af4a3fd21f34e1d8dde06d62c445dc508260ab0fa2b4306b4ecec0513124402c2c9fd2613f6d58bcee9c1f088909c246b60d9a4629a7c941b15e78f5bb9c7cf3605f3c2a4786eddcaf3197bb198ad5a68e2be0f5e2fbb19ad1e0e55d22913b24bb46ccdb34943b317a594caa8a22048d0bede2d33ef1f1384f78c467264552c8cef24e5c8ca6394c666ee2fb61c441d867b4f0c69a828f201b6683bd9d73347b0afa8e0d1bd263587d95f93652878f6d82ed3ce2ccdcb164cd95a5f68345fe98b02c525b543c854b59c3c1f90334918d679b52b4a2e56cdde0e42afd7e7cea4839ec13c099a97b2608d35a8d60ddd530efac1233aa2f92fd64c9bb6b9db9e61dd5696ae510698e0078880c37b3b55ee0f9691a307ed1f8d49f8383dcac699714dbd5e8d4188903f52d152025749b4a65d8391ee519ff5e434a7e97c1dc83819678b4eb361ac7d12d2a6653fcda7e520653e8dd065063fb1415e036c3a0c93d224a04a588648fe93ff76bf0cdba6ef42c13bc1b976be01ef8f48d3f7ff4b00a3a086c5b6454e16992706af1c8777d50fe0275d453bd2a23ecbb1df1032fe5687385fb3cd26b432c8af0d17819467508f2fa78f5f6a56f955187560d8d4aa1fa480062f9fca86929c627432ca70f53b80c4cd5253418f486714f55ffdb6fcac3c7d96d288aeeaba86260d9d4b53829b7eefdc35c5b56d5b9916e992a477c44b9df5cc8c1f11dc52d3c6eec387366615783239839ad4c586f2ce4cc5c6ded0ab5c126e0b8f916c560295c3ed33dc1b983f40d4f35716fbf50b6ed4e00895978d084e82cde6a4d1920a200c4dcb8beecc82aec8c3e5bac54f3b39ddba1aa296b04aecff3a14f658130513931a8a0f325386782c7ac5ef8f0e3f8991a79ff5d4701e96ca03d884ac5d243488a769a4967177510000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 16)));
    assertEquals("-9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", NumberParse.intToDecimal(new BigInteger("-1392bd7c2a1aa84a72e2056d3b17f01cb08800b8238bf7ce68df91012d37248ba88280ed133521896f4bbe4477173d77983ea028148a6c68560c55174c8e426436bf253f076d5e8e5526256c24e1e31e73f490f60869f11dc2402671a6b60c8b3add0f28716b78a85bc71eb7bc6fca26284e8c6e109cfcfbde3f205a6e37bad57b1c6b5961f8d1348a2a7e00eea55da8dbb9addb2e737e5327140077a6d3bd94f6bdb992a0bab5a22c2bcbec2a6e56ca24adb2055357755f6f3ab83081e3e91bb6469429808e92b75e2b977be7cec590799a428cb555e8b7b92638ed280ac3726341808bd6a089e112813cc9eef629e5908bb43b1320886c8b351b6e6487b92a664cc468775555aa9a570dc60b70d3965bf460c7442945ce85a3e24dd76d98d6dea48d137548583914ccdd4305dfd0368d49055494306167e7a3011d080081abace3781ae430f499214b8523e41145ba2fa710933e0b6456bc0b1349b5f8905beeaa3a8aaafc196556bf5edc9819edd96d17c76e58497e6d7ebdcfbdb05154f7a0436b7dc6a5ff911fbef96a3fb45031c82e10afe7729783ccc8ae36a2f7f602a8c9a8162841db2e9cd9f9b0335f6051a84d42c80b904e5990d65f61e5f0748d9b487d4926904e8b6a8061ed54ab47ff818fc3a0862c3276209b349415c25f5fe4c23307f24f999d10914b0eaf71fdca9435cadee7dd14eba127996f2cffbad0d5f63680b42604a7d9a6d1bbb9d9fc3cff29350305c8f80b45f4e385667e5ea1c72db30614bcbee56c523d30f9acf457f1d2b6f1c9d059b9be5bcc4f1e98e7ae27cd5447a57a51ae1e81bc1965058fd2af4a3fd21f34e1d8dde06d62c445dc508260ab0fa2b4306b4ecec0513124402c2c9fd2613f6d58bcee9c1f088909c246b60d9a4629a7c941b15e78f5bb9c7cf3605f3c2a4786eddcaf3197bb198ad5a68e2be0f5e2fbb19ad1e0e55d22913b24bb46ccdb34943b317a594caa8a22048d0bede2d33ef1f1384f78c467264552c8cef24e5c8ca6394c666ee2fb61c441d867b4f0c69a828f201b6683bd9d73347b0afa8e0d1bd263587d95f93652878f6d82ed3ce2ccdcb164cd95a5f68345fe98b02c525b543c854b59c3c1f90334918d679b52b4a2e56cdde0e42afd7e7cea4839ec13c099a97b2608d35a8d60ddd530efac1233aa2f92fd64c9bb6b9db9e61dd5696ae510698e0078880c37b3b55ee0f9691a307ed1f8d49f8383dcac699714dbd5e8d4188903f52d152025749b4a65d8391ee519ff5e434a7e97c1dc83819678b4eb361ac7d12d2a6653fcda7e520653e8dd065063fb1415e036c3a0c93d224a04a588648fe93ff76bf0cdba6ef42c13bc1b976be01ef8f48d3f7ff4b00a3a086c5b6454e16992706af1c8777d50fe0275d453bd2a23ecbb1df1032fe5687385fb3cd26b432c8af0d17819467508f2fa78f5f6a56f955187560d8d4aa1fa480062f9fca86929c627432ca70f53b80c4cd5253418f486714f55ffdb6fcac3c7d96d288aeeaba86260d9d4b53829b7eefdc35c5b56d5b9916e992a477c44b9df5cc8c1f11dc52d3c6eec387366615783239839ad4c586f2ce4cc5c6ded0ab5c126e0b8f916c560295c3ed33dc1b983f40d4f35716fbf50b6ed4e00895978d084e82cde6a4d1920a200c4dcb8beecc82aec8c3e5bac54f3b39ddba1aa296b04aecff3a14f658130513931a8a0f325386782c7ac5ef8f0e3f8991a79ff5d4701e96ca03d884ac5d243488a769a496717750fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", 16)));
    assertPyError("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", () -> NumberParse.intToDecimal(new BigInteger("-1392bd7c2a1aa84a72e2056d3b17f01cb08800b8238bf7ce68df91012d37248ba88280ed133521896f4bbe4477173d77983ea028148a6c68560c55174c8e426436bf253f076d5e8e5526256c24e1e31e73f490f60869f11dc2402671a6b60c8b3add0f28716b78a85bc71eb7bc6fca26284e8c6e109cfcfbde3f205a6e37bad57b1c6b5961f8d1348a2a7e00eea55da8dbb9addb2e737e5327140077a6d3bd94f6bdb992a0bab5a22c2bcbec2a6e56ca24adb2055357755f6f3ab83081e3e91bb6469429808e92b75e2b977be7cec590799a428cb555e8b7b92638ed280ac3726341808bd6a089e112813cc9eef629e5908bb43b1320886c8b351b6e6487b92a664cc468775555aa9a570dc60b70d3965bf460c7442945ce85a3e24dd76d98d6dea48d137548583914ccdd4305dfd0368d49055494306167e7a3011d080081abace3781ae430f499214b8523e41145ba2fa710933e0b6456bc0b1349b5f8905beeaa3a8aaafc196556bf5edc9819edd96d17c76e58497e6d7ebdcfbdb05154f7a0436b7dc6a5ff911fbef96a3fb45031c82e10afe7729783ccc8ae36a2f7f602a8c9a8162841db2e9cd9f9b0335f6051a84d42c80b904e5990d65f61e5f0748d9b487d4926904e8b6a8061ed54ab47ff818fc3a0862c3276209b349415c25f5fe4c23307f24f999d10914b0eaf71fdca9435cadee7dd14eba127996f2cffbad0d5f63680b42604a7d9a6d1bbb9d9fc3cff29350305c8f80b45f4e385667e5ea1c72db30614bcbee56c523d30f9acf457f1d2b6f1c9d059b9be5bcc4f1e98e7ae27cd5447a57a51ae1e81bc1965058fd2af4a3fd21f34e1d8dde06d62c445dc508260ab0fa2b4306b4ecec0513124402c2c9fd2613f6d58bcee9c1f088909c246b60d9a4629a7c941b15e78f5bb9c7cf3605f3c2a4786eddcaf3197bb198ad5a68e2be0f5e2fbb19ad1e0e55d22913b24bb46ccdb34943b317a594caa8a22048d0bede2d33ef1f1384f78c467264552c8cef24e5c8ca6394c666ee2fb61c441d867b4f0c69a828f201b6683bd9d73347b0afa8e0d1bd263587d95f93652878f6d82ed3ce2ccdcb164cd95a5f68345fe98b02c525b543c854b59c3c1f90334918d679b52b4a2e56cdde0e42afd7e7cea4839ec13c099a97b2608d35a8d60ddd530efac1233aa2f92fd64c9bb6b9db9e61dd5696ae510698e0078880c37b3b55ee0f9691a307ed1f8d49f8383dcac699714dbd5e8d4188903f52d152025749b4a65d8391ee519ff5e434a7e97c1dc83819678b4eb361ac7d12d2a6653fcda7e520653e8dd065063fb1415e036c3a0c93d224a04a588648fe93ff76bf0cdba6ef42c13bc1b976be01ef8f48d3f7ff4b00a3a086c5b6454e16992706af1c8777d50fe0275d453bd2a23ecbb1df1032fe5687385fb3cd26b432c8af0d17819467508f2fa78f5f6a56f955187560d8d4aa1fa480062f9fca86929c627432ca70f53b80c4cd5253418f486714f55ffdb6fcac3c7d96d288aeeaba86260d9d4b53829b7eefdc35c5b56d5b9916e992a477c44b9df5cc8c1f11dc52d3c6eec387366615783239839ad4c586f2ce4cc5c6ded0ab5c126e0b8f916c560295c3ed33dc1b983f40d4f35716fbf50b6ed4e00895978d084e82cde6a4d1920a200c4dcb8beecc82aec8c3e5bac54f3b39ddba1aa296b04aecff3a14f658130513931a8a0f325386782c7ac5ef8f0e3f8991a79ff5d4701e96ca03d884ac5d243488a769a4967177510000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 16)));
    assertPyError("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", () -> NumberParse.intToDecimal(new BigInteger("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 16)));
  }

  @Test
  void digitLimitForParsing() {
    assertEquals(4300, NumberParse.intToDecimal((BigInteger) NumberParse.parseInt("1".repeat(4300), 10)).length());
    assertPyError("ValueError", String.format(LIMIT_TO_INT, 4301), () -> NumberParse.parseInt("1".repeat(4301), 10));
    assertPyError("ValueError", String.format(LIMIT_TO_INT, 4301), () -> NumberParse.parseInt("-" + "1".repeat(4301), 0));
    // checked before the trailing garbage, after the underscores
    assertPyError("ValueError", String.format(LIMIT_TO_INT, 5000), () -> NumberParse.parseInt("1".repeat(5000) + "x", 10));
    assertPyError("ValueError", String.format(LIMIT_TO_INT, 4301), () -> NumberParse.parseInt("1_".repeat(4300) + "1", 10));
    assertPyError("ValueError", String.format(LIMIT_TO_INT, 4301), () -> NumberParse.parseInt("0".repeat(4301), 10));
    assertPyError("ValueError", String.format(LIMIT_TO_INT, 5000), () -> NumberParse.parseInt("z".repeat(5000), 36));
    // power-of-two bases are not limited
    assertEquals(BigInteger.ONE.shiftLeft(20000).subtract(BigInteger.ONE), NumberParse.parseInt("f".repeat(5000), 16));
    // explicit limits
    assertEquals(5001, NumberParse.intToDecimal((BigInteger) NumberParse.parseInt("9".repeat(5001), 10, 0), 0).length());
    assertPyError("ValueError", "Exceeds the limit (700 digits) for integer string conversion: value has 701 digits; "
        + "use sys.set_int_max_str_digits() to increase the limit", () -> NumberParse.parseInt("1".repeat(701), 10, 700));
  }

  @Test
  void maxStrDigitsSetting() {
    assertEquals(4300, NumberParse.maxStrDigits());
    assertPyError("ValueError", "maxdigits must be 0 or larger than 640", () -> NumberParse.setMaxStrDigits(100));
    assertEquals(4300, NumberParse.maxStrDigits());
    try {
      NumberParse.setMaxStrDigits(0);
      assertEquals(0, NumberParse.maxStrDigits());
      NumberParse.setMaxStrDigits(640);
      assertEquals(640, NumberParse.maxStrDigits());
    } finally {
      NumberParse.setMaxStrDigits(NumberParse.DEFAULT_MAX_STR_DIGITS);
    }
    // the behaviour of other limits, through the explicit-limit overloads (no global state)
    assertEquals(10001, NumberParse.intToDecimal(BigInteger.TEN.pow(10000), 0).length());
    assertEquals(BigInteger.TEN.pow(10000), NumberParse.parseInt("1" + "0".repeat(10000), 10, 0));
    assertEquals(640, NumberParse.intToDecimal(BigInteger.TEN.pow(639), 640).length());
    assertPyError("ValueError", "Exceeds the limit (640 digits) for integer string conversion; "
        + "use sys.set_int_max_str_digits() to increase the limit", () -> NumberParse.intToDecimal(BigInteger.TEN.pow(640), 640));
  }

  @Test
  void longInputsAreFast() {
    String dec = "7".repeat(300_000);
    String bin = "0b" + "10".repeat(1_000_000);
    long t0 = System.nanoTime();
    BigInteger d = (BigInteger) NumberParse.parseInt(dec, 10, 0);
    BigInteger b = (BigInteger) NumberParse.parseInt(bin, 0);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 10_000, "took " + ms + " ms");
    assertEquals(2_000_000, b.bitLength());
    assertEquals(d.mod(BigInteger.valueOf(1_000_003)),
        new BigInteger("7".repeat(3000)).multiply(BigInteger.ZERO).add(d).mod(BigInteger.valueOf(1_000_003)));
    assertEquals(dec.substring(0, 50), NumberParse.intToDecimal(d, 0).substring(0, 50));
    assertEquals(dec, NumberParse.intToDecimal(d, 0));
  }

  @Test
  void returnsLongWhenItFits() {
    assertEquals(Long.MAX_VALUE, NumberParse.parseInt("9223372036854775807", 10));
    assertEquals(Long.MIN_VALUE, NumberParse.parseInt("-9223372036854775808", 10));
    assertEquals(new BigInteger("9223372036854775808"), NumberParse.parseInt("9223372036854775808", 10));
    assertEquals(0L, NumberParse.parseInt("-0", 10));
    assertEquals(-1L, NumberParse.parseInt("-0b1", 0));
  }

  @Test
  void negativeNanKeepsItsSign() {
    assertEquals(0xFFF8000000000000L, Double.doubleToRawLongBits(NumberParse.parseFloat("-nan")));
    assertEquals(0x7FF8000000000000L, Double.doubleToRawLongBits(NumberParse.parseFloat("nan")));
    assertBits(-0.0, NumberParse.parseFloat("-0"));
  }

  @Property(tries = 3000)
  void toBaseAndParseIntRoundTripForLongs(@ForAll long x) {
    for (int base : new int[] {2, 8, 16}) {
      assertEquals(x, NumberParse.parseInt(NumberFormat.toBase(x, base, true), 0));
    }
    assertEquals(Long.toString(x), NumberParse.intToDecimal(x));
    assertEquals(x, NumberParse.parseInt(Long.toString(x), 10));
  }

  @Property(tries = 3000)
  void toBaseAndParseIntRoundTripForBigIntegers(@ForAll BigInteger x) {
    BigInteger big = x.shiftLeft(64 + (x.hashCode() & 255)).add(x); // make sure it needs a BigInteger
    Object expected = big.bitLength() < 64 ? (Object) big.longValue() : big;
    for (int base : new int[] {2, 8, 16}) {
      assertEquals(expected, NumberParse.parseInt(NumberFormat.toBase(big, base, true), 0));
    }
    assertEquals(big.toString(), NumberParse.intToDecimal(big));
    assertEquals(expected, NumberParse.parseInt(big.toString(), 0));
    assertEquals(expected, NumberParse.parseInt(big.toString(36), 36));
  }

  @Property(tries = 3000)
  void parseFloatReadsRepr(@ForAll long bits) {
    double x = Double.longBitsToDouble(bits);
    assertBits(x, NumberParse.parseFloat(FloatRepr.repr(x)));
    assertBits(x, NumberParse.parseFloat(" " + FloatRepr.doubleToString(x, 'e', 16, 0) + "\n"));
  }
}
