package dev.moat.runtime.text;

import dev.moat.runtime.Errors;
import dev.moat.runtime.PyException;

/**
 * A parsed standard format specifier
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}, following
 * CPython 3.11's {@code parse_internal_render_format_spec}. Parsing depends on the formatted
 * object's type: its default type and alignment, and its name for error messages.
 */
public final class FormatSpec {
  private final String text;
  private final String typeName;
  private final int fill;
  private final char align;
  private final char sign;
  private final boolean noNegZero;
  private final boolean alternate;
  private final long width;
  private final char grouping;
  private final long precision;
  private final int type;
  /** False for {@link #parse(String)} results, which are parsed on first use by a formatter. */
  private final boolean typed;
  private final int defaultType;
  private final char defaultAlign;

  private FormatSpec(String text, String typeName, int fill, char align, char sign,
      boolean noNegZero, boolean alternate, long width, char grouping, long precision, int type,
      boolean typed, int defaultType, char defaultAlign) {
    this.typed = typed;
    this.defaultType = defaultType;
    this.defaultAlign = defaultAlign;
    this.text = text;
    this.typeName = typeName;
    this.fill = fill;
    this.align = align;
    this.sign = sign;
    this.noNegZero = noNegZero;
    this.alternate = alternate;
    this.width = width;
    this.grouping = grouping;
    this.precision = precision;
    this.type = type;
  }

  /**
   * Parses a spec for an {@code int} (default type 'd', right-aligned).
   *
   * @param spec the format spec
   * @return the parsed spec
   */
  public static FormatSpec forInt(String spec) {
    return parse(spec, "int", 'd', '>');
  }

  /**
   * Parses a spec for an int-like object whose Python type name is {@code typeName} (e.g. "bool").
   *
   * @param spec the format spec
   * @param typeName type name used in error messages
   * @return the parsed spec
   */
  public static FormatSpec forInt(String spec, String typeName) {
    return parse(spec, typeName, 'd', '>');
  }

  /**
   * Parses a spec for a {@code float} (no default type, right-aligned).
   *
   * @param spec the format spec
   * @return the parsed spec
   */
  public static FormatSpec forFloat(String spec) {
    return parse(spec, "float", 0, '>');
  }

  /**
   * Parses a spec for a {@code str} (default type 's', left-aligned).
   *
   * @param spec the format spec
   * @return the parsed spec
   */
  public static FormatSpec forStr(String spec) {
    return parse(spec, "str", 's', '<');
  }

  /**
   * Parses {@code spec} like CPython's {@code parse_internal_render_format_spec}.
   *
   * @param spec the format spec text (may be empty)
   * @param typeName the Python type name of the formatted object, for error messages
   * @param defaultType the type code used when none is given (0 for none)
   * @param defaultAlign the alignment used when none is given
   * @return the parsed spec
   * @throws dev.moat.runtime.PyException ValueError for malformed specs
   */
  public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
    int[] cps = UnicodeProps.codePoints(spec);
    int end = cps.length;
    int pos = 0;
    int fill = ' ';
    char align = defaultAlign;
    char sign = 0;
    boolean noNegZero = false;
    boolean alternate = false;
    long width = -1;
    char grouping = 0;
    long precision = -1;
    int type = defaultType;
    boolean alignSpecified = false;
    boolean fillSpecified = false;

