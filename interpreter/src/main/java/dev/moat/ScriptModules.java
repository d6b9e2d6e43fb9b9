package dev.moat;

import java.util.Map;

/**
 * Where an interpreter finds the source of modules written in Python ({@code import helpers},
 * {@code from pkg.mod import f}). The host decides what exists; nothing is read from disk.
 */
@FunctionalInterface
public interface ScriptModules {
  /** A module's source: its code, the file name shown in tracebacks, and whether it is a package. */
  record Source(String code, String fileName, boolean isPackage) {}

  /** The source of module {@code name} (dotted), or null when there is none. */
  Source find(String name);

  /**
   * Modules from a map of dotted name to source. A name is a package when another entry lies
   * below it ({@code "pkg"} with {@code "pkg.util"}); its file name is then
   * {@code pkg/__init__.py}, otherwise {@code name.py} with dots as slashes.
   */
  static ScriptModules of(Map<String, String> sources) {
    Map<String, String> copy = Map.copyOf(sources);
    return name -> {
      String code = copy.get(name);
      if (code == null) {
        return null;
      }
      boolean pkg = copy.keySet().stream().anyMatch(k -> k.startsWith(name + "."));
      String path = name.replace('.', '/');
      return new Source(code, pkg ? path + "/__init__.py" : path + ".py", pkg);
    };
  }
}
