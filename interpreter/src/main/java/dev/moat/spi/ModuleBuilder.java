package dev.moat.spi;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyModule;

/**
 * Builds a Java-implemented module: functions declared with a Python signature (see
 * {@link dev.moat.runtime.Signature}) and constants.
 *
 * <pre>{@code
 * ModuleBuilder.named("math")
 *     .constant("pi", Math.PI)
 *     .function("sqrt", "x, /", a -> Math.sqrt(...))
 *     .build();
 * }</pre>
 */
public final class ModuleBuilder {
  private final String name;
  private final PyDict dict = new PyDict();

  private ModuleBuilder(String name) {
    this.name = name;
    dict.put("__name__", name);
  }

  public static ModuleBuilder named(String name) {
    return new ModuleBuilder(name);
  }

  /** Adds a function; {@code params} is a Python parameter list, e.g. {@code "x, /, *, key=None"}. */
  public ModuleBuilder function(String fname, String params, BuiltinFunction.Body body) {
    dict.put(fname, BuiltinFunction.of(fname, params, body));
    return this;
  }

  /** Adds any Python value (a constant, a type, another function object). */
  public ModuleBuilder constant(String cname, Object value) {
    dict.put(cname, value);
    return this;
  }

  public PyModule build() {
    return new PyModule(name, PyModule.dictNamespace(dict));
  }
}
