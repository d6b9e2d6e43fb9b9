package dev.moat.stdlib;

import static dev.moat.stdlib.DecimalImpl.d;
import static dev.moat.stdlib.DecimalImpl.fn;
import static dev.moat.stdlib.DecimalModule.FINITE;
import static dev.moat.stdlib.DecimalModule.INF;
import static dev.moat.stdlib.DecimalModule.NI;
import static dev.moat.stdlib.DecimalModule.NONE;
import static dev.moat.stdlib.DecimalModule.QNAN;
import static dev.moat.stdlib.DecimalModule.SNAN;

import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.Arith;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Signature;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.stdlib.DecimalModule.Ctx;
import dev.moat.stdlib.DecimalModule.Dec;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Builds the decimal module's classes and functions for one interpreter. */
final class DecimalClasses {
  private DecimalClasses() {}

  interface Op2 {
    Object apply(Dec a, Dec b, Ctx ctx);
  }

  static String tn(Object o) {
    return o instanceof Dec ? "decimal.Decimal" : Types.typeName(o);
  }

  /** A Decimal operation with a non-Decimal: NotImplemented for script objects, else TypeError. */
  static Object unsupported(Object left, Object right, Object other, String sym) {
    if (other instanceof PyInstance && !(other instanceof FractionsModule.Frac)) {
      return NI;
    }
    throw Errors.typeError("unsupported operand type(s) for " + sym + ": '" + tn(left)
        + "' and '" + tn(right) + "'");
  }

  private static PyType exc(Map<String, PyType> sig, String name, PyType... bases) {
    PyType t = PyType.createClass(name, bases, DecimalImpl.newNs());
    sig.put(name, t);
    return t;
  }

  static PyModule build(DecimalImpl m) {
    DecimalModule.Impl impl = m.impl;
    Map<String, PyType> sig = impl.signals;
    PyType base = exc(sig, "DecimalException", ExceptionTypes.ARITHMETIC_ERROR);
    PyType clamped = exc(sig, "Clamped", base);
    PyType invalid = exc(sig, "InvalidOperation", base);
    exc(sig, "DivisionByZero", base, ExceptionTypes.ZERO_DIVISION_ERROR);
    PyType inexact = exc(sig, "Inexact", base);
    PyType rounded = exc(sig, "Rounded", base);
    PyType subnormal = exc(sig, "Subnormal", base);
    exc(sig, "Overflow", inexact, rounded);
    exc(sig, "Underflow", inexact, rounded, subnormal);
    exc(sig, "FloatOperation", base, ExceptionTypes.TYPE_ERROR);
    exc(sig, "ConversionSyntax", invalid);
    exc(sig, "DivisionImpossible", invalid);
    exc(sig, "DivisionUndefined", invalid, ExceptionTypes.ZERO_DIVISION_ERROR);
    exc(sig, "InvalidContext", invalid);

    impl.tupleType = NamedTuples.create("DecimalTuple", "sign digits exponent", false, NONE,
        "decimal");
    impl.decType = decimalClass(m);
    impl.ctxType = contextClass(m);
    impl.cmType = contextManagerClass(m);

    Ctx def = newContext(m, 28, 6, new String[] {"InvalidOperation", "DivisionByZero",
        "Overflow"});
    Ctx basic = newContext(m, 9, 4, new String[] {"Clamped", "InvalidOperation",
        "DivisionByZero", "Overflow", "Underflow"});
    Ctx extended = newContext(m, 9, 6, new String[0]);
    impl.defaultContext = def;
    impl.current = def.copy();

    ModuleBuilder b = ModuleBuilder.named("decimal")
        .constant("Decimal", impl.decType)
        .constant("Context", impl.ctxType)
        .constant("DecimalTuple", impl.tupleType)
        .constant("DefaultContext", def)
        .constant("BasicContext", basic)
        .constant("ExtendedContext", extended)
        .constant("MAX_PREC", DecimalModule.MAX_PREC)
        .constant("MAX_EMAX", DecimalModule.MAX_EMAX)
        .constant("MIN_EMIN", DecimalModule.MIN_EMIN)
        .constant("MIN_ETINY", DecimalModule.MIN_EMIN - (DecimalModule.MAX_PREC - 1))
        .constant("HAVE_THREADS", true)
        .constant("HAVE_CONTEXTVAR", true)
        .constant("__version__", "1.70")
        .function("getcontext", "", a -> impl.current)
        .function("setcontext", "context, /", a -> {
          if (!(a[0] instanceof Ctx)) {
            throw Errors.typeError("argument must be a context");
          }
          Ctx c = (Ctx) a[0];
          impl.current = c == def || c == basic || c == extended ? c.copy() : c;
          return NONE;
        })
        .function("localcontext", "ctx=None, **kwargs", a -> {
          if (a[0] != NONE && !(a[0] instanceof Ctx)) {
            throw Errors.typeError("optional argument must be a context");
          }
          Ctx src = a[0] == NONE ? impl.current : (Ctx) a[0];
          Ctx c = src.copy();
          PyDict kw = (PyDict) a[1];
          for (PyDict.Entry e : kw.entries()) {
            String k = (String) e.key;
            if (!List.of("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
                "traps").contains(k)) {
              throw Errors.typeError("'" + k + "' is an invalid keyword argument for this "
                  + "function");
            }
            Ops.setAttr(c, k, e.value);
          }
          CtxManager cm = new CtxManager(impl.cmType);
          cm.ctx = c;
          return cm;
        });
    for (String r : DecimalModule.ROUNDINGS) {
      b.constant(r, r);
    }
    for (Map.Entry<String, PyType> e : sig.entrySet()) {
      b.constant(e.getKey(), e.getValue());
    }
    return b.build();
  }

