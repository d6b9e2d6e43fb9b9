package dev.moat.eval;

import dev.moat.runtime.PyModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's global variables. Each name has one {@link Ref} box; compiled code resolves the
 * boxes it uses once per run into an array, so a global read is an array load plus a field load.
 */
public final class Globals implements PyModule.Namespace {
  /** One global variable; null value = unbound. */
  public static final class Ref {
    final String name;
    Object value;
    /** The builtin of the same name, cached on first miss (builtins never change in a run). */
    Object builtin;

    Ref(String name) {
      this.name = name;
    }
  }

  private final Map<String, Ref> refs = new LinkedHashMap<>();
  final Map<String, Object> builtins;
  final String moduleName;

  public Globals(String moduleName, Map<String, Object> builtins) {
    this.moduleName = moduleName;
    this.builtins = builtins;
  }

  /** The box for {@code name}, created unbound if new. */
  Ref ref(String name) {
    return refs.computeIfAbsent(name, Ref::new);
  }

  Ref[] refs(String[] names) {
    Ref[] out = new Ref[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = ref(names[i]);
    }
    return out;
  }

  @Override
  public Object get(String name) {
    Ref r = refs.get(name);
    return r == null ? null : r.value;
  }

  @Override
  public void set(String name, Object value) {
    ref(name).value = value;
  }

  @Override
  public boolean delete(String name) {
    Ref r = refs.get(name);
    if (r == null || r.value == null) {
      return false;
    }
    r.value = null;
    return true;
  }

  @Override
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (Ref r : refs.values()) {
      if (r.value != null) {
        out.add(r.name);
      }
    }
    return out;
  }

  public String moduleName() {
    return moduleName;
  }
}
