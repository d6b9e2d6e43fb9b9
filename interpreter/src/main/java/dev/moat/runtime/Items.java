package dev.moat.runtime;

import java.util.Arrays;

/** Subscription, iteration and membership for every value kind. */
final class Items {
  private Items() {}

  private static long index(Object key, String typeName) {
    if (key instanceof Long) {
      return (Long) key;
    }
    return Ops.asIndex(key, typeName + " indices must be integers or slices, not "
        + Types.typeName(key));
  }

  private static int checkIndex(long i, int len, String msg) {
    if (i < 0) {
      i += len;
    }
    if (i < 0 || i >= len) {
      throw Errors.indexError(msg);
    }
    return (int) i;
  }

  static Object getItem(Object obj, Object key) {
    if (obj instanceof PyList) {
      PyList l = (PyList) obj;
      if (key instanceof PySlice) {
        PySlice.Bounds b = ((PySlice) key).resolve(l.size);
        return new PyList(sliceArray(l.items, b), b.length());
      }
      return l.items[checkIndex(index(key, "list"), l.size, "list index out of range")];
    }
    if (obj instanceof PyTuple) {
      Object[] items = ((PyTuple) obj).items;
      if (key instanceof PySlice) {
        PySlice.Bounds b = ((PySlice) key).resolve(items.length);
        if (b.step() == 1 && b.length() == items.length && !(obj instanceof PyTuple.Sub)) {
          return obj;
        }
        return PyTuple.of(sliceArray(items, b));
      }
      return items[checkIndex(index(key, "tuple"), items.length, "tuple index out of range")];
    }
    if (obj instanceof String) {
      String s = (String) obj;
      if (key instanceof PySlice) {
        return Str.slice(s, ((PySlice) key).resolve(Str.length(s)));
      }
      long i = key instanceof Long ? (Long) key : Ops.asIndex(key,
          "string indices must be integers, not '" + Types.typeName(key) + "'");
      return Str.charAt(s, checkIndex(i, Str.length(s),
          "string index out of range"));
    }
    if (obj instanceof PyRange) {
      PyRange r = (PyRange) obj;
      if (key instanceof PySlice) {
        PySlice.Bounds b = ((PySlice) key).resolve((int) Math.min(r.length, Integer.MAX_VALUE));
        return new PyRange(r.get(b.start()), r.get(b.stop()), r.step * b.step());
      }
      long i = index(key, "range");
      if (i < 0) {
        i += r.length;
      }
      if (i < 0 || i >= r.length) {
        throw Errors.indexError("range object index out of range");
      }
      return r.get(i);
    }
    if (obj instanceof PyBigRange) {
      if (key instanceof PySlice) {
        throw PyBigRange.tooLarge();
      }
      Object i = Ops.indexOrNull(key);
      if (i == null) {
        throw Errors.typeError("range indices must be integers or slices, not "
            + Types.typeName(key));
      }
      return ((PyBigRange) obj).get(i);
    }
    if (obj instanceof PyBytes) {
      byte[] bs = ((PyBytes) obj).bytes;
      if (key instanceof PySlice) {
        PySlice.Bounds b = ((PySlice) key).resolve(bs.length);
        byte[] out = new byte[b.length()];
        for (int i = 0, j = b.start(); i < out.length; i++, j += b.step()) {
          out[i] = bs[j];
        }
        return new PyBytes(out);
      }
      return (long) (bs[checkIndex(index(key, "byte"), bs.length, "index out of range")] & 0xff);
    }
    if (obj instanceof PyByteArray) {
      return ByteArrayMethods.getItem((PyByteArray) obj, key);
    }
    if (obj instanceof PyDict) {
      return Ops.getItem(obj, key);
    }
    if (obj instanceof PyType) {
      Object cgi = ((PyType) obj).lookup("__class_getitem__");
      if (cgi != null) {
        return Ops.call(Ops.bindDescriptor(cgi, obj, (PyType) obj), new Object[] {key}, null);
      }
      if (((PyType) obj).isBuiltin()) {
        return new PyGenericAlias((PyType) obj, key); // list[int] and friends
      }
    }
    Object m = Types.typeOf(obj).lookup("__getitem__");
    if (m != null) {
      return Ops.callMethod(m, obj, key);
    }
    if (obj instanceof PyType) {
      throw Errors.typeError("type '" + ((PyType) obj).name() + "' is not subscriptable");
    }
    throw Errors.typeError("'" + Types.typeName(obj) + "' object is not subscriptable");
  }

  static Object[] sliceArray(Object[] items, PySlice.Bounds b) {
    if (b.step() == 1) {
      return Arrays.copyOfRange(items, b.start(), b.start() + b.length());
    }
    Object[] out = new Object[b.length()];
    for (int i = 0, j = b.start(); i < out.length; i++, j += b.step()) {
      out[i] = items[j];
    }
    return out;
  }

