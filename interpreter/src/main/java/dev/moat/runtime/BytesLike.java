package dev.moat.runtime;

/**
 * Bytes-like objects ({@code bytes} and {@code bytearray}, including subclasses): the one
 * place that knows which values count, for built-ins and library modules that take binary data.
 */
public final class BytesLike {
  private BytesLike() {}

  /** True for bytes and bytearray values. */
  public static boolean check(Object o) {
    return o instanceof PyBytes || o instanceof PyByteArray;
  }

  /**
   * The content of a bytes-like value, or null for anything else. For bytes this is the backing
   * array itself and for bytearray a snapshot copy: either way the caller must not modify it.
   */
  public static byte[] bytesOrNull(Object o) {
    if (o instanceof PyBytes) {
      return ((PyBytes) o).bytes;
    }
    if (o instanceof PyByteArray) {
      return ((PyByteArray) o).toByteArray();
    }
    return null;
  }

  /**
   * The content of a bytes-like value (see {@link #bytesOrNull}), else CPython's TypeError
   * "a bytes-like object is required, not 'T'".
   */
  public static byte[] bytes(Object o) {
    byte[] b = bytesOrNull(o);
    if (b == null) {
      throw required(o);
    }
    return b;
  }

  /** The length of a bytes-like value, without copying it. */
  public static int length(Object o) {
    return o instanceof PyBytes ? ((PyBytes) o).bytes.length : ((PyByteArray) o).size;
  }

  /** CPython's TypeError for a value that is not bytes-like. */
  public static PyException required(Object o) {
    return Errors.typeError("a bytes-like object is required, not '" + Types.typeName(o) + "'");
  }
}
