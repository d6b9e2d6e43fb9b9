package dev.moat.runtime;

import java.util.Arrays;

/** Python's {@code bytes}: an immutable byte string. */
public class PyBytes implements PyObject {
  /** An instance of a script class derived from bytes. */
  public static final class Sub extends PyBytes implements BuiltinSubclass {
    private final PyType type;
    private PyDict attrs;

    public Sub(PyType type, byte[] bytes) {
      super(bytes);
      this.type = type;
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict attributes() {
      if (attrs == null) {
        attrs = new PyDict();
      }
      return attrs;
    }
  }

  public static final PyBytes EMPTY = new PyBytes(new byte[0]);

  final byte[] bytes;

  /** Wraps without copying; the caller must not change the array afterwards. */
  public PyBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public PyType type() {
    return Types.BYTES;
  }

  /** The backing array; do not modify. */
  public byte[] array() {
    return bytes;
  }

  public int length() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyBytes && Arrays.equals(bytes, ((PyBytes) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** CPython's repr: {@code b'...'} with escapes. */
  public String repr() {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : bytes) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder(bytes.length + 3).append('b').append(q);
    for (byte x : bytes) {
      int c = x & 0xff;
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(q).toString();
  }
}
