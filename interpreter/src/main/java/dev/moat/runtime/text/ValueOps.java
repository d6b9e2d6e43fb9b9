package dev.moat.runtime.text;

import java.util.List;

/**
 * Callbacks through which {@link PercentFormat} inspects and converts arbitrary Python objects.
 * Built-in value types (Long, BigInteger, Boolean, Double, String) are mostly handled directly by
 * the formatter; these methods cover everything else.
 */
public interface ValueOps {
  /**
   * @param o an object
   * @return whether {@code o} is a Python tuple (its items are then the arguments)
   */
  boolean isTuple(Object o);

  /**
   * @param tuple an object for which {@link #isTuple} is true
   * @return its items
   */
  List<Object> tupleItems(Object tuple);

  /**
   * Like CPython's {@code PyMapping_Check}: true for dict-like objects (anything with
   * {@code __getitem__} that is not a tuple or str); enables {@code %(name)s} and suppresses
   * the "not all arguments converted" check.
   *
   * @param o an object
   * @return whether {@code o} is a mapping
   */
  boolean isMapping(Object o);

  /**
   * {@code mapping[key]}; throws the Python KeyError (or other error) itself.
   *
   * @param mapping the mapping
   * @param key the key
   * @return the value
   */
  Object getItem(Object mapping, String key);

  /**
   * @param o an object
   * @return {@code str(o)}
   */
  String str(Object o);

  /**
   * @param o an object
   * @return {@code repr(o)}
   */
  String repr(Object o);

  /**
   * @param o an object
   * @return {@code ascii(o)}
   */
  String ascii(Object o);

  /**
   * @param o an object
   * @return the Python type name for error messages, e.g. "str"
   */
  String typeName(Object o);

  /**
   * {@code operator.index(o)}.
   *
   * @param o an object
   * @return a Long/BigInteger for ints, bools and objects with {@code __index__}, else null
   */
  Object toIndexOrNull(Object o);

  /**
   * {@code float(o)} for numbers.
   *
   * @param o an object
   * @return the value for ints, floats and objects with {@code __float__}, else null
   */
  Double toFloatOrNull(Object o);

  /**
   * {@code int(o)} for numbers (used by {@code %d} on non-int objects). The default uses
   * {@link #toIndexOrNull} and then truncates {@link #toFloatOrNull}; override it to support
   * {@code __int__}/{@code __trunc__} exactly.
   *
   * @param o an object that is not a built-in int or float
   * @return a Long/BigInteger, or null when {@code o} is not a real number
   */
  default Object toIntOrNull(Object o) {
    Object i = toIndexOrNull(o);
    if (i != null) {
      return i;
    }
    Double d = toFloatOrNull(o);
    return d == null ? null : PercentFormat.truncate(d);
  }
}
