package dev.moat.spi;

import dev.moat.runtime.PyModule;
import java.util.Set;

/**
 * Supplies importable modules implemented in Java. Safe standard-library modules (pure
 * computation, no host access) are found with {@link java.util.ServiceLoader} and are available
 * in every interpreter; capability modules are never discovered this way, a host registers them
 * explicitly.
 */
public interface ModuleProvider {
  /** The module names this provider creates, e.g. {@code "math"}. */
  Set<String> moduleNames();

  /**
   * Creates a fresh instance of module {@code name} for one interpreter (instances are never
   * shared, so a script that changes a module affects only its own interpreter).
   */
  PyModule create(String name);

  /**
   * The Python source of module {@code name} when this provider implements it in Python
   * instead of Java, else null (then {@link #create} makes it). Such a module runs in the
   * importing interpreter like a script module: same budgets, same sandbox.
   */
  default String pythonSource(String name) {
    return null;
  }
}
