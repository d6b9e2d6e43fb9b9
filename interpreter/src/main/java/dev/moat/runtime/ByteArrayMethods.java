package dev.moat.runtime;

import static dev.moat.runtime.MethodSupport.MISSING;
import static dev.moat.runtime.MethodSupport.NI;
import static dev.moat.runtime.MethodSupport.NONE;
import static dev.moat.runtime.MethodSupport.def;
import static dev.moat.runtime.MethodSupport.ssize;
import static dev.moat.runtime.MethodSupport.typeName;

import dev.moat.ast.Ast.BinaryOp;

/**
 * The methods of {@code bytearray} that bytes does not share (construction, mutation and the
 * protocol methods); the methods common to both are installed by {@link BytesMethods}.
 */
final class ByteArrayMethods {
  private ByteArrayMethods() {}

  static void install() {
    PyType t = Types.BYTEARRAY;
    def(t, "__init__", "self, /, *args, **kwargs", a -> {
      init(ba(a), (PyTuple) a[1], (PyDict) a[2]);
      return NONE;
    });
    def(t, "append", "self, item, /", a -> {
      ba(a).append(byteValue(a[1]));
      return NONE;
    });
    def(t, "extend", "self, iterable_of_ints, /", a -> {
      PyByteArray self = ba(a);
      if (BytesLike.check(a[1])) {
        byte[] b = BytesLike.bytes(a[1]);
        self.appendAll(b, 0, b.length);
        return NONE;
      }
      if (!Ops.isIterable(a[1])) {
        throw Errors.typeError("can't extend bytearray with " + typeName(a[1]));
      }
      PyByteArray tmp = fromIterable(a[1]);
      self.appendAll(tmp.buf, 0, tmp.size);
      return NONE;
    });
    def(t, "insert", "self, index, item, /", a -> {
      PyByteArray self = ba(a);
      long i = ssize(a[1]);
      int v = byteValue(a[2]);
      int n = self.size;
      if (i < 0) {
        i = Math.max(0, i + n);
      }
      i = Math.min(i, n);
      self.replaceRange((int) i, (int) i, new byte[] {(byte) v}, 1);
      return NONE;
    });
    def(t, "pop", "self, index=-1, /", a -> {
      PyByteArray self = ba(a);
      long i = ssize(a[1]);
      if (self.size == 0) {
        throw Errors.indexError("pop from empty bytearray");
      }
      if (i < 0) {
        i += self.size;
      }
      if (i < 0 || i >= self.size) {
        throw Errors.indexError("pop index out of range");
      }
      long v = self.get((int) i);
      self.replaceRange((int) i, (int) i + 1, new byte[0], 0);
      return v;
    });
    def(t, "remove", "self, value, /", a -> {
      PyByteArray self = ba(a);
      int v = byteValue(a[1]);
      for (int i = 0; i < self.size; i++) {
        if (self.get(i) == v) {
          self.replaceRange(i, i + 1, new byte[0], 0);
          return NONE;
        }
      }
      throw Errors.valueError("value not found in bytearray");
    });
    def(t, "clear", "self", a -> {
      ba(a).clear();
      return NONE;
    });
    def(t, "copy", "self", a -> PyByteArray.copyOf(ba(a).toByteArray()));
    def(t, "reverse", "self", a -> {
      PyByteArray self = ba(a);
      MethodSupport.chargeLinear(self.size);
      for (int i = 0, j = self.size - 1; i < j; i++, j--) {
        byte x = self.buf[i];
        self.buf[i] = self.buf[j];
        self.buf[j] = x;
      }
      return NONE;
    });
    def(t, "__alloc__", "self", a -> (long) ba(a).buf.length + 1);

    def(t, "__len__", "self", a -> (long) ba(a).size);
    def(t, "__getitem__", "self, key, /", a -> getItem(ba(a), a[1]));
    def(t, "__setitem__", "self, key, value, /", a -> {
      setItem(ba(a), a[1], a[2]);
      return NONE;
    });
    def(t, "__delitem__", "self, key, /", a -> {
      delItem(ba(a), a[1]);
      return NONE;
    });
    def(t, "__contains__", "self, key, /", a -> contains(ba(a), a[1]));
    def(t, "__iter__", "self", a -> iter(ba(a)));
    def(t, "__add__", "self, value, /", a -> {
      if (!BytesLike.check(a[1])) {
        throw Errors.typeError("can't concat " + typeName(a[1]) + " to bytearray");
      }
      return Ops.binary(BinaryOp.ADD, a[0], a[1]);
    });
    def(t, "__iadd__", "self, value, /", a -> {
      iadd(ba(a), a[1]);
      return a[0];
    });
    def(t, "__mul__", "self, value, /", a -> Sequences.repeat(a[0],
        StrMethods.repeatCount(a[1])));
    def(t, "__rmul__", "self, value, /", a -> Sequences.repeat(a[0],
        StrMethods.repeatCount(a[1])));
    def(t, "__imul__", "self, value, /", a -> {
      imul(ba(a), StrMethods.repeatCount(a[1]));
      return a[0];
    });
    def(t, "__rmod__", "self, value, /", a -> NI);
    MethodSupport.comparisons(t, BytesLike::check);
    t.define("__hash__", NONE);
    def(t, "__str__", "self", a -> Ops.reprNative(a[0]));
    def(t, "__repr__", "self", a -> Ops.reprNative(a[0]));
  }

