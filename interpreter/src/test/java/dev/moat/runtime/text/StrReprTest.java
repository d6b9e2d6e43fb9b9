package dev.moat.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** StrRepr and UnicodeProps; expected values from CPython 3.11 (Unicode 14.0). */
class StrReprTest {

  @Test
  void reprAndAsciiAgainstCPython() {
    assertEquals("''", StrRepr.repr(""));
    assertEquals("''", StrRepr.ascii(""));
    assertEquals("'a'", StrRepr.repr("a"));
    assertEquals("'a'", StrRepr.ascii("a"));
    assertEquals("\"'\"", StrRepr.repr("'"));
    assertEquals("\"'\"", StrRepr.ascii("'"));
    assertEquals("'\"'", StrRepr.repr("\""));
    assertEquals("'\"'", StrRepr.ascii("\""));
    assertEquals("'\\'\"'", StrRepr.repr("'\""));
    assertEquals("'\\'\"'", StrRepr.ascii("'\""));
    assertEquals("\"it's\"", StrRepr.repr("it's"));
    assertEquals("\"it's\"", StrRepr.ascii("it's"));
    assertEquals("'say \"hi\"'", StrRepr.repr("say \"hi\""));
    assertEquals("'say \"hi\"'", StrRepr.ascii("say \"hi\""));
    assertEquals("'\\\\'", StrRepr.repr("\\"));
    assertEquals("'\\\\'", StrRepr.ascii("\\"));
    assertEquals("'\\t\\n\\r'", StrRepr.repr("\t\n\r"));
    assertEquals("'\\t\\n\\r'", StrRepr.ascii("\t\n\r"));
    assertEquals("'\\x00\\x07\\x1f\\x7f'", StrRepr.repr("\000\007\037\u007f"));
    assertEquals("'\\x00\\x07\\x1f\\x7f'", StrRepr.ascii("\000\007\037\u007f"));
    assertEquals("'\\x80\\x9f\\xa0\\xad\u00e9\u00ff'", StrRepr.repr("\u0080\u009f\u00a0\u00ad\u00e9\u00ff"));
    assertEquals("'\\x80\\x9f\\xa0\\xad\\xe9\\xff'", StrRepr.ascii("\u0080\u009f\u00a0\u00ad\u00e9\u00ff"));
    assertEquals("'\u0100\\u0378\\u2028\\u200b\\u3000'", StrRepr.repr("\u0100\u0378\u2028\u200b\u3000"));
    assertEquals("'\\u0100\\u0378\\u2028\\u200b\\u3000'", StrRepr.ascii("\u0100\u0378\u2028\u200b\u3000"));
    assertEquals("'\\ud800'", StrRepr.repr("\ud800"));
    assertEquals("'\\ud800'", StrRepr.ascii("\ud800"));
    assertEquals("'\\udfff'", StrRepr.repr("\udfff"));
    assertEquals("'\\udfff'", StrRepr.ascii("\udfff"));
    assertEquals("'\\ue000\ufffd\\uffff'", StrRepr.repr("\ue000\ufffd\uffff"));
    assertEquals("'\\ue000\\ufffd\\uffff'", StrRepr.ascii("\ue000\ufffd\uffff"));
    assertEquals("'\ud83d\ude00'", StrRepr.repr("\ud83d\ude00"));
    assertEquals("'\\U0001f600'", StrRepr.ascii("\ud83d\ude00"));
    assertEquals("'\\U000e0001'", StrRepr.repr("\udb40\udc01"));
    assertEquals("'\\U000e0001'", StrRepr.ascii("\udb40\udc01"));
    assertEquals("'\\U0010ffff'", StrRepr.repr("\udbff\udfff"));
    assertEquals("'\\U0010ffff'", StrRepr.ascii("\udbff\udfff"));
    assertEquals("'\ud81a\udec0'", StrRepr.repr("\ud81a\udec0"));
    assertEquals("'\\U00016ac0'", StrRepr.ascii("\ud81a\udec0"));
    assertEquals("'\ud83d\udff0'", StrRepr.repr("\ud83d\udff0"));
    assertEquals("'\\U0001f7f0'", StrRepr.ascii("\ud83d\udff0"));
    assertEquals("'\u4e2d\u6587'", StrRepr.repr("\u4e2d\u6587"));
    assertEquals("'\\u4e2d\\u6587'", StrRepr.ascii("\u4e2d\u6587"));
    assertEquals("'mixed \\'both\\' \"quotes\"'", StrRepr.repr("mixed 'both' \"quotes\""));
    assertEquals("'mixed \\'both\\' \"quotes\"'", StrRepr.ascii("mixed 'both' \"quotes\""));
    assertEquals("\"a\\\\b'c\"", StrRepr.repr("a\\b'c"));
    assertEquals("\"a\\\\b'c\"", StrRepr.ascii("a\\b'c"));
  }