  static final class CtxManager extends PyInstance {
    Ctx ctx;
    Ctx saved;

    CtxManager(PyType t) {
      super(t);
    }
  }

  private static PyType contextManagerClass(DecimalImpl m) {
    Map<String, Object> ns = DecimalImpl.newNs();
    ns.put("__enter__", fn("__enter__", "self", a -> {
      CtxManager cm = (CtxManager) a[0];
      cm.saved = m.impl.current;
      m.impl.current = cm.ctx;
      return cm.ctx;
    }));
    ns.put("__exit__", fn("__exit__", "self, *args", a -> {
      CtxManager cm = (CtxManager) a[0];
      if (cm.saved != null) {
        m.impl.current = cm.saved;
      }
      return false;
    }));
    return PyType.createClass("ContextManager", new PyType[0], ns);
  }

  static Ctx newContext(DecimalImpl m, long prec, int rounding, String[] traps) {
    Ctx c = new Ctx(m.impl.ctxType, m.impl);
    c.prec = prec;
    c.rounding = rounding;
    for (String s : new String[] {"InvalidOperation", "FloatOperation", "DivisionByZero",
        "Overflow", "Underflow", "Subnormal", "Inexact", "Rounded", "Clamped"}) {
      c.flags.put(m.impl.signal(s), false);
      c.traps.put(m.impl.signal(s), List.of(traps).contains(s));
    }
    return c;
  }

  // ------------------------------------------------------------------ Decimal

  private static void binop(Map<String, Object> ns, DecimalImpl m, String name, String sym,
      Op2 op) {
    ns.put("__" + name + "__", fn("__" + name + "__", "self, other, /", a -> {
      Dec o = m.asDec(a[1]);
      if (o == null) {
        return unsupported(a[0], a[1], a[1], sym);
      }
      return op.apply(d(a[0]), o, m.ctx());
    }));
    ns.put("__r" + name + "__", fn("__r" + name + "__", "self, other, /", a -> {
      Dec o = m.asDec(a[1]);
      if (o == null) {
        return unsupported(a[1], a[0], a[1], sym);
      }
      return op.apply(o, d(a[0]), m.ctx());
    }));
  }

