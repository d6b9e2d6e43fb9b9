package dev.moat.stdlib;

import dev.moat.runtime.BytesLike;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Python's {@code base64}: Base64 (standard, URL-safe, alternative characters, MIME lines),
 * Base32 (and its extended-hex alphabet), Base16, Ascii85 and Base85, with CPython's acceptance
 * rules and {@code binascii.Error}/{@code ValueError} messages.
 */
public final class Base64Module implements ModuleProvider {
  private static final byte[] B32 = ascii("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
  private static final byte[] B32HEX = ascii("0123456789ABCDEFGHIJKLMNOPQRSTUV");
  private static final byte[] B85 = ascii("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
      + "abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~");
  private static final int[] B85_REV = new int[256];

  static {
    Arrays.fill(B85_REV, -1);
    for (int i = 0; i < 85; i++) {
      B85_REV[B85[i]] = i;
    }
  }

  @Override
  public Set<String> moduleNames() {
    return Set.of("base64");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Decoder input: bytes or an ASCII str. */
  private static byte[] decodeData(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    if (o instanceof String) {
      return BinasciiModule.asciiOf((String) o);
    }
    throw Errors.typeError("argument should be a bytes-like object or ASCII string, not '"
        + Types.typeName(o) + "'");
  }

  /** Encoder input that CPython passes through {@code memoryview}. */
  private static byte[] viewData(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    throw Errors.typeError("memoryview: a bytes-like object is required, not '"
        + Types.typeName(o) + "'");
  }

  /** {@code encodebytes}/{@code decodebytes} input. */
  private static byte[] checked(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    throw Errors.typeError("expected bytes-like object, not " + Types.typeName(o));
  }

  private static byte[] translate(byte[] b, int from1, int from2, int to1, int to2) {
    byte[] r = b.clone();
    for (int i = 0; i < r.length; i++) {
      if (r[i] == from1) {
        r[i] = (byte) to1;
      } else if (r[i] == from2) {
        r[i] = (byte) to2;
      }
    }
    return r;
  }

  private static byte[] altchars(Object alt, boolean decoding) {
    byte[] a = decoding ? decodeData(alt) : BinasciiModule.binary(alt);
    if (a.length != 2) {
      throw Errors.of(ExceptionTypes.ASSERTION_ERROR, new PyBytes(a).repr());
    }
    return a;
  }

  private static PyBytes b64encode(Object s, Object alt) {
    byte[] out = BinasciiModule.b2aBase64(BinasciiModule.binary(s), false);
    if (alt != PyNone.NONE) {
      byte[] a = altchars(alt, false);
      out = translate(out, '+', '/', a[0], a[1]);
    }
    return new PyBytes(out);
  }

  private static PyBytes b64decode(Object s, Object alt, boolean validate) {
    byte[] in = decodeData(s);
    if (alt != PyNone.NONE) {
      byte[] a = altchars(alt, true);
      in = translate(in, a[0], a[1], '+', '/');
    }
    return new PyBytes(BinasciiModule.a2bBase64(in, validate));
  }

  // ------------------------------------------------------------------------------- base32

  private static PyBytes b32encode(Object s, byte[] alphabet) {
    byte[] in = viewData(s);
    BinasciiModule.charge(in.length);
    int quanta = (in.length + 4) / 5;
    byte[] out = BinasciiModule.output(quanta * 8L);
    for (int q = 0; q < quanta; q++) {
      long acc = 0;
      for (int k = 0; k < 5; k++) {
        int i = q * 5 + k;
        acc = acc << 8 | (i < in.length ? in[i] & 0xff : 0);
      }
      for (int k = 0; k < 8; k++) {
        out[q * 8 + k] = alphabet[(int) (acc >>> (35 - 5 * k)) & 31];
      }
    }
    int pad = new int[] {0, 6, 4, 3, 1}[in.length % 5];
    for (int k = 0; k < pad; k++) {
      out[out.length - 1 - k] = '=';
    }
    return new PyBytes(out);
  }

  private static PyBytes b32decode(Object s, byte[] alphabet, boolean casefold, Object map01) {
    byte[] in = decodeData(s);
    BinasciiModule.charge(in.length);
    if (in.length % 8 != 0) {
      throw BinasciiModule.error("Incorrect padding");
    }
    if (map01 != PyNone.NONE) {
      byte[] m = decodeData(map01);
      if (m.length != 1) {
        throw Errors.of(ExceptionTypes.ASSERTION_ERROR, new PyBytes(m).repr());
      }
      in = translate(in, '0', '1', 'O', m[0]);
    } else {
      in = in.clone();
    }
    if (casefold) {
      for (int i = 0; i < in.length; i++) {
        if (in[i] >= 'a' && in[i] <= 'z') {
          in[i] -= 32;
        }
      }
    }
    int[] rev = new int[256];
    Arrays.fill(rev, -1);
    for (int i = 0; i < 32; i++) {
      rev[alphabet[i]] = i;
    }
    int len = in.length;
    while (len > 0 && in[len - 1] == '=') {
      len--;
    }
    int padchars = in.length - len;
    dev.moat.runtime.Budget.reserveMemory(len + 5L);
    ByteArrayOutputStream out = new ByteArrayOutputStream(len * 5 / 8 + 5);
    long acc = 0;
    for (int q = 0; q < len; q += 8) {
      acc = 0;
      for (int i = q; i < Math.min(q + 8, len); i++) {
        int v = rev[in[i] & 0xff];
        if (v < 0) {
          throw BinasciiModule.error("Non-base32 digit found");
        }
        acc = acc << 5 | v;
      }
      for (int k = 4; k >= 0; k--) {
        out.write((int) (acc >>> (8 * k)));
      }
    }
    if (padchars != 0 && padchars != 1 && padchars != 3 && padchars != 4 && padchars != 6) {
      throw BinasciiModule.error("Incorrect padding");
    }
    byte[] r = out.toByteArray();
    if (padchars > 0 && r.length > 0) {
      acc <<= 5 * padchars;
      int leftover = (43 - 5 * padchars) / 8;
      int base = r.length - 5;
      for (int k = 0; k < 5; k++) {
        r[base + k] = (byte) (acc >>> (8 * (4 - k)));
      }
      r = Arrays.copyOf(r, base + leftover);
    }
    return new PyBytes(r);
  }

  // ------------------------------------------------------------------------------- base16

  private static PyBytes b16encode(Object s) {
    byte[] in = BinasciiModule.binary(s);
    BinasciiModule.charge(in.length);
    byte[] out = BinasciiModule.output(in.length * 2L);
    for (int i = 0; i < in.length; i++) {
      out[2 * i] = (byte) Character.toUpperCase(Character.forDigit((in[i] >> 4) & 15, 16));
      out[2 * i + 1] = (byte) Character.toUpperCase(Character.forDigit(in[i] & 15, 16));
    }
    return new PyBytes(out);
  }

  private static PyBytes b16decode(Object s, boolean casefold) {
    byte[] in = decodeData(s).clone();
    for (int i = 0; i < in.length; i++) {
      int c = in[i];
      if (casefold && c >= 'a' && c <= 'f') {
        in[i] -= 32;
      } else if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
        throw BinasciiModule.error("Non-base16 digit found");
      }
    }
    return new PyBytes(BinasciiModule.unhexlify(in));
  }

  // ---------------------------------------------------------------------- Ascii85 / Base85

  private static byte[] encode85(byte[] b, byte[] chars, boolean pad, boolean foldNuls,
      boolean foldSpaces) {
    BinasciiModule.charge(b.length);
    int padding = (4 - b.length % 4) % 4;
    int words = (b.length + padding) / 4;
    dev.moat.runtime.Budget.reserveMemory(words * 5L);
    ByteArrayOutputStream out = new ByteArrayOutputStream(words * 5);
    byte[] last = null;
    for (int w = 0; w < words; w++) {
      long word = 0;
      for (int k = 0; k < 4; k++) {
        int i = w * 4 + k;
        word = word << 8 | (i < b.length ? b[i] & 0xff : 0);
      }
      byte[] chunk;
      if (foldNuls && word == 0) {
        chunk = new byte[] {'z'};
      } else if (foldSpaces && word == 0x20202020L) {
        chunk = new byte[] {'y'};
      } else {
        chunk = new byte[5];
        long v = word;
        for (int k = 4; k >= 0; k--) {
          chunk[k] = chars[(int) (v % 85)];
          v /= 85;
        }
      }
      if (w == words - 1) {
        last = chunk;
      } else {
        out.write(chunk, 0, chunk.length);
      }
    }
    if (last != null) {
      if (padding != 0 && !pad) {
        if (last.length == 1 && last[0] == 'z') {
          last = new byte[] {chars[0], chars[0], chars[0], chars[0], chars[0]};
        }
        last = Arrays.copyOf(last, Math.max(0, last.length - padding));
      }
      out.write(last, 0, last.length);
    }
    return out.toByteArray();
  }

  private static PyBytes a85encode(Object b, boolean foldSpaces, long wrapcol, boolean pad,
      boolean adobe) {
    byte[] chars = new byte[85];
    for (int i = 0; i < 85; i++) {
      chars[i] = (byte) (33 + i);
    }
    byte[] r = encode85(viewData(b), chars, pad, true, foldSpaces);
    if (adobe) {
      r = concat(ascii("<~"), r);
    }
    if (wrapcol != 0) {
      int w = (int) Math.min(Integer.MAX_VALUE, Math.max(adobe ? 2 : 1, wrapcol));
      ByteArrayOutputStream out = new ByteArrayOutputStream(r.length + r.length / w + 4);
      int lastLen = 0;
      for (int i = 0; i < r.length; i += w) {
        if (i > 0) {
          out.write('\n');
        }
        lastLen = Math.min(w, r.length - i);
        out.write(r, i, lastLen);
      }
      if (adobe && lastLen + 2 > w) {
        out.write('\n');
      }
      r = out.toByteArray();
    }
    if (adobe) {
      r = concat(r, ascii("~>"));
    }
    return new PyBytes(r);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static PyBytes a85decode(Object data, boolean foldSpaces, boolean adobe,
      Object ignore) {
    byte[] b = decodeData(data);
    byte[] ignorechars = decodeData(ignore);
    BinasciiModule.charge(b.length);
    int start = 0;
    int end = b.length;
    if (adobe) {
      if (!(end >= 2 && b[end - 2] == '~' && b[end - 1] == '>')) {
        throw Errors.valueError("Ascii85 encoded byte sequences must end with b'~>'");
      }
      if (end >= 4 && b[0] == '<' && b[1] == '~') {
        start = 2;
      }
      end -= 2;
    }
    dev.moat.runtime.Budget.reserveMemory(b.length * 4L);
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(16, (end - start) * 4 / 5));
    int[] curr = new int[5];
    int n = 0;
    for (int i = start; i < end + 4; i++) {
      int x = i < end ? b[i] & 0xff : 'u';
      if (x >= '!' && x <= 'u') {
        curr[n++] = x;
        if (n == 5) {
          long acc = 0;
          for (int c : curr) {
            acc = 85 * acc + (c - 33);
          }
          if (acc > 0xffffffffL) {
            throw Errors.valueError("Ascii85 overflow");
          }
          writeWord(out, acc);
          n = 0;
        }
      } else if (x == 'z') {
        if (n > 0) {
          throw Errors.valueError("z inside Ascii85 5-tuple");
        }
        writeWord(out, 0);
      } else if (foldSpaces && x == 'y') {
        if (n > 0) {
          throw Errors.valueError("y inside Ascii85 5-tuple");
        }
        writeWord(out, 0x20202020L);
      } else if (contains(ignorechars, x)) {
        continue;
      } else {
        throw Errors.valueError("Non-Ascii85 digit found: " + (char) x);
      }
    }
    byte[] r = out.toByteArray();
    int padding = 4 - n;
    if (padding != 0) {
      r = Arrays.copyOf(r, Math.max(0, r.length - padding));
    }
    return new PyBytes(r);
  }

  private static boolean contains(byte[] set, int x) {
    for (byte c : set) {
      if ((c & 0xff) == x) {
        return true;
      }
    }
    return false;
  }

  private static void writeWord(ByteArrayOutputStream out, long w) {
    out.write((int) (w >>> 24));
    out.write((int) (w >>> 16));
    out.write((int) (w >>> 8));
    out.write((int) w);
  }

  private static PyBytes b85decode(Object data) {
    byte[] b = decodeData(data);
    BinasciiModule.charge(b.length);
    int padding = (5 - b.length % 5) % 5;
    int total = b.length + padding;
    dev.moat.runtime.Budget.reserveMemory(total);
    ByteArrayOutputStream out = new ByteArrayOutputStream(total / 5 * 4);
    for (int i = 0; i < total; i += 5) {
      long acc = 0;
      for (int j = i; j < i + 5; j++) {
        int v = j < b.length ? B85_REV[b[j] & 0xff] : 84;
        if (v < 0) {
          throw Errors.valueError("bad base85 character at position " + j);
        }
        acc = acc * 85 + v;
      }
      if (acc > 0xffffffffL) {
        throw Errors.valueError("base85 overflow in hunk starting at byte " + i);
      }
      writeWord(out, acc);
    }
    byte[] r = out.toByteArray();
    return new PyBytes(padding == 0 ? r : Arrays.copyOf(r, r.length - padding));
  }

  // ---------------------------------------------------------------------- MIME base64

  private static PyBytes encodebytes(Object s) {
    byte[] in = checked(s);
    dev.moat.runtime.Budget.reserveMemory(in.length * 2L);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 4 / 3 + in.length / 57 + 4);
    for (int i = 0; i < in.length; i += 57) {
      byte[] line = BinasciiModule.b2aBase64(Arrays.copyOfRange(in, i,
          Math.min(in.length, i + 57)), true);
      out.write(line, 0, line.length);
    }
    return new PyBytes(out.toByteArray());
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("base64")
        .function("b64encode", "s, altchars=None", a -> b64encode(a[0], a[1]))
        .function("b64decode", "s, altchars=None, validate=False",
            a -> b64decode(a[0], a[1], Ops.truth(a[2])))
        .function("standard_b64encode", "s", a -> b64encode(a[0], PyNone.NONE))
        .function("standard_b64decode", "s", a -> b64decode(a[0], PyNone.NONE, false))
        .function("urlsafe_b64encode", "s", a -> new PyBytes(translate(
            b64encode(a[0], PyNone.NONE).array(), '+', '/', '-', '_')))
        .function("urlsafe_b64decode", "s", a -> new PyBytes(BinasciiModule.a2bBase64(
            translate(decodeData(a[0]), '-', '_', '+', '/'), false)))
        .function("b32encode", "s", a -> b32encode(a[0], B32))
        .function("b32decode", "s, casefold=False, map01=None",
            a -> b32decode(a[0], B32, Ops.truth(a[1]), a[2]))
        .function("b32hexencode", "s", a -> b32encode(a[0], B32HEX))
        .function("b32hexdecode", "s, casefold=False",
            a -> b32decode(a[0], B32HEX, Ops.truth(a[1]), PyNone.NONE))
        .function("b16encode", "s", a -> b16encode(a[0]))
        .function("b16decode", "s, casefold=False", a -> b16decode(a[0], Ops.truth(a[1])))
        .function("a85encode", "b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False",
            a -> a85encode(a[0], Ops.truth(a[1]), Ops.asIndex(a[2],
                "'" + Types.typeName(a[2]) + "' object cannot be interpreted as an integer"),
                Ops.truth(a[3]), Ops.truth(a[4])))
        .function("a85decode", "b, *, foldspaces=False, adobe=False, ignorechars=?",
            a -> a85decode(a[0], Ops.truth(a[1]), Ops.truth(a[2]),
                a[3] == dev.moat.runtime.Signature.MISSING
                    ? new PyBytes(ascii(" \t\n\r\u000b")) : a[3]))
        .function("b85encode", "b, pad=False", a -> {
          byte[] chars = B85;
          return new PyBytes(encode85(viewData(a[0]), chars, Ops.truth(a[1]), false, false));
        })
        .function("b85decode", "b", a -> b85decode(a[0]))
        .function("encodebytes", "s", a -> encodebytes(a[0]))
        .function("decodebytes", "s",
            a -> new PyBytes(BinasciiModule.a2bBase64(checked(a[0]), false)))
        .constant("MAXLINESIZE", 76L)
        .constant("MAXBINSIZE", 57L)
        .build();
  }
}
