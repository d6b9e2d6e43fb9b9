package dev.moat.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** str/bytes conversion for the encodings scripts commonly name. */
public final class Codecs {
  private Codecs() {}

  static Charset charset(String encoding) {
    String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    switch (e) {
      case "utf-8":
      case "utf8":
        return StandardCharsets.UTF_8;
      case "ascii":
      case "us-ascii":
        return StandardCharsets.US_ASCII;
      case "latin-1":
      case "latin1":
      case "iso-8859-1":
      case "iso8859-1":
        return StandardCharsets.ISO_8859_1;
      case "utf-16":
        return StandardCharsets.UTF_16;
      case "utf-16-le":
      case "utf-16le":
        return StandardCharsets.UTF_16LE;
      case "utf-16-be":
      case "utf-16be":
        return StandardCharsets.UTF_16BE;
      default:
        throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }
  }

  /** bytes.decode / str(bytes, encoding). */
  public static String decode(byte[] b, String encoding, String errors) {
    Charset cs = charset(encoding);
    CharsetDecoder dec = cs.newDecoder();
    CodingErrorAction action = errors.equals("strict") ? CodingErrorAction.REPORT
        : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
    dec.onMalformedInput(action).onUnmappableCharacter(action);
    try {
      return dec.decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      if (cs == StandardCharsets.UTF_8) {
        throw utf8Error(b);
      }
      int pos = firstBad(b, cs);
      String name = cs == StandardCharsets.UTF_8 ? "utf-8" : cs == StandardCharsets.US_ASCII
          ? "ascii" : encoding;
      String why = cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)"
          : "invalid start byte";
      throw Errors.of(ExceptionTypes.UNICODE_DECODE_ERROR, "'" + name + "' codec can't decode"
          + " byte 0x" + String.format("%02x", b[pos] & 0xff) + " in position " + pos + ": "
          + why);
    }
  }

  /** CPython's UnicodeDecodeError for the first malformed UTF-8 sequence in {@code b}. */
  private static PyException utf8Error(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      if (c < 0xC2 || c > 0xF4) {
        return utf8Error(b, i, i, "invalid start byte");
      }
      int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      for (int j = 1; j < n; j++) {
        if (i + j >= b.length) {
          return utf8Error(b, i, b.length - 1, "unexpected end of data");
        }
        int d = b[i + j] & 0xff;
        int lo = 0x80;
        int hi = 0xBF;
        if (j == 1) {
          if (c == 0xE0) {
            lo = 0xA0;
          } else if (c == 0xED) {
            hi = 0x9F;
          } else if (c == 0xF0) {
            lo = 0x90;
          } else if (c == 0xF4) {
            hi = 0x8F;
          }
        }
        if (d < lo || d > hi) {
          return utf8Error(b, i, i + j - 1, "invalid continuation byte");
        }
      }
      i += n;
    }
    return utf8Error(b, 0, 0, "invalid start byte");
  }

  private static PyException utf8Error(byte[] b, int start, int end, String why) {
    String where = start == end
        ? "byte 0x" + String.format("%02x", b[start] & 0xff) + " in position " + start
        : "bytes in position " + start + "-" + end;
    return Errors.of(ExceptionTypes.UNICODE_DECODE_ERROR, "'utf-8' codec can't decode " + where
        + ": " + why);
  }

  private static int firstBad(byte[] b, Charset cs) {
    for (int n = 1; n <= b.length; n++) {
      try {
        cs.newDecoder().decode(ByteBuffer.wrap(b, 0, n));
      } catch (CharacterCodingException e) {
        if (n == 1 || !(e instanceof java.nio.charset.MalformedInputException)
            || ((java.nio.charset.MalformedInputException) e).getInputLength() > 0) {
          return Math.max(0, n - 1);
        }
      }
    }
    return 0;
  }

  /** str.encode. */
  public static PyBytes encode(String s, String encoding, String errors) {
    Charset cs = charset(encoding);
    if (cs == StandardCharsets.UTF_8) {
      return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
    }
    var enc = cs.newEncoder();
    if (!errors.equals("strict")) {
      CodingErrorAction a = errors.equals("ignore") ? CodingErrorAction.IGNORE
          : CodingErrorAction.REPLACE;
      enc.onMalformedInput(a).onUnmappableCharacter(a);
      if (errors.equals("replace")) {
        enc.replaceWith(new byte[] {'?'});
      }
    }
    try {
      ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
      byte[] out = new byte[bb.remaining()];
      bb.get(out);
      return new PyBytes(out);
    } catch (CharacterCodingException e) {
      int pos = 0;
      for (int i = 0; i < s.length(); i++) {
        if (!enc.canEncode(s.charAt(i))) {
          pos = i;
          break;
        }
      }
      String name = cs == StandardCharsets.US_ASCII ? "ascii" : cs == StandardCharsets.ISO_8859_1
          ? "latin-1" : encoding;
      String range = cs == StandardCharsets.US_ASCII ? "128" : "256";
      int cp = s.codePointAt(pos);
      String esc = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000
          ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
      throw Errors.of(ExceptionTypes.UNICODE_ENCODE_ERROR, "'" + name + "' codec can't encode"
          + " character '" + esc + "' in position " + s.codePointCount(0, pos)
          + ": ordinal not in range(" + range + ")");
    }
  }

  /** A str argument of a constructor, with CPython's TypeError (not a ClassCastException). */
  static String strArg(Object o, String fn, String param) {
    if (!(o instanceof String)) {
      throw Errors.typeError(fn + "() argument '" + param + "' must be str, not "
          + Types.typeName(o));
    }
    return (String) o;
  }

  static Object bytesNew(Object source, Object encoding, Object errors) {
    if (source == Signature.MISSING) {
      return PyBytes.EMPTY;
    }
    if (source instanceof String) {
      if (encoding == Signature.MISSING) {
        throw Errors.typeError("string argument without an encoding");
      }
      return encode((String) source, strArg(encoding, "bytes", "encoding"),
          errors == Signature.MISSING ? "strict" : strArg(errors, "bytes", "errors"));
    }
    if (Arith.isInt(source)) {
      long n = Ops.asIndex(source, "");
      if (n < 0) {
        throw Errors.valueError("negative count");
      }
      Budget.reserveMemory(n);
      return new PyBytes(new byte[(int) n]);
    }
    if (source instanceof PyBytes) { // a subclass's instance gives a plain copy
      return source.getClass() == PyBytes.class ? source : new PyBytes(((PyBytes) source).bytes);
    }
    if (source instanceof PyByteArray) {
      return new PyBytes(((PyByteArray) source).toByteArray());
    }
    Object[] items = Builtins.toArray(source);
    byte[] out = new byte[items.length];
    for (int i = 0; i < items.length; i++) {
      Object v = Ops.indexOrNull(items[i]);
      if (v == null) {
        throw Errors.typeError("'" + Types.typeName(items[i])
            + "' object cannot be interpreted as an integer");
      }
      long x = v instanceof Long ? (Long) v : -1;
      if (x < 0 || x > 255) {
        throw Errors.valueError("bytes must be in range(0, 256)");
      }
      out[i] = (byte) x;
    }
    return new PyBytes(out);
  }
}
