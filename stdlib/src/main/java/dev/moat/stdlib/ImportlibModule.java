package dev.moat.stdlib;

import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.InterpreterState;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.Types;
import dev.moat.runtime.ValueSubclass;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.util.Set;

/**
 * {@code importlib}: importing a module by a name computed at run time, through the same loader
 * as the import statement (so only what the host provides can be imported).
 */
public final class ImportlibModule implements ModuleProvider {
  @Override
  public Set<String> moduleNames() {
    return Set.of("importlib");
  }

  @Override
  public PyModule create(String name) {
    return ModuleBuilder.named("importlib")
        .function("import_module", "name, package=None", a -> {
          Object n = ValueSubclass.unwrapStr(a[0]);
          if (!(n instanceof String)) {
            // as CPython, which reads name.startswith first
            throw Errors.attributeError("'" + Types.typeName(a[0])
                + "' object has no attribute 'startswith'");
          }
          String mod = (String) n;
          if (mod.startsWith(".")) {
            if (a[1] == PyNone.NONE) {
              throw Errors.typeError("the 'package' argument is required to perform a relative"
                  + " import for " + Ops.repr(mod));
            }
            int level = 0;
            while (level < mod.length() && mod.charAt(level) == '.') {
              level++;
            }
            String base = Ops.str(a[1]);
            for (int i = 1; i < level; i++) {
              int dot = base.lastIndexOf('.');
              if (dot < 0) {
                throw Errors.of(ExceptionTypes.IMPORT_ERROR,
                    "attempted relative import beyond top-level package");
              }
              base = base.substring(0, dot);
            }
            mod = mod.length() == level ? base : base + "." + mod.substring(level);
          }
          if (mod.isEmpty()) {
            throw Errors.valueError("Empty module name");
          }
          return InterpreterState.current().importModule(mod);
        })
        .function("invalidate_caches", "", a -> PyNone.NONE)
        .build();
  }
}
