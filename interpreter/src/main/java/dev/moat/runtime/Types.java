package dev.moat.runtime;

import java.math.BigInteger;

/**
 * The built-in types, shared (immutably) by all interpreters, and {@link #typeOf}, which maps
 * every value (Java-native or not) to its Python type.
 */
public final class Types {
  private Types() {}

  public static final PyType OBJECT = new PyType("object", null);
  public static final PyType TYPE = new PyType("type", OBJECT);
  public static final PyType NONE_TYPE = new PyType("NoneType", OBJECT);
  public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", OBJECT);
  public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", OBJECT);
  public static final PyType INT = new PyType("int", OBJECT);
  public static final PyType BOOL = new PyType("bool", INT);
  public static final PyType FLOAT = new PyType("float", OBJECT);
  public static final PyType COMPLEX = new PyType("complex", OBJECT);
  public static final PyType STR = new PyType("str", OBJECT);
  public static final PyType BYTES = new PyType("bytes", OBJECT);
  public static final PyType BYTEARRAY = new PyType("bytearray", OBJECT);
  public static final PyType LIST = new PyType("list", OBJECT);
  public static final PyType TUPLE = new PyType("tuple", OBJECT);
  public static final PyType DICT = new PyType("dict", OBJECT);
  public static final PyType SET = new PyType("set", OBJECT);
  public static final PyType FROZENSET = new PyType("frozenset", OBJECT);
  public static final PyType RANGE = new PyType("range", OBJECT);
  public static final PyType SLICE = new PyType("slice", OBJECT);
  public static final PyType FUNCTION = new PyType("function", OBJECT);
  public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", OBJECT);
  public static final PyType METHOD = new PyType("method", OBJECT);
  public static final PyType PROPERTY = new PyType("property", OBJECT);
  public static final PyType STATICMETHOD = new PyType("staticmethod", OBJECT);
  public static final PyType CLASSMETHOD = new PyType("classmethod", OBJECT);
  public static final PyType SUPER = new PyType("super", OBJECT);
  public static final PyType CELL = new PyType("cell", OBJECT);
  public static final PyType MODULE = new PyType("module", OBJECT);
  public static final PyType DICT_KEYS = new PyType("dict_keys", OBJECT);
  public static final PyType DICT_VALUES = new PyType("dict_values", OBJECT);
  public static final PyType DICT_ITEMS = new PyType("dict_items", OBJECT);

  /** The Python type of any value. */
  public static PyType typeOf(Object o) {
    if (o instanceof PyObject) {
      return ((PyObject) o).type();
    }
    if (o instanceof String) {
      return STR;
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return INT;
    }
    if (o instanceof Double) {
      return FLOAT;
    }
    if (o instanceof Boolean) {
      return BOOL;
    }
    throw new IllegalStateException("not a Python value: " + (o == null ? "null" : "foreign"));
  }

  /** The Python type name of a value, as used in error messages. */
  public static String typeName(Object o) {
    return typeOf(o).typeName();
  }

  /** True if {@code o} is an instance of {@code t} (or of a subclass). */
  public static boolean isInstance(Object o, PyType t) {
    return typeOf(o).isSubtypeOf(t);
  }

  static {
    OBJECT.setInstanceFactory(PyInstance::new);
    LIST.setInstanceFactory(PyList.Sub::new);
    DICT.setInstanceFactory(PyDict.Sub::new);
    BYTEARRAY.setInstanceFactory(PyByteArray.Sub::new);
    SET.setInstanceFactory(PySet.Sub::new);
    FROZENSET.setInstanceFactory(PySet.Sub::new);
    BYTES.setInstanceFactory(t -> new PyBytes.Sub(t, new byte[0]));
    INT.setInstanceFactory(t -> new ValueSubclass(t, 0L));
    FLOAT.setInstanceFactory(t -> new ValueSubclass(t, 0.0));
    STR.setInstanceFactory(t -> new ValueSubclass(t, ""));
    COMPLEX.setInstanceFactory(t -> new ValueSubclass(t, new PyComplex(0.0, 0.0)));
    COMPLEX.setHoldsPlainValues();
    INT.setHoldsPlainValues();
    FLOAT.setHoldsPlainValues();
    STR.setHoldsPlainValues();
    TYPE.setInstanceFactory(t -> {
      throw Errors.typeError("metaclasses are not supported");
    });
    for (PyType t : new PyType[] {NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, BOOL, RANGE,
        SLICE, FUNCTION, BUILTIN_FUNCTION, METHOD, CELL, DICT_KEYS, DICT_VALUES, DICT_ITEMS,
        MODULE, SUPER,
        STATICMETHOD, CLASSMETHOD, PROPERTY}) {
      t.setSubclassable(false);
    }
  }
}
