package dev.moat.stdlib;

import dev.moat.runtime.PyModule;
import dev.moat.spi.ModuleProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The safe modules written in Python ({@code unittest}, {@code types}, ...): their source is a
 * class-path resource under {@code dev/moat/stdlib/python/}, run in the importing interpreter
 * like any script module. They use only the language and other safe modules.
 */
public final class PythonModules implements ModuleProvider {
  /** One entry per {@code python/<name>.py} resource. */
  private static final Set<String> NAMES = Set.of("argparse", "fnmatch", "graphlib", "keyword",
      "logging", "numbers", "queue", "shlex", "types", "unittest", "unittest.mock", "warnings");
  private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

  @Override
  public Set<String> moduleNames() {
    return NAMES;
  }

  @Override
  public String pythonSource(String name) {
    return NAMES.contains(name) ? SOURCES.computeIfAbsent(name, PythonModules::read) : null;
  }

  @Override
  public PyModule create(String name) {
    throw new IllegalStateException(name + " is written in Python");
  }

  private static String read(String name) {
    String path = "python/" + name + ".py";
    try (InputStream in = PythonModules.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
