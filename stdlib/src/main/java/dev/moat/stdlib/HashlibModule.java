package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
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
 * Python's {@code hashlib}: MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 hash objects (see
 * {@link Digests}), {@code new} by name and {@code pbkdf2_hmac}. Hashing charges one step per
 * 64 bytes, PBKDF2 one step per iteration.
 */
public final class HashlibModule implements ModuleProvider {
  /** A hash object: the class decides which methods apply ({@code HASH}, SHAKE, BLAKE2). */
  static final class HashObj extends PyInstance {
    Digests.Digest d;

    HashObj(PyType t, Digests.Digest d) {
      super(t);
      this.d = d;
    }
  }

  static final PyType HASH;
  static final PyType HASHXOF;
  static final PyType BLAKE2B;
  static final PyType BLAKE2S;
  static final PyType UNSUPPORTED_DIGESTMOD;

  @Override
  public Set<String> moduleNames() {
    return Set.of("hashlib");
  }

  static HashObj self(Object o, String method, String cls) {
    if (o instanceof HashObj) {
      return (HashObj) o;
    }
    throw Errors.typeError("descriptor '" + method + "' for '" + cls
        + "' objects doesn't apply to a '" + Types.typeName(o) + "' object");
  }

  static String hex(byte[] b) {
    char[] out = new char[b.length * 2];
    for (int i = 0; i < b.length; i++) {
      out[2 * i] = Character.forDigit((b[i] >> 4) & 15, 16);
      out[2 * i + 1] = Character.forDigit(b[i] & 15, 16);
    }
    return new String(out);
  }

  static void update(Digests.Digest d, byte[] b) {
    Digests.charge(b.length);
    d.update(b, 0, b.length);
  }