  @Test
  void unicodePropsAgainstCPython() {
    assertEquals(true, UnicodeProps.isPrintable(0x20));
    assertEquals(true, UnicodeProps.isPrintable(0x7e));
    assertEquals(false, UnicodeProps.isPrintable(0x7f));
    assertEquals(false, UnicodeProps.isPrintable(0xa0));
    assertEquals(true, UnicodeProps.isPrintable(0xa1));
    assertEquals(false, UnicodeProps.isPrintable(0xad));
    assertEquals(false, UnicodeProps.isPrintable(0x378));
    assertEquals(false, UnicodeProps.isPrintable(0x2028));
    assertEquals(false, UnicodeProps.isPrintable(0x3000));
    assertEquals(false, UnicodeProps.isPrintable(0xd800));
    assertEquals(false, UnicodeProps.isPrintable(0xe000));
    assertEquals(true, UnicodeProps.isPrintable(0xfffd));
    assertEquals(false, UnicodeProps.isPrintable(0xffff));
    assertEquals(true, UnicodeProps.isPrintable(0x1f600));
    assertEquals(true, UnicodeProps.isPrintable(0x16ac0));
    assertEquals(true, UnicodeProps.isPrintable(0x1f7f0));
    assertEquals(false, UnicodeProps.isPrintable(0x1faf8));
    assertEquals(false, UnicodeProps.isPrintable(0xe0001));
    assertEquals(false, UnicodeProps.isPrintable(0x10ffff));
    assertEquals(true, UnicodeProps.isPrintable(0x30000));
    assertEquals(true, UnicodeProps.isPrintable(0x3134a));
    assertEquals(false, UnicodeProps.isPrintable(0x3134b));
    assertEquals(0, UnicodeProps.decimalValue(0x30));
    assertEquals(9, UnicodeProps.decimalValue(0x39));
    assertEquals(-1, UnicodeProps.decimalValue(0x3a));
    assertEquals(0, UnicodeProps.decimalValue(0x660));
    assertEquals(9, UnicodeProps.decimalValue(0x669));
    assertEquals(-1, UnicodeProps.decimalValue(0x66a));
    assertEquals(0, UnicodeProps.decimalValue(0xff10));
    assertEquals(9, UnicodeProps.decimalValue(0xff19));
    assertEquals(0, UnicodeProps.decimalValue(0x16ac0));
    assertEquals(9, UnicodeProps.decimalValue(0x16ac9));
    assertEquals(0, UnicodeProps.decimalValue(0x1d7ce));
    assertEquals(9, UnicodeProps.decimalValue(0x1d7ff));
    assertEquals(0, UnicodeProps.decimalValue(0x1fbf0));
    assertEquals(-1, UnicodeProps.decimalValue(0xb2));
    assertEquals(-1, UnicodeProps.decimalValue(0x2070));
    assertEquals(-1, UnicodeProps.decimalValue(0x41));
    assertEquals(true, UnicodeProps.isSpace(0x9));
    assertEquals(true, UnicodeProps.isSpace(0xd));
    assertEquals(false, UnicodeProps.isSpace(0xe));
    assertEquals(true, UnicodeProps.isSpace(0x1c));
    assertEquals(true, UnicodeProps.isSpace(0x1f));
    assertEquals(true, UnicodeProps.isSpace(0x20));
    assertEquals(false, UnicodeProps.isSpace(0x21));
    assertEquals(true, UnicodeProps.isSpace(0x85));
    assertEquals(true, UnicodeProps.isSpace(0xa0));
    assertEquals(true, UnicodeProps.isSpace(0x1680));
    assertEquals(false, UnicodeProps.isSpace(0x180e));
    assertEquals(true, UnicodeProps.isSpace(0x2000));
    assertEquals(true, UnicodeProps.isSpace(0x200a));
    assertEquals(false, UnicodeProps.isSpace(0x200b));
    assertEquals(true, UnicodeProps.isSpace(0x2028));
    assertEquals(true, UnicodeProps.isSpace(0x2029));
    assertEquals(true, UnicodeProps.isSpace(0x202f));
    assertEquals(true, UnicodeProps.isSpace(0x205f));
    assertEquals(true, UnicodeProps.isSpace(0x3000));
    assertEquals(false, UnicodeProps.isSpace(0xfeff));
  }

  @Test
  void truncatedReprLikePercentDot200R() {
    assertEquals("'abc'", StrRepr.reprTruncated("abc", 200));
    assertEquals("'ab", StrRepr.reprTruncated("abcdef", 3));
    String face = new String(Character.toChars(0x1F600));
    assertEquals("'" + face, StrRepr.reprTruncated(face + face, 2));
  }

  @Test
  void surrogatePairsAreOneCodePointLoneSurrogatesAreEscaped() {
    assertEquals("'\ud83d\ude00'", StrRepr.repr("\ud83d\ude00"));
    assertEquals("'\\ud83d'", StrRepr.repr("\ud83d"));
    assertEquals("'\\ude00\\ud83d'", StrRepr.repr("\ude00\ud83d"));
  }
}
