package dev.moat.stdlib;

import dev.moat.runtime.Arith;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import dev.moat.ast.Ast.BinaryOp;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code random} module: the Mersenne Twister (MT19937) seeded the way CPython seeds it,
 * and every drawing method built on it in Java, so a script gets the same numbers as CPython for
 * the same seed. {@code random.Random} is an ordinary class scripts can instantiate and subclass;
 * the module-level functions are bound methods of one hidden instance per interpreter.
 */
public final class RandomModule implements ModuleProvider {
  private static final int N = 624;
  private static final int M = 397;
  /** The instance attribute that holds the generator state. */
  static final String STATE_KEY = "_random__state";
  private static final SecureRandom CSPRNG = new SecureRandom();

  @Override
  public Set<String> moduleNames() {
    return Set.of("random");
  }

  /** Generator state: a hidden object held in the instance dict. */
  static final class MT extends PyInstance {
    final int[] mt = new int[N];
    int index = N + 1;

    MT(PyType t) {
      super(t);
    }

    void initGenrand(int s) {
      mt[0] = s;
      for (int i = 1; i < N; i++) {
        mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
      }
      index = N;
    }

    void initByArray(int[] key) {
      initGenrand(19650218);
      int i = 1;
      int j = 0;
      int len = key.length;
      for (int k = Math.max(N, len); k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
        i++;
        j++;
        if (i >= N) {
          mt[0] = mt[N - 1];
          i = 1;
        }
        if (j >= len) {
          j = 0;
        }
      }
      for (int k = N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
        i++;
        if (i >= N) {
          mt[0] = mt[N - 1];
          i = 1;
        }
      }
      mt[0] = 0x80000000;
    }