  static void setItem(Object obj, Object key, Object value) {
    if (obj instanceof PyList) {
      PyList l = (PyList) obj;
      if (key instanceof PySlice) {
        PySlice.Bounds b = ((PySlice) key).resolve(l.size);
        Object[] repl = value == l ? l.toArray() : Builtins.toArray(value);
        if (b.step() == 1) {
          int stop = Math.max(b.start(), b.start() + b.length());
          l.replaceRange(b.start(), stop, repl, repl.length);
          return;
        }
        if (repl.length != b.length()) {
          throw Errors.valueError("attempt to assign sequence of size " + repl.length
              + " to extended slice of size " + b.length());
        }
        for (int i = 0, j = b.start(); i < repl.length; i++, j += b.step()) {
          l.items[j] = repl[i];
        }
        return;
      }
      int i = checkIndex(index(key, "list"), l.size, "list assignment index out of range");
      l.items[i] = value;
      return;
    }
    if (obj instanceof PyByteArray) {
      ByteArrayMethods.setItem((PyByteArray) obj, key, value);
      return;
    }
    Object m = Types.typeOf(obj).lookup("__setitem__");
    if (m != null) {
      Ops.callMethod(m, obj, key, value);
      return;
    }
    throw Errors.typeError("'" + Types.typeName(obj) + "' object does not support item"
        + " assignment");
  }

