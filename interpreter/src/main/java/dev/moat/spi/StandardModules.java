package dev.moat.spi;

import dev.moat.runtime.PyModule;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The safe modules found on the class path, by name (loaded once per JVM). */
public final class StandardModules {
  private StandardModules() {}

  private static final Map<String, ModuleProvider> PROVIDERS = load();

  private static Map<String, ModuleProvider> load() {
    Map<String, ModuleProvider> out = new HashMap<>();
    for (ModuleProvider p : ServiceLoader.load(ModuleProvider.class,
        StandardModules.class.getClassLoader())) {
      for (String n : p.moduleNames()) {
        out.putIfAbsent(n, p);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** A fresh instance of safe module {@code name}, or null if there is none. */
  public static PyModule create(String name) {
    ModuleProvider p = PROVIDERS.get(name);
    return p == null ? null : p.create(name);
  }

  /** The Python source of safe module {@code name} if it is written in Python, else null. */
  public static String pythonSource(String name) {
    ModuleProvider p = PROVIDERS.get(name);
    return p == null ? null : p.pythonSource(name);
  }

  /** The names of all safe modules available. */
  public static java.util.Set<String> names() {
    return PROVIDERS.keySet();
  }
}