    int next() {
      int y;
      if (index >= N) {
        int kk;
        for (kk = 0; kk < N - M; kk++) {
          y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
          mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        for (; kk < N - 1; kk++) {
          y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
          mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        index = 0;
      }
      y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      return y;
    }

    double random() {
      int a = next() >>> 5;
      int b = next() >>> 6;
      return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
  }

  private static final String NOT_INT = "' object cannot be interpreted as an integer";
  private static final double TWOPI = 2.0 * Math.PI;
  private static final double LOG4 = StrictMath.log(4.0);
  private static final double SG_MAGICCONST = 1.0 + StrictMath.log(4.5);
  private static final double NV_MAGICCONST = 4 * StrictMath.exp(-0.5) / StrictMath.sqrt(2.0);
  private static final double RECIP_BPF = 1.0 / 9007199254740992.0;

  @Override
  public PyModule create(String name) {
    return new Impl().build();
  }

  /** One interpreter's {@code random} module: its classes and the hidden shared instance. */
  private static final class Impl {
    final PyType stateType;
    PyType randomType;
    BuiltinFunction coreRandom;
    BuiltinFunction coreBits;

    Impl() {
      Map<String, Object> sns = new LinkedHashMap<>();
      sns.put("__module__", "random");
      stateType = PyType.createClass("_MTState", new PyType[0], sns);
    }

    PyModule build() {
      Map<String, Object> ns = new LinkedHashMap<>();
      ns.put("__module__", "random");
      ns.put("__doc__", "Random number generator base class used by bound module functions.");
      ns.put("__init__", method("__init__", "self, x=None", a -> {
        Ops.call(Ops.getAttr(a[0], "seed"), new Object[] {a[1]}, null);
        Ops.setAttr(a[0], "gauss_next", PyNone.NONE);
        return PyNone.NONE;
      }));
      ns.put("seed", method("seed", "self, a=None, version=2", a -> {
        seedMethod(a[0], a[1], a[2]);
        return PyNone.NONE;
      }));
      coreRandom = method("random", "self, /", a -> state(a[0], stateType).random());
      ns.put("random", coreRandom);
      coreBits = method("getrandbits", "self, k, /",
          a -> getrandbits(state(a[0], stateType), intArg(a[1])));
      ns.put("getrandbits", coreBits);
      ns.put("getstate", method("getstate", "self", a -> PyTuple.of(3L,
          coreState(state(a[0], stateType)), gaussNext(a[0]))));
      ns.put("setstate", method("setstate", "self, state", a -> {
        setState(a[0], a[1]);
        return PyNone.NONE;
      }));
      ns.put("randbytes", method("randbytes", "self, n", a -> {
        long n = intArg(a[1]);
        if (n < 0) {
          throw Errors.valueError("negative argument not allowed");
        }
        Object bits = callBits(a[0], n * 8);
        byte[] mag = Arith.big(bits).toByteArray();
        byte[] out = new byte[(int) n];
        for (int i = 0; i < n && i < mag.length; i++) {
          out[i] = mag[mag.length - 1 - i];
        }
        return new PyBytes(out);
      }));
      ns.put("randrange", method("randrange", "self, start, stop=None, step=1",
          a -> randrange(a[0], a[1], a[2], a[3])));
      ns.put("randint", method("randint", "self, a, b",
          a -> randrange(a[0], a[1], Ops.binary(BinaryOp.ADD, a[2], 1L), 1L)));
      ns.put("choice", method("choice", "self, seq", a -> {
        long n = Ops.lenLong(a[1]);
        if (n == 0) {
          throw Errors.indexError("Cannot choose from an empty sequence");
        }
        return Ops.getItem(a[1], randbelow(a[0], BigInteger.valueOf(n)));
      }));
      ns.put("shuffle", method("shuffle", "self, x", a -> {
        Object x = a[1];
        long n = Ops.lenLong(x);
        for (long i = n - 1; i > 0; i--) {
          Budget.chargeSteps(1);
          Object j = randbelow(a[0], BigInteger.valueOf(i + 1));
          Object vi = Ops.getItem(x, (Object) i);
          Object vj = Ops.getItem(x, j);
          Ops.setItem(x, (Object) i, vj);
          Ops.setItem(x, j, vi);
        }
        return PyNone.NONE;
      }));
      ns.put("sample", method("sample", "self, population, k, *, counts=None",
          a -> sample(a[0], a[1], a[2], a[3])));
      ns.put("choices", method("choices",
          "self, population, weights=None, *, cum_weights=None, k=1",
          a -> choices(a[0], a[1], a[2], a[3], a[4])));
      ns.put("uniform", method("uniform", "self, a, b", a -> Ops.binary(BinaryOp.ADD, a[1],
          Ops.binary(BinaryOp.MULT, Ops.binary(BinaryOp.SUB, a[2], a[1]), rnd(a[0])))));
      ns.put("triangular", method("triangular", "self, low=0.0, high=1.0, mode=None",
          a -> triangular(a[0], a[1], a[2], a[3])));
      ns.put("normalvariate", method("normalvariate", "self, mu=0.0, sigma=1.0",
          a -> MathModule.dbl(a[1]) + normal(a[0]) * MathModule.dbl(a[2])));
      ns.put("gauss", method("gauss", "self, mu=0.0, sigma=1.0", a -> {
        Object self = a[0];
        Object z = gaussNext(self);
        Ops.setAttr(self, "gauss_next", PyNone.NONE);
        double zv;
        if (z == PyNone.NONE) {
          double angle = rnd(self) * TWOPI;
          double radius = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - rnd(self)));
          zv = StrictMath.cos(angle) * radius;
          Ops.setAttr(self, "gauss_next", StrictMath.sin(angle) * radius);
        } else {
          zv = MathModule.dbl(z);
        }
        return MathModule.dbl(a[1]) + zv * MathModule.dbl(a[2]);
      }));
      ns.put("lognormvariate", method("lognormvariate", "self, mu, sigma",
          a -> StrictMath.exp(MathModule.dbl(a[1]) + normal(a[0]) * MathModule.dbl(a[2]))));
      ns.put("expovariate", method("expovariate", "self, lambd",
          a -> -StrictMath.log(1.0 - rnd(a[0])) / MathModule.dbl(a[1])));
      ns.put("vonmisesvariate", method("vonmisesvariate", "self, mu, kappa",
          a -> vonmises(a[0], MathModule.dbl(a[1]), MathModule.dbl(a[2]))));
      ns.put("gammavariate", method("gammavariate", "self, alpha, beta",
          a -> gamma(a[0], MathModule.dbl(a[1]), MathModule.dbl(a[2]))));
      ns.put("betavariate", method("betavariate", "self, alpha, beta", a -> {
        double y = gamma(a[0], MathModule.dbl(a[1]), 1.0);
        if (y == 0.0) {
          return 0.0;
        }
        return y / (y + gamma(a[0], MathModule.dbl(a[2]), 1.0));
      }));
      ns.put("paretovariate", method("paretovariate", "self, alpha",
          a -> StrictMath.pow(1.0 - rnd(a[0]), -1.0 / MathModule.dbl(a[1]))));
      ns.put("weibullvariate", method("weibullvariate", "self, alpha, beta",
          a -> MathModule.dbl(a[1]) * Math.pow(-StrictMath.log(1.0 - rnd(a[0])),
              1.0 / MathModule.dbl(a[2]))));
      randomType = PyType.createClass("Random", new PyType[0], ns);

      Map<String, Object> sys = new LinkedHashMap<>();
      sys.put("__module__", "random");
      sys.put("__doc__", "Random numbers from the host's secure entropy source.");
      sys.put("random", method("random", "self",
          a -> (CSPRNG.nextLong() >>> 11) * RECIP_BPF));
      sys.put("getrandbits", method("getrandbits", "self, k", a -> {
        long k = intArg(a[1]);
        if (k < 0) {
          throw Errors.valueError("number of bits must be non-negative");
        }
        if (k > Integer.MAX_VALUE - 64) {
          throw Errors.overflowError("getrandbits() argument too large");
        }
        Budget.reserveMemory(k / 8 + 8);
        return Arith.norm(new BigInteger((int) k, CSPRNG));
      }));
      sys.put("randbytes", method("randbytes", "self, n", a -> {
        long n = intArg(a[1]);
        if (n < 0) {
          throw Errors.valueError("negative argument not allowed");
        }
        Budget.reserveMemory(n);
        byte[] out = new byte[(int) n];
        CSPRNG.nextBytes(out);
        return new PyBytes(out);
      }));
      sys.put("seed", method("seed", "self, *args, **kwds", a -> PyNone.NONE));
      BuiltinFunction.Body noState = a -> {
        throw Errors.notImplemented("System entropy source does not have state.");
      };
      sys.put("getstate", method("getstate", "self, *args, **kwds", noState));
      sys.put("setstate", method("setstate", "self, *args, **kwds", noState));
      PyType systemType = PyType.createClass("SystemRandom", new PyType[] {randomType}, sys);

      Object inst = Ops.call(randomType, new Object[0], null);
      ModuleBuilder b = ModuleBuilder.named("random")
          .constant("Random", randomType)
          .constant("SystemRandom", systemType)
          .constant("_inst", inst);
      for (String f : new String[] {"seed", "random", "uniform", "triangular", "randint",
          "choice", "randrange", "sample", "shuffle", "choices", "normalvariate",
          "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss",
          "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
          "getrandbits", "randbytes"}) {
        b.constant(f, Ops.getAttr(inst, f));
      }
      return b.build();
    }

    private Object gaussNext(Object self) {
      Object g = Ops.getAttrOrNull(self, "gauss_next");
      return g == null ? PyNone.NONE : g;
    }

    private void seedMethod(Object self, Object a, Object versionArg) {
      Object arg = a;
      long version = intArg(versionArg);
      if (a instanceof String || a instanceof PyBytes) {
        byte[] data = a instanceof String
            ? ((String) a).getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).array();
        if (version == 1) {
          arg = Arith.norm(versionOneSeed(a));
        } else if (version == 2) {
          byte[] digest;
          try {
            digest = MessageDigest.getInstance("SHA-512").digest(data);
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
          }
          byte[] all = new byte[data.length + digest.length];
          System.arraycopy(data, 0, all, 0, data.length);
          System.arraycopy(digest, 0, all, data.length, digest.length);
          arg = Arith.norm(new BigInteger(1, all));
        }
      }
      if (arg != PyNone.NONE && !Arith.isInt(arg) && !(arg instanceof Double)) {
        throw Errors.typeError("The only supported seed types are: None,\n"
            + "int, float, str, bytes, and bytearray.");
      }
      seed(state(self, stateType), arg);
      Ops.setAttr(self, "gauss_next", PyNone.NONE);
    }