  static void delItem(Object obj, Object key) {
    if (obj instanceof PyDict) {
      if (((PyDict) obj).remove(key) == null) {
        throw Errors.keyError(key);
      }
      return;
    }
    if (obj instanceof PyList) {
      PyList l = (PyList) obj;
      if (key instanceof PySlice) {
        PySlice.Bounds b = ((PySlice) key).resolve(l.size);
        if (b.step() == 1) {
          l.replaceRange(b.start(), b.start() + b.length(), new Object[0], 0);
          return;
        }
        boolean[] drop = new boolean[l.size];
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
          drop[j] = true;
        }
        Object[] kept = new Object[l.size - b.length()];
        int n = 0;
        for (int i = 0; i < l.size; i++) {
          if (!drop[i]) {
            kept[n++] = l.items[i];
          }
        }
        l.replaceRange(0, l.size, kept, n);
        return;
      }
      l.remove(checkIndex(index(key, "list"), l.size, "list assignment index out of range"));
      return;
    }
    if (obj instanceof PyByteArray) {
      ByteArrayMethods.delItem((PyByteArray) obj, key);
      return;
    }
    Object m = Types.typeOf(obj).lookup("__delitem__");
    if (m != null) {
      Ops.callMethod(m, obj, key);
      return;
    }
    // CPython's mappingproxy words it differently from the generic message
    throw Errors.typeError("'" + Types.typeName(obj) + "' object "
        + (obj instanceof DictViewMethods.MappingProxy ? "does not" : "doesn't")
        + " support item deletion");
  }

  static PyIterator iter(Object o) {
    if (o instanceof PyIterator) {
      return (PyIterator) o;
    }
    if (o instanceof PyTuple) {
      return PyIterator.of(((PyTuple) o).items, PyIterator.TUPLE_ITERATOR);
    }
    if (o instanceof PyRange) {
      return ((PyRange) o).iterator();
    }
    if (o instanceof PyBigRange) {
      return ((PyBigRange) o).iterator();
    }
    if (o instanceof String) {
      String s = (String) o;
      return new PyIterator(PyIterator.STR_ITERATOR) {
        int i;

        @Override
        public Object next() {
          if (i >= s.length()) {
            return null;
          }
          char c = s.charAt(i);
          if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
            String r = s.substring(i, i + 2);
            i += 2;
            return r;
          }
          i++;
          return String.valueOf(c);
        }
      };
    }
    if (o instanceof PyDict) {
      return new DictView((PyDict) o, DictView.Kind.KEYS).iterator();
    }
    if (o instanceof DictView) {
      return ((DictView) o).iterator();
    }
    if (o instanceof PySet) {
      PySet s = (PySet) o;
      int startSize = s.size();
      return new PyIterator(PyIterator.SET_ITERATOR) {
        int i;

        @Override
        public Object next() {
          if (s.size() != startSize) {
            throw Errors.runtimeError("Set changed size during iteration");
          }
          while (i < s.capacity()) {
            Object k = s.slot(i++);
            if (k != null) {
              return k;
            }
          }
          return null;
        }
      };
    }
    if (o instanceof PyBytes) {
      byte[] bs = ((PyBytes) o).bytes;
      return new PyIterator(PyIterator.BYTES_ITERATOR) {
        int i;

        @Override
        public Object next() {
          return i < bs.length ? (Object) (long) (bs[i++] & 0xff) : null;
        }
      };
    }
    if (o instanceof PyByteArray) {
      return ByteArrayMethods.iter((PyByteArray) o);
    }
    return iterUser(o);
  }

  /** iter() through the type's {@code __iter__} / {@code __getitem__}. */
  static PyIterator iterUser(Object o) {
    PyType t = Types.typeOf(o);
    Object m = t.lookup("__iter__");
    if (m != null && m != PyNone.NONE) {
      Object it = Ops.callMethod(m, o);
      if (it instanceof PyIterator) {
        return (PyIterator) it;
      }
      Object next = Types.typeOf(it).lookup("__next__");
      if (next == null) {
        throw Errors.typeError("iter() returned non-iterator of type '" + Types.typeName(it)
            + "'");
      }
      return userIterator(it, next);
    }
    Object gi = t.lookup("__getitem__");
    if (gi != null && m == null) {
      return new PyIterator(PyIterator.SEQ_ITERATOR) {
        long i;
        boolean done;

        @Override
        public Object next() {
          if (done) {
            return null;
          }
          try {
            return Ops.callMethod(gi, o, i++);
          } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.INDEX_ERROR)
                || e.isInstance(ExceptionTypes.STOP_ITERATION)) {
              done = true;
              return null;
            }
            throw e;
          }
        }
      };
    }
    throw Errors.typeError("'" + t.name() + "' object is not iterable");
  }

  /** Adapts an object with {@code __next__} to the null-terminated Java protocol. */
  static PyIterator userIterator(Object it, Object next) {
    return new PyIterator(Types.typeOf(it)) {
      boolean done;

      @Override
      public Object next() {
        if (done) {
          return null;
        }
        try {
          return Ops.callMethod(next, it);
        } catch (PyException e) {
          if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
            done = true;
            return null;
          }
          throw e;
        }
      }
    };
  }

  static boolean contains(Object c, Object item) {
    if (c instanceof PyDict) {
      return ((PyDict) c).containsKey(item);
    }
    if (c instanceof PySet) {
      return ((PySet) c).contains(item);
    }
    if (c instanceof String) {
      if (!(item instanceof String)) {
        throw Errors.typeError("'in <string>' requires string as left operand, not "
            + Types.typeName(item));
      }
      return ((String) c).contains((String) item);
    }
    if (c instanceof PyList) {
      PyList l = (PyList) c;
      for (int i = 0; i < l.size; i++) {
        if (Ops.eq(l.items[i], item)) {
          return true;
        }
      }
      return false;
    }
    if (c instanceof PyTuple) {
      for (Object x : ((PyTuple) c).items) {
        if (Ops.eq(x, item)) {
          return true;
        }
      }
      return false;
    }
    if (c instanceof PyRange && (item instanceof Long || item instanceof Boolean)) {
      PyRange r = (PyRange) c;
      long v = item instanceof Long ? (Long) item : ((Boolean) item) ? 1 : 0;
      if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
        return false;
      }
      return (v - r.start) % r.step == 0;
    }
    if (c instanceof PyBigRange && Arith.isInt(item)) {
      return ((PyBigRange) c).contains(item);
    }
    if (c instanceof DictView) {
      DictView v = (DictView) c;
      if (v.kind == DictView.Kind.KEYS) {
        return v.dict.containsKey(item);
      }
      if (v.kind == DictView.Kind.ITEMS) {
        if (!(item instanceof PyTuple) || ((PyTuple) item).size() != 2) {
          return false;
        }
        PyDict.Entry e = v.dict.entry(((PyTuple) item).get(0));
        return e != null && Ops.eq(e.value, ((PyTuple) item).get(1));
      }
    }
    if (c instanceof PyBytes) {
      byte[] bs = ((PyBytes) c).bytes;
      if (Arith.isInt(item)) {
        long v = Ops.asIndex(item, "");
        for (byte b : bs) {
          if ((b & 0xff) == v) {
            return true;
          }
        }
        return false;
      }
      if (BytesLike.check(item)) {
        return new String(bs, java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains(new String(BytesLike.bytes(item),
                java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    if (c instanceof PyByteArray) {
      return ByteArrayMethods.contains((PyByteArray) c, item);
    }
    Object m = Types.typeOf(c).lookup("__contains__");
    if (m != null) {
      return Ops.truth(Ops.callMethod(m, c, item));
    }
    PyIterator it;
    try {
      it = iter(c);
    } catch (PyException e) {
      throw Errors.typeError("argument of type '" + Types.typeName(c) + "' is not iterable");
    }
    for (Object x = it.next(); x != null; x = it.next()) {
      Budget.chargeSteps(1);
      if (Ops.eq(x, item)) {
        return true;
      }
    }
    return false;
  }
}
