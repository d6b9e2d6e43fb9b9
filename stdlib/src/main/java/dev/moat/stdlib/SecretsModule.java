package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Python's {@code secrets}: tokens and choices from the host CSPRNG
 * ({@link java.security.SecureRandom}); {@code SystemRandom} is {@code random.SystemRandom} of
 * the same interpreter. Token sizes are checked against the memory budget.
 */
public final class SecretsModule implements ModuleProvider {
  private static final SecureRandom RNG = new SecureRandom();

  @Override
  public Set<String> moduleNames() {
    return Set.of("secrets");
  }

  static byte[] tokenBytes(Object n) {
    long size = n == PyNone.NONE ? 32 : Ops.asIndex(n, "'" + Types.typeName(n)
        + "' object cannot be interpreted as an integer");
    if (size < 0) {
      throw Errors.valueError("negative argument not allowed");
    }
    Budget.reserveMemory(size);
    Budget.chargeSteps(1 + (size >> 6));
    byte[] b = new byte[(int) size];
    RNG.nextBytes(b);
    return b;
  }

  private static Object randbelow(Object n) {
    if (!(n instanceof Long || n instanceof BigInteger || n instanceof Boolean)) {
      throw Errors.attributeError("'" + Types.typeName(n)
          + "' object has no attribute 'bit_length'");
    }
    Object i = Ops.indexOrNull(n);
    BigInteger bound = i instanceof BigInteger ? (BigInteger) i : BigInteger.valueOf((Long) i);
    if (bound.signum() <= 0) {
      throw Errors.valueError("Upper bound must be positive.");
    }
    int bits = bound.bitLength();
    Budget.reserveMemory(bits / 8 + 16);
    BigInteger r;
    do {
      Budget.chargeSteps(1 + bits / 256);
      r = new BigInteger(bits, RNG);
    } while (r.compareTo(bound) >= 0);
    return r.bitLength() < 63 ? (Object) r.longValue() : r;
  }

  @Override
  public PyModule create(String name) {
    PyModule random = LibClasses.importModule("random");
    Object systemRandom = Ops.getAttr(random, "SystemRandom");
    Object sysrand = Ops.call(systemRandom, new Object[0], null);
    PyModule hmac = LibClasses.importModule("hmac");
    return ModuleBuilder.named("secrets")
        .constant("SystemRandom", systemRandom)
        .constant("DEFAULT_ENTROPY", 32L)
        .constant("choice", Ops.getAttr(sysrand, "choice"))
        .constant("randbits", Ops.getAttr(sysrand, "getrandbits"))
        .constant("compare_digest", Ops.getAttr(hmac, "compare_digest"))
        .function("randbelow", "exclusive_upper_bound", a -> randbelow(a[0]))
        .function("token_bytes", "nbytes=None", a -> new PyBytes(tokenBytes(a[0])))
        .function("token_hex", "nbytes=None", a -> HashlibModule.hex(tokenBytes(a[0])))
        .function("token_urlsafe", "nbytes=None", a -> {
          byte[] enc = BinasciiModule.b2aBase64(tokenBytes(a[0]), false);
          int n = enc.length;
          while (n > 0 && enc[n - 1] == '=') {
            n--;
          }
          StringBuilder sb = new StringBuilder(n);
          for (int i = 0; i < n; i++) {
            char c = (char) enc[i];
            sb.append(c == '+' ? '-' : c == '/' ? '_' : c);
          }
          return sb.toString();
        })
        .build();
  }
}
