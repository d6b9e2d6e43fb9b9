package dev.moat.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Measures how much memory a script holds: walks everything reachable from its roots (the
 * running frames, loaded modules, builtins, the handled exception and containers being built)
 * and adds up an estimate of each object's JVM footprint (compressed references, 8-byte
 * alignment).
 *
 * <p>One mechanism covers every value: the walk reads the reference fields of Moat's own
 * classes by reflection, so library types (deques, caches, generators, closures) count without
 * each declaring its contents. It never enters what runs are built from and share (compiled
 * code, built-in types) nor anything outside Moat (host objects, sinks, threads), so shared data
 * is not charged to a script and the walk cannot wander into the host's heap.
 *
 * <p>JDK collections, maps, text builders and byte streams that Moat's classes keep are counted
 * through their public API; other JDK objects are not entered.
 *
 * <p>Identical boxed numbers repeated next to each other in an array ({@code [0.5] * n}) count
 * once; other boxed numbers count at each reference, which can only overestimate.
 */
final class MemoryMeter {
  /** How many objects the walk visits per step charged. */
  private static final int OBJECTS_PER_STEP = 8;

  private static final com.sun.management.ThreadMXBean THREADS = threadBean();

  private static com.sun.management.ThreadMXBean threadBean() {
    try {
      java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
      if (b instanceof com.sun.management.ThreadMXBean) {
        com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) b;
        if (t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
          return t;
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // no allocation counter on this JVM: memory is measured at large reservations only
    }
    return null;
  }

  /**
   * Bytes allocated by the calling thread since it started (garbage included), or -1 when the
   * JVM cannot tell. Used only to decide when to measure, never as the measurement.
   */
  static long allocatedByThisThread() {
    return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
  }

  // ------------------------------------------------------------------ layouts

  private static final int STOP = 0;
  private static final int FIELDS = 1;
  private static final int REF_ARRAY = 2;
  private static final int PRIM_ARRAY = 3;
  private static final int STRING = 4;
  private static final int BOXED = 5;
  private static final int BIG_INTEGER = 6;
  private static final int BIG_DECIMAL = 7;
  private static final int MAP = 8;
  private static final int COLLECTION = 9;
  private static final int TEXT_BUFFER = 10;
  private static final int BYTE_BUFFER = 11;

  /** How the walk treats instances of one class. */
  private static final class Layout {
    final int kind;
    final long shallow;
    final Field[] refs;
    final int elementSize;
    /** Only one holder refers to such objects (arrays, dict entries): no identity check. */
    final boolean owned;

    Layout(int kind, long shallow, Field[] refs, int elementSize) {
      this(kind, shallow, refs, elementSize, kind == PRIM_ARRAY || kind == REF_ARRAY);
    }

    Layout(int kind, long shallow, Field[] refs, int elementSize, boolean owned) {
      this.kind = kind;
      this.shallow = shallow;
      this.refs = refs;
      this.elementSize = elementSize;
      this.owned = owned;
    }
  }

  private static final Field[] NO_FIELDS = new Field[0];

  /**
   * Classes in the evaluator's package that hold a run's data; the rest of that package is
   * compiled code, shared between runs.
   */
  private static final java.util.Set<String> EVAL_DATA = java.util.Set.of(
      "dev.moat.eval.Frame", "dev.moat.eval.ModuleRun", "dev.moat.eval.Globals",
      "dev.moat.eval.Globals$Ref", "dev.moat.eval.Frame$Gen");

  private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
    @Override
    protected Layout computeValue(Class<?> c) {
      return layoutOf(c);
    }
  };

  private static long align(long n) {
    return (n + 7) & ~7L;
  }

  private static int primitiveSize(Class<?> t) {
    if (t == long.class || t == double.class) {
      return 8;
    }
    if (t == int.class || t == float.class) {
      return 4;
    }
    if (t == short.class || t == char.class) {
      return 2;
    }
    return 1;
  }