  /** Compares; null = NotImplemented; Integer.MIN_VALUE = unordered (NaN). */
  private static Integer compare(DecimalImpl m, Dec x, Object other, boolean ordering) {
    Ctx ctx = m.ctx();
    Dec o = m.asDec(other);
    BigInteger[] ratio = null;
    if (o == null) {
      if (other instanceof Double) {
        if (ordering) {
          ctx.signal("FloatOperation");
        } else {
          ctx.flag("FloatOperation");
        }
        o = m.fromDouble((Double) other);
      } else if (other instanceof FractionsModule.Frac) {
        FractionsModule.Frac f = (FractionsModule.Frac) other;
        ratio = new BigInteger[] {f.num(), f.den()};
      } else if (other instanceof dev.moat.runtime.PyComplex && !ordering
          && ((dev.moat.runtime.PyComplex) other).imag == 0.0) {
        o = m.fromDouble(((dev.moat.runtime.PyComplex) other).real); // == and != only
      } else {
        return null;
      }
    }
    if (x.isNan() || o != null && o.isNan()) {
      if (ordering || x.kind == SNAN || o != null && o.kind == SNAN) {
        ctx.signal("InvalidOperation");
      }
      return Integer.MIN_VALUE;
    }
    if (ratio != null) {
      return DecimalImpl.cmpRatio(x, ratio[0], ratio[1]);
    }
    return DecimalImpl.cmp(x, o);
  }

  private static Object cmpOp(DecimalImpl m, Object[] a, CmpOp op) {
    Integer c = compare(m, d(a[0]), a[1], op != CmpOp.EQ && op != CmpOp.NOTEQ);
    if (c == null) {
      return NI;
    }
    if (c == Integer.MIN_VALUE) {
      return op == CmpOp.NOTEQ;
    }
    return Ops.cmpHolds(c, op);
  }

  private static Dec other(DecimalImpl m, Object o) {
    Dec r = m.asDec(o);
    if (r == null) {
      throw Errors.typeError("conversion from " + Types.typeName(o) + " to Decimal is not "
          + "supported");
    }
    return r;
  }

  static int rounding(Object o, Ctx ctx) {
    if (ctx == null && !List.of(DecimalModule.ROUNDINGS).contains(o)) {
      o = "?";
    }
    if (o == NONE || o == Signature.MISSING) {
      return ctx.rounding;
    }
    int i = List.of(DecimalModule.ROUNDINGS).indexOf(o);
    if (i < 0) {
      throw Errors.typeError("valid values for rounding are:\n"
          + "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
          + "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
          + "   ROUND_05UP]");
    }
    return i;
  }

