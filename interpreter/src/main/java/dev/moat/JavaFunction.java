package dev.moat;

import java.util.List;
import java.util.Map;

/**
 * A host function a script can call. Arguments arrive as Java values (see {@link Interpreter}
 * for the mapping); the result is converted back. Throwing {@link IllegalArgumentException}
 * raises {@code ValueError} in the script, any other exception {@code RuntimeError}; the
 * exception's message is passed on, its class name is not.
 */
@FunctionalInterface
public interface JavaFunction {
  Object call(List<Object> args, Map<String, Object> kwargs) throws Exception;
}