    if (end - pos >= 2 && isAlign(cps[pos + 1])) {
      align = (char) cps[pos + 1];
      fill = cps[pos];
      fillSpecified = true;
      alignSpecified = true;
      pos += 2;
    } else if (end - pos >= 1 && isAlign(cps[pos])) {
      align = (char) cps[pos];
      alignSpecified = true;
      pos++;
    }
    if (end - pos >= 1 && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
      sign = (char) cps[pos];
      pos++;
    }
    if (end - pos >= 1 && cps[pos] == 'z') {
      noNegZero = true;
      pos++;
    }
    if (end - pos >= 1 && cps[pos] == '#') {
      alternate = true;
      pos++;
    }
    // The special case for 0-padding (backwards compatibility).
    if (!fillSpecified && end - pos >= 1 && cps[pos] == '0') {
      fill = '0';
      if (!alignSpecified && defaultAlign == '>') {
        align = '=';
      }
      pos++;
    }
    int start = pos;
    long[] acc = new long[1];
    pos = getInteger(cps, pos, end, acc);
    if (pos > start) {
      width = acc[0];
    }
    if (end - pos > 0 && cps[pos] == ',') {
      grouping = ',';
      pos++;
    }
    if (end - pos > 0 && cps[pos] == '_') {
      if (grouping != 0) {
        throw Errors.valueError("Cannot specify both ',' and '_'.");
      }
      grouping = '_';
      pos++;
    }
    if (end - pos > 0 && cps[pos] == ',' && grouping == '_') {
      throw Errors.valueError("Cannot specify both ',' and '_'.");
    }
    if (end - pos > 0 && cps[pos] == '.') {
      pos++;
      start = pos;
      pos = getInteger(cps, pos, end, acc);
      if (pos == start) {
        throw Errors.valueError("Format specifier missing precision");
      }
      precision = acc[0];
    }
    if (end - pos > 1) {
      throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '"
          + typeName + "'");
    }
    if (end - pos == 1) {
      type = cps[pos];
    }
    if (grouping != 0) {
      switch (type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        case 'b': case 'o': case 'x': case 'X':
          // allowed (b/o/x/X only with '_', checked next)
          break;
        default:
          throw invalidGrouping(grouping, type);
      }
      if (grouping == ',' && (type == 'b' || type == 'o' || type == 'x' || type == 'X')) {
        throw invalidGrouping(grouping, type);
      }
    }
    return new FormatSpec(spec, typeName, fill, align, sign, noNegZero, alternate, width, grouping,
        precision, type, true, defaultType, defaultAlign);
  }

  /**
   * Wraps {@code spec} without parsing it yet: {@link NumberFormat#formatInt},
   * {@link NumberFormat#formatFloat} and {@link NumberFormat#formatStr} parse it with the right
   * defaults and type name (e.g. "bool" for a Boolean) when formatting. Only {@link #text()},
   * {@link #isEmpty()} and {@link #isTyped()} may be called on the result; prefer
   * {@link #forInt}/{@link #forFloat}/{@link #forStr} to cache parsed specs.
   *
   * @param spec the format spec text
   * @return an unparsed spec
   */
  public static FormatSpec parse(String spec) {
    return new FormatSpec(spec, null, ' ', '>', (char) 0, false, false, -1, (char) 0, -1, 0, false,
        0, '>');
  }

  /**
   * @return whether the spec has been parsed for a type (false only for {@link #parse(String)})
   */
  public boolean isTyped() {
    return typed;
  }

  /** This spec parsed for the given defaults (itself when it already is). */
  FormatSpec resolve(String typeName, int defType, char defAlign) {
    if (typed && defaultType == defType && defaultAlign == defAlign) {
      return this;
    }
    return parse(text, typeName, defType, defAlign);
  }

  private void checkTyped() {
    if (!typed) {
      throw new IllegalStateException(
          "FormatSpec.parse(String) results are parsed by the formatter");
    }
  }

  private static boolean isAlign(int c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
  }

  /** Reads decimal digits (any Unicode Nd digit, like CPython) into acc[0]; returns the new pos. */
  private static int getInteger(int[] cps, int pos, int end, long[] acc) {
    long a = 0;
    for (; pos < end; pos++) {
      int d = UnicodeProps.decimalValue(cps[pos]);
      if (d < 0) {
        break;
      }
      if (a > (Long.MAX_VALUE - d) / 10) {
        throw Errors.valueError("Too many decimal digits in format string");
      }
      a = a * 10 + d;
    }
    acc[0] = a;
    return pos;
  }

  private static PyException invalidGrouping(char grouping, int type) {
    if (type > 32 && type < 128) {
      return Errors.valueError("Cannot specify '" + grouping + "' with '" + (char) type + "'.");
    }
    return Errors.valueError("Cannot specify '" + grouping + "' with '\\x"
        + Integer.toHexString(type) + "'.");
  }

  /** CPython's {@code unknown_presentation_type} error. */
  static PyException unknownType(int type, String typeName) {
    if (type > 32 && type < 128) {
      return Errors.valueError("Unknown format code '" + (char) type + "' for object of type '"
          + typeName + "'");
    }
    return Errors.valueError("Unknown format code '\\x" + Integer.toHexString(type)
        + "' for object of type '" + typeName + "'");
  }

  /** @return the original spec text */
  public String text() {
    return text;
  }

  /** @return whether the spec text is empty (formatting is then {@code str(value)}) */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** @return the Python type name used in error messages */
  public String typeName() {
    checkTyped();
    return typeName;
  }

  /** @return the fill code point (' ' by default, '0' with the 0 flag) */
  public int fill() {
    checkTyped();
    return fill;
  }

  /** @return the alignment: one of {@code < > = ^} (defaults resolved) */
  public char align() {
    checkTyped();
    return align;
  }

  /** @return the sign option: {@code '+'}, {@code '-'}, {@code ' '} or 0 when absent */
  public char sign() {
    checkTyped();
    return sign;
  }

  /** @return whether 'z' (coerce negative zero) was given */
  public boolean noNegZero() {
    checkTyped();
    return noNegZero;
  }

  /** @return whether '#' (alternate form) was given */
  public boolean alternate() {
    checkTyped();
    return alternate;
  }

  /** @return the minimum width, or -1 when absent */
  public long width() {
    checkTyped();
    return width;
  }

  /** @return the grouping character {@code ','} or {@code '_'}, or 0 when absent */
  public char grouping() {
    checkTyped();
    return grouping;
  }

  /** @return the precision, or -1 when absent */
  public long precision() {
    checkTyped();
    return precision;
  }

  /** @return the type code point (the default type when absent; 0 means none) */
  public int type() {
    checkTyped();
    return type;
  }

  /** @return a debugging representation showing the spec text */
  @Override
  public String toString() {
    return "FormatSpec[" + text + "]";
  }
}