  private static PyType decimalClass(DecimalImpl m) {
    Map<String, Object> ns = DecimalImpl.newNs();
    ns.put("__new__", new Descriptors.StaticMethod(fn("Decimal",
        "cls, value='0', context=None", a -> {
          Dec v = m.construct(a[1], m.ctxArg(a[2]));
          PyType cls = (PyType) a[0];
          return cls == m.impl.decType ? v : new Dec(cls, v.kind, v.neg, v.coeff, v.exp);
        })));
    ns.put("from_float", new Descriptors.ClassMethod(fn("from_float", "cls, f, /", a -> {
      Dec v;
      if (a[1] instanceof Double) {
        v = m.fromDouble((Double) a[1]);
      } else if (Arith.isInt(a[1])) {
        v = m.asDec(a[1]);
      } else {
        throw Errors.typeError("argument must be int or float");
      }
      PyType cls = (PyType) a[0];
      return cls == m.impl.decType ? v : Ops.call(cls, new Object[] {v}, null);
    })));
    ns.put("__repr__", fn("__repr__", "self", a -> "Decimal('" + DecimalImpl.str(d(a[0]),
        m.ctx().capitals == 1) + "')"));
    ns.put("__str__", fn("__str__", "self", a -> DecimalImpl.str(d(a[0]),
        m.ctx().capitals == 1)));
    ns.put("to_eng_string", fn("to_eng_string", "self, context=None",
        a -> DecimalImpl.eng(d(a[0]), m.ctxArg(a[1]).capitals == 1)));
    ns.put("__format__", fn("__format__", "self, spec, /", a -> m.format(d(a[0]),
        (String) a[1], m.ctx())));
    ns.put("__hash__", fn("__hash__", "self", a -> m.hash(d(a[0]))));
    ns.put("__bool__", fn("__bool__", "self", a -> d(a[0]).kind != FINITE
        || d(a[0]).coeff.signum() != 0));
    ns.put("__int__", fn("__int__", "self", a -> m.toInt(d(a[0]))));
    ns.put("__trunc__", fn("__trunc__", "self", a -> m.toInt(d(a[0]))));
    ns.put("__floor__", fn("__floor__", "self", a -> m.toIntRounded(d(a[0]), 3)));
    ns.put("__ceil__", fn("__ceil__", "self", a -> m.toIntRounded(d(a[0]), 2)));
    ns.put("__float__", fn("__float__", "self", a -> {
      Dec x = d(a[0]);
      if (x.kind == SNAN) {
        throw Errors.valueError("cannot convert signaling NaN to float");
      }
      if (x.kind == QNAN) {
        return x.neg ? -Double.NaN : Double.NaN;
      }
      if (x.kind == INF) {
        return x.neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      return Double.parseDouble((x.neg ? "-" : "") + x.coeff + "E" + x.exp);
    }));
    ns.put("__round__", fn("__round__", "self, n=None", a -> {
      Dec x = d(a[0]);
      if (a[1] == NONE) {
        if (x.isNan()) {
          throw Errors.valueError("cannot convert NaN to integer");
        }
        if (x.kind == INF) {
          throw Errors.overflowError("cannot convert Infinity to integer");
        }
        return m.toIntRounded(x, 6);
      }
      if (!Arith.isInt(a[1])) {
        throw Errors.typeError("optional arg must be an integer");
      }
      long n = Arith.big(a[1]).longValue();
      return m.quantize(x, m.fin(false, BigInteger.ONE, -n), m.ctx().rounding, m.ctx());
    }));
    ns.put("__neg__", fn("__neg__", "self", a -> {
      Dec x = d(a[0]);
      if (x.isNan()) {
        Dec n = m.nanResult(m.ctx(), x);
        return m.nan(!x.neg, n.coeff);
      }
      return m.add(m.fin(false, BigInteger.ZERO, x.kind == FINITE ? x.exp : 0), x, true,
          m.ctx());
    }));
    ns.put("__pos__", fn("__pos__", "self", a -> {
      Dec x = d(a[0]);
      return m.add(m.fin(false, BigInteger.ZERO, x.kind == FINITE ? x.exp : 0), x, false,
          m.ctx());
    }));
    ns.put("__abs__", fn("__abs__", "self", a -> {
      Dec x = d(a[0]);
      if (x.isNan()) {
        return m.nanResult(m.ctx(), x);
      }
      Dec p = new Dec(m.impl.decType, x.kind, false, x.coeff, x.exp);
      return m.add(m.fin(false, BigInteger.ZERO, x.kind == FINITE ? x.exp : 0), p, false,
          m.ctx());
    }));
    binop(ns, m, "add", "+", (x, y, c) -> m.add(x, y, false, c));
    binop(ns, m, "sub", "-", (x, y, c) -> m.add(x, y, true, c));
    binop(ns, m, "mul", "*", m::mul);
    binop(ns, m, "truediv", "/", m::div);
    binop(ns, m, "floordiv", "//", (x, y, c) -> m.divmod(x, y, c, true, false)[0]);
    binop(ns, m, "mod", "%", (x, y, c) -> m.divmod(x, y, c, false, true)[1]);
    binop(ns, m, "divmod", "divmod()", (x, y, c) -> {
      Dec[] r = m.divmod(x, y, c, true, true);
      return PyTuple.of(r[0], r[1]);
    });
    binop(ns, m, "pow", "** or pow()", (x, y, c) -> m.power(x, y, c));
    ns.put("__eq__", fn("__eq__", "self, other, /", a -> cmpOp(m, a, CmpOp.EQ)));
    ns.put("__ne__", fn("__ne__", "self, other, /", a -> cmpOp(m, a, CmpOp.NOTEQ)));
    ns.put("__lt__", fn("__lt__", "self, other, /", a -> cmpOp(m, a, CmpOp.LT)));
    ns.put("__le__", fn("__le__", "self, other, /", a -> cmpOp(m, a, CmpOp.LTE)));
    ns.put("__gt__", fn("__gt__", "self, other, /", a -> cmpOp(m, a, CmpOp.GT)));
    ns.put("__ge__", fn("__ge__", "self, other, /", a -> cmpOp(m, a, CmpOp.GTE)));
    ns.put("__copy__", fn("__copy__", "self", a -> a[0]));
    ns.put("__deepcopy__", fn("__deepcopy__", "self, memo, /", a -> a[0]));
    ns.put("adjusted", fn("adjusted", "self", a -> d(a[0]).kind == FINITE
        ? d(a[0]).adjusted() : 0L));
    ns.put("as_tuple", fn("as_tuple", "self", a -> {
      Dec x = d(a[0]);
      Object[] digits;
      if (x.kind == INF) {
        digits = new Object[] {0L};
      } else if (x.isNan() && x.coeff.signum() == 0) {
        digits = new Object[0];
      } else {
        String s = x.coeff.toString();
        digits = new Object[s.length()];
        for (int i = 0; i < s.length(); i++) {
          digits[i] = (long) (s.charAt(i) - '0');
        }
      }
      Object exp = x.kind == INF ? "F" : x.kind == QNAN ? "n" : x.kind == SNAN ? "N"
          : (Object) x.exp;
      return Ops.call(m.impl.tupleType, new Object[] {x.neg ? 1L : 0L, PyTuple.of(digits),
          exp}, null);
    }));
    ns.put("as_integer_ratio", fn("as_integer_ratio", "self", a -> {
      BigInteger[] r = FractionsModule.decimalRatio.apply(a[0]);
      return PyTuple.of(Arith.norm(r[0]), Arith.norm(r[1]));
    }));
    ns.put("quantize", fn("quantize", "self, exp, rounding=None, context=None", a -> {
      Ctx c = m.ctxArg(a[3]);
      return m.quantize(d(a[0]), other(m, a[1]), rounding(a[2], c), c);
    }));
    ns.put("to_integral_value", fn("to_integral_value", "self, rounding=None, context=None",
        a -> {
          Ctx c = m.ctxArg(a[2]);
          return m.toIntegral(d(a[0]), rounding(a[1], c), c, false);
        }));
    ns.put("to_integral", ns.get("to_integral_value"));
    ns.put("to_integral_exact", fn("to_integral_exact", "self, rounding=None, context=None",
        a -> {
          Ctx c = m.ctxArg(a[2]);
          return m.toIntegral(d(a[0]), rounding(a[1], c), c, true);
        }));
    ns.put("normalize", fn("normalize", "self, context=None",
        a -> m.normalize(d(a[0]), m.ctxArg(a[1]))));
    ns.put("sqrt", fn("sqrt", "self, context=None", a -> m.sqrt(d(a[0]), m.ctxArg(a[1]))));
    ns.put("exp", fn("exp", "self, context=None",
        a -> DecimalMath.exp(m, d(a[0]), m.ctxArg(a[1]))));
    ns.put("ln", fn("ln", "self, context=None",
        a -> DecimalMath.ln(m, d(a[0]), m.ctxArg(a[1]), false)));
    ns.put("log10", fn("log10", "self, context=None",
        a -> DecimalMath.ln(m, d(a[0]), m.ctxArg(a[1]), true)));
    ns.put("copy_abs", fn("copy_abs", "self", a -> new Dec(m.impl.decType, d(a[0]).kind,
        false, d(a[0]).coeff, d(a[0]).exp)));
    ns.put("copy_negate", fn("copy_negate", "self", a -> new Dec(m.impl.decType,
        d(a[0]).kind, !d(a[0]).neg, d(a[0]).coeff, d(a[0]).exp)));
    ns.put("copy_sign", fn("copy_sign", "self, other, context=None", a -> new Dec(
        m.impl.decType, d(a[0]).kind, other(m, a[1]).neg, d(a[0]).coeff, d(a[0]).exp)));
    ns.put("max", fn("max", "self, other, context=None",
        a -> m.maxMin(d(a[0]), other(m, a[1]), m.ctxArg(a[2]), true)));
    ns.put("min", fn("min", "self, other, context=None",
        a -> m.maxMin(d(a[0]), other(m, a[1]), m.ctxArg(a[2]), false)));
    ns.put("compare", fn("compare", "self, other, context=None", a -> {
      Ctx c = m.ctxArg(a[2]);
      Dec x = d(a[0]);
      Dec y = other(m, a[1]);
      Dec n = m.nanResult(c, x, y);
      if (n != null) {
        return n;
      }
      int r = DecimalImpl.cmp(x, y);
      return m.fin(r < 0, BigInteger.valueOf(Math.abs(r)), 0);
    }));
    ns.put("fma", fn("fma", "self, other, third, context=None", a -> {
      Ctx c = m.ctxArg(a[3]);
      Dec x = d(a[0]);
      Dec y = other(m, a[1]);
      Dec z = other(m, a[2]);
      Dec n = m.nanResult(c, x, y, z);
      if (n != null) {
        return n;
      }
      Dec p;
      if (x.kind == INF || y.kind == INF) {
        p = m.mul(x, y, c);
      } else {
        p = m.fin(x.neg != y.neg, x.coeff.multiply(y.coeff), x.exp + y.exp);
      }
      return m.add(p, z, false, c);
    }));
    ns.put("is_finite", fn("is_finite", "self", a -> d(a[0]).kind == FINITE));
    ns.put("is_infinite", fn("is_infinite", "self", a -> d(a[0]).kind == INF));
    ns.put("is_nan", fn("is_nan", "self", a -> d(a[0]).isNan()));
    ns.put("is_qnan", fn("is_qnan", "self", a -> d(a[0]).kind == QNAN));
    ns.put("is_snan", fn("is_snan", "self", a -> d(a[0]).kind == SNAN));
    ns.put("is_signed", fn("is_signed", "self", a -> d(a[0]).neg));
    ns.put("is_zero", fn("is_zero", "self", a -> d(a[0]).isZero()));
    ns.put("is_canonical", fn("is_canonical", "self", a -> true));
    ns.put("canonical", fn("canonical", "self", a -> a[0]));
    ns.put("is_normal", fn("is_normal", "self, context=None", a -> d(a[0]).kind == FINITE
        && !d(a[0]).isZero() && d(a[0]).adjusted() >= m.ctxArg(a[1]).emin));
    ns.put("is_subnormal", fn("is_subnormal", "self, context=None", a -> d(a[0]).kind
        == FINITE && !d(a[0]).isZero() && d(a[0]).adjusted() < m.ctxArg(a[1]).emin));
    ns.put("conjugate", fn("conjugate", "self", a -> a[0]));
    ns.put("real", new Descriptors.GetSet("real", o -> o, null));
    ns.put("imag", new Descriptors.GetSet("imag", o -> m.fin(false, BigInteger.ZERO, 0),
        null));
    return PyType.createClass("Decimal", new PyType[0], ns);
  }

  // ------------------------------------------------------------------ Context

  private static Ctx c(Object o) {
    return (Ctx) o;
  }

  private static long intArg(Object v) {
    if (!Arith.isInt(v)) {
      throw Errors.typeError("an integer is required");
    }
    BigInteger b = Arith.big(v);
    return b.bitLength() > 62 ? (b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE)
        : b.longValue();
  }

  private static void setSignals(DecimalImpl m, PyDict target, Object v, String what) {
    if (v instanceof PyDict) {
      for (PyDict.Entry e : ((PyDict) v).entries()) {
        if (!m.impl.signals.containsValue(e.key)) {
          throw Errors.keyError(e.key);
        }
        target.put(e.key, Ops.truth(e.value));
      }
      return;
    }
    for (PyDict.Entry e : target.entries()) {
      target.put(e.key, false);
    }
    for (Object s : Builtins.toArray(v)) {
      if (!m.impl.signals.containsValue(s)) {
        throw Errors.keyError(s);
      }
      target.put(s, true);
    }
  }

  private static PyType contextClass(DecimalImpl m) {
    Map<String, Object> ns = DecimalImpl.newNs();
    ns.put("__new__", new Descriptors.StaticMethod(fn("Context", "cls, *args, **kwargs",
        a -> {
          Ctx t = m.impl.defaultContext;
          Ctx c = t == null ? new Ctx((PyType) a[0], m.impl) : t.copy();
          for (PyDict.Entry e : c.flags.entries()) {
            c.flags.put(e.key, false);
          }
          return c;
        })));
    ns.put("__init__", fn("__init__", "self, prec=None, rounding=None, Emin=None, Emax=None, "
        + "capitals=None, clamp=None, flags=None, traps=None", a -> {
          String[] names = {"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
              "traps"};
          for (int i = 0; i < names.length; i++) {
            if (a[i + 1] != NONE) {
              Ops.setAttr(a[0], names[i], a[i + 1]);
            }
          }
          return NONE;
        }));
    ns.put("prec", new Descriptors.GetSet("prec", o -> c(o).prec, (o, v) -> {
      long p = intArg(v);
      if (p < 1 || p > DecimalModule.MAX_PREC) {
        throw Errors.valueError("valid range for prec is [1, MAX_PREC]");
      }
      c(o).prec = p;
    }));
    ns.put("rounding", new Descriptors.GetSet("rounding",
        o -> DecimalModule.ROUNDINGS[c(o).rounding], (o, v) -> c(o).rounding = roundingStrict(v)));
    ns.put("Emin", new Descriptors.GetSet("Emin", o -> c(o).emin, (o, v) -> {
      long p = intArg(v);
      if (p > 0 || p < DecimalModule.MIN_EMIN) {
        throw Errors.valueError("valid range for Emin is [MIN_EMIN, 0]");
      }
      c(o).emin = p;
    }));
    ns.put("Emax", new Descriptors.GetSet("Emax", o -> c(o).emax, (o, v) -> {
      long p = intArg(v);
      if (p < 0 || p > DecimalModule.MAX_EMAX) {
        throw Errors.valueError("valid range for Emax is [0, MAX_EMAX]");
      }
      c(o).emax = p;
    }));
    ns.put("capitals", new Descriptors.GetSet("capitals", o -> c(o).capitals, (o, v) -> {
      long p = intArg(v);
      if (p != 0 && p != 1) {
        throw Errors.valueError("valid values for capitals are 0 or 1");
      }
      c(o).capitals = p;
    }));
    ns.put("clamp", new Descriptors.GetSet("clamp", o -> c(o).clamp, (o, v) -> {
      long p = intArg(v);
      if (p != 0 && p != 1) {
        throw Errors.valueError("valid values for clamp are 0 or 1");
      }
      c(o).clamp = p;
    }));
    ns.put("flags", new Descriptors.GetSet("flags", o -> c(o).flags,
        (o, v) -> setSignals(m, c(o).flags, v, "flags")));
    ns.put("traps", new Descriptors.GetSet("traps", o -> c(o).traps,
        (o, v) -> setSignals(m, c(o).traps, v, "traps")));
    ns.put("__repr__", fn("__repr__", "self", a -> m.ctxRepr(c(a[0]))));
    ns.put("copy", fn("copy", "self", a -> c(a[0]).copy()));
    ns.put("__copy__", fn("__copy__", "self", a -> c(a[0]).copy()));
    ns.put("clear_flags", fn("clear_flags", "self", a -> {
      c(a[0]).conds.clear();
      for (PyDict.Entry e : c(a[0]).flags.entries()) {
        c(a[0]).flags.put(e.key, false);
      }
      return NONE;
    }));
    ns.put("clear_traps", fn("clear_traps", "self", a -> {
      for (PyDict.Entry e : c(a[0]).traps.entries()) {
        c(a[0]).traps.put(e.key, false);
      }
      return NONE;
    }));
    ns.put("Etiny", fn("Etiny", "self", a -> c(a[0]).etiny()));
    ns.put("Etop", fn("Etop", "self", a -> c(a[0]).etop()));
    ns.put("create_decimal", fn("create_decimal", "self, num='0', /", a -> {
      Dec v = m.construct(a[1], c(a[0]));
      if (v.kind != FINITE) {
        return v.kind == SNAN || v.kind == QNAN ? v : v;
      }
      return m.finish(v.neg, v.coeff, v.exp, c(a[0]));
    }));
    ns.put("create_decimal_from_float", fn("create_decimal_from_float", "self, f, /", a -> {
      Dec v = m.fromDouble(MathModule.dbl(a[1]));
      return v.kind != FINITE ? v : m.finish(v.neg, v.coeff, v.exp, c(a[0]));
    }));
    ctxOp2(ns, m, "add", (x, y, k) -> m.add(x, y, false, k));
    ctxOp2(ns, m, "subtract", (x, y, k) -> m.add(x, y, true, k));
    ctxOp2(ns, m, "multiply", m::mul);
    ctxOp2(ns, m, "divide", m::div);
    ctxOp2(ns, m, "divide_int", (x, y, k) -> m.divmod(x, y, k, true, false)[0]);
    ctxOp2(ns, m, "remainder", (x, y, k) -> m.divmod(x, y, k, false, true)[1]);
    ctxOp2(ns, m, "divmod", (x, y, k) -> {
      Dec[] r = m.divmod(x, y, k, true, true);
      return PyTuple.of(r[0], r[1]);
    });
    ctxOp2(ns, m, "power", (x, y, k) -> m.power(x, y, k));
    ctxOp2(ns, m, "quantize", (x, y, k) -> m.quantize(x, y, k.rounding, k));
    ctxOp2(ns, m, "max", (x, y, k) -> m.maxMin(x, y, k, true));
    ctxOp2(ns, m, "min", (x, y, k) -> m.maxMin(x, y, k, false));
    ctxOp2(ns, m, "compare", (x, y, k) -> {
      Dec n = m.nanResult(k, x, y);
      if (n != null) {
        return n;
      }
      int r = DecimalImpl.cmp(x, y);
      return m.fin(r < 0, BigInteger.valueOf(Math.abs(r)), 0);
    });
    ctxOp1(ns, m, "sqrt", m::sqrt);
    ctxOp1(ns, m, "exp", (x, k) -> DecimalMath.exp(m, x, k));
    ctxOp1(ns, m, "ln", (x, k) -> DecimalMath.ln(m, x, k, false));
    ctxOp1(ns, m, "log10", (x, k) -> DecimalMath.ln(m, x, k, true));
    ctxOp1(ns, m, "normalize", m::normalize);
    ctxOp1(ns, m, "plus", (x, k) -> m.add(m.fin(false, BigInteger.ZERO,
        x.kind == FINITE ? x.exp : 0), x, false, k));
    ctxOp1(ns, m, "minus", (x, k) -> m.add(m.fin(false, BigInteger.ZERO,
        x.kind == FINITE ? x.exp : 0), x, true, k));
    ctxOp1(ns, m, "abs", (x, k) -> m.add(m.fin(false, BigInteger.ZERO,
        x.kind == FINITE ? x.exp : 0), new Dec(m.impl.decType, x.kind, false, x.coeff, x.exp),
        false, k));
    ctxOp1(ns, m, "to_integral_value", (x, k) -> m.toIntegral(x, k.rounding, k, false));
    return PyType.createClass("Context", new PyType[0], ns);
  }

  private static int roundingStrict(Object v) {
    int i = List.of(DecimalModule.ROUNDINGS).indexOf(v);
    if (i < 0) {
      rounding(v, null);
    }
    return i;
  }

  interface Op1 {
    Object apply(Dec a, Ctx ctx);
  }

  private static void ctxOp2(Map<String, Object> ns, DecimalImpl m, String name, Op2 op) {
    ns.put(name, fn(name, "self, a, b, /", a -> op.apply(other(m, a[1]), other(m, a[2]),
        c(a[0]))));
  }

  private static void ctxOp1(Map<String, Object> ns, DecimalImpl m, String name, Op1 op) {
    ns.put(name, fn(name, "self, a, /", a -> op.apply(other(m, a[1]), c(a[0]))));
  }
}
