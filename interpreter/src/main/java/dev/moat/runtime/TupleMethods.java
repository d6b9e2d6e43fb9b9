package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.def;
import static dev.moat.runtime.MethodSupport.typeName;

import dev.moat.ast.Ast.BinaryOp;

/** The methods of {@code tuple}. */
final class TupleMethods {
  private TupleMethods() {}

  static void install() {
    PyType t = Types.TUPLE;
    def(t, "index", "self, value, start=0, stop=9223372036854775807, /", a -> {
      long i = ListMethods.seqIndex((PyTuple) a[0], a[1], a[2], a[3]);
      if (i < 0) {
        throw Errors.valueError("tuple.index(x): x not in tuple");
      }
      return i;
    });
    def(t, "count", "self, value, /", a -> ListMethods.count((PyTuple) a[0], a[1]));
    def(t, "__len__", "self", a -> (long) ((PyTuple) a[0]).size());
    def(t, "__getitem__", "self, key, /", a -> Ops.getItemNative(a[0], a[1]));
    def(t, "__contains__", "self, key, /", a -> Items.contains(a[0], a[1]));
    def(t, "__iter__", "self", a -> Ops.iterNative(a[0]));
    def(t, "__add__", "self, value, /", a -> {
      if (!(a[1] instanceof PyTuple)) {
        throw Errors.typeError("can only concatenate tuple (not \"" + typeName(a[1])
            + "\") to tuple");
      }
      return Ops.binary(BinaryOp.ADD, a[0], a[1]);
    });
    def(t, "__mul__", "self, value, /", a -> Sequences.repeat(a[0],
        StrMethods.repeatCount(a[1])));
    def(t, "__rmul__", "self, value, /", a -> Sequences.repeat(a[0],
        StrMethods.repeatCount(a[1])));
    MethodSupport.comparisons(t, o -> o instanceof PyTuple);
    def(t, "__hash__", "self", a -> Ops.hash(a[0]));
    def(t, "__repr__", "self", a -> Ops.reprNative(a[0]));
  }
}
