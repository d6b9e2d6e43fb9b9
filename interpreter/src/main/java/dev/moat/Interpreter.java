package dev.moat;

import dev.moat.eval.Globals;
import dev.moat.eval.ScriptRunner;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.BudgetExceededError;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs scripts: one script's globals, imported modules, registered host functions and limits.
 * Cheap to create; use one per task. Confined to one thread at a time (a run may be cancelled
 * from any thread).
 *
 * <p>Values cross the boundary as: None/null, bool/Boolean, int/Long (BigInteger when it does
 * not fit), float/Double, str/String, bytes/byte[], list/List, tuple/unmodifiable List,
 * dict/Map (insertion-ordered), set/Set; anything else reaches Java as a {@link ScriptObject}.
 *
 * <pre>{@code
 * Interpreter interp = Interpreter.builder().stdout(System.out).build();
 * Object v = interp.eval("sum(x * x for x in range(10))");   // 285L
 * }</pre>
 */
public final class Interpreter {
  private final InterpreterState state;
  private final Globals globals;
  private final Limits limits;
  private final Map<String, Function<String, PyModule>> moduleProviders;
  private final ScriptModules scriptModules;

  private Interpreter(Builder b) {
    this.limits = b.limits;
    Map<String, Object> builtins = Builtins.newNamespace();
    for (Map.Entry<String, JavaFunction> e : b.functions.entrySet()) {
      builtins.put(e.getKey(), Interop.wrap(e.getKey(), e.getValue()));
    }
    this.state = new InterpreterState(builtins);
    state.configure(limits.maxSteps(), limits.timeoutMillis() * 1_000_000L,
        limits.maxMemoryBytes(), limits.maxDepth(), limits.maxOutputBytes());
    Appendable out = b.stdout;
    Appendable err = b.stderr;
    state.setSinks(s -> append(out, s), s -> append(err, s));
    state.setArgv(b.argv);
    this.globals = new Globals("__main__", builtins);
    globals.set("__name__", "__main__");
    // `import __main__` finds the script's own namespace, as in CPython (unittest.main uses it)
    state.modules().put("__main__", new PyModule("__main__", globals));
    this.moduleProviders = new LinkedHashMap<>(b.modules);
    this.scriptModules = b.scriptModules;
    state.setModuleLoader((st, name) -> {
      Function<String, PyModule> p = moduleProviders.get(name);
      if (p != null) {
        return p.apply(name);
      }
      ScriptModules.Source src = scriptModules == null ? null : scriptModules.find(name);
      if (src != null) {
        return loadScriptModule(name, src);
      }
      String python = dev.moat.spi.StandardModules.pythonSource(name);
      if (python != null) {
        return loadScriptModule(name, new ScriptModules.Source(python,
            name.replace('.', '/') + ".py", false));
      }
      return dev.moat.spi.StandardModules.create(name);
    });
  }

  /**
   * Runs a script module's body once in its own namespace. The module is registered before its
   * body runs, so circular imports see the partly initialised module, as in CPython.
   */
  private PyModule loadScriptModule(String name, ScriptModules.Source src) {
    Program program;
    try {
      program = Program.compile(src.code(), src.fileName());
    } catch (PythonException e) {
      throw dev.moat.runtime.Errors.of(dev.moat.runtime.ExceptionTypes.SYNTAX_ERROR,
          e.pythonMessage() + " (" + src.fileName() + ", line " + e.line() + ")");
    }
    Globals g = new Globals(name, state.builtins());
    g.set("__name__", name);
    g.set("__file__", src.fileName());
    int dot = name.lastIndexOf('.');
    g.set("__package__", src.isPackage() ? name : dot < 0 ? "" : name.substring(0, dot));
    PyModule m = new PyModule(name, g);
    state.modules().put(name, m);
    try {
      ScriptRunner.run(program.module, g, state);
    } catch (RuntimeException e) {
      state.modules().remove(name);
      throw e;
    }
    return m;
  }

