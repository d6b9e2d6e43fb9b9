package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.BytesLike;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code hmac}: HMAC objects over the {@code hashlib} algorithms (by name or
 * constructor) or over any object with the hash-object interface, {@code digest} and the
 * constant-time {@code compare_digest}.
 */
public final class HmacModule implements ModuleProvider {
  private static final String CLS = "hmac.HMAC";

  /** An HMAC object; {@code mac} is null until {@code __init__} ran. */
  static final class HmacObj extends PyInstance {
    HashlibModule.Hmac mac;

    HmacObj(PyType t) {
      super(t);
    }
  }

  static final PyType HMAC;

  @Override
  public Set<String> moduleNames() {
    return Set.of("hmac");
  }

  private static HashlibModule.Hmac mac(Object o, String method) {
    if (o instanceof HmacObj && ((HmacObj) o).mac != null) {
      return ((HmacObj) o).mac;
    }
    throw Errors.typeError("descriptor '" + method + "' for '" + CLS
        + "' objects doesn't apply to a '" + Types.typeName(o) + "' object");
  }

  /** A hash object's interface seen through Python calls (for script-defined digestmods). */
  private static final class PyDigest implements Digests.Digest {
    private final Object h;

    PyDigest(Object h) {
      this.h = h;
    }

    @Override
    public String name() {
      return Ops.str(Ops.getAttr(h, "name"));
    }

    @Override
    public int size() {
      return Ops.asInt(Ops.getAttr(h, "digest_size"), "an integer is required");
    }

    @Override
    public int blockSize() {
      int bs = Ops.asInt(Ops.getAttr(h, "block_size"), "an integer is required");
      return bs < 16 ? 64 : bs; // CPython falls back to 64 (with a warning)
    }

    @Override
    public void update(byte[] b, int off, int len) {
      byte[] part = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off,
          off + len);
      Ops.call(Ops.getAttr(h, "update"), new Object[] {new PyBytes(part)}, null);
    }

    @Override
    public byte[] digest() {
      Object d = Ops.call(Ops.getAttr(h, "digest"), new Object[0], null);
      if (!(d instanceof PyBytes)) {
        throw Errors.typeError("digest() must return bytes, not " + Types.typeName(d));
      }
      return ((PyBytes) d).array();
    }