  private static PyByteArray ba(Object[] a) {
    return (PyByteArray) a[0];
  }

  /** An int argument that must be a byte value, with CPython's errors. */
  static int byteValue(Object o) {
    Object v = o instanceof Long ? o : Ops.indexOrNull(o);
    if (v == null) {
      throw MethodSupport.notAnInteger(o);
    }
    if (!(v instanceof Long) || (Long) v < 0 || (Long) v > 255) {
      throw Errors.valueError("byte must be in range(0, 256)");
    }
    return (int) (long) (Long) v;
  }

  private static final String[] INIT_PARAMS = {"source", "encoding", "errors"};

  /** {@code bytearray.__init__} with its arguments as given, parsed as Argument Clinic does. */
  static void init(PyByteArray self, PyTuple args, PyDict kwargs) {
    int total = args.size() + kwargs.size();
    if (total > 3) {
      throw Errors.typeError("bytearray() takes at most 3 arguments (" + total + " given)");
    }
    Object[] v = {MISSING, MISSING, MISSING};
    for (int i = 0; i < args.size(); i++) {
      v[i] = args.get(i);
    }
    for (PyDict.Entry e : kwargs.entries()) {
      String name = (String) e.key;
      int k = java.util.Arrays.asList(INIT_PARAMS).indexOf(name);
      if (k < 0) {
        throw Errors.typeError("'" + name + "' is an invalid keyword argument for bytearray()");
      }
      if (k < args.size()) {
        throw Errors.typeError("argument for bytearray() given by name ('" + name
            + "') and position (" + (k + 1) + ")");
      }
      v[k] = e.value;
    }
    init(self, v[0], v[1], v[2]);
  }

  /** {@code bytearray.__init__}: replaces the content. */
  static void init(PyByteArray self, Object source, Object encoding, Object errors) {
    self.clear(); // first of all, as CPython does: b.__init__(b) empties b
    if (source == MISSING) {
      if (encoding != MISSING) {
        throw Errors.typeError("encoding without a string argument");
      }
      if (errors != MISSING) {
        throw Errors.typeError("errors without a string argument");
      }
      self.clear();
      return;
    }
    if (source instanceof String) {
      if (encoding == MISSING) {
        throw Errors.typeError("string argument without an encoding");
      }
      byte[] b = Codecs.encode((String) source, Codecs.strArg(encoding, "bytearray",
          "encoding"), errors == MISSING ? "strict"
          : Codecs.strArg(errors, "bytearray", "errors")).array();
      self.clear();
      self.appendAll(b, 0, b.length);
      return;
    }
    if (encoding != MISSING) {
      throw Errors.typeError("encoding without a string argument");
    }
    if (errors != MISSING) {
      throw Errors.typeError("errors without a string argument");
    }
    if (BytesLike.check(source)) {
      byte[] b = BytesLike.bytes(source);
      self.clear();
      self.appendAll(b, 0, b.length);
      return;
    }
    Object n = Ops.indexOrNull(source);
    if (n != null) {
      if (n instanceof java.math.BigInteger) {
        throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
      }
      long count = (Long) n;
      if (count < 0) {
        throw Errors.valueError("negative count");
      }
      Budget.reserveMemory(count);
      if (count > Integer.MAX_VALUE - 8) {
        throw Errors.memoryError("");
      }
      MethodSupport.chargeLinear(count);
      self.clear();
      self.ensureCapacity(count);
      java.util.Arrays.fill(self.buf, 0, (int) count, (byte) 0);
      self.size = (int) count;
      return;
    }
    if (!Ops.isIterable(source)) {
      throw Errors.typeError("cannot convert '" + typeName(source) + "' object to bytearray");
    }
    PyByteArray tmp = fromIterable(source);
    self.clear();
    self.appendAll(tmp.buf, 0, tmp.size);
  }

  /** The bytes of an iterable of ints, collected into a new buffer. */
  static PyByteArray fromIterable(Object iterable) {
    PyByteArray tmp = new PyByteArray();
    PyIterator it = Ops.iter(iterable);
    InterpreterState st = InterpreterState.current();
    int mark = st == null ? 0 : st.pin(tmp);
    try {
      int n = 0;
      for (Object v = it.next(); v != null; v = it.next()) {
        tmp.append(byteValue(v));
        if ((++n & 63) == 0) {
          Budget.chargeSteps(64);
        }
      }
    } finally {
      if (st != null) {
        st.unpin(mark);
      }
    }
    return tmp;
  }

  // ---------------------------------------------------------------- items

  private static long index(Object key) {
    if (key instanceof Long) {
      return (Long) key;
    }
    return Ops.asIndex(key, "bytearray indices must be integers or slices, not "
        + typeName(key));
  }