  private static void append(Appendable a, String s) {
    try {
      a.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Compiles and runs {@code source} as {@code <string>}; returns a final expression's value. */
  public Object eval(String source) throws MoatException {
    return run(Program.compile(source, "<string>"));
  }

  /** Compiles and runs {@code source} under the given file name (used in tracebacks). */
  public Object eval(String source, String fileName) throws MoatException {
    return run(Program.compile(source, fileName));
  }

  /** Runs {@code source} for its effects. */
  public void exec(String source) throws MoatException {
    run(Program.compile(source, "<string>"));
  }

  /**
   * Runs a compiled program in this interpreter's globals, with fresh budgets.
   *
   * @return the value of the program's final expression statement (Java-converted), or null
   * @throws PythonException an uncaught Python exception
   * @throws BudgetExceededException a budget ran out or the run was cancelled
   */
  public Object run(Program program) throws MoatException {
    return ScriptCarrier.onScriptThread(() -> runHere(program), state::cancel);
  }

  private Object runHere(Program program) throws MoatException {
    InterpreterState prev = state.enter();
    try {
      state.startRun();
      Object v = ScriptRunner.run(program.module, globals, state);
      return Interop.toJava(v);
    } catch (PyException e) {
      throw Tracebacks.toJava(e.exception());
    } catch (BudgetExceededError b) {
      throw new BudgetExceededException(
          BudgetExceededException.Budget.valueOf(b.kind().name()), b.limit(), b.line(),
          b.getMessage());
    } catch (StackOverflowError e) {
      throw new PythonException("RecursionError", "maximum recursion depth exceeded", 0,
          "RecursionError: maximum recursion depth exceeded\n");
    } catch (RuntimeException e) {
      // a bug in Moat: the script sees CPython's SystemError, the host gets the cause
      PythonException p = new PythonException("SystemError", "internal error in the interpreter",
          0, "SystemError: internal error in the interpreter\n");
      p.initCause(e);
      throw p;
    } finally {
      state.flush();
      InterpreterState.leave(prev);
    }
  }

  /** Sets a global variable (the value is converted as described above). */
  public void set(String name, Object value) {
    globals.set(name, Interop.toPython(value));
  }

  /** Reads a global variable; null if unset or None. */
  public Object get(String name) {
    Object v = globals.get(name);
    return v == null ? null : Interop.toJava(v);
  }

  /**
   * A snapshot of the global variables (names not starting with {@code __}), converted to Java
   * values; values with no Java counterpart appear as {@link ScriptObject}s.
   */
  public Map<String, Object> globals() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String n : globals.names()) {
      if (!n.startsWith("__")) {
        out.put(n, Interop.toJava(globals.get(n)));
      }
    }
    return out;
  }

  /** Stops the current run at its next budget check (safe from any thread). */
  public void cancel() {
    state.cancel();
  }

  public Limits limits() {
    return limits;
  }

  /** Configures an {@link Interpreter}. */
  public static final class Builder {
    private Appendable stdout = new StringBuilder();
    private Appendable stderr = new StringBuilder();
    private Limits limits = Limits.DEFAULT;
    private final Map<String, JavaFunction> functions = new LinkedHashMap<>();
    private final Map<String, Function<String, PyModule>> modules = new LinkedHashMap<>();
    private ScriptModules scriptModules;
    private java.util.List<String> argv = java.util.List.of("");

    /** Where {@code print} writes (default: discarded). */
    public Builder stdout(Appendable out) {
      this.stdout = out;
      return this;
    }

    /** Where tracebacks and {@code sys.stderr} writes go (default: discarded). */
    public Builder stderr(Appendable err) {
      this.stderr = err;
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    /** Makes a host function callable from scripts under {@code name}. */
    public Builder function(String name, JavaFunction fn) {
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new IllegalArgumentException("not a Python identifier: " + name);
      }
      functions.put(name, fn);
      return this;
    }

    /** What the script sees as {@code sys.argv} (default {@code ['']}). */
    public Builder argv(java.util.List<String> argv) {
      this.argv = java.util.List.copyOf(argv);
      return this;
    }

    /** Where {@code import} finds modules written in Python (see {@link ScriptModules#of}). */
    public Builder scriptModules(ScriptModules modules) {
      this.scriptModules = modules;
      return this;
    }

    /** Registers an importable module (used by the stdlib and capability libraries). */
    public Builder module(String name, Function<String, PyModule> provider) {
      modules.put(name, provider);
      return this;
    }

    public Interpreter build() {
      return new Interpreter(this);
    }
  }
}
