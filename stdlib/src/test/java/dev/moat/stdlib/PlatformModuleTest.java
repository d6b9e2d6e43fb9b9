package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.Interpreter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** platform: fixed neutral values by default, host-chosen values when the host registers them. */
class PlatformModuleTest {
  @Test
  void defaultsNeverDescribeTheHost() throws Exception {
    Interpreter interp = Interpreter.builder().build();
    assertEquals("uname_result(system='Moat', node='', release='', version='', machine='')",
        interp.eval("import platform\nrepr(platform.uname())"));
    assertEquals(List.of("Moat", "", "", "", "", ""), interp.eval(
        "import platform\n[platform.system(), platform.node(), platform.release(),"
            + " platform.version(), platform.machine(), platform.processor()]"));
    assertEquals("Moat", interp.eval("import platform\nplatform.platform()"));
    assertEquals("Moat", interp.eval("import platform\nplatform.python_implementation()"));
    assertEquals(List.of("64bit", ""), interp.eval(
        "import platform\nlist(platform.architecture())"));
    assertEquals(true, interp.eval("import platform, sys\n"
        + "sys.version.startswith(platform.python_version())"));
  }

  @Test
  void hostChosenValues() throws Exception {
    Interpreter interp = Interpreter.builder()
        .module("platform", n -> PlatformModule.configured(Map.of("system", "Sandbox",
            "release", "2.1", "machine", "vm64", "node", "worker-7")))
        .build();
    assertEquals(List.of("Sandbox", "worker-7", "2.1", "vm64"), interp.eval(
        "import platform\n[platform.system(), platform.node(), platform.release(),"
            + " platform.machine()]"));
    assertEquals("Sandbox-2.1-vm64", interp.eval("import platform\nplatform.platform()"));
    assertEquals("Sandbox-2.1", interp.eval("import platform\nplatform.platform(terse=True)"));
  }

  @Test
  void unknownSettingIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> PlatformModule.configured(Map.of("kernel", "x")));
  }
}
