package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.BytesLike;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code struct}: packing and unpacking of C values with CPython's x86-64 Linux native
 * sizes and alignment and its standard sizes, with CPython's {@code struct.error} messages.
 */
public final class StructModule implements ModuleProvider {
  static final PyType ERROR;
  static final PyType STRUCT;
  static final PyType UNPACK_ITERATOR = PyIterator.newType("unpack_iterator");
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(
      BigInteger.ONE);

  @Override
  public Set<String> moduleNames() {
    return Set.of("struct");
  }

  static PyException error(String msg) {
    return Errors.of(ERROR, msg);
  }

  /** One format code with its repeat count, position and size. */
  private static final class Item {
    char code;
    long count;
    long offset;
    int size;
  }

  /** A parsed format. */
  static final class Format {
    final String text;
    final char order; // '@' native, '<' little, '>' big
    final boolean nativeSizes;
    final List<Item> items = new ArrayList<>();
    long size;
    long values;

    Format(String text) {
      this.text = text;
      int i = 0;
      char first = text.isEmpty() ? ' ' : text.charAt(0);
      if ("@=<>!".indexOf(first) >= 0) {
        i = 1;
      }
      nativeSizes = first != '=' && first != '<' && first != '>' && first != '!';
      order = first == '>' || first == '!' ? '>' : nativeSizes ? '@' : '<';
      long pos = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
          continue;
        }
        long count = 1;
        if (c >= '0' && c <= '9') {
          count = 0;
          while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            int digit = text.charAt(i) - '0';
            if (count > (Long.MAX_VALUE - digit) / 10) {
              throw error("total struct size too long");
            }
            count = count * 10 + digit;
            i++;
          }
          if (i >= text.length()) {
            throw error("repeat count given without format specifier");
          }
          c = text.charAt(i);
        }
        i++;
        int sz = sizeOf(c);
        if (sz < 0) {
          throw error("bad char in struct format");
        }
        if (nativeSizes && sz > 1) {
          pos = (pos + sz - 1) / sz * sz;
        }
        Item it = new Item();
        it.code = c;
        it.count = count;
        it.offset = pos;
        it.size = sz;
        int unit = c == 's' || c == 'p' || c == 'x' ? 1 : sz;
        if (count > (Long.MAX_VALUE - pos) / unit) {
          throw error("total struct size too long");
        }
        long add = count * unit;
        pos += add;
        if (c != 'x') {
          values += c == 's' || c == 'p' ? 1 : count;
        }
        items.add(it);
      }
      size = pos;
    }

    private int sizeOf(char c) {
      switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
          return 1;
        case 'h': case 'H': case 'e':
          return 2;
        case 'i': case 'I': case 'f':
          return 4;
        case 'l': case 'L':
          return nativeSizes ? 8 : 4;
        case 'q': case 'Q': case 'd':
          return 8;
        case 'n': case 'N': case 'P':
          return nativeSizes ? 8 : -1;
        default:
          return -1;
      }
    }
  }

  static Format format(Object f) {
    String s;
    if (f instanceof String) {
      s = (String) f;
    } else if (f instanceof PyBytes) {
      s = new String(((PyBytes) f).array(), java.nio.charset.StandardCharsets.ISO_8859_1);
    } else {
      throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not "
          + Types.typeName(f));
    }
    return new Format(s);
  }

  // ----------------------------------------------------------------------------------- pack

  private static BigInteger integer(Object v) {
    Object i = v instanceof Double ? null : Ops.indexOrNull(v);
    if (i == null) {
      throw error("required argument is not an integer");
    }
    return i instanceof BigInteger ? (BigInteger) i : BigInteger.valueOf((Long) i);
  }

  private static boolean fitsLong(BigInteger x) {
    return x.compareTo(LONG_MIN) >= 0 && x.compareTo(LONG_MAX) <= 0;
  }

  private static boolean fitsULong(BigInteger x) {
    return x.signum() >= 0 && x.compareTo(ULONG_MAX) <= 0;
  }

  /** The integer to store for {@code code}, with CPython's range errors. */
  private static long intValue(Format f, char code, int size, Object v) {
    BigInteger x = integer(v);
    boolean big = f.order == '>';
    String outOfRange = "argument out of range";
    switch (code) {
      case 'b':
        if (!fitsLong(x)) {
          throw error(outOfRange);
        }
        if (x.longValue() < -128 || x.longValue() > 127) {
          throw error("byte format requires -128 <= number <= 127");
        }
        return x.longValue();
      case 'B':
        if (!fitsLong(x)) {
          throw error(outOfRange);
        }
        if (x.longValue() < 0 || x.longValue() > 255) {
          throw error("ubyte format requires 0 <= number <= 255");
        }
        return x.longValue();
      case 'h':
        if (!fitsLong(x)) {
          throw error(outOfRange);
        }
        if (x.longValue() < -32768 || x.longValue() > 32767) {
          throw error((big ? "'h' format" : "short format")
              + " requires -32768 <= number <= 32767");
        }
        return x.longValue();
      case 'H':
        if (big) {
          if (!fitsULong(x)) {
            throw error(outOfRange);
          }
          if (x.compareTo(BigInteger.valueOf(65535)) > 0) {
            throw error("'H' format requires 0 <= number <= 65535");
          }
          return x.longValue();
        }
        if (!fitsLong(x)) {
          throw error(outOfRange);
        }
        if (x.longValue() < 0 || x.longValue() > 65535) {
          throw error("ushort format requires 0 <= number <= 65535");
        }
        return x.longValue();
      case 'i': case 'l': case 'q': case 'n':
        if (!fitsLong(x)) {
          throw error(big && size == 8 ? "int too large to convert" : outOfRange);
        }
        if (size == 4 && (x.longValue() < Integer.MIN_VALUE
            || x.longValue() > Integer.MAX_VALUE)) {
          throw error("'" + code + "' format requires -2147483648 <= number <= 2147483647");
        }
        return x.longValue();
      case 'P':
        if (x.compareTo(LONG_MIN) < 0 || x.compareTo(ULONG_MAX) > 0) {
          throw error("int too large to convert");
        }
        return x.longValue();
      default: // I L Q N
        if (!fitsULong(x)) {
          throw error(big && size == 8 ? "int too large to convert" : outOfRange);
        }
        if (size == 4 && x.compareTo(BigInteger.valueOf(0xffffffffL)) > 0) {
          throw error("'" + code + "' format requires 0 <= number <= 4294967295");
        }
        return x.longValue();
    }
  }

  private static double floatValue(Object v) {
    if (v instanceof Double) {
      return (Double) v;
    }
    Double d = Ops.floatOrNull(v);
    if (d == null) {
      throw error("required argument is not a float");
    }
    return d;
  }

  private static void put(byte[] out, int off, long v, int size, boolean bigEndian) {
    for (int k = 0; k < size; k++) {
      int shift = 8 * (bigEndian ? size - 1 - k : k);
      out[off + k] = (byte) (v >>> shift);
    }
  }

  private static long get(byte[] in, int off, int size, boolean bigEndian, boolean signed) {
    long v = 0;
    for (int k = 0; k < size; k++) {
      int b = in[off + (bigEndian ? k : size - 1 - k)] & 0xff;
      v = v << 8 | b;
    }
    if (signed && size < 8) {
      v = v << (64 - 8 * size) >> (64 - 8 * size);
    }
    return v;
  }

  /** IEEE 754 half precision, rounding half to even; OverflowError past the largest half. */
  static int toHalf(double x) {
    int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
    double a = Math.abs(x);
    if (Double.isNaN(x)) {
      return sign | 0x7e00;
    }
    if (Double.isInfinite(x)) {
      return sign | 0x7c00;
    }
    if (a == 0) {
      return sign;
    }
    int e = Math.getExponent(a);
    if (e < -14) {
      // subnormal: units of 2^-24
      double m = a * Math.pow(2, 24);
      long r = Math.round(Math.rint(m));
      return sign | (int) r; // r == 1024 carries into the smallest normal
    }
    double m = a / Math.pow(2, e) - 1; // fraction in [0, 1)
    double scaled = m * 1024;
    long r = (long) Math.rint(scaled);
    int exp = e + 15;
    if (r == 1024) {
      r = 0;
      exp++;
    }
    if (exp >= 31) {
      throw Errors.overflowError("float too large to pack with e format");
    }
    return sign | exp << 10 | (int) r;
  }

  static double fromHalf(int h) {
    double sign = (h & 0x8000) != 0 ? -1.0 : 1.0;
    int exp = (h >> 10) & 31;
    int frac = h & 1023;
    if (exp == 31) {
      return frac == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
    }
    if (exp == 0) {
      return sign * frac * Math.pow(2, -24);
    }
    return sign * (1 + frac / 1024.0) * Math.pow(2, exp - 15);
  }

  static byte[] pack(Format f, Object[] args, int argOff) {
    int given = args.length - argOff;
    if (given != f.values) {
      throw error("pack expected " + f.values + " items for packing (got " + given + ")");
    }
    Budget.reserveMemory(f.size);
    Budget.chargeSteps(1 + f.values + (f.size >> 6));
    byte[] out = new byte[(int) f.size];
    boolean bigEndian = f.order == '>';
    int a = argOff;
    for (Item it : f.items) {
      int off = (int) it.offset;
      switch (it.code) {
        case 'x':
          break;
        case 's': case 'p': {
          Object v = args[a++];
          if (!(v instanceof PyBytes)) {
            throw error("argument for '" + it.code + "' must be a bytes object");
          }
          byte[] b = ((PyBytes) v).array();
          if (it.code == 's') {
            System.arraycopy(b, 0, out, off, (int) Math.min(b.length, it.count));
          } else if (it.count > 0) {
            int n = (int) Math.min(Math.min(b.length, it.count - 1), 255);
            out[off] = (byte) n;
            System.arraycopy(b, 0, out, off + 1, n);
          }
          break;
        }
        default:
          for (int k = 0; k < (int) it.count; k++) {
            Object v = args[a++];
            int o = off + k * it.size;
            switch (it.code) {
              case 'c':
                if (!(v instanceof PyBytes) || ((PyBytes) v).length() != 1) {
                  throw error("char format requires a bytes object of length 1");
                }
                out[o] = ((PyBytes) v).array()[0];
                break;
              case '?':
                out[o] = (byte) (Ops.truth(v) ? 1 : 0);
                break;
              case 'e':
                put(out, o, toHalf(floatValue(v)), 2, bigEndian);
                break;
              case 'f': {
                double d = floatValue(v);
                float fl = (float) d;
                if (Float.isInfinite(fl) && !Double.isInfinite(d)) {
                  throw Errors.overflowError("float too large to pack with f format");
                }
                put(out, o, Float.floatToRawIntBits(fl) & 0xffffffffL, 4, bigEndian);
                break;
              }
              case 'd':
                put(out, o, Double.doubleToRawLongBits(floatValue(v)), 8, bigEndian);
                break;
              default:
                put(out, o, intValue(f, it.code, it.size, v), it.size, bigEndian);
                break;
            }
          }
          break;
      }
    }
    return out;
  }

  // --------------------------------------------------------------------------------- unpack

  static PyTuple unpack(Format f, byte[] in, int base) {
    Budget.chargeSteps(1 + f.values + (f.size >> 6));
    Object[] out = new Object[(int) f.values];
    boolean bigEndian = f.order == '>';
    int n = 0;
    for (Item it : f.items) {
      int off = base + (int) it.offset;
      switch (it.code) {
        case 'x':
          break;
        case 's':
          out[n++] = new PyBytes(java.util.Arrays.copyOfRange(in, off, off + (int) it.count));
          break;
        case 'p': {
          if (it.count == 0) {
            out[n++] = PyBytes.EMPTY;
            break;
          }
          int len = (int) Math.min(in[off] & 0xff, it.count - 1);
          out[n++] = new PyBytes(java.util.Arrays.copyOfRange(in, off + 1, off + 1 + len));
          break;
        }
        default:
          for (int k = 0; k < (int) it.count; k++) {
            int o = off + k * it.size;
            Object v;
            switch (it.code) {
              case 'c':
                v = new PyBytes(new byte[] {in[o]});
                break;
              case '?':
                v = in[o] != 0;
                break;
              case 'e':
                v = fromHalf((int) get(in, o, 2, bigEndian, false));
                break;
              case 'f':
                v = (double) Float.intBitsToFloat((int) get(in, o, 4, bigEndian, false));
                break;
              case 'd':
                v = Double.longBitsToDouble(get(in, o, 8, bigEndian, false));
                break;
              default: {
                boolean signed = "bhilqn".indexOf(it.code) >= 0;
                long x = get(in, o, it.size, bigEndian, signed);
                v = !signed && it.size == 8 && x < 0
                    ? Ops.normalizeInt(new BigInteger(Long.toUnsignedString(x))) : (Object) x;
                break;
              }
            }
            out[n++] = v;
          }
          break;
      }
    }
    return PyTuple.of(out);
  }

  private static byte[] buffer(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    throw Errors.typeError("a bytes-like object is required, not '" + Types.typeName(o) + "'");
  }

  static PyTuple unpackWhole(Format f, Object data) {
    byte[] b = buffer(data);
    if (b.length != f.size) {
      throw error("unpack requires a buffer of " + f.size + " bytes");
    }
    return unpack(f, b, 0);
  }

  static PyTuple unpackFrom(Format f, Object data, Object offsetArg) {
    byte[] b = buffer(data);
    long offset = Ops.asIndex(offsetArg, "'" + Types.typeName(offsetArg)
        + "' object cannot be interpreted as an integer");
    long orig = offset;
    if (offset < 0) {
      if (offset + b.length < 0) {
        throw error("offset " + offset + " out of range for " + b.length + "-byte buffer");
      }
      offset += b.length;
    }
    if (b.length - offset < f.size) {
      if (orig < 0) {
        throw error("not enough data to unpack " + f.size + " bytes at offset " + orig);
      }
      throw error("unpack_from requires a buffer of at least " + (f.size + offset)
          + " bytes for unpacking " + f.size + " bytes at offset " + offset
          + " (actual buffer size is " + b.length + ")");
    }
    return unpack(f, b, (int) offset);
  }

  static PyIterator iterUnpack(Format f, Object data) {
    byte[] b = buffer(data);
    if (f.size == 0) {
      throw error("cannot iteratively unpack with a struct of length 0");
    }
    if (b.length % f.size != 0) {
      throw error("iterative unpacking requires a buffer of a multiple of " + f.size
          + " bytes");
    }
    return new PyIterator(UNPACK_ITERATOR) {
      private int pos;

      @Override
      public Object next() {
        if (pos >= b.length) {
          return null;
        }
        PyTuple t = unpack(f, b, pos);
        pos += (int) f.size;
        return t;
      }
    };
  }

  private static Object packInto(Object buffer) {
    throw Errors.typeError("argument must be read-write bytes-like object, not "
        + Types.typeName(buffer));
  }

  // -------------------------------------------------------------------------------- classes

  static final class StructObj extends PyInstance {
    Format f;

    StructObj(PyType t) {
      super(t);
    }
  }

  private static Format sf(Object o) {
    if (o instanceof StructObj && ((StructObj) o).f != null) {
      return ((StructObj) o).f;
    }
    throw Errors.typeError("descriptor for 'Struct' objects doesn't apply to a '"
        + Types.typeName(o) + "' object");
  }

  static {
    Map<String, Object> ens = new LinkedHashMap<>();
    ens.put("__module__", "struct");
    ERROR = PyType.createClass("error", new PyType[] {ExceptionTypes.EXCEPTION}, ens);
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "_struct");
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("Struct",
        "cls, *args, **kwargs", a -> new StructObj((PyType) a[0]))));
    ns.put("__init__", BuiltinFunction.of("__init__", "self, format", a -> {
      if (!(a[0] instanceof StructObj)) {
        throw Errors.typeError("descriptor '__init__' requires a 'Struct' object");
      }
      ((StructObj) a[0]).f = format(a[1]);
      return dev.moat.runtime.PyNone.NONE;
    }));
    ns.put("pack", BuiltinFunction.of("pack", "self, *args",
        a -> new PyBytes(pack(sf(a[0]), ((PyTuple) a[1]).toArray(), 0))));
    ns.put("unpack", BuiltinFunction.of("unpack", "self, buffer, /",
        a -> unpackWhole(sf(a[0]), a[1])));
    ns.put("unpack_from", BuiltinFunction.of("unpack_from", "self, buffer, offset=0",
        a -> unpackFrom(sf(a[0]), a[1], a[2])));
    ns.put("iter_unpack", BuiltinFunction.of("iter_unpack", "self, buffer, /",
        a -> iterUnpack(sf(a[0]), a[1])));
    ns.put("pack_into", BuiltinFunction.of("pack_into", "self, buffer, offset, *args",
        a -> packInto(a[1])));
    ns.put("format", new Descriptors.GetSet("format", o -> sf(o).text, null));
    ns.put("size", new Descriptors.GetSet("size", o -> (long) sf(o).size, null));
    STRUCT = PyType.createClass("Struct", new PyType[0], ns);
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("struct")
        .constant("error", ERROR)
        .constant("Struct", STRUCT)
        .function("calcsize", "format, /", a -> (long) format(a[0]).size)
        .function("pack", "format, /, *args",
            a -> new PyBytes(pack(format(a[0]), ((PyTuple) a[1]).toArray(), 0)))
        .function("unpack", "format, buffer, /", a -> unpackWhole(format(a[0]), a[1]))
        .function("unpack_from", "format, /, buffer, offset=0",
            a -> unpackFrom(format(a[0]), a[1], a[2]))
        .function("iter_unpack", "format, buffer, /", a -> iterUnpack(format(a[0]), a[1]))
        .function("pack_into", "format, buffer, offset, /, *args", a -> {
          format(a[0]);
          return packInto(a[1]);
        })
        .build();
  }

  static {
    LibClasses.share(ERROR, STRUCT, UNPACK_ITERATOR);
  }
}
