package dev.moat.stdlib;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Arith;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyComplex;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code fractions}: {@code Fraction}, an exact rational on {@link BigInteger}s, always kept in
 * lowest terms with a positive denominator, mixing with int (exactly) and float (by converting
 * to float) as CPython's does, with CPython's numeric hash.
 */
public final class FractionsModule implements ModuleProvider {
  private static final Object NI = PySingleton.NOT_IMPLEMENTED;
  private static final Object NONE = PyNone.NONE;
  static final BigInteger HASH_MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

  /** Set by the decimal module: a Decimal's exact (numerator, denominator), or null. */
  static volatile Function<Object, BigInteger[]> decimalRatio = o -> null;

  /** A Fraction instance (or an instance of a script subclass). */
  public static final class Frac extends PyInstance {
    final BigInteger num;
    final BigInteger den;

    Frac(PyType t, BigInteger num, BigInteger den) {
      super(t);
      this.num = num;
      this.den = den;
    }

    /** Java hash equal to that of the equal built-in int or float key, if any. */
    @Override
    public int hashCode() {
      if (type() != FRACTION) {
        return super.hashCode();
      }
      if (den.equals(BigInteger.ONE)) {
        return Arith.norm(num).hashCode();
      }
      if (den.bitCount() == 1 && num.bitLength() <= 53 && den.bitLength() <= 1075) {
        return Double.valueOf(toDouble(num, den)).hashCode();
      }
      return Long.hashCode(hash(num, den));
    }

    @Override
    public boolean equals(Object o) {
      return super.equals(o);
    }

    public BigInteger num() {
      return num;
    }

    public BigInteger den() {
      return den;
    }
  }

  public static final PyType FRACTION;

  @Override
  public Set<String> moduleNames() {
    return Set.of("fractions");
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("fractions").constant("Fraction", FRACTION).build();
  }

  // ------------------------------------------------------------------ helpers

  /** Charges steps for a multiplication/division of numbers this size. */
  static void charge(BigInteger a, BigInteger b) {
    long wa = (a.bitLength() >> 6) + 1;
    long wb = (b.bitLength() >> 6) + 1;
    long work = wa * wb;
    if (work > 256) {
      Budget.chargeSteps(work >> 8);
    }
  }

  /** A new plain Fraction num/den in lowest terms (den != 0). */
  public static Frac make(BigInteger n, BigInteger d) {
    return normalized(FRACTION, n, d);
  }

