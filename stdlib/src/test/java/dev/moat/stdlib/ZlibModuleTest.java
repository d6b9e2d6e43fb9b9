package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** zlib/gzip: a zip bomb ends with the memory budget, decompression charges steps. */
class ZlibModuleTest {
  /** 512 MiB of zeros, deflated (about half a megabyte). */
  private static byte[] bomb;

  @BeforeAll
  static void makeBomb() {
    bomb = deflate(512, false);
  }

  private static byte[] deflate(int mebibytes, boolean raw) {
    Deflater d = new Deflater(9, raw);
    byte[] zeros = new byte[1 << 20];
    byte[] buf = new byte[1 << 16];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < mebibytes; i++) {
      d.setInput(zeros);
      while (!d.needsInput()) {
        out.write(buf, 0, d.deflate(buf));
      }
    }
    d.finish();
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  private static Interpreter interp(long memory, long steps) {
    Interpreter i = Interpreter.builder()
        .limits(Limits.builder().maxMemoryBytes(memory).maxSteps(steps).build()).build();
    i.set("bomb", bomb);
    return i;
  }

  private static void assertBudget(BudgetExceededException.Budget budget, Interpreter i,
      String code) {
    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> i.eval(code), code);
    assertEquals(budget, e.budget(), code);
  }

  @Test
  void zipBombHitsMemoryBudget() {
    assertBudget(BudgetExceededException.Budget.MEMORY, interp(64 << 20, Long.MAX_VALUE),
        "import zlib\nzlib.decompress(bomb)");
    assertBudget(BudgetExceededException.Budget.MEMORY, interp(64 << 20, Long.MAX_VALUE),
        "import zlib\nzlib.decompressobj().decompress(bomb)");
    assertBudget(BudgetExceededException.Budget.MEMORY, interp(64 << 20, Long.MAX_VALUE),
        "import zlib\ntry:\n  zlib.decompress(bomb)\nexcept BaseException:\n  pass");
  }

  @Test
  void gzipBombHitsMemoryBudget() {
    byte[] raw = deflate(512, true);
    byte[] gz = new byte[raw.length + 18];
    gz[0] = 0x1f;
    gz[1] = (byte) 0x8b;
    gz[2] = 8;
    gz[9] = (byte) 255;
    System.arraycopy(raw, 0, gz, 10, raw.length);
    Interpreter i = interp(64 << 20, Long.MAX_VALUE);
    i.set("gz", gz);
    assertBudget(BudgetExceededException.Budget.MEMORY, i, "import gzip\ngzip.decompress(gz)");
  }

  @Test
  void decompressionChargesSteps() {
    assertBudget(BudgetExceededException.Budget.STEPS, interp(1L << 40, 200_000),
        "import zlib\nzlib.decompress(bomb)");
  }

  @Test
  void boundedStreamingReadsTheBombSafely() throws Exception {
    Interpreter i = interp(64 << 20, 10_000_000);
    assertEquals(1000L, i.eval("import zlib\nd = zlib.decompressobj()\n"
        + "len(d.decompress(bomb, 1000))"));
    assertEquals(Boolean.FALSE, i.eval("d.eof"));
  }
}