    /** The old (version 1) string seeding: a 64-bit multiplicative hash of the code points. */
    private BigInteger versionOneSeed(Object a) {
      int[] cps;
      if (a instanceof String) {
        cps = ((String) a).codePoints().toArray();
      } else {
        byte[] bs = ((PyBytes) a).array();
        cps = new int[bs.length];
        for (int i = 0; i < bs.length; i++) {
          cps[i] = bs[i] & 0xff;
        }
      }
      long x = cps.length == 0 ? 0 : ((long) cps[0]) << 7;
      for (int c : cps) {
        x = (1000003L * x) ^ c;
      }
      x ^= cps.length;
      BigInteger r = new BigInteger(Long.toUnsignedString(x));
      return r;
    }

    private PyTuple coreState(MT s) {
      Object[] v = new Object[N + 1];
      for (int i = 0; i < N; i++) {
        v[i] = s.mt[i] & 0xffffffffL;
      }
      v[N] = (long) s.index;
      return PyTuple.of(v);
    }

    private void setState(Object self, Object st) {
      Object version = Ops.getItem(st, 0L);
      boolean v2 = Arith.isInt(version) && Arith.big(Arith.asInt(version)).intValue() == 2
          && Arith.big(Arith.asInt(version)).bitLength() < 8;
      boolean v3 = Arith.isInt(version) && Arith.big(Arith.asInt(version)).intValue() == 3
          && Arith.big(Arith.asInt(version)).bitLength() < 8;
      if (!v2 && !v3) {
        throw Errors.valueError("state with version " + Ops.str(version)
            + " passed to Random.setstate() of version 3");
      }
      if (Ops.lenLong(st) != 3) {
        throw Errors.valueError("too many values to unpack (expected 3)");
      }
      Object internal = Ops.getItem(st, 1L);
      Object gauss = Ops.getItem(st, 2L);
      if (v2) {
        PyIterator it = Ops.iter(internal);
        java.util.List<Object> conv = new java.util.ArrayList<>();
        BigInteger mod = BigInteger.ONE.shiftLeft(32);
        for (Object x = it.next(); x != null; x = it.next()) {
          conv.add(Arith.norm(Arith.big(Arith.asInt(x)).mod(mod)));
        }
        internal = PyTuple.of(conv.toArray());
      }
      MT s = state(self, stateType);
      if (!(internal instanceof PyTuple)) {
        throw Errors.typeError("state vector must be a tuple");
      }
      PyTuple t = (PyTuple) internal;
      if (t.size() != N + 1) {
        throw Errors.valueError("state vector is the wrong size");
      }
      int[] v = new int[N];
      for (int i = 0; i < N; i++) {
        v[i] = (int) unsigned32(t.get(i));
      }
      long idx = Ops.asIndex(t.get(N), "state vector items must be integers");
      if (idx < 0 || idx > N) {
        throw Errors.valueError("invalid state");
      }
      System.arraycopy(v, 0, s.mt, 0, N);
      s.index = (int) idx;
      Ops.setAttr(self, "gauss_next", gauss);
    }