  static Frac normalized(PyType t, BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw Errors.zeroDivisionError("Fraction(" + n + ", 0)");
    }
    charge(n, d);
    BigInteger g = n.gcd(d);
    if (d.signum() < 0) {
      g = g.negate();
    }
    if (!g.equals(BigInteger.ONE)) {
      n = n.divide(g);
      d = d.divide(g);
    }
    return new Frac(t, n, d);
  }

  static Frac raw(BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw Errors.zeroDivisionError("Fraction(" + n + ", 0)");
    }
    return new Frac(FRACTION, n, d);
  }

  /** int, bool or Fraction as {num, den}; null for anything else. */
  static BigInteger[] rational(Object o) {
    if (Arith.isInt(o)) {
      return new BigInteger[] {Arith.big(o), BigInteger.ONE};
    }
    if (o instanceof Frac) {
      return new BigInteger[] {((Frac) o).num, ((Frac) o).den};
    }
    return null;
  }

  /** The exact value of a finite double as {num, den} in lowest terms. */
  static BigInteger[] floatRatio(double v) {
    if (Double.isNaN(v)) {
      throw Errors.valueError("cannot convert NaN to integer ratio");
    }
    if (Double.isInfinite(v)) {
      throw Errors.overflowError("cannot convert Infinity to integer ratio");
    }
    if (v == 0) {
      return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
    }
    long bits = Double.doubleToRawLongBits(v);
    int exp = (int) ((bits >> 52) & 0x7ff);
    long mant = bits & 0xfffffffffffffL;
    if (exp == 0) {
      exp = 1;
    } else {
      mant |= 1L << 52;
    }
    exp -= 1075;
    int tz = Long.numberOfTrailingZeros(mant);
    mant >>= tz;
    exp += tz;
    BigInteger m = BigInteger.valueOf(v < 0 ? -mant : mant);
    if (exp >= 0) {
      return new BigInteger[] {m.shiftLeft(exp), BigInteger.ONE};
    }
    return new BigInteger[] {m, BigInteger.ONE.shiftLeft(-exp)};
  }

  /** n/d correctly rounded to a double (d > 0); OverflowError when too large. */
  public static double toDouble(BigInteger n, BigInteger d) {
    if (n.signum() == 0) {
      return 0.0;
    }
    if (n.bitLength() <= 53 && d.bitLength() <= 53) {
      return n.doubleValue() / d.doubleValue();
    }
    boolean neg = n.signum() < 0;
    BigInteger a = n.abs();
    int e = a.bitLength() - d.bitLength();
    if (e > 1025) {
      throw Errors.overflowError("integer division result too large for a float");
    }
    if (e < -1080) {
      return neg ? -0.0 : 0.0;
    }
    int shift = 55 - e;
    if (shift > 1076) {
      shift = 1076;
    }
    charge(a, d);
    BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(d)
        : a.divideAndRemainder(d.shiftLeft(-shift));
    long q = qr[0].longValue();
    boolean sticky = qr[1].signum() != 0;
    int len = 64 - Long.numberOfLeadingZeros(q);
    int drop = len - 53;
    if (-shift + drop < -1074) {
      drop = shift - 1074;
    }
    if (drop < 0) {
      drop = 0;
    }
    long m = q;
    if (drop > 0) {
      long rem = q & ((1L << drop) - 1);
      m = q >>> drop;
      long half = 1L << (drop - 1);
      if (rem > half || rem == half && (sticky || (m & 1) == 1)) {
        m++;
      }
    }
    double r = Math.scalb((double) m, drop - shift);
    if (Double.isInfinite(r)) {
      throw Errors.overflowError("integer division result too large for a float");
    }
    return neg ? -r : r;
  }

  static double toDoubleSignedZero(boolean neg, BigInteger[] r) {
    if (r[0].signum() == 0) {
      return neg ? -0.0 : 0.0;
    }
    return toDouble(r[0], r[1]);
  }

  static double toDouble(Frac f) {
    return toDouble(f.num, f.den);
  }

  private static Object intOf(BigInteger b) {
    return Arith.norm(b);
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    charge(a, b);
    BigInteger[] qr = a.divideAndRemainder(b);
    BigInteger q = qr[0];
    if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
      q = q.subtract(BigInteger.ONE);
    }
    return q;
  }

  // ------------------------------------------------------------------ parsing

  private static final Pattern LITERAL = Pattern.compile(
      "\\A\\s*([-+]?)(?=\\d|\\.\\d)(\\d*|\\d+(?:_\\d+)*)"
          + "(?:(?:/(\\d+(?:_\\d+)*))?|(?:\\.(\\d*|\\d+(?:_\\d+)*))?"
          + "(?:[eE]([-+]?\\d+(?:_\\d+)*))?)\\s*\\z",
      Pattern.UNICODE_CHARACTER_CLASS);

  private static BigInteger digits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp != '_') {
        sb.append((char) ('0' + Character.digit(cp, 10)));
      }
    }
    Budget.chargeSteps(sb.length() / 64 + 1);
    return sb.length() == 0 ? BigInteger.ZERO : new BigInteger(sb.toString());
  }

  static BigInteger tenPow(long k) {
    if (k > 100_000_000) {
      throw Errors.memoryError("");
    }
    Budget.reserveMemory(k * 2 / 5 + 16);
    Budget.chargeSteps((k / 64) * Math.max(1, k / 65536) + 1);
    return BigInteger.TEN.pow((int) k);
  }

  static BigInteger[] parse(String s) {
    Budget.chargeSteps(s.length() / 64 + 1);
    Matcher m = LITERAL.matcher(s);
    if (!m.matches()) {
      throw Errors.valueError("Invalid literal for Fraction: " + Ops.repr(s));
    }
    BigInteger num = digits(m.group(2));
    BigInteger den;
    if (m.group(3) != null) {
      den = digits(m.group(3));
    } else {
      den = BigInteger.ONE;
      String dec = m.group(4);
      if (dec != null && !dec.isEmpty()) {
        BigInteger scale = tenPow(dec.replace("_", "").length());
        num = num.multiply(scale).add(digits(dec));
        den = den.multiply(scale);
      }
      if (m.group(5) != null) {
        BigInteger exp = digits(m.group(5).replace("-", "").replace("+", ""));
        if (exp.bitLength() > 40) {
          throw Errors.memoryError("");
        }
        long k = exp.longValue();
        BigInteger p = tenPow(k);
        if (m.group(5).startsWith("-")) {
          den = den.multiply(p);
        } else {
          num = num.multiply(p);
        }
      }
    }
    if (m.group(1).equals("-")) {
      num = num.negate();
    }
    return new BigInteger[] {num, den};
  }

  // ------------------------------------------------------------------ construction

  private static Object construct(PyType cls, Object numerator, Object denominator,
      boolean normalize) {
    BigInteger n;
    BigInteger d;
    if (denominator == NONE) {
      BigInteger[] r = rational(numerator);
      if (r == null) {
        if (numerator instanceof Double) {
          r = floatRatio((Double) numerator);
        } else if (numerator instanceof String) {
          r = parse((String) numerator);
        } else {
          r = decimalRatio.apply(numerator);
          if (r == null) {
            throw Errors.typeError("argument should be a string or a Rational instance");
          }
        }
        return normalized(cls, r[0], r[1]);
      }
      return new Frac(cls, r[0], r[1]);
    }
    BigInteger[] a = rational(numerator);
    BigInteger[] b = rational(denominator);
    if (a == null || b == null) {
      throw Errors.typeError("both arguments should be Rational instances");
    }
    n = a[0].multiply(b[1]);
    d = a[1].multiply(b[0]);
    if (!normalize) {
      if (d.signum() == 0) {
        throw Errors.zeroDivisionError("Fraction(" + n + ", 0)");
      }
      return new Frac(cls, n, d);
    }
    return normalized(cls, n, d);
  }

  // ------------------------------------------------------------------ arithmetic

  private static Frac f(Object[] a) {
    return (Frac) a[0];
  }

  /** The exact operation on two rationals {n, d}. */
  private static Object exact(BinaryOp op, BigInteger[] x, BigInteger[] y) {
    BigInteger na = x[0];
    BigInteger da = x[1];
    BigInteger nb = y[0];
    BigInteger db = y[1];
    charge(na, db);
    charge(nb, da);
    switch (op) {
      case ADD:
        return make(na.multiply(db).add(nb.multiply(da)), da.multiply(db));
      case SUB:
        return make(na.multiply(db).subtract(nb.multiply(da)), da.multiply(db));
      case MULT:
        return make(na.multiply(nb), da.multiply(db));
      case DIV:
        if (nb.signum() == 0) {
          throw Errors.zeroDivisionError("Fraction(" + na.signum() + ", 0)");
        }
        return make(na.multiply(db), da.multiply(nb));
      case FLOORDIV: {
        BigInteger dd = da.multiply(nb);
        if (dd.signum() == 0) {
          throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        return intOf(floorDiv(na.multiply(db), dd));
      }
      case MOD: {
        BigInteger dd = nb.multiply(da);
        if (dd.signum() == 0) {
          throw Errors.zeroDivisionError("integer modulo by zero");
        }
        BigInteger nn = na.multiply(db);
        BigInteger q = floorDiv(nn, dd);
        return make(nn.subtract(q.multiply(dd)), da.multiply(db));
      }
      case POW:
        if (y[1].equals(BigInteger.ONE)) {
          return intPower(x, y[0]);
        }
        return Ops.binary(BinaryOp.POW, toDouble(na, da), toDouble(nb, db));
      default:
        return NI;
    }
  }

  private static Object intPower(BigInteger[] x, BigInteger p) {
    if (p.signum() >= 0) {
      Object n = Ops.binary(BinaryOp.POW, intOf(x[0]), intOf(p));
      Object d = Ops.binary(BinaryOp.POW, intOf(x[1]), intOf(p));
      return raw(Arith.big(n), Arith.big(d));
    }
    Object q = intOf(p.negate());
    if (x[0].signum() >= 0) {
      return raw(Arith.big(Ops.binary(BinaryOp.POW, intOf(x[1]), q)),
          Arith.big(Ops.binary(BinaryOp.POW, intOf(x[0]), q)));
    }
    return raw(Arith.big(Ops.binary(BinaryOp.POW, intOf(x[1].negate()), q)),
        Arith.big(Ops.binary(BinaryOp.POW, intOf(x[0].negate()), q)));
  }

  private static Object floatDivmod(double x, double y) {
    if (y == 0) {
      throw Errors.zeroDivisionError("float divmod()");
    }
    double[] r = Arith.floatDivmod(x, y);
    return PyTuple.of(r[0], r[1]);
  }

  private static Object divmodExact(BigInteger[] x, BigInteger[] y) {
    BigInteger nn = x[0].multiply(y[1]);
    BigInteger dd = x[1].multiply(y[0]);
    if (dd.signum() == 0) {
      throw Errors.zeroDivisionError("integer division or modulo by zero");
    }
    BigInteger q = floorDiv(nn, dd);
    return PyTuple.of(intOf(q), make(nn.subtract(q.multiply(dd)), x[1].multiply(y[1])));
  }

  /** {@code self op other}. */
  private static Object forward(BinaryOp op, Frac self, Object other) {
    BigInteger[] x = {self.num, self.den};
    BigInteger[] y = rational(other);
    if (y != null) {
      return exact(op, x, y);
    }
    if (other instanceof Double) {
      return Ops.binary(op, toDouble(self), other);
    }
    if (other instanceof PyComplex) {
      // float(a) ** b for powers, else complex(a) op b
      return Ops.binary(op, op == BinaryOp.POW ? (Object) toDouble(self)
          : new PyComplex(toDouble(self), 0.0), other);
    }
    return NI;
  }

  /** {@code other op self}. */
  private static Object reverse(BinaryOp op, Frac self, Object other) {
    BigInteger[] y = {self.num, self.den};
    if (op == BinaryOp.POW) {
      if (self.den.equals(BigInteger.ONE) && self.num.signum() >= 0
          && (Arith.isInt(other) || other instanceof Double)) {
        return Ops.binary(op, other, intOf(self.num));
      }
      BigInteger[] x = rational(other);
      if (x != null) {
        return exact(op, x, y);
      }
      if (other instanceof Double || other instanceof PyComplex) {
        return self.den.equals(BigInteger.ONE) ? Ops.binary(op, other, intOf(self.num))
            : Ops.binary(op, other, toDouble(self));
      }
      return NI;
    }
    BigInteger[] x = rational(other);
    if (x != null) {
      return exact(op, x, y);
    }
    if (other instanceof Double) {
      return Ops.binary(op, other, toDouble(self));
    }
    if (other instanceof PyComplex) {
      return Ops.binary(op, other, new PyComplex(toDouble(self), 0.0));
    }
    return NI;
  }

  /** Compares self with other: negative/zero/positive; null = NotImplemented; NaN -> MIN. */
  private static Integer cmp(Frac self, Object other) {
    BigInteger[] y = rational(other);
    if (y == null && other instanceof Double) {
      double v = (Double) other;
      if (Double.isNaN(v)) {
        return Integer.MIN_VALUE;
      }
      if (Double.isInfinite(v)) {
        return v > 0 ? -1 : 1;
      }
      y = floatRatio(v);
    }
    if (y == null) {
      return null;
    }
    charge(self.num, y[1]);
    return self.num.multiply(y[1]).compareTo(y[0].multiply(self.den));
  }

  private static Object compare(Object[] a, CmpOp op) {
    Object other = a[1];
    if (other instanceof PyComplex) {
      // equal to a complex only through its real part, and never ordered against one
      if (op != CmpOp.EQ || ((PyComplex) other).imag != 0.0) {
        return NI;
      }
      other = ((PyComplex) other).real;
    }
    Integer c = cmp(f(a), other);
    if (c == null) {
      return NI;
    }
    if (c == Integer.MIN_VALUE) {
      return op == CmpOp.NOTEQ;
    }
    return Ops.cmpHolds(c, op);
  }

  /** CPython's hash of a rational, equal to the hash of an equal int or float. */
  public static long hash(BigInteger n, BigInteger d) {
    BigInteger dm = d.mod(HASH_MODULUS);
    long h;
    if (dm.signum() == 0) {
      h = 314159;
    } else {
      BigInteger dinv = dm.modPow(HASH_MODULUS.subtract(BigInteger.TWO), HASH_MODULUS);
      long hn = Ops.hash(intOf(n.abs()));
      h = Ops.hash(intOf(BigInteger.valueOf(hn).multiply(dinv)));
    }
    long r = n.signum() >= 0 ? h : -h;
    return r == -1 ? -2 : r;
  }

  private static BigInteger roundHalfEven(BigInteger n, BigInteger d) {
    BigInteger fl = floorDiv(n, d);
    BigInteger rem2 = n.subtract(fl.multiply(d)).shiftLeft(1);
    int c = rem2.compareTo(d);
    if (c > 0 || c == 0 && fl.testBit(0)) {
      fl = fl.add(BigInteger.ONE);
    }
    return fl;
  }

  private static Object round(Frac self, Object ndigits) {
    if (ndigits == NONE) {
      return intOf(roundHalfEven(self.num, self.den));
    }
    if (!Arith.isInt(ndigits)) {
      throw Errors.typeError("both arguments should be Rational instances");
    }
    long nd = Ops.asIndex(ndigits, "an integer is required");
    if (Math.abs(nd) > 100_000_000) {
      throw Errors.memoryError("");
    }
    BigInteger shift = tenPow(Math.abs(nd));
    if (nd > 0) {
      return normalized(FRACTION, roundHalfEven(self.num.multiply(shift), self.den), shift);
    }
    return raw(roundHalfEven(self.num, self.den.multiply(shift)).multiply(shift),
        BigInteger.ONE);
  }

  private static Object limitDenominator(Frac self, Object maxArg) {
    BigInteger max = Arith.isInt(maxArg) ? Arith.big(maxArg) : null;
    if (max == null) {
      Object v = Ops.compare(maxArg, 1L, CmpOp.LT);
      if (Ops.truth(v)) {
        throw Errors.valueError("max_denominator should be at least 1");
      }
      throw Errors.typeError("unsupported operand type(s) for limit_denominator: '"
          + Types.typeName(maxArg) + "'");
    }
    if (max.signum() < 1) {
      throw Errors.valueError("max_denominator should be at least 1");
    }
    if (self.den.compareTo(max) <= 0) {
      return new Frac(FRACTION, self.num, self.den);
    }
    BigInteger p0 = BigInteger.ZERO;
    BigInteger q0 = BigInteger.ONE;
    BigInteger p1 = BigInteger.ONE;
    BigInteger q1 = BigInteger.ZERO;
    BigInteger n = self.num;
    BigInteger d = self.den;
    while (true) {
      Budget.chargeSteps(1);
      BigInteger a = floorDiv(n, d);
      BigInteger q2 = q0.add(a.multiply(q1));
      if (q2.compareTo(max) > 0) {
        break;
      }
      BigInteger np1 = p0.add(a.multiply(p1));
      p0 = p1;
      q0 = q1;
      p1 = np1;
      q1 = q2;
      BigInteger nd = n.subtract(a.multiply(d));
      n = d;
      d = nd;
    }
    BigInteger k = floorDiv(max.subtract(q0), q1);
    Frac b1 = make(p0.add(k.multiply(p1)), q0.add(k.multiply(q1)));
    Frac b2 = make(p1, q1);
    BigInteger[] me = {self.num, self.den};
    Frac d2 = (Frac) exact(BinaryOp.SUB, new BigInteger[] {b2.num, b2.den}, me);
    Frac d1 = (Frac) exact(BinaryOp.SUB, new BigInteger[] {b1.num, b1.den}, me);
    BigInteger l = d2.num.abs().multiply(d1.den);
    BigInteger r = d1.num.abs().multiply(d2.den);
    return l.compareTo(r) <= 0 ? b2 : b1;
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static void binop(Map<String, Object> ns, String name, BinaryOp op) {
    ns.put("__" + name + "__", fn("__" + name + "__", "self, other, /",
        a -> forward(op, f(a), a[1])));
    ns.put("__r" + name + "__", fn("__r" + name + "__", "self, other, /",
        a -> reverse(op, f(a), a[1])));
  }

  private static String reprOf(Frac x) {
    return Types.typeOf(x).name() + "(" + x.num + ", " + x.den + ")";
  }

  static {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "fractions");
    ns.put("__new__", new Descriptors.StaticMethod(fn("Fraction",
        "cls, numerator=0, denominator=None, *, _normalize=True",
        a -> construct((PyType) a[0], a[1], a[2], Ops.truth(a[3])))));
    ns.put("numerator", new Descriptors.GetSet("numerator", o -> intOf(((Frac) o).num), null));
    ns.put("denominator", new Descriptors.GetSet("denominator",
        o -> intOf(((Frac) o).den), null));
    ns.put("real", new Descriptors.GetSet("real", o -> o, null));
    ns.put("imag", new Descriptors.GetSet("imag", o -> 0L, null));
    ns.put("conjugate", fn("conjugate", "self", a -> new Frac(FractionsModule.FRACTION, f(a).num, f(a).den)));
    ns.put("as_integer_ratio", fn("as_integer_ratio", "self",
        a -> PyTuple.of(intOf(f(a).num), intOf(f(a).den))));
    ns.put("limit_denominator", fn("limit_denominator", "self, max_denominator=1000000",
        a -> limitDenominator(f(a), a[1])));
    ns.put("from_float", new Descriptors.ClassMethod(fn("from_float", "cls, f, /", a -> {
      PyType cls = (PyType) a[0];
      if (Arith.isInt(a[1])) {
        return construct(cls, a[1], NONE, true);
      }
      if (!(a[1] instanceof Double)) {
        throw Errors.typeError(cls.name() + ".from_float() only takes floats, not "
            + Ops.repr(a[1]) + " (" + Types.typeName(a[1]) + ")");
      }
      BigInteger[] r = floatRatio((Double) a[1]);
      return normalized(cls, r[0], r[1]);
    })));
    ns.put("from_decimal", new Descriptors.ClassMethod(fn("from_decimal", "cls, dec, /", a -> {
      PyType cls = (PyType) a[0];
      if (Arith.isInt(a[1])) {
        return construct(cls, a[1], NONE, true);
      }
      BigInteger[] r = decimalRatio.apply(a[1]);
      if (r == null) {
        throw Errors.typeError(cls.name() + ".from_decimal() only takes Decimals, not "
            + Ops.repr(a[1]) + " (" + Types.typeName(a[1]) + ")");
      }
      return normalized(cls, r[0], r[1]);
    })));
    binop(ns, "add", BinaryOp.ADD);
    binop(ns, "sub", BinaryOp.SUB);
    binop(ns, "mul", BinaryOp.MULT);
    binop(ns, "truediv", BinaryOp.DIV);
    binop(ns, "floordiv", BinaryOp.FLOORDIV);
    binop(ns, "mod", BinaryOp.MOD);
    binop(ns, "pow", BinaryOp.POW);
    ns.put("__divmod__", fn("__divmod__", "self, other, /", a -> {
      BigInteger[] y = rational(a[1]);
      if (y != null) {
        return divmodExact(new BigInteger[] {f(a).num, f(a).den}, y);
      }
      if (a[1] instanceof Double) {
        return floatDivmod(toDouble(f(a)), (Double) a[1]);
      }
      return NI;
    }));
    ns.put("__rdivmod__", fn("__rdivmod__", "self, other, /", a -> {
      BigInteger[] x = rational(a[1]);
      if (x != null) {
        return divmodExact(x, new BigInteger[] {f(a).num, f(a).den});
      }
      if (a[1] instanceof Double) {
        return floatDivmod((Double) a[1], toDouble(f(a)));
      }
      return NI;
    }));
    ns.put("__neg__", fn("__neg__", "self", a -> new Frac(FractionsModule.FRACTION, f(a).num.negate(),
        f(a).den)));
    ns.put("__pos__", fn("__pos__", "self", a -> new Frac(FractionsModule.FRACTION, f(a).num, f(a).den)));
    ns.put("__abs__", fn("__abs__", "self", a -> new Frac(FractionsModule.FRACTION, f(a).num.abs(),
        f(a).den)));
    ns.put("__trunc__", fn("__trunc__", "self", a -> intOf(f(a).num.signum() < 0
        ? floorDiv(f(a).num.negate(), f(a).den).negate() : floorDiv(f(a).num, f(a).den))));
    ns.put("__int__", fn("__int__", "self", a -> intOf(f(a).num.signum() < 0
        ? floorDiv(f(a).num.negate(), f(a).den).negate() : floorDiv(f(a).num, f(a).den))));
    ns.put("__floor__", fn("__floor__", "self", a -> intOf(floorDiv(f(a).num, f(a).den))));
    ns.put("__ceil__", fn("__ceil__", "self",
        a -> intOf(floorDiv(f(a).num.negate(), f(a).den).negate())));
    ns.put("__round__", fn("__round__", "self, ndigits=None", a -> round(f(a), a[1])));
    ns.put("__float__", fn("__float__", "self", a -> toDouble(f(a))));
    ns.put("__bool__", fn("__bool__", "self", a -> f(a).num.signum() != 0));
    ns.put("__hash__", fn("__hash__", "self", a -> hash(f(a).num, f(a).den)));
    ns.put("__eq__", fn("__eq__", "self, other, /", a -> compare(a, CmpOp.EQ)));
    ns.put("__lt__", fn("__lt__", "self, other, /", a -> compare(a, CmpOp.LT)));
    ns.put("__le__", fn("__le__", "self, other, /", a -> compare(a, CmpOp.LTE)));
    ns.put("__gt__", fn("__gt__", "self, other, /", a -> compare(a, CmpOp.GT)));
    ns.put("__ge__", fn("__ge__", "self, other, /", a -> compare(a, CmpOp.GTE)));
    ns.put("__repr__", fn("__repr__", "self", a -> reprOf(f(a))));
    ns.put("__str__", fn("__str__", "self", a -> f(a).den.equals(BigInteger.ONE)
        ? f(a).num.toString() : f(a).num + "/" + f(a).den));
    ns.put("__copy__", fn("__copy__", "self", a -> Types.typeOf(a[0]) == FractionsModule.FRACTION ? a[0]
        : Ops.call(Types.typeOf(a[0]), new Object[] {a[0]}, null)));
    ns.put("__deepcopy__", fn("__deepcopy__", "self, memo", a -> Types.typeOf(a[0]) == FractionsModule.FRACTION
        ? a[0] : Ops.call(Types.typeOf(a[0]), new Object[] {a[0]}, null)));
    FRACTION = PyType.createClass("Fraction", new PyType[0], ns);
  }

  static boolean isMissing(Object o) {
    return o == Signature.MISSING;
  }

  static {
    LibClasses.share(FRACTION);
  }
}
