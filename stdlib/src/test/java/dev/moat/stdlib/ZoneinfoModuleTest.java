package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.Interpreter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** zoneinfo: sharing datetime's classes whatever the import order, and the key set. */
class ZoneinfoModuleTest {
  @Test
  void importingZoneinfoFirstSharesDatetimeClasses() throws Exception {
    Interpreter in = Interpreter.builder().build();
    assertEquals(true, in.eval("import zoneinfo\nimport datetime\n"
        + "isinstance(zoneinfo.ZoneInfo('UTC'), datetime.tzinfo)"));
    assertEquals("2024-07-01 14:00:00+02:00", in.eval("str(datetime.datetime(2024, 7, 1, 12,"
        + " tzinfo=datetime.timezone.utc).astimezone(zoneinfo.ZoneInfo('Europe/Paris')))"));
  }

  @Test
  void zonesComeFromTheJdkDatabaseWithoutSystemV() throws Exception {
    Set<String> keys = ZoneinfoModule.keys();
    assertTrue(keys.contains("Europe/Paris"));
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("SystemV/")));
    Interpreter in = Interpreter.builder().build();
    assertEquals((long) keys.size(), in.eval("import zoneinfo\nlen(zoneinfo.available_timezones())"));
  }

  @Test
  void eachInterpreterHasItsOwnCache() throws Exception {
    Interpreter a = Interpreter.builder().build();
    Interpreter b = Interpreter.builder().build();
    a.exec("import zoneinfo\nz = zoneinfo.ZoneInfo('Asia/Tokyo')\nz.note = 'a'");
    assertEquals(false, b.eval("import zoneinfo\nhasattr(zoneinfo.ZoneInfo('Asia/Tokyo'), 'note')"));
    assertEquals(true, a.eval("zoneinfo.ZoneInfo('Asia/Tokyo').note == 'a'"));
  }
}