  private static int checkIndex(long i, int len) {
    if (i < 0) {
      i += len;
    }
    if (i < 0 || i >= len) {
      throw Errors.indexError("bytearray index out of range");
    }
    return (int) i;
  }

  static Object getItem(PyByteArray self, Object key) {
    if (key instanceof PySlice) {
      PySlice.Bounds b = ((PySlice) key).resolve(self.size);
      Budget.reserveMemory(b.length());
      byte[] out = new byte[b.length()];
      for (int i = 0, j = b.start(); i < out.length; i++, j += b.step()) {
        out[i] = self.buf[j];
      }
      MethodSupport.chargeLinear(out.length);
      return new PyByteArray(out);
    }
    return (long) self.get(checkIndex(index(key), self.size));
  }

  static void setItem(PyByteArray self, Object key, Object value) {
    if (!(key instanceof PySlice)) {
      long i = index(key);
      int v = byteValue(value);
      self.buf[checkIndex(i, self.size)] = (byte) v;
      return;
    }
    byte[] repl;
    if (BytesLike.check(value)) {
      repl = BytesLike.bytes(value);
    } else if (value instanceof String || value instanceof Double || Arith.isInt(value)
        || Ops.indexOrNull(value) != null) {
      throw Errors.typeError(
          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else if (!Ops.isIterable(value)) {
      throw Errors.typeError("cannot convert '" + typeName(value) + "' object to bytearray");
    } else {
      repl = fromIterable(value).toByteArray();
    }
    PySlice.Bounds b = ((PySlice) key).resolve(self.size);
    if (b.step() == 1) {
      int stop = Math.max(b.start(), b.start() + b.length());
      self.replaceRange(b.start(), stop, repl, repl.length);
      return;
    }
    MethodSupport.chargeLinear(repl.length);
    if (repl.length != b.length()) {
      throw Errors.valueError("attempt to assign bytes of size " + repl.length
          + " to extended slice of size " + b.length());
    }
    for (int i = 0, j = b.start(); i < repl.length; i++, j += b.step()) {
      self.buf[j] = repl[i];
    }
  }

  static void delItem(PyByteArray self, Object key) {
    if (!(key instanceof PySlice)) {
      int i = checkIndex(index(key), self.size);
      self.replaceRange(i, i + 1, new byte[0], 0);
      return;
    }
    PySlice.Bounds b = ((PySlice) key).resolve(self.size);
    if (b.step() == 1) {
      self.replaceRange(b.start(), b.start() + b.length(), new byte[0], 0);
      return;
    }
    MethodSupport.chargeLinear(self.size);
    boolean[] drop = new boolean[self.size];
    for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
      drop[j] = true;
    }
    byte[] kept = new byte[self.size - b.length()];
    int n = 0;
    for (int i = 0; i < self.size; i++) {
      if (!drop[i]) {
        kept[n++] = self.buf[i];
      }
    }
    self.setContent(kept, n);
  }

  static boolean contains(PyByteArray self, Object item) {
    if (Arith.isInt(item)) {
      int v = byteValue(item);
      MethodSupport.chargeLinear(self.size);
      for (int i = 0; i < self.size; i++) {
        if (self.get(i) == v) {
          return true;
        }
      }
      return false;
    }
    if (!BytesLike.check(item)) {
      throw BytesLike.required(item);
    }
    byte[] sub = BytesLike.bytes(item);
    return StrMethods.find(BytesMethods.l1(self.toByteArray()), BytesMethods.l1(sub), NONE,
        NONE, false) >= 0;
  }

  /** Iterates by index over the live content, as CPython does. */
  static PyIterator iter(PyByteArray self) {
    return new PyIterator(PyIterator.BYTEARRAY_ITERATOR) {
      int i;

      @Override
      public Object next() {
        if (i < self.size) {
          return (long) self.get(i++);
        }
        i = Integer.MAX_VALUE;
        return null;
      }
    };
  }

  // ---------------------------------------------------------------- in-place operators

  static void iadd(PyByteArray self, Object other) {
    if (!BytesLike.check(other)) {
      throw Errors.typeError("can't concat " + typeName(other) + " to bytearray");
    }
    byte[] b = BytesLike.bytes(other);
    self.appendAll(b, 0, b.length);
  }

  static void imul(PyByteArray self, long n) {
    int len = self.size;
    if (n <= 1 || len == 0) {
      if (n <= 0) {
        self.clear();
      }
      return;
    }
    long total = len > Long.MAX_VALUE / n ? Long.MAX_VALUE : len * n;
    if (total > Integer.MAX_VALUE - 8) {
      Budget.reserveMemory(total);
      throw Errors.memoryError("");
    }
    self.ensureCapacity(total);
    MethodSupport.chargeLinear(total);
    for (long k = 1; k < n; k++) {
      System.arraycopy(self.buf, 0, self.buf, (int) (k * len), len);
    }
    self.size = (int) total;
  }
}