    /** {@code self.random()}, skipping the attribute lookup when it is not overridden. */
    double rnd(Object self) {
      if (Types.typeOf(self).lookup("random") == coreRandom) {
        return state(self, stateType).random();
      }
      return MathModule.dbl(Ops.call(Ops.getAttr(self, "random"), new Object[0], null));
    }

    Object callBits(Object self, long k) {
      if (Types.typeOf(self).lookup("getrandbits") == coreBits) {
        return getrandbits(state(self, stateType), k);
      }
      return Ops.call(Ops.getAttr(self, "getrandbits"), new Object[] {k}, null);
    }

    /**
     * A uniform integer in {@code [0, n)}: draw {@code n.bit_length()} random bits until the
     * value is below n. A subclass that overrides only {@code random()} gets a float-based
     * draw instead.
     */
    Object randbelow(Object self, BigInteger n) {
      PyType t = Types.typeOf(self);
      boolean ownBits = t.lookup("getrandbits") != coreBits;
      boolean ownRandom = t.lookup("random") != coreRandom;
      if (ownRandom && !ownBits) {
        BigInteger max = BigInteger.ONE.shiftLeft(53);
        if (n.compareTo(max) >= 0) {
          return Arith.norm(new BigDecimal(rnd(self)).multiply(new BigDecimal(n))
              .setScale(0, java.math.RoundingMode.FLOOR).toBigInteger());
        }
        long nl = n.longValue();
        long maxl = 1L << 53;
        long rem = maxl % nl;
        double limit = (double) (maxl - rem) / (double) maxl;
        double r = rnd(self);
        while (r >= limit) {
          Budget.chargeSteps(1);
          r = rnd(self);
        }
        return (long) Math.floor(r * (double) maxl) % nl;
      }
      int k = n.bitLength();
      if (k < 63 && !ownBits) {
        long nl = n.longValue();
        MT s = state(self, stateType);
        while (true) {
          Object r = getrandbits(s, k);
          long rl = (Long) r;
          if (rl < nl) {
            return rl;
          }
          Budget.chargeSteps(1);
        }
      }
      while (true) {
        Object r = callBits(self, k);
        if (Arith.big(Arith.asInt(r)).compareTo(n) < 0) {
          return Arith.asInt(r);
        }
        Budget.chargeSteps(1);
      }
    }

