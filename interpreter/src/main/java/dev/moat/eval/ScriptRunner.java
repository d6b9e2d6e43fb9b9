package dev.moat.eval;

import dev.moat.ast.Ast;
import dev.moat.runtime.Cell;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyNone;

/** The evaluator's public entry points: compile a module, run it against some globals. */
public final class ScriptRunner {
  private ScriptRunner() {}

  /** A compiled module: immutable, shareable across threads and interpreters. */
  public static final class CompiledModule {
    final Compiler.Compiled compiled;
    final String fileName;
    final String[] lines;

    CompiledModule(Compiler.Compiled compiled, String fileName, String[] lines) {
      this.compiled = compiled;
      this.fileName = fileName;
      this.lines = lines;
    }

    public String fileName() {
      return fileName;
    }
  }

  /**
   * Resolves and compiles a parsed module.
   *
   * @throws dev.moat.parse.SyntaxErrorException for scope errors
   */
  public static CompiledModule compile(Ast.Module module, String source, String fileName) {
    Compiler.Compiled c = Compiler.compile(module, fileName, source, true);
    return new CompiledModule(c, fileName, source.split("\r\n|\r|\n", -1));
  }

  /**
   * Runs a module in {@code globals}; returns the value of a final expression statement, or
   * None. The state must already be entered on this thread.
   */
  public static Object run(CompiledModule m, Globals globals, InterpreterState state) {
    ModuleRun run = new ModuleRun(globals.refs(m.compiled.globalNames), globals, state,
        m.fileName, m.lines);
    Code code = m.compiled.code;
    Frame f = code.setUp(new Cell[0], run, new Object[0]);
    f.push();
    try {
      int s = code.body.exec(f);
      return s == Exec.RETURN ? f.ret : PyNone.NONE;
    } catch (PyException e) {
      Frames.record(f, e.exception(), "<module>");
      throw e;
    } catch (dev.moat.runtime.BudgetExceededError b) {
      b.setLineIfUnknown(f.line);
      throw b;
    } finally {
      f.pop();
    }
  }
}
