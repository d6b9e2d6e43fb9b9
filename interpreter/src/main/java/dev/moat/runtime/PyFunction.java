package dev.moat.runtime;

/**
 * A function defined by a script ({@code def} or {@code lambda}): compiled code plus what the
 * {@code def} statement evaluated (defaults, closure cells, the module's globals).
 */
public final class PyFunction implements PyObject, PyCallable {
  /** The executable part, provided by the evaluator. */
  public interface Code {
    /** Runs the function with the given call arguments. */
    Object invoke(PyFunction fn, Object[] args, String[] kwnames);

    /** The parameter list. */
    Signature signature();
  }

  public final Code code;
  public String name;
  public String qualname;
  /** Per-slot defaults (null where required); shared by every call, never mutated. */
  public Object[] slotDefaults;
  /** Cells captured from enclosing functions, in the order the code expects. */
  public final Cell[] closure;
  /** The module namespace the function was defined in. */
  public final Object globals;
  public final String moduleName;
  public Object doc = PyNone.NONE;
  private PyDict dict;

  public PyFunction(Code code, String name, String qualname, Object[] slotDefaults,
      Cell[] closure, Object globals, String moduleName) {
    this.code = code;
    this.name = name;
    this.qualname = qualname;
    this.slotDefaults = slotDefaults;
    this.closure = closure;
    this.globals = globals;
    this.moduleName = moduleName;
  }

  @Override
  public PyType type() {
    return Types.FUNCTION;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    return code.invoke(this, args, kwnames);
  }

  @Override
  public String callableName() {
    return qualname;
  }

  /** Attributes set on the function object ({@code f.cache = {}}). */
  public PyDict dict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  public PyDict dictOrNull() {
    return dict;
  }
}
