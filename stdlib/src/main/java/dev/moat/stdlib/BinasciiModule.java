package dev.moat.stdlib;

import dev.moat.runtime.BytesLike;
import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code binascii}: hex and base64 conversions with CPython's acceptance rules and
 * messages, {@code crc32} and {@code crc_hqx}. Its {@code Error} is shared with {@code base64}.
 */
public final class BinasciiModule implements ModuleProvider {
  static final PyType ERROR;
  static final PyType INCOMPLETE;

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "binascii");
    ERROR = PyType.createClass("Error", new PyType[] {ExceptionTypes.VALUE_ERROR}, ns);
    Map<String, Object> ins = new LinkedHashMap<>();
    ins.put("__module__", "binascii");
    INCOMPLETE = PyType.createClass("Incomplete", new PyType[] {ExceptionTypes.EXCEPTION}, ins);
  }

  @Override
  public Set<String> moduleNames() {
    return Set.of("binascii");
  }

  static PyException error(String msg) {
    return Errors.of(ERROR, msg);
  }

  /** Steps for a pass over {@code n} bytes. */
  static void charge(long n) {
    Budget.chargeSteps(1 + (n >> 6));
  }

  /** Reserves and allocates an output buffer of {@code n} bytes. */
  static byte[] output(long n) {
    Budget.reserveMemory(n);
    return new byte[(int) n];
  }

  /** Input of the {@code b2a_*} functions and {@code crc32}: bytes only. */
  static byte[] binary(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    throw Errors.typeError("a bytes-like object is required, not '" + Types.typeName(o) + "'");
  }

  /** Input of the {@code a2b_*} functions: bytes or an ASCII str. */
  static byte[] ascii(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    if (o instanceof String) {
      return asciiOf((String) o);
    }
    throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '"
        + Types.typeName(o) + "'");
  }

  static byte[] asciiOf(String s) {
    byte[] b = output(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 127) {
        throw Errors.valueError("string argument should contain only ASCII characters");
      }
      b[i] = (byte) c;
    }
    return b;
  }

  // ------------------------------------------------------------------------------- base64

  private static final byte[] B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(
          java.nio.charset.StandardCharsets.US_ASCII);
  private static final int[] B64_REV = new int[256];

  static {
    java.util.Arrays.fill(B64_REV, -1);
    for (int i = 0; i < 64; i++) {
      B64_REV[B64[i]] = i;
    }
  }

  static byte[] b2aBase64(byte[] in, boolean newline) {
    charge(in.length);
    long n = (in.length + 2L) / 3 * 4 + (newline ? 1 : 0);
    byte[] out = output(n);
    int o = 0;
    int i = 0;
    for (; i + 2 < in.length; i += 3) {
      int v = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
      out[o++] = B64[v >> 18];
      out[o++] = B64[(v >> 12) & 63];
      out[o++] = B64[(v >> 6) & 63];
      out[o++] = B64[v & 63];
    }
    int rest = in.length - i;
    if (rest > 0) {
      int v = (in[i] & 0xff) << 16 | (rest == 2 ? (in[i + 1] & 0xff) << 8 : 0);
      out[o++] = B64[v >> 18];
      out[o++] = B64[(v >> 12) & 63];
      out[o++] = rest == 2 ? B64[(v >> 6) & 63] : (byte) '=';
      out[o++] = '=';
    }
    if (newline) {
      out[o] = '\n';
    }
    return out;
  }

  /**
   * CPython's base64 decoder: outside strict mode characters outside the alphabet are skipped
   * and a complete pad sequence ends the data.
   */
  static byte[] a2bBase64(byte[] in, boolean strict) {
    charge(in.length);
    if (strict && in.length > 0 && in[0] == '=') {
      throw error("Leading padding not allowed");
    }
    byte[] out = output(in.length / 4 * 3 + 3);
    int o = 0;
    int quad = 0;
    int left = 0;
    int pads = 0;
    boolean padding = false;
    for (int i = 0; i < in.length; i++) {
      int c = in[i] & 0xff;
      if (c == '=') {
        padding = true;
        if (quad >= 2 && quad + ++pads >= 4) {
          if (strict && i + 1 < in.length) {
            throw error("Excess data after padding");
          }
          return java.util.Arrays.copyOf(out, o);
        }
        continue;
      }
      int v = B64_REV[c];
      if (v < 0) {
        if (strict) {
          throw error("Only base64 data is allowed");
        }
        continue;
      }
      if (strict && padding) {
        throw error("Discontinuous padding not allowed");
      }
      pads = 0;
      switch (quad) {
        case 0:
          quad = 1;
          left = v;
          break;
        case 1:
          quad = 2;
          out[o++] = (byte) (left << 2 | v >> 4);
          left = v & 15;
          break;
        case 2:
          quad = 3;
          out[o++] = (byte) (left << 4 | v >> 2);
          left = v & 3;
          break;
        default:
          quad = 0;
          out[o++] = (byte) (left << 6 | v);
          left = 0;
          break;
      }
    }
    if (quad == 1) {
      throw error("Invalid base64-encoded string: number of data characters ("
          + ((long) o / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
    }
    if (quad != 0) {
      throw error("Incorrect padding");
    }
    return java.util.Arrays.copyOf(out, o);
  }

  // ---------------------------------------------------------------------------------- hex

  static byte[] unhexlify(byte[] in) {
    charge(in.length);
    if (in.length % 2 != 0) {
      throw error("Odd-length string");
    }
    byte[] out = output(in.length / 2);
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(in[2 * i] & 0xff, 16);
      int lo = Character.digit(in[2 * i + 1] & 0xff, 16);
      if (hi < 0 || lo < 0 || (in[2 * i] & 0xff) > 127 || (in[2 * i + 1] & 0xff) > 127) {
        throw error("Non-hexadecimal digit found");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  private static PyBytes hexlify(Object data, Object sep, Object perSep) {
    byte[] in = binary(data);
    charge(in.length);
    Budget.reserveMemory(in.length * 3L);
    Object hex = sep == Signature.MISSING
        ? Ops.call(Ops.getAttr(data, "hex"), new Object[0], null)
        : Ops.call(Ops.getAttr(data, "hex"), new Object[] {sep, perSep}, null);
    String s = (String) hex;
    byte[] out = new byte[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) s.charAt(i);
    }
    return new PyBytes(out);
  }

  // ---------------------------------------------------------------------------------- CRC

  private static final int[] CRC32_TABLE = new int[256];
  private static final int[] HQX_TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      CRC32_TABLE[n] = c;
      int h = n << 8;
      for (int k = 0; k < 8; k++) {
        h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
      }
      HQX_TABLE[n] = h & 0xffff;
    }
  }

  /** CRC-32 (as zlib) continuing from {@code crc}. */
  static long crc32(byte[] b, long crc) {
    charge(b.length);
    int c = ~(int) crc;
    for (byte x : b) {
      c = CRC32_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
    }
    return ~c & 0xffffffffL;
  }

  static long crcHqx(byte[] b, long crc) {
    charge(b.length);
    int c = (int) crc & 0xffff;
    for (byte x : b) {
      c = ((c << 8) & 0xff00) ^ HQX_TABLE[((c >> 8) ^ x) & 0xff];
    }
    return c;
  }

  /** An unsigned C int argument: masked to 32 bits as CPython does. */
  static long maskedInt(Object o) {
    Object i = Ops.indexOrNull(o);
    if (i == null || o instanceof Double) {
      throw Errors.typeError("'" + Types.typeName(o) + "' object cannot be interpreted as an "
          + "integer");
    }
    if (i instanceof BigInteger) {
      return ((BigInteger) i).longValue() & 0xffffffffL;
    }
    return (Long) i & 0xffffffffL;
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("binascii")
        .constant("Error", ERROR)
        .constant("Incomplete", INCOMPLETE)
        .function("hexlify", "data, sep=?, bytes_per_sep=1",
            a -> hexlify(a[0], a[1], a[2]))
        .function("b2a_hex", "data, sep=?, bytes_per_sep=1",
            a -> hexlify(a[0], a[1], a[2]))
        .function("unhexlify", "hexstr, /", a -> new PyBytes(unhexlify(ascii(a[0]))))
        .function("a2b_hex", "hexstr, /", a -> new PyBytes(unhexlify(ascii(a[0]))))
        .function("b2a_base64", "data, /, *, newline=True",
            a -> new PyBytes(b2aBase64(binary(a[0]), Ops.truth(a[1]))))
        .function("a2b_base64", "data, /, *, strict_mode=False",
            a -> new PyBytes(a2bBase64(ascii(a[0]), Ops.truth(a[1]))))
        .function("crc32", "data, crc=0, /",
            a -> crc32(binary(a[0]), maskedInt(a[1])))
        .function("crc_hqx", "data, crc, /",
            a -> crcHqx(binary(a[0]), maskedInt(a[1])))
        .build();
  }

  static {
    LibClasses.share(ERROR, INCOMPLETE);
  }
}
