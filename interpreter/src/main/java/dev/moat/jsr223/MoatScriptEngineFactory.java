package dev.moat.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 entry point: {@code new ScriptEngineManager().getEngineByName("moat")} returns a
 * sandboxed Python engine with the default {@link dev.moat.Limits}.
 */
public final class MoatScriptEngineFactory implements ScriptEngineFactory {
  @Override
  public String getEngineName() {
    return "Moat";
  }

  @Override
  public String getEngineVersion() {
    return "0.1.0";
  }

  @Override
  public List<String> getExtensions() {
    return List.of("py");
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of("text/x-python");
  }

  @Override
  public List<String> getNames() {
    return List.of("moat", "Moat", "python-moat");
  }

  @Override
  public String getLanguageName() {
    return "Python";
  }

  @Override
  public String getLanguageVersion() {
    return "3.11";
  }

  @Override
  public Object getParameter(String key) {
    switch (key) {
      case ScriptEngine.ENGINE:
        return getEngineName();
      case ScriptEngine.ENGINE_VERSION:
        return getEngineVersion();
      case ScriptEngine.NAME:
        return "moat";
      case ScriptEngine.LANGUAGE:
        return getLanguageName();
      case ScriptEngine.LANGUAGE_VERSION:
        return getLanguageVersion();
      default:
        return null;
    }
  }

  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return obj + "." + m + "(" + String.join(", ", args) + ")";
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    return "print(" + dev.moat.runtime.text.StrRepr.repr(toDisplay) + ")";
  }

  @Override
  public String getProgram(String... statements) {
    return String.join("\n", statements) + "\n";
  }

  @Override
  public ScriptEngine getScriptEngine() {
    return new MoatScriptEngine(this);
  }
}
