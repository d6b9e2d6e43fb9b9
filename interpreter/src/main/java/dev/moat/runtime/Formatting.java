package dev.moat.runtime;

import dev.moat.runtime.text.FormatSpec;
import dev.moat.runtime.text.NumberFormat;
import dev.moat.runtime.text.PercentFormat;
import dev.moat.runtime.text.ValueOps;
import java.util.List;

/** Connects the text-formatting code to the object model: {@code format()}, {@code %}. */
public final class Formatting {
  private Formatting() {}

  private static final ValueOps OPS = new ValueOps() {
    @Override
    public boolean isTuple(Object o) {
      return o instanceof PyTuple;
    }

    @Override
    public List<Object> tupleItems(Object tuple) {
      return (PyTuple) tuple;
    }

    @Override
    public boolean isMapping(Object o) {
      return o instanceof PyDict
          || (!(o instanceof PyTuple) && !(o instanceof String)
              && Types.typeOf(o).lookup("__getitem__") != null);
    }

    @Override
    public Object getItem(Object mapping, String key) {
      return Ops.getItem(mapping, key);
    }

    @Override
    public String str(Object o) {
      return Ops.str(o);
    }

    @Override
    public String repr(Object o) {
      return Ops.repr(o);
    }

    @Override
    public String ascii(Object o) {
      return Ops.ascii(o);
    }

    @Override
    public String typeName(Object o) {
      return Types.typeName(o);
    }

    @Override
    public Object toIndexOrNull(Object o) {
      return Ops.indexOrNull(o);
    }

    @Override
    public Double toFloatOrNull(Object o) {
      return Ops.floatOrNull(o);
    }
  };

  /** {@code fmt % args}. */
  public static String percent(String fmt, Object args) {
    return PercentFormat.format(fmt, args, OPS);
  }

  /** {@code format(value, spec)}. */
  public static String format(Object value, String spec) {
    if (value instanceof String) {
      return spec.isEmpty() ? (String) value : NumberFormat.formatStr((String) value,
          FormatSpec.parse(spec));
    }
    if (value instanceof Long || value instanceof java.math.BigInteger
        || value instanceof Boolean) {
      if (spec.isEmpty()) {
        return Ops.str(value);
      }
      return NumberFormat.formatInt(value, FormatSpec.parse(spec));
    }
    if (value instanceof Double) {
      return NumberFormat.formatFloat((Double) value, FormatSpec.parse(spec));
    }
    if (value instanceof PyComplex) {
      return ComplexMethods.format((PyComplex) value, spec);
    }
    Object m = Types.typeOf(value).lookup("__format__");
    if (Ops.isOverride(m)) {
      Object r = Ops.call(m, new Object[] {value, spec}, null);
      if (!(r instanceof String)) {
        throw Errors.typeError("__format__ must return a str, not " + Types.typeName(r));
      }
      return (String) r;
    }
    if (value instanceof ValueSubclass && !spec.isEmpty()) {
      return format(((ValueSubclass) value).value(), spec);
    }
    if (!spec.isEmpty()) {
      throw Errors.typeError("unsupported format string passed to " + Types.typeName(value)
          + ".__format__");
    }
    return Ops.str(value);
  }
}
