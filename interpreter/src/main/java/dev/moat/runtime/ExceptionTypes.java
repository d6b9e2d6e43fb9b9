package dev.moat.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in exception hierarchy of CPython 3.11 (exception groups excepted). */
public final class ExceptionTypes {
  private ExceptionTypes() {}

  private static final Map<String, PyType> ALL = new LinkedHashMap<>();

  private static PyType make(String name, PyType base) {
    PyType t = new PyType(name, base);
    ALL.put(name, t);
    return t;
  }

  public static final PyType BASE_EXCEPTION = make("BaseException", Types.OBJECT);
  public static final PyType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
  public static final PyType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
  public static final PyType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION);
  public static final PyType EXCEPTION = make("Exception", BASE_EXCEPTION);
  public static final PyType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
  public static final PyType FLOATING_POINT_ERROR = make("FloatingPointError", ARITHMETIC_ERROR);
  public static final PyType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
  public static final PyType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
  public static final PyType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
  public static final PyType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION);
  public static final PyType BUFFER_ERROR = make("BufferError", EXCEPTION);
  public static final PyType EOF_ERROR = make("EOFError", EXCEPTION);
  public static final PyType IMPORT_ERROR = make("ImportError", EXCEPTION);
  public static final PyType MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", IMPORT_ERROR);
  public static final PyType LOOKUP_ERROR = make("LookupError", EXCEPTION);
  public static final PyType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
  public static final PyType KEY_ERROR = make("KeyError", LOOKUP_ERROR);
  public static final PyType MEMORY_ERROR = make("MemoryError", EXCEPTION);
  public static final PyType NAME_ERROR = make("NameError", EXCEPTION);
  public static final PyType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
  public static final PyType OS_ERROR = make("OSError", EXCEPTION);
  public static final PyType BLOCKING_IO_ERROR = make("BlockingIOError", OS_ERROR);
  public static final PyType CHILD_PROCESS_ERROR = make("ChildProcessError", OS_ERROR);
  public static final PyType CONNECTION_ERROR = make("ConnectionError", OS_ERROR);
  public static final PyType BROKEN_PIPE_ERROR = make("BrokenPipeError", CONNECTION_ERROR);
  public static final PyType CONNECTION_ABORTED_ERROR =
      make("ConnectionAbortedError", CONNECTION_ERROR);
  public static final PyType CONNECTION_REFUSED_ERROR =
      make("ConnectionRefusedError", CONNECTION_ERROR);
  public static final PyType CONNECTION_RESET_ERROR =
      make("ConnectionResetError", CONNECTION_ERROR);
  public static final PyType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
  public static final PyType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
  public static final PyType INTERRUPTED_ERROR = make("InterruptedError", OS_ERROR);
  public static final PyType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
  public static final PyType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
  public static final PyType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
  public static final PyType PROCESS_LOOKUP_ERROR = make("ProcessLookupError", OS_ERROR);
  public static final PyType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
  public static final PyType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
  public static final PyType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
  public static final PyType NOT_IMPLEMENTED_ERROR = make("NotImplementedError", RUNTIME_ERROR);
  public static final PyType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
  public static final PyType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
  public static final PyType STOP_ITERATION = make("StopIteration", EXCEPTION);
  public static final PyType SYNTAX_ERROR = make("SyntaxError", EXCEPTION);
  public static final PyType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
  public static final PyType TAB_ERROR = make("TabError", INDENTATION_ERROR);
  public static final PyType SYSTEM_ERROR = make("SystemError", EXCEPTION);
  public static final PyType TYPE_ERROR = make("TypeError", EXCEPTION);
  public static final PyType VALUE_ERROR = make("ValueError", EXCEPTION);
  public static final PyType UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
  public static final PyType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", UNICODE_ERROR);
  public static final PyType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", UNICODE_ERROR);
  public static final PyType UNICODE_TRANSLATE_ERROR =
      make("UnicodeTranslateError", UNICODE_ERROR);
  public static final PyType WARNING = make("Warning", EXCEPTION);
  public static final PyType BYTES_WARNING = make("BytesWarning", WARNING);
  public static final PyType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
  public static final PyType ENCODING_WARNING = make("EncodingWarning", WARNING);
  public static final PyType FUTURE_WARNING = make("FutureWarning", WARNING);
  public static final PyType IMPORT_WARNING = make("ImportWarning", WARNING);
  public static final PyType PENDING_DEPRECATION_WARNING =
      make("PendingDeprecationWarning", WARNING);
  public static final PyType RESOURCE_WARNING = make("ResourceWarning", WARNING);
  public static final PyType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
  public static final PyType SYNTAX_WARNING = make("SyntaxWarning", WARNING);
  public static final PyType UNICODE_WARNING = make("UnicodeWarning", WARNING);
  public static final PyType USER_WARNING = make("UserWarning", WARNING);

  /** Every built-in exception type by name, in hierarchy order. */
  public static Map<String, PyType> all() {
    return ALL;
  }

  static {
    BASE_EXCEPTION.setInstanceFactory(PyBaseException::new);
    for (PyType t : ALL.values()) {
      t.setInstanceFactory(PyBaseException::new);
      t.setSubclassable(true);
    }
  }

  /**
   * The class {@code OSError(errno, strerror, ...)} makes, as CPython on Linux: an errno with its
   * own subclass (2 is FileNotFoundError...) picks it; only for 2 to 5 positional arguments whose
   * first is an int, and only when OSError itself is called.
   */
  static PyType osErrorFor(Object[] args, String[] kwnames) {
    int npos = args.length - (kwnames == null ? 0 : kwnames.length);
    if (npos < 2 || npos > 5) {
      return OS_ERROR;
    }
    Object n = args[0];
    if (n instanceof ValueSubclass) {
      n = ((ValueSubclass) n).value();
    }
    long errno;
    if (n instanceof Long) {
      errno = (Long) n;
    } else if (n instanceof Boolean) {
      errno = (Boolean) n ? 1 : 0;
    } else {
      return OS_ERROR;
    }
    switch ((int) Math.max(-1, Math.min(errno, Integer.MAX_VALUE))) {
      case 2: // ENOENT
        return FILE_NOT_FOUND_ERROR;
      case 17: // EEXIST
        return FILE_EXISTS_ERROR;
      case 1: // EPERM
      case 13: // EACCES
        return PERMISSION_ERROR;
      case 21: // EISDIR
        return IS_A_DIRECTORY_ERROR;
      case 20: // ENOTDIR
        return NOT_A_DIRECTORY_ERROR;
      case 11: // EAGAIN, EWOULDBLOCK
      case 114: // EALREADY
      case 115: // EINPROGRESS
        return BLOCKING_IO_ERROR;
      case 10: // ECHILD
        return CHILD_PROCESS_ERROR;
      case 32: // EPIPE
      case 108: // ESHUTDOWN
        return BROKEN_PIPE_ERROR;
      case 103: // ECONNABORTED
        return CONNECTION_ABORTED_ERROR;
      case 111: // ECONNREFUSED
        return CONNECTION_REFUSED_ERROR;
      case 104: // ECONNRESET
        return CONNECTION_RESET_ERROR;
      case 4: // EINTR
        return INTERRUPTED_ERROR;
      case 3: // ESRCH
        return PROCESS_LOOKUP_ERROR;
      case 110: // ETIMEDOUT
        return TIMEOUT_ERROR;
      default:
        return OS_ERROR;
    }
  }
}
