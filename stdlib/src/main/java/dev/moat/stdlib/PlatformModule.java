package dev.moat.stdlib;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code platform} with fixed values that never describe the real host: the system is
 * {@code "Moat"} and node, release, version, machine and processor are empty, unless the host
 * registers its own values with {@link #configured(Map)}:
 *
 * <pre>{@code
 * Interpreter.builder()
 *     .module("platform", n -> PlatformModule.configured(Map.of("system", "Sandbox",
 *         "release", "1.0")))
 * }</pre>
 *
 * <p>The Python facts agree with {@code sys}: version 3.11.7, implementation {@code "Moat"}.
 */
public final class PlatformModule implements ModuleProvider {
  /** The settings a host may give, with their defaults. */
  public static final Map<String, String> DEFAULTS;

  static {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("system", "Moat");
    d.put("node", "");
    d.put("release", "");
    d.put("version", "");
    d.put("machine", "");
    d.put("processor", "");
    d.put("architecture_bits", "64bit");
    d.put("architecture_linkage", "");
    DEFAULTS = java.util.Collections.unmodifiableMap(d);
  }

  private static final String PY_VERSION = "3.11.7";

  private static Object orEmpty3(Object o) {
    return o == dev.moat.runtime.Signature.MISSING ? PyTuple.of("", "", "") : o;
  }

  @Override
  public Set<String> moduleNames() {
    return Set.of("platform");
  }

  @Override
  public PyModule create(String name) {
    return configured(Map.of());
  }

  /**
   * A {@code platform} module reporting {@code values} (keys as in {@link #DEFAULTS}; missing
   * keys keep their defaults). Unknown keys are rejected.
   */
  public static PyModule configured(Map<String, String> values) {
    Map<String, String> v = new LinkedHashMap<>(DEFAULTS);
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!DEFAULTS.containsKey(e.getKey())) {
        throw new IllegalArgumentException("unknown platform setting: " + e.getKey());
      }
      v.put(e.getKey(), java.util.Objects.requireNonNull(e.getValue()));
    }
    String system = v.get("system");
    String node = v.get("node");
    String release = v.get("release");
    String version = v.get("version");
    String machine = v.get("machine");
    String processor = v.get("processor");

    PyType unameResult = NamedTuples.create("uname_result",
        "system node release version machine processor", false, PyNone.NONE, "platform");
    unameResult.setAttribute("__repr__", BuiltinFunction.of("__repr__", "self", a -> {
      PyTuple t = (PyTuple) a[0];
      String[] names = {"system", "node", "release", "version", "machine"};
      StringBuilder sb = new StringBuilder("uname_result(");
      for (int i = 0; i < names.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(Ops.repr(t.get(i)));
      }
      return sb.append(')').toString();
    }));
    Object uname = Ops.call(unameResult, new Object[] {system, node, release, version, machine,
        processor}, null);

    return ModuleBuilder.named("platform")
        .function("system", "", a -> system)
        .function("node", "", a -> node)
        .function("release", "", a -> release)
        .function("version", "", a -> version)
        .function("machine", "", a -> machine)
        .function("processor", "", a -> processor)
        .function("uname", "", a -> uname)
        .constant("uname_result", unameResult)
        .function("architecture", "executable=None, bits='', linkage=''",
            a -> PyTuple.of(v.get("architecture_bits"), v.get("architecture_linkage")))
        .function("platform", "aliased=False, terse=False", a -> {
          StringBuilder sb = new StringBuilder(system);
          String[] parts = Ops.truth(a[1]) ? new String[] {release}
              : new String[] {release, machine};
          for (String p : parts) {
            if (!p.isEmpty()) {
              sb.append('-').append(p);
            }
          }
          return sb.toString();
        })
        .function("python_implementation", "", a -> "Moat")
        .function("python_version", "", a -> PY_VERSION)
        .function("python_version_tuple", "", a -> PyTuple.of("3", "11", "7"))
        .function("python_branch", "", a -> "")
        .function("python_revision", "", a -> "")
        .function("python_build", "", a -> PyTuple.of("", ""))
        .function("python_compiler", "", a -> "")
        .function("system_alias", "system, release, version",
            a -> PyTuple.of(a[0], a[1], a[2]))
        .function("libc_ver", "executable=None, lib='', version='', chunksize=16384",
            a -> PyTuple.of(a[1], a[2]))
        .function("mac_ver", "release='', versioninfo=?, machine=''",
            a -> PyTuple.of(a[0], orEmpty3(a[1]), a[2]))
        .function("win32_ver", "release='', version='', csd='', ptype=''",
            a -> PyTuple.of(a[0], a[1], a[2], a[3]))
        .function("win32_edition", "", a -> PyNone.NONE)
        .function("win32_is_iot", "", a -> false)
        .function("java_ver", "release='', vendor='', vminfo=?, osinfo=?",
            a -> PyTuple.of(a[0], a[1], orEmpty3(a[2]), orEmpty3(a[3])))
        .build();
  }
}
