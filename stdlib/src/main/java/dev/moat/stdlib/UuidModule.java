package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Python's {@code uuid}: the immutable {@code UUID} class (every constructor form, field
 * attributes, comparisons, hashing), {@code uuid1} (with a random multicast node, never the
 * host's MAC address), {@code uuid3}, {@code uuid4}, {@code uuid5}, the namespaces and variants.
 */
public final class UuidModule implements ModuleProvider {
  private static final SecureRandom RNG = new SecureRandom();
  private static final BigInteger MASK128 = BigInteger.ONE.shiftLeft(128).subtract(
      BigInteger.ONE);
  static final String RESERVED_NCS = "reserved for NCS compatibility";
  static final String RFC_4122 = "specified in RFC 4122";
  static final String RESERVED_MICROSOFT = "reserved for Microsoft compatibility";
  static final String RESERVED_FUTURE = "reserved for future definition";

  @Override
  public Set<String> moduleNames() {
    return Set.of("uuid");
  }

  /** A UUID: its 128-bit value, and {@code is_safe} (null until set by the constructor). */
  static final class Uuid extends PyInstance {
    BigInteger value = BigInteger.ZERO;
    Object isSafe;

    Uuid(PyType t) {
      super(t);
    }

    long bits(int shift, int width) {
      return value.shiftRight(shift).longValue() & ((1L << width) - 1);
    }

    byte[] bytes() {
      byte[] raw = value.toByteArray();
      byte[] out = new byte[16];
      int n = Math.min(16, raw.length);
      System.arraycopy(raw, raw.length - n, out, 16 - n, n);
      return out;
    }

    String hex() {
      String h = value.toString(16);
      return "0".repeat(32 - h.length()) + h;
    }

    String str() {
      String h = hex();
      return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
          + h.substring(16, 20) + "-" + h.substring(20);
    }

    String variant() {
      if (!value.testBit(63)) {
        return RESERVED_NCS;
      } else if (!value.testBit(62)) {
        return RFC_4122;
      } else if (!value.testBit(61)) {
        return RESERVED_MICROSOFT;
      }
      return RESERVED_FUTURE;
    }
  }

  private static Uuid self(Object o) {
    if (o instanceof Uuid) {
      return (Uuid) o;
    }
    throw Errors.typeError("descriptor for 'UUID' objects doesn't apply to a '"
        + Types.typeName(o) + "' object");
  }

  private static BigInteger big(Object o) {
    Object i = o instanceof Double ? null : Ops.indexOrNull(o);
    if (i == null) {
      throw Errors.typeError("'<=' not supported between instances of 'int' and '"
          + Types.typeName(o) + "'");
    }
    return i instanceof BigInteger ? (BigInteger) i : BigInteger.valueOf((Long) i);
  }

  private static Object pyInt(BigInteger b) {
    return Ops.normalizeInt(b);
  }

  private static BigInteger fromBytes(byte[] b) {
    return new BigInteger(1, b);
  }

  private static byte[] sized(Object o, String what) {
    if (Ops.len(o) != 16) {
      throw Errors.valueError(what + " is not a 16-char string");
    }
    if (!(o instanceof PyBytes)) {
      throw Errors.of(ExceptionTypes.ASSERTION_ERROR, Ops.repr(o));
    }
    return ((PyBytes) o).array();
  }

  private static void init(Uuid u, Object[] a, Object unknown) {
    Object hex = a[1];
    Object bytes = a[2];
    Object bytesLe = a[3];
    Object fields = a[4];
    Object intArg = a[5];
    Object version = a[6];
    int given = 0;
    for (int i = 1; i <= 5; i++) {
      if (a[i] != PyNone.NONE) {
        given++;
      }
    }
    if (given != 1) {
      throw Errors.typeError(
          "one of the hex, bytes, bytes_le, fields, or int arguments must be given");
    }
    BigInteger v;
    if (hex != PyNone.NONE) {
      if (!(hex instanceof String)) {
        throw Errors.attributeError("'" + Types.typeName(hex)
            + "' object has no attribute 'replace'");
      }
      String h = ((String) hex).replace("urn:", "").replace("uuid:", "");
      int s = 0;
      int e = h.length();
      while (s < e && (h.charAt(s) == '{' || h.charAt(s) == '}')) {
        s++;
      }
      while (e > s && (h.charAt(e - 1) == '{' || h.charAt(e - 1) == '}')) {
        e--;
      }
      h = h.substring(s, e).replace("-", "");
      if (h.length() != 32) {
        throw Errors.valueError("badly formed hexadecimal UUID string");
      }
      v = big(Ops.call(Types.INT, new Object[] {h, 16L}, null));
    } else if (bytesLe != PyNone.NONE) {
      byte[] le = sized(bytesLe, "bytes_le");
      byte[] be = new byte[16];
      for (int i = 0; i < 4; i++) {
        be[i] = le[3 - i];
      }
      be[4] = le[5];
      be[5] = le[4];
      be[6] = le[7];
      be[7] = le[6];
      System.arraycopy(le, 8, be, 8, 8);
      v = fromBytes(be);
    } else if (bytes != PyNone.NONE) {
      v = fromBytes(sized(bytes, "bytes"));
    } else if (fields != PyNone.NONE) {
      if (Ops.len(fields) != 6) {
        throw Errors.valueError("fields is not a 6-tuple");
      }
      Object[] f = new Object[6];
      for (int i = 0; i < 6; i++) {
        f[i] = Ops.getItem(fields, (Object) (long) i);
      }
      int[] widths = {32, 16, 16, 8, 8, 48};
      BigInteger[] vals = new BigInteger[6];
      for (int i = 0; i < 6; i++) {
        vals[i] = big(f[i]);
        if (vals[i].signum() < 0 || vals[i].bitLength() > widths[i]) {
          throw Errors.valueError("field " + (i + 1) + " out of range (need "
              + (widths[i] == 8 ? "an" : "a") + " " + widths[i] + "-bit value)");
        }
      }
      BigInteger clockSeq = vals[3].shiftLeft(8).or(vals[4]);
      v = vals[0].shiftLeft(96).or(vals[1].shiftLeft(80)).or(vals[2].shiftLeft(64))
          .or(clockSeq.shiftLeft(48)).or(vals[5]);
    } else {
      v = big(intArg);
      if (v.signum() < 0 || v.bitLength() > 128) {
        throw Errors.valueError("int is out of range (need a 128-bit value)");
      }
    }
    if (version != PyNone.NONE) {
      BigInteger ver = big(version);
      if (ver.compareTo(BigInteger.ONE) < 0 || ver.compareTo(BigInteger.valueOf(5)) > 0) {
        throw Errors.valueError("illegal version number");
      }
      v = v.andNot(BigInteger.valueOf(0xc000).shiftLeft(48))
          .or(BigInteger.valueOf(0x8000).shiftLeft(48))
          .andNot(BigInteger.valueOf(0xf000).shiftLeft(64))
          .or(ver.shiftLeft(76));
    }
    u.value = v;
    u.isSafe = a[7] == Signature.MISSING ? unknown : a[7];
  }

  private static Object compare(Object[] a, int sign, boolean strict) {
    if (!(a[1] instanceof Uuid)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    int c = self(a[0]).value.compareTo(((Uuid) a[1]).value);
    return strict ? Integer.signum(c) == sign : c == 0 || Integer.signum(c) == sign;
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static void prop(Map<String, Object> ns, String name, Function<Uuid, Object> get) {
    ns.put(name, new Descriptors.GetSet(name, o -> get.apply(self(o)), (o, v) -> {
      throw Errors.typeError("UUID objects are immutable");
    }));
  }

  private static byte[] digest(String algorithm, Object namespace, Object name) {
    byte[] nameBytes;
    if (name instanceof String) {
      nameBytes = ((String) name).getBytes(StandardCharsets.UTF_8);
    } else {
      throw Errors.typeError("encoding without a string argument");
    }
    Object nsBytes = Ops.getAttr(namespace, "bytes");
    byte[] nb = Digests.data(nsBytes);
    try {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      Digests.charge(nameBytes.length);
      md.update(nb);
      md.update(nameBytes);
      return Arrays.copyOf(md.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public PyModule create(String name) {
    Object unknown = safeUuidEnum();
    Object enumType = Types.typeOf(unknown);
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "uuid");
    ns.put("__new__", new Descriptors.StaticMethod(fn("UUID", "cls, *args, **kwargs",
        a -> new Uuid((PyType) a[0]))));
    ns.put("__init__", fn("__init__", "self, hex=None, bytes=None, bytes_le=None, fields=None, "
        + "int=None, version=None, *, is_safe=?", a -> {
          init(self(a[0]), a, unknown);
          return PyNone.NONE;
        }));
    BuiltinFunction.Body immutable = a -> {
      throw Errors.typeError("UUID objects are immutable");
    };
    ns.put("__setattr__", fn("__setattr__", "self, name, value", immutable));
    BuiltinFunction.Body copy = a -> {
      Uuid u = self(a[0]);
      Uuid c = new Uuid(u.type());
      c.value = u.value;
      c.isSafe = u.isSafe;
      return c;
    };
    ns.put("__copy__", fn("__copy__", "self", copy));
    ns.put("__deepcopy__", fn("__deepcopy__", "self, memo", copy));
    ns.put("__str__", fn("__str__", "self", a -> self(a[0]).str()));
    ns.put("__repr__", fn("__repr__", "self", a -> Types.typeOf(a[0]).name() + "('"
        + self(a[0]).str() + "')"));
    ns.put("__int__", fn("__int__", "self", a -> pyInt(self(a[0]).value)));
    ns.put("__hash__", fn("__hash__", "self", a -> Ops.hash(pyInt(self(a[0]).value))));
    ns.put("__eq__", fn("__eq__", "self, other", a -> a[1] instanceof Uuid
        ? (Object) self(a[0]).value.equals(((Uuid) a[1]).value) : PySingleton.NOT_IMPLEMENTED));
    ns.put("__lt__", fn("__lt__", "self, other", a -> compare(a, -1, true)));
    ns.put("__le__", fn("__le__", "self, other", a -> compare(a, -1, false)));
    ns.put("__gt__", fn("__gt__", "self, other", a -> compare(a, 1, true)));
    ns.put("__ge__", fn("__ge__", "self, other", a -> compare(a, 1, false)));
    prop(ns, "int", u -> pyInt(u.value));
    prop(ns, "hex", Uuid::hex);
    prop(ns, "urn", u -> "urn:uuid:" + u.str());
    prop(ns, "bytes", u -> new PyBytes(u.bytes()));
    prop(ns, "bytes_le", u -> {
      byte[] b = u.bytes();
      byte[] le = b.clone();
      for (int i = 0; i < 4; i++) {
        le[i] = b[3 - i];
      }
      le[4] = b[5];
      le[5] = b[4];
      le[6] = b[7];
      le[7] = b[6];
      return new PyBytes(le);
    });
    prop(ns, "time_low", u -> u.bits(96, 32));
    prop(ns, "time_mid", u -> u.bits(80, 16));
    prop(ns, "time_hi_version", u -> u.bits(64, 16));
    prop(ns, "clock_seq_hi_variant", u -> u.bits(56, 8));
    prop(ns, "clock_seq_low", u -> u.bits(48, 8));
    prop(ns, "node", u -> u.bits(0, 48));
    prop(ns, "fields", u -> PyTuple.of(u.bits(96, 32), u.bits(80, 16), u.bits(64, 16),
        u.bits(56, 8), u.bits(48, 8), u.bits(0, 48)));
    prop(ns, "time", u -> (u.bits(64, 16) & 0x0fff) << 48 | u.bits(80, 16) << 32
        | u.bits(96, 32));
    prop(ns, "clock_seq", u -> (u.bits(56, 8) & 0x3f) << 8 | u.bits(48, 8));
    prop(ns, "variant", Uuid::variant);
    prop(ns, "version", u -> u.variant().equals(RFC_4122) ? (Object) u.bits(76, 4)
        : PyNone.NONE);
    prop(ns, "is_safe", u -> u.isSafe == null ? unknown : u.isSafe);
    PyType uuidType = PyType.createClass("UUID", new PyType[0], ns);

    Function<Object[], Object> make = args -> Ops.call(uuidType, args, null);
    // a random node with the multicast bit set, as CPython uses when it finds no MAC address
    long node = (RNG.nextLong() & 0xffffffffffffL) | 0x010000000000L;
    long[] lastTimestamp = {0};
    ModuleBuilder b = ModuleBuilder.named("uuid")
        .constant("UUID", uuidType)
        .constant("SafeUUID", enumType)
        .constant("RESERVED_NCS", RESERVED_NCS)
        .constant("RFC_4122", RFC_4122)
        .constant("RESERVED_MICROSOFT", RESERVED_MICROSOFT)
        .constant("RESERVED_FUTURE", RESERVED_FUTURE)
        .function("getnode", "", a -> node)
        .function("uuid1", "node=None, clock_seq=None", a -> {
          java.time.Instant now = java.time.Instant.now();
          long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
          long timestamp = nanos / 100 + 0x01b21dd213814000L;
          synchronized (lastTimestamp) {
            if (timestamp <= lastTimestamp[0]) {
              timestamp = lastTimestamp[0] + 1;
            }
            lastTimestamp[0] = timestamp;
          }
          long clockSeq = a[1] == PyNone.NONE ? RNG.nextInt(1 << 14) : big(a[1]).longValue();
          long timeLow = timestamp & 0xffffffffL;
          long timeMid = (timestamp >>> 32) & 0xffffL;
          long timeHi = (timestamp >>> 48) & 0x0fffL;
          long seqLow = clockSeq & 0xff;
          long seqHi = (clockSeq >>> 8) & 0x3f;
          Object n = a[0] == PyNone.NONE ? (Object) node : a[0];
          return Ops.call(uuidType, new Object[] {
              PyTuple.of(timeLow, timeMid, timeHi, seqHi, seqLow, n), 1L},
              new String[] {"fields", "version"});
        })
        .function("uuid3", "namespace, name", a -> Ops.call(uuidType,
            new Object[] {new PyBytes(digest("MD5", a[0], a[1])), 3L},
            new String[] {"bytes", "version"}))
        .function("uuid5", "namespace, name", a -> Ops.call(uuidType,
            new Object[] {new PyBytes(digest("SHA-1", a[0], a[1])), 5L},
            new String[] {"bytes", "version"}))
        .function("uuid4", "", a -> {
          byte[] r = new byte[16];
          RNG.nextBytes(r);
          return Ops.call(uuidType, new Object[] {new PyBytes(r), 4L},
              new String[] {"bytes", "version"});
        });
    String[][] namespaces = {{"NAMESPACE_DNS", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"},
        {"NAMESPACE_URL", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"},
        {"NAMESPACE_OID", "6ba7b812-9dad-11d1-80b4-00c04fd430c8"},
        {"NAMESPACE_X500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8"}};
    for (String[] n : namespaces) {
      b.constant(n[0], make.apply(new Object[] {n[1]}));
    }
    return b.build();
  }

  /** {@code SafeUUID} (an Enum: safe, unsafe, unknown); returns its {@code unknown} member. */
  private static Object safeUuidEnum() {
    PyModule enumModule = LibClasses.importModule("enum");
    PyType enumBase = (PyType) Ops.getAttr(enumModule, "Enum");
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "uuid");
    ns.put("safe", 0L);
    ns.put("unsafe", -1L);
    ns.put("unknown", PyNone.NONE);
    PyType safe = PyType.createClass("SafeUUID", new PyType[] {enumBase}, ns);
    Ops.call(Ops.getAttr(safe, "__init_subclass__"), new Object[0], null);
    return Ops.getAttr(safe, "unknown");
  }
}
