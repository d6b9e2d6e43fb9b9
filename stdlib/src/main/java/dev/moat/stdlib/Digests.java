package dev.moat.stdlib;

import dev.moat.runtime.BytesLike;
import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.Types;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.Blake2sDigest;
import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * The hash algorithms behind {@code hashlib}, {@code hmac} and {@code pbkdf2_hmac}: the SHA
 * family and MD5 from the JDK, BLAKE2 and SHAKE from BouncyCastle, all behind one small
 * interface whose {@link Digest#digest()} does not disturb the running state.
 */
final class Digests {
  private Digests() {}

  /** The names {@code hashlib.new} accepts, in CPython's order of {@code algorithms_guaranteed}. */
  static final String[] NAMES = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512",
      "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s", "shake_128",
      "shake_256"};

  /** A running hash computation. */
  interface Digest {
    String name();

    /** Bytes of output; 0 for the variable-length SHAKE digests. */
    int size();

    int blockSize();

    void update(byte[] b, int off, int len);

    /** The digest of what was fed so far; the state stays usable. */
    byte[] digest();

    /** SHAKE only: {@code n} bytes of output. */
    default byte[] digest(int n) {
      throw new IllegalStateException();
    }

    Digest copy();
  }

  /** A new digest for {@code name} (any case), or null if there is no such algorithm. */
  static Digest create(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.matches("sha-(1|224|256|384|512)")) {
      n = n.replace("-", "");
    } else if (n.matches("sha[23]-(224|256|384|512)")) {
      n = n.startsWith("sha2") ? "sha" + n.substring(5) : n.replace('-', '_');
    }
    switch (n) {
      case "md5":
        return jdk(n, "MD5", 64);
      case "sha1":
        return jdk(n, "SHA-1", 64);
      case "sha224":
        return jdk(n, "SHA-224", 64);
      case "sha256":
        return jdk(n, "SHA-256", 64);
      case "sha384":
        return jdk(n, "SHA-384", 128);
      case "sha512":
        return jdk(n, "SHA-512", 128);
      case "sha3_224":
        return jdk(n, "SHA3-224", 144);
      case "sha3_256":
        return jdk(n, "SHA3-256", 136);
      case "sha3_384":
        return jdk(n, "SHA3-384", 104);
      case "sha3_512":
        return jdk(n, "SHA3-512", 72);
      case "blake2b":
        return blake2b(null, 64, null, null);
      case "blake2s":
        return blake2s(null, 32, null, null);
      case "shake_128":
        return new Shake(n, new SHAKEDigest(128), 168);
      case "shake_256":
        return new Shake(n, new SHAKEDigest(256), 136);
      default:
        return null;
    }
  }

  /** Charges the steps for hashing {@code n} bytes (one per 64-byte block). */
  static void charge(long n) {
    Budget.chargeSteps(1 + (n >> 6));
  }

  /** The bytes of a hashing argument, with CPython's TypeErrors for str and non-buffers. */
  static byte[] data(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    if (o instanceof String) {
      throw Errors.typeError("Strings must be encoded before hashing");
    }
    throw Errors.typeError("object supporting the buffer API required");
  }

  /** A bytes-like argument: {@code a bytes-like object is required, not 'str'} otherwise. */
  static byte[] bytesLike(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    throw Errors.typeError("a bytes-like object is required, not '" + Types.typeName(o) + "'");
  }

  private static Digest jdk(String name, String algorithm, int block) {
    try {
      return new Jdk(name, MessageDigest.getInstance(algorithm), block);
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
  }

  static Digest blake2b(byte[] key, int size, byte[] salt, byte[] person) {
    Blake2bDigest d = new Blake2bDigest(key, size, pad(salt, 16), pad(person, 16));
    return new Blake2("blake2b", d, size, 128);
  }

  static Digest blake2s(byte[] key, int size, byte[] salt, byte[] person) {
    Blake2sDigest d = new Blake2sDigest(key, size, pad(salt, 8), pad(person, 8));
    return new Blake2("blake2s", d, size, 64);
  }

  /** BLAKE2 parameters shorter than their field are zero-padded (as CPython does). */
  private static byte[] pad(byte[] b, int n) {
    return b == null || b.length == 0 ? null : Arrays.copyOf(b, n);
  }

  /** What every digest has: its hashlib name and block size. */
  private abstract static class Named implements Digest {
    final String name;
    final int block;

    Named(String name, int block) {
      this.name = name;
      this.block = block;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int blockSize() {
      return block;
    }
  }

  private static final class Jdk extends Named {
    private final MessageDigest md;

    Jdk(String name, MessageDigest md, int block) {
      super(name, block);
      this.md = md;
    }

    @Override
    public int size() {
      return md.getDigestLength();
    }

    @Override
    public void update(byte[] b, int off, int len) {
      md.update(b, off, len);
    }

    @Override
    public byte[] digest() {
      return ((Jdk) copy()).md.digest();
    }

    @Override
    public Digest copy() {
      try {
        return new Jdk(name, (MessageDigest) md.clone(), block);
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class Blake2 extends Named {
    private final org.bouncycastle.crypto.ExtendedDigest d;
    private final int size;

    Blake2(String name, org.bouncycastle.crypto.ExtendedDigest d, int size, int block) {
      super(name, block);
      this.d = d;
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public void update(byte[] b, int off, int len) {
      d.update(b, off, len);
    }

    @Override
    public byte[] digest() {
      Blake2 c = (Blake2) copy();
      byte[] out = new byte[size];
      c.d.doFinal(out, 0);
      return out;
    }

    @Override
    public Digest copy() {
      org.bouncycastle.crypto.ExtendedDigest c = d instanceof Blake2bDigest
          ? new Blake2bDigest((Blake2bDigest) d) : new Blake2sDigest((Blake2sDigest) d);
      return new Blake2(name, c, size, block);
    }
  }

  private static final class Shake extends Named {
    private final SHAKEDigest d;

    Shake(String name, SHAKEDigest d, int block) {
      super(name, block);
      this.d = d;
    }

    @Override
    public int size() {
      return 0;
    }

    @Override
    public void update(byte[] b, int off, int len) {
      d.update(b, off, len);
    }

    @Override
    public byte[] digest() {
      throw new IllegalStateException();
    }

    @Override
    public byte[] digest(int n) {
      SHAKEDigest c = new SHAKEDigest(d);
      byte[] out = new byte[n];
      c.doFinal(out, 0, n);
      return out;
    }

    @Override
    public Digest copy() {
      return new Shake(name, new SHAKEDigest(d), block);
    }
  }
}
