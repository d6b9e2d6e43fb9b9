# assertLogs / assertNoLogs capture a logger's records while the block runs
import logging
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()
log = logging.getLogger("app.part")

with t.assertLogs("app", level="INFO") as cm:
    log.info("first %d", 1)
    log.debug("too low")
    logging.getLogger("app").error("second")
print(cm.output)
print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])

with t.assertLogs() as cm:
    logging.getLogger("anything").warning("root captures all")
print(cm.output)

with t.assertLogs(log, logging.DEBUG) as cm:
    log.debug("debug captured")
print(cm.output, cm.records[0].name)

for label, body in (
        ("nothing logged", lambda: t.assertLogs("app")),
        ("below level", lambda: t.assertLogs("app", "ERROR")),
):
    try:
        with body():
            log.info("only info")
    except AssertionError as e:
        print(label, "->", e)

try:
    with t.assertLogs("quiet.one"):
        pass
except AssertionError as e:
    print("empty ->", e)

with t.assertNoLogs("app", level="ERROR"):
    log.warning("a warning is fine")
try:
    with t.assertNoLogs("app"):
        log.info("unexpected %s", "info")
except AssertionError as e:
    print("no logs ->", e)

try:
    with t.assertLogs("app"):
        raise KeyError("passes through")
except KeyError as e:
    print("KeyError", e)

print(logging.getLogger("app").handlers, logging.getLogger("app").propagate,
      logging.getLogger("app").level)


class UsesLogs(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs("svc", "WARNING") as cm:
            logging.getLogger("svc").warning("careful")
        self.assertEqual(cm.output, ["WARNING:svc:careful"])

    def test_missing(self):
        with self.assertLogs("svc"):
            pass


result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(UsesLogs).run(result)
print(result.testsRun, [(str(test), text.splitlines()[-1]) for test, text in result.failures])
