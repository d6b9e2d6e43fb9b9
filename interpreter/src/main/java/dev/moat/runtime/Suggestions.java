package dev.moat.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Did you mean: 'x'?" hints CPython 3.11 appends to an uncaught {@code NameError} or
 * {@code AttributeError} (only when the exception's type is exactly one of those). The closest
 * candidate by an edit distance wins, where inserting, deleting or replacing a byte of the UTF-8
 * text costs 2 and changing only an ASCII letter's case costs 1; a candidate qualifies when its
 * distance is at most (len(name) + len(candidate) + 3) / 3, and among equally close candidates
 * the first one in the list wins. Behaviour learnt by running CPython 3.11.
 */
public final class Suggestions {
  private Suggestions() {}

  private static final int MOVE_COST = 2;
  private static final int CASE_COST = 1;
  /** Longer differing middle parts (after the common prefix and suffix) never match. */
  private static final int MAX_STRING_SIZE = 40;
  /** A list of this many candidates or more gives no suggestion. */
  private static final int MAX_CANDIDATES = 750;

  /** Where a NameError was raised: the names CPython looks through, in that order. */
  public interface Scope {
    /** The function's local variable names (parameters first; no cells or free variables). */
    List<String> localNames();

    List<String> globalNames();

    /** The builtins, keyed by name. */
    Map<String, Object> builtins();
  }

  /** A frame that can say which names were visible in it. */
  public interface ScopeSource {
    Scope suggestionScope();
  }

  /** The hint to append to the last line of {@code e}'s report, or "". */
  public static String hintFor(PyBaseException e) {
    String best = null;
    try {
      if (e.type() == ExceptionTypes.NAME_ERROR && e.name instanceof String) {
        best = forName((String) e.name, e.nameScope);
      } else if (e.type() == ExceptionTypes.ATTRIBUTE_ERROR && e.name instanceof String
          && e.obj != null) {
        best = closest((String) e.name, stringsOf(Builtins.dir(e.obj)));
      }
    } catch (RuntimeException ex) {
      best = null; // as CPython: a failing dir() just means no hint
    }
    return best == null ? "" : ". Did you mean: '" + best + "'?";
  }

  private static String forName(String name, Scope scope) {
    if (scope == null) {
      return null;
    }
    String s = closest(name, scope.localNames());
    if (s == null) {
      s = closest(name, scope.globalNames());
    }
    if (s == null) {
      s = closest(name, inCPythonOrder(scope.builtins()));
    }
    return s;
  }

  private static List<String> stringsOf(PyList l) {
    List<String> out = new ArrayList<>();
    for (Object o : l.toArray()) {
      if (o instanceof String) {
        out.add((String) o);
      }
    }
    return out;
  }

  /** The builtins in the order of CPython's builtins dict (ties go to the earlier one). */
  private static List<String> inCPythonOrder(Map<String, Object> builtins) {
    List<String> names = new ArrayList<>(builtins.keySet());
    names.sort((a, b) -> Integer.compare(rank(a), rank(b)));
    return names;
  }

  private static final String CPYTHON_BUILTINS = "__name__ __doc__ __package__ __loader__"
      + " __spec__ __build_class__ __import__ abs all any ascii bin breakpoint callable chr compile"
      + " delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance"
      + " issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr"
      + " sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray bytes"
      + " classmethod complex dict enumerate filter float frozenset property int list map object"
      + " range reversed set slice staticmethod str super tuple type zip __debug__ BaseException"
      + " BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError"
      + " AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError"
      + " NameError OSError ReferenceError RuntimeError StopAsyncIteration StopIteration"
      + " SyntaxError SystemError TypeError ValueError Warning FloatingPointError OverflowError"
      + " ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning FutureWarning"
      + " ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning"
      + " UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError"
      + " FileExistsError FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError"
      + " PermissionError ProcessLookupError TimeoutError IndentationError IndexError KeyError"
      + " ModuleNotFoundError NotImplementedError RecursionError UnboundLocalError UnicodeError"
      + " BrokenPipeError ConnectionAbortedError ConnectionRefusedError ConnectionResetError"
      + " TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ExceptionGroup"
      + " EnvironmentError IOError open quit exit copyright credits license help";
  private static final Map<String, Integer> RANK = new HashMap<>();

  static {
    String[] names = CPYTHON_BUILTINS.split(" ");
    for (int i = 0; i < names.length; i++) {
      RANK.put(names[i], i);
    }
  }

  private static int rank(String name) {
    Integer r = RANK.get(name);
    return r == null ? Integer.MAX_VALUE : r;
  }

  /** The candidate closest to {@code name} within CPython's cut-off, or null. */
  public static String closest(String name, List<String> candidates) {
    if (candidates.size() >= MAX_CANDIDATES) {
      return null;
    }
    byte[] a = name.getBytes(StandardCharsets.UTF_8);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equals(name)) {
        continue;
      }
      byte[] b = c.getBytes(StandardCharsets.UTF_8);
      int max = (a.length + b.length + 3) * MOVE_COST / 6;
      if (best != null) {
        max = Math.min(max, bestDistance - 1);
      }
      int d = distance(a, b, max);
      if (d <= max && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The weighted edit distance of a and b, or something above {@code max} when it exceeds it. */
  static int distance(byte[] a, byte[] b, int max) {
    int start = 0;
    int aEnd = a.length;
    int bEnd = b.length;
    while (start < aEnd && start < bEnd && a[start] == b[start]) {
      start++;
    }
    while (aEnd > start && bEnd > start && a[aEnd - 1] == b[bEnd - 1]) {
      aEnd--;
      bEnd--;
    }
    int n = aEnd - start;
    int m = bEnd - start;
    if (n == 0 || m == 0) {
      return (n + m) * MOVE_COST;
    }
    if (n > MAX_STRING_SIZE || m > MAX_STRING_SIZE) {
      return max + 1;
    }
    if (Math.abs(n - m) * MOVE_COST > max) {
      return max + 1;
    }
    int[] row = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      row[j] = j * MOVE_COST;
    }
    for (int i = 1; i <= n; i++) {
      int diag = row[0];
      row[0] = i * MOVE_COST;
      byte ca = a[start + i - 1];
      for (int j = 1; j <= m; j++) {
        int up = row[j];
        int sub = diag + substitutionCost(ca, b[start + j - 1]);
        row[j] = Math.min(Math.min(up, row[j - 1]) + MOVE_COST, sub);
        diag = up;
      }
    }
    return row[m];
  }

  private static int substitutionCost(byte x, byte y) {
    if (x == y) {
      return 0;
    }
    return lower(x) == lower(y) ? CASE_COST : MOVE_COST;
  }

  private static int lower(byte c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }
}
