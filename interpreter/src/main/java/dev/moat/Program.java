package dev.moat;

import dev.moat.eval.ScriptRunner;
import dev.moat.parse.Parser;
import dev.moat.parse.SyntaxErrorException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compiled script: parsed and resolved once, then run any number of times, from any thread,
 * in any interpreter. Compilation results are cached by source and file name.
 */
public final class Program {
  private static final int CACHE_SIZE = 256;
  private static final Map<Key, Program> CACHE = Collections.synchronizedMap(
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Program> e) {
          return size() > CACHE_SIZE;
        }
      });

  /**
   * A cache key: file name and source, compared as strings. Unlike a concatenation it is not
   * re-hashed and compared character by character when the same source string comes again (a
   * string caches its hash, and equals tries identity first).
   */
  private record Key(String fileName, String source) {}

  final ScriptRunner.CompiledModule module;
  private final String fileName;

  private Program(ScriptRunner.CompiledModule module, String fileName) {
    this.module = module;
    this.fileName = fileName;
  }

  /**
   * Compiles {@code source}.
   *
   * @throws PythonException a {@code SyntaxError} (or IndentationError) with its line
   */
  public static Program compile(String source, String fileName) throws PythonException {
    Key key = new Key(fileName, source);
    Program p = CACHE.get(key);
    if (p != null) {
      return p;
    }
    // the parser recurses on nesting: it gets the same deep stack as a run
    p = ScriptCarrier.onScriptThread(() -> compileHere(source, fileName), () -> { });
    CACHE.put(key, p);
    return p;
  }

  private static Program compileHere(String source, String fileName) throws PythonException {
    try {
      ScriptRunner.CompiledModule m = ScriptRunner.compile(Parser.parse(source, fileName), source,
          fileName);
      return new Program(m, fileName);
    } catch (SyntaxErrorException e) {
      throw Tracebacks.syntaxError(e);
    } catch (StackOverflowError e) {
      throw new PythonException("SyntaxError", "too many nested expressions", 0,
          "SyntaxError: too many nested expressions\n");
    }
  }

  public String fileName() {
    return fileName;
  }
}
