package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.BytesLike;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Str;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code io}, the in-memory part: {@code StringIO} (with CPython's newline handling)
 * and {@code BytesIO}, the abstract {@code IOBase}/{@code TextIOBase}/{@code BufferedIOBase}/
 * {@code RawIOBase} classes and {@code UnsupportedOperation}. No files: {@code open} does not
 * exist. Buffer growth is checked against the memory budget and copying charges steps.
 */
public final class IoModule implements ModuleProvider {
  private static final Object NONE = PyNone.NONE;

  @Override
  public Set<String> moduleNames() {
    return Set.of("io");
  }

  private static BuiltinFunction fn(String name, String params, BuiltinFunction.Body body) {
    return BuiltinFunction.of(name, params, body);
  }

  private static Map<String, Object> ns(String module) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("__module__", module);
    return m;
  }

  private static PyException unsupported(PyType unsup, String what) {
    return new PyException((dev.moat.runtime.PyBaseException) Ops.call(unsup,
        new Object[] {what}, null));
  }

  static PyException closedError(boolean period) {
    return Errors.valueError("I/O operation on closed file" + (period ? "." : ""));
  }

  /** A size argument: None or negative means "all"; -1 is returned for that. */
  private static long sizeArg(Object o) {
    if (o == NONE) {
      return -1;
    }
    Object i = Ops.indexOrNull(o);
    if (i == null) {
      throw Errors.typeError("argument should be integer or None, not '" + Types.typeName(o)
          + "'");
    }
    return i instanceof Long ? Math.max(-1, (Long) i)
        : ((java.math.BigInteger) i).signum() < 0 ? -1 : Long.MAX_VALUE;
  }

  private static long indexArg(Object o) {
    return Ops.asIndex(o, "'" + Types.typeName(o) + "' object cannot be interpreted as an"
        + " integer");
  }

  private static PyType newType(Object o, String name) {
    if (!(o instanceof PyType)) {
      throw Errors.typeError(name + ".__new__(X): X is not a type object ("
          + Types.typeName(o) + ")");
    }
    return (PyType) o;
  }

  private static void chargeCopy(long n) {
    Budget.chargeSteps(1 + (n >> 6));
  }

  // ---------------------------------------------------------------- StringIO

  static final class TextBuffer extends PyInstance {
    StringBuilder buf = new StringBuilder();
    /** Position in code points. */
    long pos;
    boolean closed;
    boolean bmp = true;
    boolean initialized;
    /** newline argument: null for None. */
    String newline = "\n";
    boolean universal;
    boolean translate;
    String writenl;

    TextBuffer(PyType t) {
      super(t);
    }

    int cpLength() {
      return bmp ? buf.length() : buf.codePointCount(0, buf.length());
    }

    int offset(long cp) {
      return bmp ? (int) cp : buf.offsetByCodePoints(0, (int) cp);
    }

    void check() {
      if (!initialized) {
        throw Errors.valueError("I/O operation on uninitialized object");
      }
      if (closed) {
        throw closedError(false);
      }
    }

    long write(String s) {
      check();
      long n = Str.length(s);
      if (universal && translate) {
        s = s.replace("\r\n", "\n").replace('\r', '\n');
      }
      if (writenl != null) {
        s = s.replace("\n", writenl);
      }
      if (s.isEmpty()) {
        return n;
      }
      if (bmp && !Str.isBmp(s)) {
        bmp = false;
      }
      int len = cpLength();
      long slen = Str.length(s);
      long end = Math.max(len, pos + slen);
      Budget.reserveMemory(2 * (end + 16));
      chargeCopy(s.length());
      if (pos > len) {
        buf.append("\0".repeat((int) (pos - len)));
        len = (int) pos;
      }
      int start = offset(pos);
      if (pos == len) {
        buf.append(s);
      } else {
        int stop = pos + slen >= len ? buf.length() : offset(pos + slen);
        buf.replace(start, stop, s);
      }
      pos += slen;
      return n;
    }

    String read(long size) {
      check();
      int len = cpLength();
      if (pos >= len) {
        return "";
      }
      long end = size < 0 ? len : Math.min(len, pos + size);
      String r = buf.substring(offset(pos), offset(end));
      chargeCopy(r.length());
      pos = end;
      return r;
    }

    String readline(long limit) {
      check();
      int len = cpLength();
      if (pos >= len) {
        return "";
      }
      int start = offset(pos);
      int end = buf.length();
      if (universal) {
        for (int i = start; i < buf.length(); i++) {
          char c = buf.charAt(i);
          if (c == '\n') {
            end = i + 1;
            break;
          }
          if (c == '\r' && !translate) {
            end = i + 1 < buf.length() && buf.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            break;
          }
        }
      } else {
        int at = buf.indexOf(newline, start);
        if (at >= 0) {
          end = at + newline.length();
        }
      }
      String line = buf.substring(start, end);
      if (limit >= 0 && Str.length(line) > limit) {
        line = bmp ? line.substring(0, (int) limit)
            : line.substring(0, line.offsetByCodePoints(0, (int) limit));
      }
      chargeCopy(line.length());
      pos += Str.length(line);
      return line;
    }
  }

  private static TextBuffer text(Object o, String method) {
    if (o instanceof TextBuffer) {
      return (TextBuffer) o;
    }
    throw Errors.typeError("descriptor '" + method + "' for '_io.StringIO' objects doesn't apply"
        + " to a '" + Types.typeName(o) + "' object");
  }

  private static Map<String, Object> stringIoMethods() {
    Map<String, Object> m = ns("_io");
    m.put("__new__", new Descriptors.StaticMethod(fn("__new__", "cls, *args, **kwargs",
        a -> new TextBuffer(newType(a[0], "StringIO")))));
    m.put("__init__", fn("__init__", "self, initial_value='', newline=?", a -> {
      TextBuffer t = text(a[0], "__init__");
      Object nl = a[2] == dev.moat.runtime.Signature.MISSING ? "\n" : a[2];
      if (nl != NONE && !(nl instanceof String)) {
        throw Errors.typeError("newline must be str or None, not " + Types.typeName(nl));
      }
      if (nl instanceof String && !Set.of("", "\n", "\r", "\r\n").contains(nl)) {
        throw Errors.valueError("illegal newline value: " + Ops.repr(nl));
      }
      Object init = a[1];
      if (init != NONE && !(init instanceof String)) {
        throw Errors.typeError("initial_value must be str or None, not "
            + Types.typeName(init));
      }
      t.newline = nl == NONE ? null : (String) nl;
      t.universal = nl == NONE || ((String) nl).isEmpty();
      t.translate = nl == NONE;
      t.writenl = nl instanceof String && ((String) nl).startsWith("\r") ? (String) nl : null;
      t.buf = new StringBuilder();
      t.bmp = true;
      t.pos = 0;
      t.closed = false;
      t.initialized = true;
      if (init instanceof String && !((String) init).isEmpty()) {
        t.write((String) init);
        t.pos = 0;
      }
      return NONE;
    }));
    m.put("getvalue", fn("getvalue", "self", a -> {
      TextBuffer t = text(a[0], "getvalue");
      t.check();
      chargeCopy(t.buf.length());
      return t.buf.toString();
    }));
    m.put("write", fn("write", "self, s, /", a -> {
      TextBuffer t = text(a[0], "write");
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("string argument expected, got '" + Types.typeName(a[1]) + "'");
      }
      return t.write((String) a[1]);
    }));
    m.put("read", fn("read", "self, size=-1, /", a -> text(a[0], "read").read(sizeArg(a[1]))));
    BuiltinFunction ownReadline = fn("readline", "self, size=-1, /",
        a -> text(a[0], "readline").readline(sizeArg(a[1])));
    m.put("readline", ownReadline);
    m.put("tell", fn("tell", "self", a -> {
      TextBuffer t = text(a[0], "tell");
      t.check();
      return t.pos;
    }));
    m.put("seek", fn("seek", "self, pos, whence=0, /", a -> {
      TextBuffer t = text(a[0], "seek");
      long pos = indexArg(a[1]);
      long whence = indexArg(a[2]);
      t.check();
      if (whence != 0 && whence != 1 && whence != 2) {
        throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
      }
      if (pos < 0 && whence == 0) {
        throw Errors.valueError("Negative seek position " + pos);
      }
      if (whence != 0 && pos != 0) {
        throw Errors.of(ExceptionTypes.OS_ERROR, "Can't do nonzero cur-relative seeks");
      }
      if (whence == 2) {
        t.pos = t.cpLength();
      } else if (whence == 0) {
        t.pos = pos;
      }
      return t.pos;
    }));
    m.put("truncate", fn("truncate", "self, pos=None, /", a -> {
      TextBuffer t = text(a[0], "truncate");
      t.check();
      long size = a[1] == NONE ? t.pos : indexArg(a[1]);
      if (size < 0) {
        throw Errors.valueError("Negative size value " + size);
      }
      if (size < t.cpLength()) {
        t.buf.setLength(t.offset(size));
      }
      return size;
    }));
    m.put("close", fn("close", "self", a -> {
      TextBuffer t = text(a[0], "close");
      t.closed = true;
      t.buf = new StringBuilder();
      return NONE;
    }));
    m.put("closed", new Descriptors.GetSet("closed", o -> {
      TextBuffer t = text(o, "closed");
      if (!t.initialized) {
        throw Errors.valueError("I/O operation on uninitialized object");
      }
      return t.closed;
    }, null));
    m.put("flush", fn("flush", "self", a -> NONE));
    m.put("line_buffering", new Descriptors.GetSet("line_buffering", o -> {
      text(o, "line_buffering").check();
      return false;
    }, null));
    m.put("newlines", new Descriptors.GetSet("newlines", o -> {
      text(o, "newlines").check();
      return NONE;
    }, null));
    for (String n : new String[] {"readable", "writable", "seekable"}) {
      m.put(n, fn(n, "self", a -> {
        text(a[0], n).check();
        return true;
      }));
    }
    m.put("__next__", fn("__next__", "self", a -> {
      TextBuffer t = text(a[0], "__next__");
      String line;
      if (Types.typeOf(t).lookup("readline") == ownReadline) {
        line = t.readline(-1);
      } else {
        Object r = Ops.call(Ops.getAttr(t, "readline"), new Object[0], null);
        if (!(r instanceof String)) {
          throw Errors.of(ExceptionTypes.OS_ERROR, "readline() should have returned a str"
              + " object, not '" + Types.typeName(r) + "'");
        }
        line = (String) r;
      }
      if (line.isEmpty()) {
        throw Errors.stopIteration(null);
      }
      return line;
    }));
    m.put("__repr__", fn("__repr__", "self", a -> "<" + moduleQualified(Types.typeOf(a[0]))
        + " object at " + Ops.address(a[0]) + ">"));
    return m;
  }

  private static String moduleQualified(PyType t) {
    Object mod = t.lookup("__module__");
    return (mod instanceof String ? mod + "." : "") + t.qualname();
  }

  // ---------------------------------------------------------------- BytesIO

  static final class ByteBuffer extends PyInstance {
    byte[] buf = new byte[0];
    int size;
    long pos;
    boolean closed;

    ByteBuffer(PyType t) {
      super(t);
    }

    void check() {
      if (closed) {
        throw closedError(true);
      }
    }

    void ensure(long cap) {
      if (cap > Integer.MAX_VALUE - 16) {
        throw Errors.memoryError("");
      }
      if (cap > buf.length) {
        long n = Math.max(cap, Math.min(Integer.MAX_VALUE - 16, (long) buf.length * 2));
        Budget.reserveMemory(n);
        buf = Arrays.copyOf(buf, (int) n);
      }
    }

    long write(byte[] data) {
      check();
      if (data.length == 0) {
        return 0;
      }
      long end = pos + data.length;
      ensure(end);
      chargeCopy(data.length);
      if (pos > size) {
        Arrays.fill(buf, size, (int) pos, (byte) 0);
      }
      System.arraycopy(data, 0, buf, (int) pos, data.length);
      pos = end;
      size = (int) Math.max(size, end);
      return data.length;
    }

    PyBytes read(long n) {
      check();
      if (pos >= size) {
        return PyBytes.EMPTY;
      }
      long end = n < 0 ? size : Math.min(size, pos + n);
      byte[] r = Arrays.copyOfRange(buf, (int) pos, (int) end);
      chargeCopy(r.length);
      pos = end;
      return new PyBytes(r);
    }

    PyBytes readline(long limit) {
      check();
      if (pos >= size) {
        return PyBytes.EMPTY;
      }
      int end = size;
      for (int i = (int) pos; i < size; i++) {
        if (buf[i] == '\n') {
          end = i + 1;
          break;
        }
      }
      if (limit >= 0 && end - pos > limit) {
        end = (int) (pos + limit);
      }
      byte[] r = Arrays.copyOfRange(buf, (int) pos, end);
      chargeCopy(r.length);
      pos = end;
      return new PyBytes(r);
    }
  }

  private static ByteBuffer bytes(Object o, String method) {
    if (o instanceof ByteBuffer) {
      return (ByteBuffer) o;
    }
    throw Errors.typeError("descriptor '" + method + "' for '_io.BytesIO' objects doesn't apply"
        + " to a '" + Types.typeName(o) + "' object");
  }

  private static byte[] bytesLike(Object o) {
    if (BytesLike.check(o)) {
      return BytesLike.bytes(o);
    }
    throw Errors.typeError("a bytes-like object is required, not '" + Types.typeName(o) + "'");
  }

  private static Map<String, Object> bytesIoMethods() {
    Map<String, Object> m = ns("_io");
    m.put("__new__", new Descriptors.StaticMethod(fn("__new__", "cls, *args, **kwargs",
        a -> new ByteBuffer(newType(a[0], "BytesIO")))));
    m.put("__init__", fn("__init__", "self, initial_bytes=None", a -> {
      ByteBuffer b = bytes(a[0], "__init__");
      b.check();
      byte[] init = a[1] == NONE ? new byte[0] : bytesLike(a[1]);
      b.size = 0;
      b.pos = 0;
      b.write(init);
      b.pos = 0;
      return NONE;
    }));
    m.put("getvalue", fn("getvalue", "self", a -> {
      ByteBuffer b = bytes(a[0], "getvalue");
      b.check();
      chargeCopy(b.size);
      return new PyBytes(Arrays.copyOf(b.buf, b.size));
    }));
    m.put("write", fn("write", "self, b, /", a -> {
      ByteBuffer b = bytes(a[0], "write");
      b.check();
      return b.write(bytesLike(a[1]));
    }));
    m.put("read", fn("read", "self, size=-1, /", a -> bytes(a[0], "read").read(sizeArg(a[1]))));
    m.put("read1", fn("read1", "self, size=-1, /",
        a -> bytes(a[0], "read1").read(sizeArg(a[1]))));
    m.put("readline", fn("readline", "self, size=-1, /",
        a -> bytes(a[0], "readline").readline(sizeArg(a[1]))));
    m.put("tell", fn("tell", "self", a -> {
      ByteBuffer b = bytes(a[0], "tell");
      b.check();
      return b.pos;
    }));
    m.put("seek", fn("seek", "self, pos, whence=0, /", a -> {
      ByteBuffer b = bytes(a[0], "seek");
      long pos = indexArg(a[1]);
      long whence = indexArg(a[2]);
      b.check();
      if (pos < 0 && whence == 0) {
        throw Errors.valueError("negative seek value " + pos);
      }
      if (whence == 1) {
        pos += b.pos;
      } else if (whence == 2) {
        pos += b.size;
      } else if (whence != 0) {
        throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
      }
      b.pos = Math.max(0, pos);
      return b.pos;
    }));
    m.put("truncate", fn("truncate", "self, size=None, /", a -> {
      ByteBuffer b = bytes(a[0], "truncate");
      b.check();
      long size = a[1] == NONE ? b.pos : indexArg(a[1]);
      if (size < 0) {
        throw Errors.valueError("negative size value " + size);
      }
      if (size < b.size) {
        b.size = (int) size;
      }
      return size;
    }));
    m.put("close", fn("close", "self", a -> {
      ByteBuffer b = bytes(a[0], "close");
      b.closed = true;
      b.buf = new byte[0];
      b.size = 0;
      return NONE;
    }));
    m.put("closed", new Descriptors.GetSet("closed", o -> bytes(o, "closed").closed, null));
    m.put("__iter__", fn("__iter__", "self", a -> bytes(a[0], "__iter__")));
    for (String n : new String[] {"readable", "writable", "seekable"}) {
      m.put(n, fn(n, "self", a -> {
        bytes(a[0], n).check();
        return true;
      }));
    }
    m.put("__next__", fn("__next__", "self", a -> {
      ByteBuffer b = bytes(a[0], "__next__");
      PyBytes line = b.readline(-1);
      if (line.length() == 0) {
        throw Errors.stopIteration(null);
      }
      return line;
    }));
    m.put("__repr__", fn("__repr__", "self", a -> "<" + moduleQualified(Types.typeOf(a[0]))
        + " object at " + Ops.address(a[0]) + ">"));
    return m;
  }

  // ---------------------------------------------------------------- IOBase

  /** True if {@code self} is closed, asking its {@code closed} attribute. */
  private static boolean isClosed(Object self) {
    if (self instanceof TextBuffer) {
      return ((TextBuffer) self).closed;
    }
    if (self instanceof ByteBuffer) {
      return ((ByteBuffer) self).closed;
    }
    return Ops.truth(Ops.getAttr(self, "closed"));
  }

  private static void checkOpen(Object self) {
    if (isClosed(self)) {
      throw closedError(true);
    }
  }

  private static Map<String, Object> ioBaseMethods(PyType unsup) {
    Map<String, Object> m = ns("io");
    m.put("__enter__", fn("__enter__", "self", a -> {
      checkOpen(a[0]);
      return a[0];
    }));
    m.put("__exit__", fn("__exit__", "self, *args", a -> {
      Ops.call(Ops.getAttr(a[0], "close"), new Object[0], null);
      return NONE;
    }));
    m.put("__iter__", fn("__iter__", "self", a -> {
      checkOpen(a[0]);
      return a[0];
    }));
    m.put("__next__", fn("__next__", "self", a -> {
      Object line = Ops.call(Ops.getAttr(a[0], "readline"), new Object[0], null);
      if (Ops.len(line) == 0) {
        throw Errors.stopIteration(null);
      }
      return line;
    }));
    m.put("close", fn("close", "self", a -> {
      if (!(a[0] instanceof PyInstance)) {
        return NONE;
      }
      PyInstance p = (PyInstance) a[0];
      if (p.dict().getStr("__IOBase_closed") == null) {
        try {
          Ops.call(Ops.getAttr(a[0], "flush"), new Object[0], null);
        } finally {
          p.dict().put("__IOBase_closed", true);
        }
      }
      return NONE;
    }));
    m.put("closed", new Descriptors.GetSet("closed", o -> o instanceof PyInstance
        && ((PyInstance) o).dict().getStr("__IOBase_closed") != null, null));
    m.put("flush", fn("flush", "self", a -> {
      checkOpen(a[0]);
      return NONE;
    }));
    m.put("isatty", fn("isatty", "self", a -> {
      checkOpen(a[0]);
      return false;
    }));
    for (String n : new String[] {"readable", "writable", "seekable"}) {
      m.put(n, fn(n, "self", a -> false));
    }
    m.put("fileno", fn("fileno", "self", a -> {
      throw unsupported(unsup, "fileno");
    }));
    m.put("seek", fn("seek", "self, *args", a -> {
      throw unsupported(unsup, "seek");
    }));
    m.put("truncate", fn("truncate", "self, *args", a -> {
      throw unsupported(unsup, "truncate");
    }));
    m.put("tell", fn("tell", "self", a -> Ops.call(Ops.getAttr(a[0], "seek"),
        new Object[] {0L, 1L}, null)));
    m.put("readline", fn("readline", "self, size=-1, /", a -> {
      throw unsupported(unsup, "readline");
    }));
    m.put("readlines", fn("readlines", "self, hint=-1, /", a -> {
      long hint = sizeArg(a[1]);
      PyList out = new PyList();
      long total = 0;
      for (dev.moat.runtime.PyIterator it = Ops.iter(a[0]);;) {
        Object line = it.next();
        if (line == null) {
          break;
        }
        Budget.chargeSteps(1);
        out.append(line);
        long n = Ops.len(line);
        if (hint > 0 && n > hint - total) {
          break;
        }
        total += n;
      }
      return out;
    }));
    m.put("writelines", fn("writelines", "self, lines, /", a -> {
      checkOpen(a[0]);
      Object write = Ops.getAttr(a[0], "write");
      for (dev.moat.runtime.PyIterator it = Ops.iter(a[1]);;) {
        Object line = it.next();
        if (line == null) {
          break;
        }
        Ops.call(write, new Object[] {line}, null);
      }
      return NONE;
    }));
    return m;
  }

  @Override
  public PyModule create(String name) {
    PyType unsup = PyType.createClass("UnsupportedOperation", new PyType[] {
        ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR}, ns("io"));
    PyType ioBase = PyType.createClass("IOBase", new PyType[0], ioBaseMethods(unsup));
    PyType rawIoBase = PyType.createClass("RawIOBase", new PyType[] {ioBase}, ns("io"));
    Map<String, Object> bufNs = ns("io");
    bufNs.put("detach", fn("detach", "self", a -> {
      throw unsupported(unsup, "detach");
    }));
    PyType bufferedIoBase = PyType.createClass("BufferedIOBase", new PyType[] {ioBase}, bufNs);
    Map<String, Object> textNs = ns("io");
    textNs.put("detach", fn("detach", "self", a -> {
      throw unsupported(unsup, "detach");
    }));
    textNs.put("encoding", NONE);
    textNs.put("errors", NONE);
    PyType textIoBase = PyType.createClass("TextIOBase", new PyType[] {ioBase}, textNs);
    PyType stringIo = PyType.createClass("StringIO", new PyType[] {textIoBase},
        stringIoMethods());
    PyType bytesIo = PyType.createClass("BytesIO", new PyType[] {bufferedIoBase},
        bytesIoMethods());
    return ModuleBuilder.named("io")
        .constant("IOBase", ioBase)
        .constant("RawIOBase", rawIoBase)
        .constant("BufferedIOBase", bufferedIoBase)
        .constant("TextIOBase", textIoBase)
        .constant("StringIO", stringIo)
        .constant("BytesIO", bytesIo)
        .constant("UnsupportedOperation", unsup)
        .constant("SEEK_SET", 0L)
        .constant("SEEK_CUR", 1L)
        .constant("SEEK_END", 2L)
        .constant("DEFAULT_BUFFER_SIZE", 8192L)
        .build();
  }
}