    private BigInteger randInt(Object v, int pos) {
      if (Arith.isInt(v)) {
        return Arith.big(Arith.asInt(v));
      }
      Object i = Ops.indexOrNull(v);
      if (i != null) {
        return Arith.big(i);
      }
      if (v instanceof Double) {
        double d = (Double) v;
        if (Double.isFinite(d) && d == Math.floor(d)) {
          return new BigDecimal(d).toBigInteger();
        }
        if (Double.isInfinite(d)) {
          throw Errors.overflowError("cannot convert float infinity to integer");
        }
        throw Errors.valueError("non-integer arg " + pos + " for randrange()");
      }
      throw Errors.typeError("'" + Types.typeName(v) + NOT_INT);
    }

    Object randrange(Object self, Object startArg, Object stopArg, Object stepArg) {
      BigInteger start = randInt(startArg, 1);
      if (stopArg == PyNone.NONE) {
        if (!(Arith.isInt(stepArg) && Arith.big(Arith.asInt(stepArg)).equals(BigInteger.ONE))) {
          throw Errors.typeError("Missing a non-None stop argument");
        }
        if (start.signum() > 0) {
          return randbelow(self, start);
        }
        throw Errors.valueError("empty range for randrange()");
      }
      BigInteger stop = randInt(stopArg, 2);
      BigInteger step = randInt(stepArg, 3);
      BigInteger width = stop.subtract(start);
      if (step.equals(BigInteger.ONE)) {
        if (width.signum() > 0) {
          return Arith.norm(start.add(Arith.big(randbelow(self, width))));
        }
        throw Errors.valueError("empty range for randrange() (" + start + ", " + stop + ", "
            + width + ")");
      }
      BigInteger n;
      if (step.signum() > 0) {
        n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
      } else if (step.signum() < 0) {
        n = floorDiv(width.add(step).add(BigInteger.ONE), step);
      } else {
        throw Errors.valueError("zero step for randrange()");
      }
      if (n.signum() <= 0) {
        throw Errors.valueError("empty range for randrange()");
      }
      return Arith.norm(start.add(step.multiply(Arith.big(randbelow(self, n)))));
    }

    private BigInteger floorDiv(BigInteger a, BigInteger b) {
      BigInteger[] qr = a.divideAndRemainder(b);
      if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
        return qr[0].subtract(BigInteger.ONE);
      }
      return qr[0];
    }