    @Override
    public Digests.Digest copy() {
      return new PyDigest(Ops.call(Ops.getAttr(h, "copy"), new Object[0], null));
    }
  }

  /** A fresh digest from {@code digestmod}: a name, a constructor or a module with new(). */
  private static Digests.Digest digest(Object digestmod) {
    Object h;
    if (digestmod instanceof String) {
      h = HashlibModule.newHash((String) digestmod, dev.moat.runtime.Signature.MISSING);
    } else if (Ops.isCallable(digestmod)) {
      h = Ops.call(digestmod, new Object[0], null);
    } else {
      h = Ops.call(Ops.getAttr(digestmod, "new"), new Object[] {PyBytes.EMPTY}, null);
    }
    if (h instanceof HashlibModule.HashObj) {
      return ((HashlibModule.HashObj) h).d.copy();
    }
    return new PyDigest(h);
  }

  private static HashlibModule.Hmac create(Object key, Object msg, Object digestmod) {
    if (!BytesLike.check(key)) {
      throw Errors.typeError("key: expected bytes or bytearray, but got '"
          + Types.typeName(key) + "'");
    }
    if (digestmod == PyNone.NONE || "".equals(digestmod)) {
      throw Errors.typeError("Missing required parameter 'digestmod'.");
    }
    Digests.Digest d = digest(digestmod);
    if (d.size() == 0) {
      throw Errors.valueError("no reason supplied");
    }
    HashlibModule.Hmac m = new HashlibModule.Hmac(d, BytesLike.bytes(key));
    if (msg != PyNone.NONE) {
      m.update(Digests.data(msg));
    }
    return m;
  }

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "hmac");
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("HMAC",
        "cls, *args, **kwargs", a -> new HmacObj((PyType) a[0]))));
    ns.put("__init__", BuiltinFunction.of("__init__", "self, key, msg=None, digestmod=''", a -> {
      if (!(a[0] instanceof HmacObj)) {
        throw Errors.typeError("descriptor '__init__' requires a 'hmac.HMAC' object");
      }
      ((HmacObj) a[0]).mac = create(a[1], a[2], a[3]);
      return PyNone.NONE;
    }));
    ns.put("update", BuiltinFunction.of("update", "self, msg", a -> {
      mac(a[0], "update").update(Digests.data(a[1]));
      return PyNone.NONE;
    }));
    ns.put("digest", BuiltinFunction.of("digest", "self",
        a -> new PyBytes(mac(a[0], "digest").digest())));
    ns.put("hexdigest", BuiltinFunction.of("hexdigest", "self",
        a -> HashlibModule.hex(mac(a[0], "hexdigest").digest())));
    ns.put("copy", BuiltinFunction.of("copy", "self", a -> {
      HashlibModule.Hmac m = mac(a[0], "copy");
      HmacObj c = new HmacObj(((HmacObj) a[0]).type());
      c.mac = m.copy();
      return c;
    }));
    ns.put("name", new Descriptors.GetSet("name", o -> "hmac-" + mac(o, "name").inner.name(),
        null));
    ns.put("digest_size", new Descriptors.GetSet("digest_size",
        o -> (long) mac(o, "digest_size").inner.size(), null));
    ns.put("block_size", new Descriptors.GetSet("block_size",
        o -> (long) mac(o, "block_size").inner.blockSize(), null));
    HMAC = PyType.createClass("HMAC", new PyType[0], ns);
  }

  @Override
  public PyModule create(String name) {
    byte[] t5c = new byte[256];
    byte[] t36 = new byte[256];
    for (int i = 0; i < 256; i++) {
      t5c[i] = (byte) (i ^ 0x5c);
      t36[i] = (byte) (i ^ 0x36);
    }
    return ModuleBuilder.named("hmac")
        .constant("HMAC", HMAC)
        .function("new", "key, msg=None, digestmod=''", a -> {
          HmacObj o = new HmacObj(HMAC);
          o.mac = create(a[0], a[1], a[2]);
          return o;
        })
        .function("digest", "key, msg, digest", a -> {
          Digests.bytesLike(a[0]);
          Digests.bytesLike(a[1]);
          return new PyBytes(create(a[0], a[1], a[2]).digest());
        })
        .function("compare_digest", "a, b, /", a -> compare(a[0], a[1]))
        .constant("digest_size", PyNone.NONE)
        .constant("trans_5C", new PyBytes(t5c))
        .constant("trans_36", new PyBytes(t36))
        .build();
  }

  /** {@code compare_digest}: time independent of where the inputs differ. */
  static boolean compare(Object a, Object b) {
    if (a instanceof String && b instanceof String) {
      String x = (String) a;
      String y = (String) b;
      if (!isAscii(x) || !isAscii(y)) {
        throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
      }
      return MessageDigest.isEqual(x.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          y.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    if (BytesLike.check(a) && BytesLike.check(b)) {
      return MessageDigest.isEqual(BytesLike.bytes(a), BytesLike.bytes(b));
    }
    boolean anyStr = a instanceof String || b instanceof String;
    if (BytesLike.check(a) || BytesLike.check(b)) {
      Object other = BytesLike.check(a) ? b : a;
      if (!anyStr || other instanceof String) {
        throw Errors.typeError("a bytes-like object is required, not '"
            + Types.typeName(other) + "'");
      }
    }
    throw Errors.typeError("unsupported operand types(s) or combination of types: '"
        + Types.typeName(a) + "' and '" + Types.typeName(b) + "'");
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  static {
    LibClasses.share(HMAC);
  }
}
