package dev.moat.jsr223;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.MoatException;
import dev.moat.Program;
import dev.moat.PythonException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A JSR-223 engine over {@link Interpreter}: engine-scope bindings become script globals before
 * a run and receive the script's globals after it; output goes to the context's writers; script
 * errors and exhausted budgets are {@link ScriptException}s with the line.
 */
public final class MoatScriptEngine extends AbstractScriptEngine implements Compilable {
  private final ScriptEngineFactory factory;

  MoatScriptEngine(ScriptEngineFactory factory) {
    this.factory = factory;
  }

  @Override
  public Object eval(String script, ScriptContext context) throws ScriptException {
    Object file = context.getAttribute(ScriptEngine.FILENAME);
    try {
      return run(Program.compile(script, file == null ? "<script>" : file.toString()), context);
    } catch (PythonException e) {
      throw scriptException(e);
    }
  }

  @Override
  public Object eval(Reader reader, ScriptContext context) throws ScriptException {
    return eval(read(reader), context);
  }

  private static String read(Reader reader) throws ScriptException {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new ScriptException(e);
    }
  }

  private Object run(Program program, ScriptContext context) throws ScriptException {
    Interpreter interp = Interpreter.builder()
        .stdout(appendable(context.getWriter()))
        .stderr(appendable(context.getErrorWriter()))
        .build();
    Bindings engine = context.getBindings(ScriptContext.ENGINE_SCOPE);
    if (engine != null) {
      for (Map.Entry<String, Object> e : engine.entrySet()) {
        if (e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
          try {
            interp.set(e.getKey(), e.getValue());
          } catch (IllegalArgumentException ignored) {
            // values a script cannot hold (host objects) are not passed in
          }
        }
      }
    }
    try {
      Object result = interp.run(program);
      if (engine != null) {
        engine.putAll(interp.globals());
      }
      return result;
    } catch (PythonException e) {
      throw scriptException(e);
    } catch (BudgetExceededException e) {
      ScriptException se = new ScriptException(e.getMessage(), program.fileName(), e.line());
      se.initCause(e);
      throw se;
    } catch (MoatException e) {
      throw new ScriptException(e);
    } finally {
      flush(context.getWriter());
      flush(context.getErrorWriter());
    }
  }

  private static ScriptException scriptException(PythonException e) {
    ScriptException se = new ScriptException(e.getMessage(), null, e.line());
    se.initCause(e);
    return se;
  }

  private static Appendable appendable(Writer w) {
    if (w == null) {
      return new StringBuilder();
    }
    return new Appendable() {
      @Override
      public Appendable append(CharSequence s) {
        try {
          w.write(s.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return this;
      }

      @Override
      public Appendable append(CharSequence s, int start, int end) {
        return append(s.subSequence(start, end));
      }

      @Override
      public Appendable append(char c) {
        return append(String.valueOf(c));
      }
    };
  }

  private static void flush(Writer w) {
    if (w != null) {
      try {
        w.flush();
      } catch (IOException ignored) {
        // nothing more to do for a writer that cannot flush
      }
    }
  }

  @Override
  public Bindings createBindings() {
    return new SimpleBindings();
  }

  @Override
  public ScriptEngineFactory getFactory() {
    return factory;
  }

  @Override
  public CompiledScript compile(String script) throws ScriptException {
    Program program;
    try {
      program = Program.compile(script, "<script>");
    } catch (PythonException e) {
      throw scriptException(e);
    }
    return new CompiledScript() {
      @Override
      public Object eval(ScriptContext context) throws ScriptException {
        return run(program, context);
      }

      @Override
      public ScriptEngine getEngine() {
        return MoatScriptEngine.this;
      }
    };
  }

  @Override
  public CompiledScript compile(Reader script) throws ScriptException {
    return compile(read(script));
  }
}
