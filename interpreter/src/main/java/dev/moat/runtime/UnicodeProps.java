package dev.moat.runtime;

import java.util.Arrays;

/**
 * The per-character Unicode properties and case mappings that CPython's str methods use, as
 * CPython 3.11 defines them (Unicode 14.0). General categories come from the JDK, patched with
 * the characters the JDK's older Unicode version lacks; case mappings and numeric types come
 * entirely from {@link UnicodeData}, generated from CPython itself.
 */
final class UnicodeProps {
  private UnicodeProps() {}

  // ---------------------------------------------------------------- categories

  /** The general category, as a java.lang.Character constant. */
  static int category(int cp) {
    int t = Character.getType(cp);
    // the table holds characters newer than the JDK's Unicode data, and a few whose category
    // changed since (all of them non-spacing marks in the JDK)
    if (t == Character.UNASSIGNED || t == Character.NON_SPACING_MARK) {
      int[] r = UnicodeData.NEW_RANGES;
      int lo = 0;
      int hi = r.length / 3 - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (cp < r[mid * 3]) {
          hi = mid - 1;
        } else if (cp > r[mid * 3 + 1]) {
          lo = mid + 1;
        } else {
          return r[mid * 3 + 2];
        }
      }
    }
    return t;
  }

  private static boolean inRanges(int[] r, int cp) {
    int lo = 0;
    int hi = r.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < r[mid * 2]) {
        hi = mid - 1;
      } else if (cp > r[mid * 2 + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  static boolean isAlpha(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    switch (category(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
        return true;
      default:
        return false;
    }
  }

  static boolean isDecimal(int cp) {
    if (cp < 0x80) {
      return cp >= '0' && cp <= '9';
    }
    return category(cp) == Character.DECIMAL_DIGIT_NUMBER;
  }

  static boolean isDigit(int cp) {
    return isDecimal(cp) || (cp >= 0x80 && inRanges(UnicodeData.DIGIT_RANGES, cp));
  }

  static boolean isNumeric(int cp) {
    return isDigit(cp) || (cp >= 0x80 && inRanges(UnicodeData.NUMERIC_RANGES, cp));
  }

  static boolean isAlnum(int cp) {
    return isAlpha(cp) || isNumeric(cp);
  }

  /** CPython's Py_UNICODE_ISSPACE (str.split() and str.strip() use it too). */
  static boolean isSpace(int cp) {
    if (cp < 0x80) {
      return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
    }
    switch (cp) {
      case 0x85:
      case 0xa0:
      case 0x1680:
      case 0x2028:
      case 0x2029:
      case 0x202f:
      case 0x205f:
      case 0x3000:
        return true;
      default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
  }

  static boolean isPrintable(int cp) {
    if (cp < 0x80) {
      return cp >= 0x20 && cp < 0x7f;
    }
    switch (category(cp)) {
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

  /** The Lowercase property (Ll plus Other_Lowercase). */
  static boolean isLower(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z';
    }
    if (Character.getType(cp) == Character.UNASSIGNED) {
      return inRanges(UnicodeData.NEW_LOWER, cp);
    }
    return Character.isLowerCase(cp);
  }

  /** The Uppercase property (Lu plus Other_Uppercase). */
  static boolean isUpper(int cp) {
    if (cp < 0x80) {
      return cp >= 'A' && cp <= 'Z';
    }
    if (Character.getType(cp) == Character.UNASSIGNED) {
      return inRanges(UnicodeData.NEW_UPPER, cp);
    }
    return Character.isUpperCase(cp);
  }

  static boolean isTitle(int cp) {
    return cp >= 0x80 && category(cp) == Character.TITLECASE_LETTER;
  }

  static boolean isCased(int cp) {
    return isLower(cp) || isUpper(cp) || isTitle(cp);
  }

  /** The Case_Ignorable property, used by the final-sigma rule of lower(). */
  static boolean isCaseIgnorable(int cp) {
    switch (cp) {
      case 0x27:
      case 0x2e:
      case 0x3a:
      case 0x5e:
      case 0x60:
      case 0xa8:
      case 0xad:
      case 0xaf:
      case 0xb4:
      case 0xb7:
      case 0xb8:
      case 0x387:
      case 0x55f:
      case 0x5f4:
      case 0x2018:
      case 0x2019:
      case 0x2024:
      case 0x2027:
      case 0xfe13:
      case 0xfe52:
      case 0xfe55:
      case 0xff07:
      case 0xff0e:
      case 0xff1a:
        return true;
      default:
        break;
    }
    if (cp < 0x80) {
      return false;
    }
    switch (category(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.FORMAT:
      case Character.MODIFIER_LETTER:
      case Character.MODIFIER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** Characters the JDK calls identifier characters that NFKC-based XID excludes. */
  private static final int[] NOT_XID = {0x37a, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60,
      0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a,
      0xfe7c, 0xfe7e};
  /** XID_Continue characters that are not XID_Start although the JDK says they may start. */
  private static final int[] NOT_XID_START = {0xe33, 0xeb3, 0xff9e, 0xff9f};

  static boolean isXidStart(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    if (Arrays.binarySearch(NOT_XID, cp) >= 0 || Arrays.binarySearch(NOT_XID_START, cp) >= 0) {
      return false;
    }
    if (Character.getType(cp) == Character.UNASSIGNED) {
      int c = category(cp);
      return c == Character.UPPERCASE_LETTER || c == Character.LOWERCASE_LETTER
          || c == Character.TITLECASE_LETTER || c == Character.MODIFIER_LETTER
          || c == Character.OTHER_LETTER || c == Character.LETTER_NUMBER;
    }
    return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  static boolean isXidContinue(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || (cp >= '0' && cp <= '9') || cp == '_';
    }
    if (Arrays.binarySearch(NOT_XID, cp) >= 0) {
      return false;
    }
    if (Character.getType(cp) == Character.UNASSIGNED) {
      int c = category(cp);
      return c == Character.UPPERCASE_LETTER || c == Character.LOWERCASE_LETTER
          || c == Character.TITLECASE_LETTER || c == Character.MODIFIER_LETTER
          || c == Character.OTHER_LETTER || c == Character.LETTER_NUMBER
          || c == Character.NON_SPACING_MARK || c == Character.COMBINING_SPACING_MARK
          || c == Character.DECIMAL_DIGIT_NUMBER || c == Character.CONNECTOR_PUNCTUATION;
    }
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  // ---------------------------------------------------------------- case mappings

  /** One mapping table: single-code-point targets and multi-code-point ones. */
  private static final class CaseMap {
    final int[] keys;
    final int[] values;
    final int[] multiKeys;
    final String[] multi;

    CaseMap(int[] pairs, int[] multiKeys, String[] multi) {
      keys = new int[pairs.length / 2];
      values = new int[pairs.length / 2];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = pairs[2 * i];
        values[i] = pairs[2 * i + 1];
      }
      this.multiKeys = multiKeys;
      this.multi = multi;
    }

    /** Appends the mapping of {@code cp} to {@code sb}. */
    void append(StringBuilder sb, int cp) {
      int i = Arrays.binarySearch(keys, cp);
      if (i >= 0) {
        sb.appendCodePoint(values[i]);
        return;
      }
      i = Arrays.binarySearch(multiKeys, cp);
      if (i >= 0) {
        sb.append(multi[i]);
        return;
      }
      sb.appendCodePoint(cp);
    }

    /** The single-code-point mapping, or -1 when there is none (or it is not one code point). */
    int single(int cp) {
      int i = Arrays.binarySearch(keys, cp);
      return i >= 0 ? values[i] : -1;
    }
  }

  private static final CaseMap UPPER = new CaseMap(UnicodeData.UPPER_SINGLE,
      UnicodeData.UPPER_MULTI_CP, UnicodeData.UPPER_MULTI);
  private static final CaseMap LOWER = new CaseMap(UnicodeData.LOWER_SINGLE,
      UnicodeData.LOWER_MULTI_CP, UnicodeData.LOWER_MULTI);
  private static final CaseMap TITLE = new CaseMap(UnicodeData.TITLE_SINGLE,
      UnicodeData.TITLE_MULTI_CP, UnicodeData.TITLE_MULTI);
  private static final CaseMap FOLD = new CaseMap(UnicodeData.FOLD_SINGLE,
      UnicodeData.FOLD_MULTI_CP, UnicodeData.FOLD_MULTI);

  static void appendUpper(StringBuilder sb, int cp) {
    if (cp < 0x80) {
      sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
    } else {
      UPPER.append(sb, cp);
    }
  }

  static void appendTitle(StringBuilder sb, int cp) {
    if (cp < 0x80) {
      sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
    } else {
      TITLE.append(sb, cp);
    }
  }

  static void appendFold(StringBuilder sb, int cp) {
    if (cp < 0x80) {
      sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else {
      FOLD.append(sb, cp);
    }
  }

  /**
   * Appends the lowercase of the code point at index {@code i} of {@code cps}, applying the
   * final-sigma rule as CPython's lower() does.
   */
  static void appendLower(StringBuilder sb, int[] cps, int i) {
    int cp = cps[i];
    if (cp < 0x80) {
      sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else if (cp == 0x3a3) {
      sb.append(isFinalSigma(cps, i) ? '\u03c2' : '\u03c3');
    } else {
      LOWER.append(sb, cp);
    }
  }

  private static boolean isFinalSigma(int[] cps, int i) {
    int j = i - 1;
    while (j >= 0 && isCaseIgnorable(cps[j])) {
      j--;
    }
    if (j < 0 || !isCased(cps[j])) {
      return false;
    }
    j = i + 1;
    while (j < cps.length && isCaseIgnorable(cps[j])) {
      j++;
    }
    return j == cps.length || !isCased(cps[j]);
  }

  /** The simple (one code point) lowercase mapping, for bytes-like single characters. */
  static int simpleLower(int cp) {
    int m = LOWER.single(cp);
    return m < 0 ? cp : m;
  }
}
