package dev.moat.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

class MoatScriptEngineTest {
  private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("moat");

  @Test
  void isFoundByNameAndEvaluatesWithBindingsBothWays() throws Exception {
    assertNotNull(engine);
    assertEquals("Python", engine.getFactory().getLanguageName());
    StringWriter out = new StringWriter();
    engine.getContext().setWriter(out);
    engine.put("items", List.of(3, 1, 2));
    Object r = engine.eval("total = sum(items)\nprint('sorted', sorted(items))\ntotal * 2");
    assertEquals(12L, r);
    assertEquals("sorted [1, 2, 3]\n", out.toString());
    assertEquals(6L, engine.get("total"));
    Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
    assertTrue(b.containsKey("total"));
  }

  @Test
  void compiledScriptsRunRepeatedly() throws Exception {
    CompiledScript c = ((Compilable) engine).compile("n = n + 1\nn");
    engine.put("n", 1);
    assertEquals(2L, c.eval());
    assertEquals(3L, c.eval());
  }

  @Test
  void errorsAreScriptExceptionsWithTheLine() {
    ScriptException e = assertThrows(ScriptException.class,
        () -> engine.eval("x = 1\ny = x / 0\n"));
    assertEquals(2, e.getLineNumber());
    assertTrue(e.getMessage().contains("ZeroDivisionError: division by zero"), e.getMessage());
    ScriptException s = assertThrows(ScriptException.class, () -> engine.eval("def f(:\n"));
    assertTrue(s.getMessage().contains("SyntaxError"), s.getMessage());
  }
}
