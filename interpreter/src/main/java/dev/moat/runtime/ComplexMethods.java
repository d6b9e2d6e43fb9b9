package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.def;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.ast.Ast.CmpOp;
import dev.moat.runtime.text.NumberFormat;

/** The constructor and methods of {@code complex}. */
final class ComplexMethods {
  private ComplexMethods() {}

  static void install() {
    PyType t = Types.COMPLEX;
    // member descriptors in CPython: their own message on assignment
    t.define("real", new Descriptors.GetSet("real", v -> cpx(v).real, ComplexMethods::readOnly));
    t.define("imag", new Descriptors.GetSet("imag", v -> cpx(v).imag, ComplexMethods::readOnly));
    def(t, "conjugate", "self", a -> new PyComplex(cpx(a[0]).real, -cpx(a[0]).imag));
    def(t, "__complex__", "self", a -> a[0]);
    def(t, "__getnewargs__", "self", a -> PyTuple.of(cpx(a[0]).real, cpx(a[0]).imag));
    def(t, "__abs__", "self", a -> ComplexMath.abs(cpx(a[0])));
    def(t, "__bool__", "self", a -> Ops.truth(a[0]));
    def(t, "__neg__", "self", a -> Arith.negate(a[0]));
    def(t, "__pos__", "self", a -> a[0]);
    def(t, "__hash__", "self", a -> ComplexMath.hash(cpx(a[0])));
    def(t, "__repr__", "self", a -> ComplexMath.repr(cpx(a[0])));
    def(t, "__str__", "self", a -> ComplexMath.repr(cpx(a[0])));
    def(t, "__format__", "self, format_spec, /", a -> {
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("complex.__format__() argument must be str, not "
            + Types.typeName(a[1]));
      }
      return format(cpx(a[0]), (String) a[1]);
    });
    CmpOp[] ops = {CmpOp.EQ, CmpOp.NOTEQ, CmpOp.LT, CmpOp.LTE, CmpOp.GT, CmpOp.GTE};
    String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    for (int i = 0; i < ops.length; i++) {
      CmpOp op = ops[i];
      def(t, names[i], "self, value, /", a -> ComplexMath.compare(cpx(a[0]), a[1], op));
    }
    String[] arith = {"add", "sub", "mul", "truediv"};
    BinaryOp[] arithOps = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MULT, BinaryOp.DIV};
    for (int i = 0; i < arith.length; i++) {
      BinaryOp op = arithOps[i];
      def(t, "__" + arith[i] + "__", "self, value, /", a -> ComplexMath.binary(op, a[0], a[1]));
      def(t, "__r" + arith[i] + "__", "self, value, /", a -> ComplexMath.binary(op, a[1], a[0]));
    }
    def(t, "__pow__", "self, value, mod=None, /", a -> pow(a[0], a[1], a[2]));
    def(t, "__rpow__", "self, value, mod=None, /", a -> pow(a[1], a[0], a[2]));
  }

  private static void readOnly(Object self, Object value) {
    throw Errors.attributeError("readonly attribute");
  }

  private static PyComplex cpx(Object v) {
    return (PyComplex) ValueSubclass.unwrap(v);
  }

  private static Object pow(Object base, Object exp, Object mod) {
    if (mod != NONE) {
      throw Errors.valueError("complex modulo");
    }
    return ComplexMath.binary(BinaryOp.POW, base, exp);
  }

  /** {@code format(z, spec)}. */
  static String format(PyComplex z, String spec) {
    if (spec.isEmpty()) {
      return ComplexMath.repr(z);
    }
    return NumberFormat.formatComplex(z.real, z.imag, spec);
  }

  // ---------------------------------------------------------------- constructor

  /** {@code complex(*args, **kwargs)}: binds {@code real=0, imag=0} with CPython's messages. */
  static Object construct(PyTuple args, PyDict kwargs) {
    int n = args.size();
    if (n + kwargs.size() > 2) {
      throw Errors.typeError("complex() takes at most 2 arguments (" + (n + kwargs.size())
          + " given)");
    }
    Object[] bound = {Signature.MISSING, Signature.MISSING};
    for (int k = 0; k < n; k++) {
      bound[k] = args.get(k);
    }
    for (PyDict.Entry e : kwargs.entries()) {
      String name = (String) e.key;
      int k = name.equals("real") ? 0 : name.equals("imag") ? 1 : -1;
      if (k < 0) {
        throw Errors.typeError("'" + name + "' is an invalid keyword argument for complex()");
      }
      if (k < n) {
        throw Errors.typeError("argument for complex() given by name ('" + name
            + "') and position (" + (k + 1) + ")");
      }
      bound[k] = e.value;
    }
    return construct(bound[0], bound[1]);
  }

  /** {@code complex(real=0, imag=0)}, CPython 3.11's rules and messages. */
  static Object construct(Object r, Object i) {
    boolean noImag = i == Signature.MISSING;
    if (r == Signature.MISSING) {
      r = 0L;
    }
    if (r instanceof PyComplex && noImag) {
      return r;
    }
    Object rs = ValueSubclass.unwrapStr(r);
    if (rs instanceof String) {
      if (!noImag) {
        throw Errors.typeError("complex() can't take second arg if first is a string");
      }
      return ComplexMath.parse((String) rs);
    }
    if (!noImag && ValueSubclass.unwrapStr(i) instanceof String) {
      throw Errors.typeError("complex() second arg can't be a string");
    }
    Object special = complexSpecial(r);
    if (special != null) {
      r = special;
    }
    if (!isNumber(r)) {
      throw Errors.typeError("complex() first argument must be a string or a number, not '"
          + Types.typeName(r) + "'");
    }
    if (!noImag && !isNumber(i)) {
      throw Errors.typeError("complex() second argument must be a number, not '"
          + Types.typeName(i) + "'");
    }
    double re;
    double im;
    boolean realIsComplex = false;
    if (ValueSubclass.unwrap(r) instanceof PyComplex) {
      PyComplex c = cpx(r);
      re = c.real;
      im = c.imag;
      realIsComplex = true;
    } else {
      re = ComplexMath.toDouble(r);
      im = 0.0;
    }
    double imRe;
    if (noImag) {
      imRe = im;
    } else if (ValueSubclass.unwrap(i) instanceof PyComplex) {
      PyComplex c = cpx(i);
      imRe = c.real;
      re -= c.imag;
    } else {
      imRe = ComplexMath.toDouble(i);
    }
    if (realIsComplex && !noImag) {
      imRe += im;
    }
    return new PyComplex(re, imRe);
  }

  /** The result of a script-defined {@code __complex__}, or null when there is none. */
  static Object complexSpecial(Object o) {
    if (!(o instanceof PyInstance) && !(o instanceof ValueSubclass)) {
      return null;
    }
    Object m = ((PyObject) o).type().lookup("__complex__");
    if (m == null || !Ops.isOverride(m)) {
      return null;
    }
    Object r = Ops.callMethod(m, o);
    if (!(ValueSubclass.unwrap(r) instanceof PyComplex)) {
      throw Errors.typeError("__complex__ returned non-complex (type " + Types.typeName(r)
          + ")");
    }
    return ValueSubclass.unwrap(r);
  }

  private static boolean isNumber(Object o) {
    Object v = ValueSubclass.unwrap(o);
    if (v instanceof PyComplex || v instanceof Double || Arith.isInt(v)) {
      return true;
    }
    if (o instanceof PyInstance) {
      PyType t = ((PyInstance) o).type();
      return t.lookup("__float__") != null || t.lookup("__index__") != null;
    }
    return false;
  }
}
