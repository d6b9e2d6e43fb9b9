package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moat.Interpreter;
import dev.moat.spi.ModuleBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** namedtuple, checked against CPython's output for the same script. */
class NamedTuplesTest {
  @Test
  void behavesAsCPythonsNamedtuple() throws Exception {
    String source = Files.readString(Path.of("src/test/resources/namedtuple/namedtuple.py"));
    String expected = Files.readString(Path.of("src/test/resources/namedtuple/namedtuple.out"));
    StringBuilder out = new StringBuilder();
    // served under the name collections until the collections module provides it itself
    Interpreter in = Interpreter.builder().stdout(out)
        .module("collections", n -> ModuleBuilder.named("collections")
            .constant("namedtuple", NamedTuples.FACTORY).build())
        .build();
    in.exec(source);
    assertEquals(expected, out.toString());
  }
}
