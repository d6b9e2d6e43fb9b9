package dev.moat.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test data produced by CPython 3.11 with gen_golden.py (see that script). */
final class Golden {
  private Golden() {}

  static String resource(String name) {
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cases of a file, separated by lines "----" (each case's final newline dropped). */
  static List<String> cases(String name) {
    List<String> out = new ArrayList<>();
    for (String c : resource(name).split("----\n", -1)) {
      out.add(c.endsWith("\n") ? c.substring(0, c.length() - 1) : c);
    }
    return out;
  }

  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String line : resource(name).split("\n", -1)) {
      out.add(line);
    }
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** What the parser gives for a source, in gen_golden.py's format. */
  static String outcome(String source) {
    try {
      return AstDump.module(Parser.parse(source, "f"), true).replaceAll("\n$", "")
          .replace("\n", " ; ");
    } catch (SyntaxErrorException e) {
      return error(e);
    }
  }

  static String error(SyntaxErrorException e) {
    return "!" + e.pythonType() + "|" + e.getMessage() + "|" + e.line() + "|" + e.column();
  }
}
