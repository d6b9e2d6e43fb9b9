package dev.moat.stdlib;

import dev.moat.ast.Ast.BinaryOp;
import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyIterator;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySingleton;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.runtime.ValueSubclass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongBinaryOperator;

/**
 * {@code enum.Flag}: an enum whose members hold int bit masks. Combinations made with
 * {@code | & ^ ~} or by calling the class with an int are pseudo-members, made on first use and
 * kept in the class's value map so that equal combinations are the same object.
 */
final class FlagSupport {
  private FlagSupport() {}

  static boolean isSingleBit(Object v) {
    return Boolean.TRUE.equals(v)
        || v instanceof Long && (Long) v > 0 && Long.bitCount((Long) v) == 1;
  }

  private static long valueOf(Object member) {
    Object v = EnumModule.attr(member, "_value_");
    return v instanceof Long ? (Long) v : Boolean.TRUE.equals(v) ? 1L : 0L;
  }

  static PyException tooWide() {
    return Errors.overflowError("Flag values wider than 63 bits are not supported");
  }

  /** Refuses member values a flag cannot combine, at class creation as CPython does. */
  static void checkValue(Object v) {
    if (v instanceof Long || v instanceof Boolean) {
      return;
    }
    if (v instanceof java.math.BigInteger) {
      throw tooWide();
    }
    throw Errors.typeError("unsupported operand type(s) for |=: 'int' and '"
        + Types.typeOf(v).name() + "'");
  }

  /** The union of every member's value (aliases included). */
  private static long flagMask(PyType cls) {
    Budget.chargeSteps(EnumModule.memberMap(cls).size());
    long mask = 0;
    for (PyDict.Entry e : EnumModule.memberMap(cls).entries()) {
      mask |= valueOf(e.value);
    }
    return mask;
  }

  /** Single-bit members of the class, in definition order. */
  private static List<Object> singles(PyType cls) {
    Budget.chargeSteps(EnumModule.memberMap(cls).size());
    List<Object> out = new ArrayList<>();
    for (PyDict.Entry e : EnumModule.memberMap(cls).entries()) {
      Object v = EnumModule.attr(e.value, "_value_");
      if (isSingleBit(v) && EnumModule.attr(e.value, "_name_").equals(e.key)) {
        out.add(e.value);
      }
    }
    return out;
  }

  private static PyDict valueMap(PyType cls) {
    Object m = cls.lookup("_value2member_map_");
    if (!(m instanceof PyDict)) {
      m = new PyDict();
      cls.setAttribute("_value2member_map_", m);
    }
    return (PyDict) m;
  }

  /** The member or (cached) pseudo-member of {@code cls} for a valid value. */
  private static Object memberFor(PyType cls, long value) {
    PyDict byValue = valueMap(cls);
    Object found = byValue.get(value);
    if (found != null) {
      return found;
    }
    List<String> names = new ArrayList<>();
    long covered = 0;
    for (Object m : singles(cls)) {
      if ((valueOf(m) & value) != 0) {
        names.add((String) EnumModule.attr(m, "_name_"));
        covered |= valueOf(m);
      }
    }
    boolean intFlag = cls.isSubtypeOf(Types.INT);
    if (intFlag && !names.isEmpty() && (value & ~covered) != 0) {
      names.add(Long.toString(value & ~covered)); // an IntFlag keeps bits no member names
    }
    Object pseudo = intFlag ? new ValueSubclass(cls, value) : cls.newInstance();
    PyDict attrs = EnumModule.ownDict(pseudo);
    attrs.put("_name_", names.isEmpty() ? PyNone.NONE : String.join("|", names));
    attrs.put("_value_", value);
    byValue.put(value, pseudo);
    return pseudo;
  }

  private static int bitLength(long v) {
    return 64 - Long.numberOfLeadingZeros(v < 0 ? ~v : v);
  }

  /** A value shown as CPython's flag errors do: sign bit, a space, then the bits. */
  private static String bits(long v, int width) {
    StringBuilder sb = new StringBuilder("0b").append(v < 0 ? '1' : '0').append(' ');
    for (int i = width - 1; i >= 0; i--) {
      sb.append((v >>> i & 1) == 1 ? '1' : '0');
    }
    return sb.toString();
  }

