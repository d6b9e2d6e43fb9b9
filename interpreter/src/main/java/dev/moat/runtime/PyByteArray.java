package dev.moat.runtime;

import java.util.Arrays;

/** Python's {@code bytearray}: a mutable, growable byte buffer. */
public class PyByteArray implements PyObject {
  /** An instance of a script class derived from bytearray. */
  public static final class Sub extends PyByteArray implements BuiltinSubclass {
    private final PyType type;
    private PyDict attrs;

    public Sub(PyType type) {
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

  private static final byte[] NO_BYTES = new byte[0];

  byte[] buf;
  int size;

  public PyByteArray() {
    buf = NO_BYTES;
  }

  /** Takes ownership of the array: all of it is the content. */
  public PyByteArray(byte[] content) {
    buf = content;
    size = content.length;
  }

  /** A bytearray holding a copy of {@code content}. */
  public static PyByteArray copyOf(byte[] content) {
    Budget.reserveMemory(content.length);
    return new PyByteArray(content.clone());
  }

  @Override
  public PyType type() {
    return Types.BYTEARRAY;
  }

  public int length() {
    return size;
  }

  /** The byte at {@code i} (0..size), as an int 0..255. */
  public int get(int i) {
    return buf[i] & 0xff;
  }

  /** A copy of the content, exactly {@link #length()} long. */
  public byte[] toByteArray() {
    MethodSupport.chargeLinear(size);
    return Arrays.copyOf(buf, size);
  }

  /** The backing array: only the first {@link #length()} bytes are content; do not keep it. */
  byte[] backing() {
    return buf;
  }

  /** Makes room for at least {@code n} bytes, reserving the memory first. */
  void ensureCapacity(long n) {
    if (n > buf.length) {
      if (n > Integer.MAX_VALUE - 8) {
        Budget.reserveMemory(n);
        throw Errors.memoryError("");
      }
      long cap = Math.max(n, buf.length + (buf.length >> 1) + 8L);
      cap = Math.min(cap, Integer.MAX_VALUE - 8);
      Budget.reserveMemory(cap);
      buf = Arrays.copyOf(buf, (int) cap);
      if (cap >= Budget.LARGE_CONTAINER) {
        Budget.noteGrowth(this);
      }
    }
  }

  public void append(int b) {
    if (size == buf.length) {
      ensureCapacity(size + 1L);
    }
    buf[size++] = (byte) b;
  }

  public void appendAll(byte[] src, int off, int n) {
    MethodSupport.chargeLinear(n);
    ensureCapacity((long) size + n);
    System.arraycopy(src, off, buf, size, n);
    size += n;
  }

  /** Replaces bytes [from, to) with {@code repl[0..n)}, charging for the bytes moved. */
  public void replaceRange(int from, int to, byte[] repl, int n) {
    MethodSupport.chargeLinear((long) size - to + n);
    long newSize = (long) size - (to - from) + n;
    ensureCapacity(newSize);
    System.arraycopy(buf, to, buf, from + n, size - to);
    System.arraycopy(repl, 0, buf, from, n);
    size = (int) newSize;
    shrinkIfSparse();
  }

  /** Sets the content to {@code content} (copied). */
  public void setContent(byte[] content, int n) {
    if (n > buf.length) {
      ensureCapacity(n);
    }
    System.arraycopy(content, 0, buf, 0, n);
    size = n;
    shrinkIfSparse();
  }

  public void clear() {
    buf = NO_BYTES;
    size = 0;
  }

  private void shrinkIfSparse() {
    if (buf.length > 64 && size < buf.length >> 2) {
      buf = Arrays.copyOf(buf, Math.max(size, 16));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyByteArray && Arrays.equals(buf, 0, size, ((PyByteArray) o).buf, 0,
        ((PyByteArray) o).size);
  }

  @Override
  public int hashCode() {
    throw Errors.typeError("unhashable type: '" + type().name() + "'");
  }

  /**
   * CPython's repr: {@code bytearray(b'...')}, with the class name for subclasses. Unlike bytes'
   * repr, a single quote is escaped even inside double quotes.
   */
  public String repr() {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (int i = 0; i < size; i++) {
      hasSingle |= buf[i] == '\'';
      hasDouble |= buf[i] == '"';
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    if (size > Budget.LARGE_CONTAINER) {
      Budget.reserveMemory(8L * size + 64); // up to 4 chars a byte, 2 bytes a char
      Budget.chargeSteps(size >> 6);
    }
    StringBuilder sb = new StringBuilder(size + 16).append(type().name()).append("(b").append(q);
    for (int i = 0; i < size; i++) {
      int c = buf[i] & 0xff;
      if (c == '\'' || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append("\\x").append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 15, 16));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(q).append(")").toString();
  }
}