  /** The methods shared by every kind of hash object. */
  private static Map<String, Object> common(String cls, boolean xof) {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of(cls, "cls, *args, **kw",
        a -> {
          throw Errors.typeError("cannot create '" + cls + "' instances");
        })));
    ns.put("update", BuiltinFunction.of("update", "self, obj, /", a -> {
      update(self(a[0], "update", cls).d, Digests.data(a[1]));
      return PyNone.NONE;
    }));
    if (xof) {
      ns.put("digest", BuiltinFunction.of("digest", "self, length",
          a -> new PyBytes(xof(self(a[0], "digest", cls), a[1]))));
      ns.put("hexdigest", BuiltinFunction.of("hexdigest", "self, length",
          a -> hex(xof(self(a[0], "hexdigest", cls), a[1]))));
    } else {
      ns.put("digest", BuiltinFunction.of("digest", "self",
          a -> new PyBytes(self(a[0], "digest", cls).d.digest())));
      ns.put("hexdigest", BuiltinFunction.of("hexdigest", "self",
          a -> hex(self(a[0], "hexdigest", cls).d.digest())));
    }
    ns.put("copy", BuiltinFunction.of("copy", "self", a -> {
      HashObj h = self(a[0], "copy", cls);
      return new HashObj(h.type(), h.d.copy());
    }));
    ns.put("name", new Descriptors.GetSet("name", o -> self(o, "name", cls).d.name(), null));
    ns.put("digest_size", new Descriptors.GetSet("digest_size",
        o -> (long) self(o, "digest_size", cls).d.size(), null));
    ns.put("block_size", new Descriptors.GetSet("block_size",
        o -> (long) self(o, "block_size", cls).d.blockSize(), null));
    return ns;
  }

  private static byte[] xof(HashObj h, Object lengthArg) {
    long n = Ops.asIndex(lengthArg, "'" + Types.typeName(lengthArg)
        + "' object cannot be interpreted as an integer");
    if (n < 0) {
      throw Errors.memoryError("");
    }
    Budget.reserveMemory(n);
    Digests.charge(n);
    return h.d.digest((int) n);
  }

  private static PyType blake2Type(String name, int maxSize, int saltSize) {
    Map<String, Object> ns = common("_blake2." + name, false);
    ns.put("__module__", "_blake2");
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of(name,
        "cls, data=?, /, *, digest_size=" + maxSize
            + ", key=?, salt=?, person=?, usedforsecurity=True", a -> {
          long size = Ops.asIndex(a[2], "'" + Types.typeName(a[2])
              + "' object cannot be interpreted as an integer");
          if (size < 1 || size > maxSize) {
            throw Errors.valueError("digest_size must be between 1 and " + maxSize + " bytes");
          }
          byte[] key = a[3] == Signature.MISSING ? null : Digests.bytesLike(a[3]);
          byte[] salt = a[4] == Signature.MISSING ? null : Digests.bytesLike(a[4]);
          byte[] person = a[5] == Signature.MISSING ? null : Digests.bytesLike(a[5]);
          if (salt != null && salt.length > saltSize) {
            throw Errors.valueError("maximum salt length is " + saltSize + " bytes");
          }
          if (person != null && person.length > saltSize) {
            throw Errors.valueError("maximum person length is " + saltSize + " bytes");
          }
          if (key != null && key.length > maxSize) {
            throw Errors.valueError("maximum key length is " + maxSize + " bytes");
          }
          if (key != null && key.length == 0) {
            key = null;
          }
          Digests.Digest d = maxSize == 64 ? Digests.blake2b(key, (int) size, salt, person)
              : Digests.blake2s(key, (int) size, salt, person);
          HashObj h = new HashObj((PyType) a[0], d);
          if (a[1] != Signature.MISSING) {
            update(d, Digests.data(a[1]));
          }
          return h;
        })));
    ns.put("SALT_SIZE", (long) saltSize);
    ns.put("PERSON_SIZE", (long) saltSize);
    ns.put("MAX_KEY_SIZE", (long) maxSize);
    ns.put("MAX_DIGEST_SIZE", (long) maxSize);
    return PyType.createClass(name, new PyType[0], ns);
  }

  static {
    Map<String, Object> ns = common("_hashlib.HASH", false);
    ns.put("__module__", "_hashlib");
    ns.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> "<"
        + self(a[0], "__repr__", "_hashlib.HASH").d.name() + " _hashlib.HASH object @ "
        + Ops.address(a[0]) + ">"));
    HASH = PyType.createClass("HASH", new PyType[0], ns);
    Map<String, Object> xns = common("_hashlib.HASHXOF", true);
    xns.put("__module__", "_hashlib");
    xns.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> "<"
        + self(a[0], "__repr__", "_hashlib.HASHXOF").d.name() + " _hashlib.HASHXOF object @ "
        + Ops.address(a[0]) + ">"));
    HASHXOF = PyType.createClass("HASHXOF", new PyType[] {HASH}, xns);
    BLAKE2B = blake2Type("blake2b", 64, 16);
    BLAKE2S = blake2Type("blake2s", 32, 8);
    Map<String, Object> ens = new LinkedHashMap<>();
    ens.put("__module__", "_hashlib");
    UNSUPPORTED_DIGESTMOD = PyType.createClass("UnsupportedDigestmodError",
        new PyType[] {ExceptionTypes.VALUE_ERROR}, ens);
  }

  /** A new hash object of a named non-BLAKE2 algorithm, fed {@code data} unless MISSING. */
  static HashObj newHash(String name, Object data) {
    Digests.Digest d = Digests.create(name);
    if (d == null) {
      throw Errors.valueError("unsupported hash type " + name);
    }
    HashObj h = new HashObj(d.size() == 0 ? HASHXOF
        : d.name().startsWith("blake2") ? (d.name().equals("blake2b") ? BLAKE2B : BLAKE2S)
        : HASH, d);
    if (data != Signature.MISSING) {
      update(d, Digests.data(data));
    }
    return h;
  }

  @Override
  public PyModule create(String name) {
    ModuleBuilder b = ModuleBuilder.named("hashlib");
    for (String n : Digests.NAMES) {
      if (n.startsWith("blake2")) {
        continue;
      }
      b.constant(n, BuiltinFunction.of("openssl_" + n, "string=?, *, usedforsecurity=True",
          a -> newHash(n, a[0])));
    }
    b.constant("blake2b", BLAKE2B);
    b.constant("blake2s", BLAKE2S);
    b.constant("algorithms_guaranteed", PySet.of(false, (Object[]) Digests.NAMES));
    b.constant("algorithms_available", PySet.of(false, (Object[]) Digests.NAMES));
    b.constant("new", BuiltinFunction.of("__hash_new", "name, data=?, **kwargs", a -> {
      if (!(a[0] instanceof String)) {
        throw Errors.typeError("name must be a string");
      }
      String n = (String) a[0];
      PyDict kw = (PyDict) a[2];
      if (n.equals("blake2b") || n.equals("blake2s")) {
        List<Object> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (a[1] != Signature.MISSING) {
          args.add(a[1]);
        }
        for (PyDict.Entry e : kw.entries()) {
          args.add(e.value);
          names.add((String) e.key);
        }
        return Ops.call(n.equals("blake2b") ? BLAKE2B : BLAKE2S, args.toArray(),
            names.isEmpty() ? null : names.toArray(new String[0]));
      }
      for (PyDict.Entry e : kw.entries()) {
        if (!"usedforsecurity".equals(e.key)) {
          throw Errors.typeError("'" + e.key + "' is an invalid keyword argument for new()");
        }
      }
      return newHash(n, a[1]);
    }));
    b.function("pbkdf2_hmac", "hash_name, password, salt, iterations, dklen=None",
        a -> pbkdf2(a[0], a[1], a[2], a[3], a[4]));
    return b.build();
  }

  private static long positive(Object v, String what) {
    Object i = Ops.indexOrNull(v);
    if (i == null) {
      throw Errors.typeError("'" + Types.typeName(v) + "' object cannot be interpreted as an "
          + "integer");
    }
    if (i instanceof BigInteger) {
      throw Errors.overflowError("Python int too large to convert to C long");
    }
    long n = (Long) i;
    if (n < 1) {
      throw Errors.valueError(what + " must be greater than 0.");
    }
    if (n > Integer.MAX_VALUE) {
      throw Errors.overflowError(what + " is too great.");
    }
    return n;
  }

  private static PyBytes pbkdf2(Object nameArg, Object pw, Object saltArg, Object iterArg,
      Object dklenArg) {
    if (!(nameArg instanceof String)) {
      throw Errors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not "
          + Types.typeName(nameArg));
    }
    byte[] password = Digests.bytesLike(pw);
    byte[] salt = Digests.bytesLike(saltArg);
    long iterations = positive(iterArg, "iteration value");
    Digests.Digest proto = Digests.create((String) nameArg);
    if (proto == null) {
      throw Errors.of(UNSUPPORTED_DIGESTMOD, "[digital envelope routines] unsupported");
    }
    if (proto.size() == 0) {
      throw Errors.valueError("no reason supplied");
    }
    long dklen = dklenArg == PyNone.NONE ? proto.size() : positive(dklenArg, "key length");
    Budget.reserveMemory(dklen);
    Hmac mac = new Hmac(proto, password);
    int hlen = proto.size();
    byte[] out = new byte[(int) dklen];
    for (int block = 1, pos = 0; pos < out.length; block++) {
      Hmac m = mac.copy();
      m.update(salt);
      m.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8),
          (byte) block});
      byte[] u = m.digest();
      byte[] t = u.clone();
      for (long i = 1; i < iterations; i++) {
        if ((i & 255) == 1) {
          Budget.chargeSteps(Math.min(256, iterations - i));
        }
        m = mac.copy();
        m.update(u);
        u = m.digest();
        for (int k = 0; k < hlen; k++) {
          t[k] ^= u[k];
        }
      }
      int n = Math.min(hlen, out.length - pos);
      System.arraycopy(t, 0, out, pos, n);
      pos += n;
      Budget.chargeSteps(1);
    }
    return new PyBytes(out);
  }

  /** HMAC (RFC 2104) over any {@link Digests.Digest}. */
  static final class Hmac {
    final Digests.Digest inner;
    final Digests.Digest outer;

    private Hmac(Digests.Digest inner, Digests.Digest outer) {
      this.inner = inner;
      this.outer = outer;
    }

    /** Keys {@code proto} (a fresh digest, which becomes the inner one) with {@code key}. */
    Hmac(Digests.Digest proto, byte[] key) {
      int block = proto.blockSize();
      Digests.Digest fresh = proto.copy();
      if (key.length > block) {
        Digests.Digest k = proto.copy();
        HashlibModule.update(k, key);
        key = k.digest();
      }
      byte[] ipad = new byte[block];
      byte[] opad = new byte[block];
      for (int i = 0; i < block; i++) {
        byte kb = i < key.length ? key[i] : 0;
        ipad[i] = (byte) (kb ^ 0x36);
        opad[i] = (byte) (kb ^ 0x5c);
      }
      this.inner = proto;
      this.outer = fresh;
      inner.update(ipad, 0, block);
      outer.update(opad, 0, block);
    }

    void update(byte[] b) {
      HashlibModule.update(inner, b);
    }

    byte[] digest() {
      Digests.Digest o = outer.copy();
      byte[] h = inner.digest();
      o.update(h, 0, h.length);
      return o.digest();
    }

    Hmac copy() {
      return new Hmac(inner.copy(), outer.copy());
    }
  }

  static {
    LibClasses.share(HASH, HASHXOF, BLAKE2B, BLAKE2S, UNSUPPORTED_DIGESTMOD);
  }
}