  private static Object lookup(PyType cls, Object arg) {
    if (Types.typeOf(arg).isSubtypeOf(cls)) {
      return arg;
    }
    Object found = valueMap(cls).get(arg);
    if (found != null) {
      return found;
    }
    if (!(arg instanceof Long)) {
      throw Errors.valueError(Ops.repr(arg) + " is not a valid " + cls.qualname());
    }
    long given = (Long) arg;
    long mask = flagMask(cls);
    int maskBits = bitLength(mask);
    long value = given;
    if (value < 0) {
      value = (1L << maskBits) + value;
    }
    if (cls.isSubtypeOf(Types.INT) && value >= 0) {
      return memberFor(cls, value); // an IntFlag keeps any bits (CPython's KEEP boundary)
    }
    if (value < 0 || (value & ~mask) != 0) {
      int width = Math.max(bitLength(given), maskBits);
      throw Errors.valueError("<flag '" + cls.name() + "'> invalid value " + given
          + "\n    given " + bits(given, width) + "\n  allowed " + bits(mask, width));
    }
    return memberFor(cls, value);
  }

  private static BuiltinFunction binary(String name, LongBinaryOperator op) {
    return BuiltinFunction.of(name, "self, other", a -> {
      PyType cls = Types.typeOf(a[0]);
      long other;
      if (Types.typeOf(a[1]).isSubtypeOf(cls)) {
        other = valueOf(a[1]);
      } else if (cls.isSubtypeOf(Types.INT) && a[1] instanceof Long && (Long) a[1] >= 0) {
        other = (Long) a[1]; // IntFlag combines with plain ints
      } else if (cls.isSubtypeOf(Types.INT) && Types.isInstance(a[1], Types.INT)) {
        return Ops.binary(binaryOp(name), ValueSubclass.unwrap(a[0]), a[1]);
      } else {
        return PySingleton.NOT_IMPLEMENTED;
      }
      return memberFor(cls, op.applyAsLong(valueOf(a[0]), other));
    });
  }

  private static BinaryOp binaryOp(String dunder) {
    return dunder.endsWith("xor__") ? BinaryOp.BITXOR
        : dunder.endsWith("and__") ? BinaryOp.BITAND : BinaryOp.BITOR;
  }

  static PyType create(PyType enumBase, Map<String, Object> ns) {
    flagMethods(ns);
    ns.put("__contains__", BuiltinFunction.of("__contains__", "self, other", a -> {
      PyType cls = Types.typeOf(a[0]);
      if (!Types.typeOf(a[1]).isSubtypeOf(cls)) {
        throw Errors.typeError("unsupported operand type(s) for 'in': '"
            + Types.typeOf(a[1]).name() + "' and '" + cls.name() + "'");
      }
      long other = valueOf(a[1]);
      return (valueOf(a[0]) & other) == other;
    }));
    ns.put("__iter__", BuiltinFunction.of("__iter__", "self", a -> {
      long v = valueOf(a[0]);
      List<Object> out = new ArrayList<>();
      for (Object m : singles(Types.typeOf(a[0]))) {
        if ((valueOf(m) & v) != 0) {
          out.add(m);
        }
      }
      return PyIterator.of(out.toArray(), PyIterator.LIST_ITERATOR);
    }));
    ns.put("__len__", BuiltinFunction.of("__len__", "self",
        a -> (long) Long.bitCount(valueOf(a[0]))));
    ns.put("__bool__", BuiltinFunction.of("__bool__", "self", a -> valueOf(a[0]) != 0));
    ns.put("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
      Object n = EnumModule.attr(a[0], "_name_");
      String cls = Types.typeOf(a[0]).name();
      Object v = EnumModule.attr(a[0], "_value_");
      return n == PyNone.NONE ? "<" + cls + ": " + Ops.repr(v) + ">"
          : "<" + cls + "." + n + ": " + Ops.repr(v) + ">";
    }));
    ns.put("__str__", BuiltinFunction.of("__str__", "self", a -> {
      Object n = EnumModule.attr(a[0], "_name_");
      String cls = Types.typeOf(a[0]).name();
      return n == PyNone.NONE ? cls + "(" + Ops.repr(EnumModule.attr(a[0], "_value_")) + ")"
          : cls + "." + n;
    }));
    return PyType.createClass("Flag", new PyType[] {enumBase}, ns);
  }

  /**
   * The methods a flag class needs ahead of a mixed-in int in the MRO: member lookup and the
   * bitwise operators.
   */
  static void flagMethods(Map<String, Object> ns) {
    ns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("__new__",
        "cls, value", a -> lookup((PyType) a[0], a[1]))));
    for (String op : new String[] {"or", "and", "xor"}) {
      LongBinaryOperator f = op.equals("or") ? (x, y) -> x | y
          : op.equals("and") ? (x, y) -> x & y : (x, y) -> x ^ y;
      ns.put("__" + op + "__", binary("__" + op + "__", f));
      ns.put("__r" + op + "__", binary("__r" + op + "__", f));
    }
    ns.put("__invert__", BuiltinFunction.of("__invert__", "self", a -> {
      PyType cls = Types.typeOf(a[0]);
      return memberFor(cls, flagMask(cls) & ~valueOf(a[0]));
    }));
  }
}
