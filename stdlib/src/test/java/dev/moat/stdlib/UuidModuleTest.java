package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import org.junit.jupiter.api.Test;

/** uuid: uuid1 never carries the host's MAC address. */
class UuidModuleTest {
  @Test
  void uuid1NodeIsRandomMulticast() throws Exception {
    Interpreter i = Interpreter.builder().build();
    Object node = i.eval("import uuid\nuuid.uuid1().node");
    assertTrue(((Long) node & 0x010000000000L) != 0, "multicast bit set");
    assertEquals(node, i.eval("import uuid\nuuid.getnode()"));
    // every interpreter draws its own node
    Object other = Interpreter.builder().build().eval("import uuid\nuuid.getnode()");
    assertTrue(((Long) other & 0x010000000000L) != 0);
  }

  @Test
  void uuid4IsRandomVersion4() throws Exception {
    Interpreter i = Interpreter.builder().build();
    assertEquals(1000L, i.eval("import uuid\nlen({uuid.uuid4() for _ in range(1000)})"));
    assertEquals(Boolean.TRUE, i.eval("import uuid\nall(uuid.uuid4().version == 4 "
        + "and uuid.uuid4().variant == uuid.RFC_4122 for _ in range(100))"));
  }
}