    private long pick(Object self, long n) {
      return Arith.big(randbelow(self, BigInteger.valueOf(n))).longValue();
    }

    /** k distinct indices below n, in selection order. */
    long[] sampleIndices(Object self, long n, long k) {
      if (k < 0 || k > n) {
        throw Errors.valueError("Sample larger than population or is negative");
      }
      long[] out = new long[(int) k];
      long small = 21;
      if (k > 5) {
        small += (long) Math.pow(4, Math.ceil(StrictMath.log(k * 3.0) / StrictMath.log(4.0)));
      }
      if (n <= small) {
        long[] pool = new long[(int) n];
        for (int i = 0; i < n; i++) {
          pool[i] = i;
        }
        for (int i = 0; i < k; i++) {
          Budget.chargeSteps(1);
          int j = (int) pick(self, n - i);
          out[i] = pool[j];
          pool[j] = pool[(int) (n - i - 1)];
        }
      } else {
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < k; i++) {
          Budget.chargeSteps(1);
          long j = pick(self, n);
          while (seen.contains(j)) {
            Budget.chargeSteps(1);
            j = pick(self, n);
          }
          seen.add(j);
          out[i] = j;
        }
      }
      return out;
    }

    private boolean isSequence(Object o) {
      return o instanceof PyList || o instanceof PyTuple || o instanceof String
          || o instanceof PyBytes || o instanceof dev.moat.runtime.PyRange
          || o instanceof dev.moat.runtime.PyBigRange
          || Types.typeOf(o).isSubtypeOf(Types.STR) || Types.typeOf(o).isSubtypeOf(Types.TUPLE)
          || Types.typeOf(o).isSubtypeOf(Types.LIST);
    }

    Object sample(Object self, Object population, Object kArg, Object counts) {
      if (!isSequence(population)) {
        throw Errors.typeError("Population must be a sequence.  "
            + "For dicts or sets, use sorted(d).");
      }
      long n = Ops.lenLong(population);
      long k = intArg(kArg);
      PyList out = new PyList();
      if (counts != PyNone.NONE) {
        PyList cum = accumulate(counts);
        if (cum.size() != n) {
          throw Errors.valueError("The number of counts does not match the population");
        }
        Object total = cum.remove(cum.size() - 1);
        if (!Arith.isInt(total)) {
          throw Errors.typeError("Counts must be integers");
        }
        BigInteger tot = Arith.big(Arith.asInt(total));
        if (tot.signum() <= 0) {
          throw Errors.valueError("Total of counts must be greater than zero");
        }
        if (tot.bitLength() > 62) {
          throw Errors.overflowError("Total of counts is too large");
        }
        for (long s : sampleIndices(self, tot.longValue(), k)) {
          long pos = BisectModule.search(cum, s, 0L, PyNone.NONE, PyNone.NONE, true);
          out.append(Ops.getItem(population, (Object) pos));
        }
        return out;
      }
      for (long j : sampleIndices(self, n, k)) {
        out.append(Ops.getItem(population, (Object) j));
      }
      return out;
    }

    private PyList accumulate(Object values) {
      PyList cum = new PyList();
      PyIterator it = Ops.iter(values);
      Object running = null;
      for (Object x = it.next(); x != null; x = it.next()) {
        Budget.chargeSteps(1);
        running = running == null ? x : Ops.binary(BinaryOp.ADD, running, x);
        cum.append(running);
      }
      return cum;
    }

    Object choices(Object self, Object population, Object weights, Object cumWeights,
        Object kArg) {
      long n = Ops.lenLong(population);
      PyList out = new PyList();
      PyList cum;
      if (cumWeights == PyNone.NONE) {
        if (weights == PyNone.NONE) {
          long k = intArg(kArg);
          double dn = (double) n;
          for (long i = 0; i < k; i++) {
            Budget.chargeSteps(1);
            out.append(Ops.getItem(population, (Object) (long) Math.floor(rnd(self) * dn)));
          }
          return out;
        }
        if (Arith.isInt(weights)) {
          throw Errors.typeError("The number of choices must be a keyword argument: k="
              + Ops.repr(weights));
        }
        cum = accumulate(weights);
      } else {
        if (weights != PyNone.NONE) {
          throw Errors.typeError("Cannot specify both weights and cumulative weights");
        }
        cum = cumWeights instanceof PyList ? (PyList) cumWeights : accumulateNone(cumWeights);
      }
      if (cum.size() != n) {
        throw Errors.valueError("The number of weights does not match the population");
      }
      double total = MathModule.dbl(Ops.binary(BinaryOp.ADD, cum.get(cum.size() - 1), 0.0));
      if (total <= 0.0) {
        throw Errors.valueError("Total of weights must be greater than zero");
      }
      if (!Double.isFinite(total)) {
        throw Errors.valueError("Total of weights must be finite");
      }
      long k = intArg(kArg);
      Object hi = n - 1;
      for (long i = 0; i < k; i++) {
        Budget.chargeSteps(1);
        long pos = BisectModule.search(cum, rnd(self) * total, 0L, hi, PyNone.NONE, true);
        out.append(Ops.getItem(population, (Object) pos));
      }
      return out;
    }

    private PyList accumulateNone(Object values) {
      PyList l = new PyList();
      PyIterator it = Ops.iter(values);
      for (Object x = it.next(); x != null; x = it.next()) {
        l.append(x);
      }
      return l;
    }

    Object triangular(Object self, Object lowArg, Object highArg, Object mode) {
      double u = rnd(self);
      double low = MathModule.dbl(lowArg);
      double high = MathModule.dbl(highArg);
      double c;
      if (mode == PyNone.NONE) {
        c = 0.5;
      } else {
        double span = high - low;
        if (span == 0.0) {
          return lowArg;
        }
        c = (MathModule.dbl(mode) - low) / span;
      }
      if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
      }
      return low + (high - low) * StrictMath.sqrt(u * c);
    }

    /** A standard normal deviate by the ratio-of-uniforms method (Kinderman and Monahan). */
    double normal(Object self) {
      while (true) {
        Budget.chargeSteps(1);
        double u1 = rnd(self);
        double u2 = 1.0 - rnd(self);
        double z = NV_MAGICCONST * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -StrictMath.log(u2)) {
          return z;
        }
      }
    }

    double vonmises(Object self, double mu, double kappa) {
      if (kappa <= 1e-6) {
        return TWOPI * rnd(self);
      }
      double s = 0.5 / kappa;
      double r = s + StrictMath.sqrt(1.0 + s * s);
      double z;
      while (true) {
        Budget.chargeSteps(1);
        double u1 = rnd(self);
        z = StrictMath.cos(Math.PI * u1);
        double d = z / (r + z);
        double u2 = rnd(self);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * StrictMath.exp(d)) {
          break;
        }
      }
      double q = 1.0 / r;
      double f = (q + z) / (1.0 + q * z);
      double u3 = rnd(self);
      double theta = u3 > 0.5 ? mu + StrictMath.acos(f) : mu - StrictMath.acos(f);
      return pyMod(theta, TWOPI);
    }

    private double pyMod(double x, double y) {
      double m = x % y;
      if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
          m += y;
        }
      } else {
        m = Math.copySign(0.0, y);
      }
      return m;
    }

    double gamma(Object self, double alpha, double beta) {
      if (alpha <= 0.0 || beta <= 0.0) {
        throw Errors.valueError("gammavariate: alpha and beta must be > 0.0");
      }
      if (alpha > 1.0) {
        // Cheng's rejection algorithm GB
        double ainv = StrictMath.sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        while (true) {
          Budget.chargeSteps(1);
          double u1 = rnd(self);
          if (!(1e-7 < u1 && u1 < 0.9999999)) {
            continue;
          }
          double u2 = 1.0 - rnd(self);
          double v = StrictMath.log(u1 / (1.0 - u1)) / ainv;
          double x = alpha * StrictMath.exp(v);
          double z = u1 * u1 * u2;
          double r = bbb + ccc * v - x;
          if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= StrictMath.log(z)) {
            return x * beta;
          }
        }
      }
      if (alpha == 1.0) {
        return -StrictMath.log(1.0 - rnd(self)) * beta;
      }
      // alpha < 1: the Ahrens-Dieter GS algorithm
      double x;
      while (true) {
        Budget.chargeSteps(1);
        double u = rnd(self);
        double b = (Math.E + alpha) / Math.E;
        double p = b * u;
        if (p <= 1.0) {
          x = StrictMath.pow(p, 1.0 / alpha);
        } else {
          x = -StrictMath.log((b - p) / alpha);
        }
        double u1 = rnd(self);
        if (p > 1.0) {
          if (u1 <= StrictMath.pow(x, alpha - 1.0)) {
            break;
          }
        } else if (u1 <= StrictMath.exp(-x)) {
          break;
        }
      }
      return x * beta;
    }
  }

  private static long intArg(Object o) {
    return Ops.asIndex(o, "'" + Types.typeName(o) + NOT_INT);
  }

  private static BuiltinFunction method(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static long unsigned32(Object o) {
    Object i = Ops.indexOrNull(o);
    if (i == null) {
      throw Errors.typeError("state vector items must be integers");
    }
    if (i instanceof Long && (Long) i >= 0 && (Long) i <= 0xffffffffL) {
      return (Long) i;
    }
    if (Arith.big(i).signum() < 0) {
      throw Errors.overflowError("can't convert negative value to unsigned int");
    }
    return Arith.big(i).longValue() & 0xffffffffL;
  }

  /** The generator state of {@code self}, created (seeded from the OS) on first use. */
  private static MT state(Object self, PyType stateType) {
    PyDict d = self instanceof PyInstance ? ((PyInstance) self).dict() : Ops.instanceDict(self);
    if (d == null) {
      throw Errors.typeError("Random methods need an instance with a __dict__");
    }
    Object s = d.get(STATE_KEY);
    if (s instanceof MT) {
      return (MT) s;
    }
    MT mt = new MT(stateType);
    seed(mt, PyNone.NONE);
    d.put(STATE_KEY, mt);
    return mt;
  }

  static void seed(MT s, Object arg) {
    if (arg == PyNone.NONE || arg == Signature.MISSING) {
      int[] key = new int[N];
      for (int i = 0; i < N; i++) {
        key[i] = CSPRNG.nextInt();
      }
      s.initByArray(key);
      return;
    }
    BigInteger n;
    if (Arith.isInt(arg)) {
      n = Arith.big(Arith.asInt(arg)).abs();
    } else {
      long h = Ops.hash(arg);
      n = BigInteger.valueOf(h);
      if (h < 0) {
        n = n.add(BigInteger.ONE.shiftLeft(64));
      }
    }
    int bits = n.bitLength();
    int words = Math.max(1, (bits + 31) / 32);
    Budget.chargeSteps(words);
    int[] key = new int[words];
    for (int i = 0; i < words; i++) {
      key[i] = n.shiftRight(32 * i).intValue();
    }
    s.initByArray(key);
  }

  static Object getrandbits(MT s, long k) {
    if (k < 0) {
      throw Errors.valueError("number of bits must be non-negative");
    }
    if (k == 0) {
      return 0L;
    }
    if (k <= 32) {
      return (long) (s.next() >>> (32 - k)) & 0xffffffffL;
    }
    if (k > Integer.MAX_VALUE - 64) {
      throw Errors.overflowError("getrandbits() argument too large");
    }
    int words = (int) ((k - 1) / 32 + 1);
    Budget.reserveMemory(words * 4L);
    Budget.chargeSteps(words);
    byte[] mag = new byte[words * 4];
    long left = k;
    for (int i = 0; i < words; i++, left -= 32) {
      int r = s.next();
      if (left < 32) {
        r >>>= (32 - left);
      }
      int off = mag.length - 4 * (i + 1);
      mag[off] = (byte) (r >>> 24);
      mag[off + 1] = (byte) (r >>> 16);
      mag[off + 2] = (byte) (r >>> 8);
      mag[off + 3] = (byte) r;
    }
    return Arith.norm(new BigInteger(1, mag));
  }
}