  private static Layout layoutOf(Class<?> c) {
    if (c.isArray()) {
      Class<?> e = c.getComponentType();
      return e.isPrimitive() ? new Layout(PRIM_ARRAY, 16, NO_FIELDS, primitiveSize(e))
          : new Layout(REF_ARRAY, 16, NO_FIELDS, 4);
    }
    if (c == String.class) {
      return new Layout(STRING, 24, NO_FIELDS, 1);
    }
    if (c == Long.class || c == Double.class || c == Integer.class || c == Character.class
        || c == Short.class || c == Byte.class || c == Float.class) {
      return new Layout(BOXED, 16, NO_FIELDS, 0);
    }
    if (c == BigInteger.class) {
      return new Layout(BIG_INTEGER, 40, NO_FIELDS, 0);
    }
    if (c == BigDecimal.class) {
      return new Layout(BIG_DECIMAL, 40, NO_FIELDS, 0);
    }
    if (c == StringBuilder.class || c == StringBuffer.class) {
      return new Layout(TEXT_BUFFER, 24, NO_FIELDS, 0);
    }
    if (c == java.io.ByteArrayOutputStream.class) {
      return new Layout(BYTE_BUFFER, 24, NO_FIELDS, 0);
    }
    String name = c.getName();
    if (name.startsWith("java.util.")) {
      if (Map.class.isAssignableFrom(c)) {
        return new Layout(MAP, 48, NO_FIELDS, 0);
      }
      if (Collection.class.isAssignableFrom(c)) {
        return new Layout(COLLECTION, 24, NO_FIELDS, 0);
      }
    }
    if (!name.startsWith("dev.moat.") || name.startsWith("dev.moat.ast.")
        || name.startsWith("dev.moat.parse.") || name.startsWith("dev.moat.jsr223.")
        || name.equals("dev.moat.Interpreter") || InterpreterState.class.isAssignableFrom(c)
        || (name.startsWith("dev.moat.eval.") && !EVAL_DATA.contains(name)
            && !PyObject.class.isAssignableFrom(c))) {
      // host objects, sinks, compiled code and parse trees: never charged, never entered
      return new Layout(STOP, 0, NO_FIELDS, 0);
    }
    List<Field> refs = new ArrayList<>();
    long size = 12;
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      if (!k.getName().startsWith("dev.moat.")) {
        // a JDK superclass (AbstractList...): its fields are bookkeeping, counted roughly
        size += 8;
        continue;
      }
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        if (f.getType().isPrimitive()) {
          size += primitiveSize(f.getType());
        } else {
          size += 4;
          try {
            f.setAccessible(true);
            refs.add(f);
          } catch (RuntimeException e) {
            // not readable: counted, not entered
          }
        }
      }
    }
    return new Layout(FIELDS, align(size), refs.toArray(NO_FIELDS), 0,
        c == PyDict.Entry.class);
  }

  // ------------------------------------------------------------------ the walk

  /**
   * The size of the commonest leaves (boxed numbers, short strings), counted where they are
   * found rather than pushed and popped; -1 for anything else.
   */
  private static long leafSize(Object o) {
    Class<?> c = o.getClass();
    if (c == Long.class) {
      long v = (Long) o;
      return v < -128 || v > 127 ? 16 : 0;
    }
    if (c == Double.class) {
      return 16;
    }
    if (c == String.class && ((String) o).length() < 64) {
      return 24 + align(16 + 2L * ((String) o).length());
    }
    return -1;
  }

  /** A set of objects by identity, open addressing; cheaper than IdentityHashMap. */
  private static final class IdentitySet {
    private Object[] table;
    private int size;

    /** A set sized for about {@code expected} objects, so that it rarely grows. */
    IdentitySet(int expected) {
      table = new Object[Integer.highestOneBit(Math.max(512, Math.min(expected, 1 << 28)) - 1)
          << 2];
    }

    int size() {
      return size;
    }

    /** Adds {@code o}; false if it was already there. */
    boolean add(Object o) {
      int mask = table.length - 1;
      int i = mix(System.identityHashCode(o)) & mask;
      while (true) {
        Object x = table[i];
        if (x == null) {
          break;
        }
        if (x == o) {
          return false;
        }
        i = (i + 1) & mask;
      }
      table[i] = o;
      if (++size * 2 > table.length) {
        rehash();
      }
      return true;
    }

    private static int mix(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    private void rehash() {
      Object[] old = table;
      table = new Object[old.length * 2];
      int mask = table.length - 1;
      for (Object o : old) {
        if (o != null) {
          int i = mix(System.identityHashCode(o)) & mask;
          while (table[i] != null) {
            i = (i + 1) & mask;
          }
          table[i] = o;
        }
      }
    }
  }

  private final InterpreterState state;
  private final long stopAbove;
  private final IdentitySet seen;
  private Object[] stack = new Object[256];
  private int top;
  private long total;
  private int sinceCharge;

  /**
   * A measurement for {@code state}'s script (which pays for it in steps); walks may stop early
   * once the total passes {@code stopAbove}.
   */
  MemoryMeter(InterpreterState state, long stopAbove, int expectedObjects) {
    this.state = state;
    this.stopAbove = stopAbove;
    this.seen = new IdentitySet(expectedObjects);
  }

  /** How many distinct objects the walks have visited. */
  int objects() {
    return seen.size();
  }

  /** The estimated bytes reachable from {@code roots}, and from every earlier walk's roots. */
  long walk(List<Object> roots) {
    for (Object r : roots) {
      if (r != null) {
        if (top == stack.length) {
          stack = java.util.Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = r;
      }
    }
    Object[] stack = this.stack;
    int top = this.top;
    long total = this.total;
    int sinceCharge = this.sinceCharge;
    while (top > 0) {
      Object o = stack[--top];
      stack[top] = null;
      Layout l = LAYOUTS.get(o.getClass());
      if (l.kind == BOXED) {
        if (!(o instanceof Long && (Long) o >= -128 && (Long) o <= 127)) {
          total += l.shallow;
        }
        continue;
      }
      if (l.kind == STOP) {
        continue;
      }
      // Arrays and dict entries belong to the one object that holds them, and short strings
      // are cheap to count again: only the rest needs the (costly) identity check. A shared
      // array or short string is then counted at each holder, which can only overestimate.
      boolean owned = l.owned || (l.kind == STRING && ((String) o).length() < 64);
      if (!owned && !seen.add(o)) {
        continue;
      }
      if (++sinceCharge == OBJECTS_PER_STEP * 64) {
        sinceCharge = 0;
        if (state != null) {
          state.chargeSteps(64);
        }
        if (total > stopAbove) {
          break;
        }
      }
      switch (l.kind) {
        case STRING:
          // two bytes a character, as reservations count: Latin-1 text takes half in the JVM
          total += 24 + align(16 + 2L * ((String) o).length());
          break;
        case BIG_INTEGER:
          total += 40 + align(16 + 4L * ((((BigInteger) o).bitLength() + 31) >> 5));
          break;
        case BIG_DECIMAL:
          total += 40 + 40
              + align(16 + 4L * ((((BigDecimal) o).unscaledValue().bitLength() + 31) >> 5));
          break;
        case TEXT_BUFFER:
          total += 24 + align(16 + 2L * ((CharSequence) o).length());
          break;
        case BYTE_BUFFER:
          total += 24 + align(16 + ((java.io.ByteArrayOutputStream) o).size());
          break;
        case PRIM_ARRAY:
          total += align(16 + (long) Array.getLength(o) * l.elementSize);
          break;
        case REF_ARRAY: {
          Object[] a = (Object[]) o;
          total += align(16 + 4L * a.length);
          Object prev = null;
          for (Object e : a) {
            if (e != null && e != prev) {
              long leaf = leafSize(e);
              if (leaf >= 0) {
                total += leaf;
                prev = e;
                continue;
              }
              if (top == stack.length) {
                stack = java.util.Arrays.copyOf(stack, top * 2);
              }
              stack[top++] = e;
            }
            prev = e;
          }
          break;
        }
        case MAP: {
          Map<?, ?> m = (Map<?, ?>) o;
          total += l.shallow + align(16 + 4L * m.size() * 2) + 32L * m.size();
          for (Map.Entry<?, ?> e : m.entrySet()) {
            if (top + 2 > stack.length) {
              stack = java.util.Arrays.copyOf(stack, top * 2 + 2);
            }
            if (e.getKey() != null) {
              stack[top++] = e.getKey();
            }
            if (e.getValue() != null) {
              stack[top++] = e.getValue();
            }
          }
          break;
        }
        case COLLECTION: {
          Collection<?> c = (Collection<?>) o;
          total += l.shallow + align(16 + 4L * c.size());
          for (Object e : c) {
            if (e != null) {
              if (top == stack.length) {
                stack = java.util.Arrays.copyOf(stack, top * 2);
              }
              stack[top++] = e;
            }
          }
          break;
        }
        default: {
          if (o instanceof PyType && ((PyType) o).isBuiltin()) {
            continue; // shared by every interpreter
          }
          total += l.shallow;
          for (Field f : l.refs) {
            Object v;
            try {
              v = f.get(o);
            } catch (IllegalAccessException e) {
              continue;
            }
            if (v != null) {
              long leaf = leafSize(v);
              if (leaf >= 0) {
                total += leaf;
                continue;
              }
              if (top == stack.length) {
                stack = java.util.Arrays.copyOf(stack, top * 2);
              }
              stack[top++] = v;
            }
          }
        }
      }
    }
    this.stack = stack;
    this.top = top;
    this.total = total;
    this.sinceCharge = sinceCharge;
    return total;
  }
}
