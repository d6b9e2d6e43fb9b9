# skipping tests: decorators, skipTest, SkipTest in fixtures, skipped classes
import unittest

log = []


class Skips(unittest.TestCase):
    @unittest.skip("always")
    def test_always(self):
        log.append("always (never)")

    @unittest.skipIf(True, "condition true")
    def test_if_true(self):
        log.append("if_true (never)")

    @unittest.skipIf(False, "condition false")
    def test_if_false(self):
        log.append("if_false runs")

    @unittest.skipUnless(False, "needs it")
    def test_unless_false(self):
        log.append("unless_false (never)")

    @unittest.skipUnless(1, "has it")
    def test_unless_true(self):
        log.append("unless_true runs")

    def test_skip_inside(self):
        log.append("skip_inside starts")
        self.skipTest("decided at run time")
        log.append("skip_inside (never)")

    def test_raise_skiptest(self):
        raise unittest.SkipTest("raised directly")

    @unittest.skip
    def test_bare_decorator(self):
        log.append("bare (never)")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("SkippedClass.setUpClass (never)")

    def setUp(self):
        log.append("SkippedClass.setUp (never)")

    def test_one(self):
        pass

    def test_two(self):
        pass


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest("setUp says no")

    def test_it(self):
        log.append("SkipInSetUp.test_it (never)")


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("class fixture says no")

    def test_it(self):
        log.append("SkipInSetUpClass.test_it (never)")


print(Skips.test_always.__unittest_skip__, Skips.test_always.__unittest_skip_why__)
print(Skips.test_always.__name__)
print(SkippedClass.__unittest_skip_why__)
print(issubclass(unittest.SkipTest, Exception))

loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (Skips, SkippedClass, SkipInSetUp, SkipInSetUpClass):
    suite.addTest(loader.loadTestsFromTestCase(cls))
result = unittest.TestResult()
suite.run(result)
print(log)
print(result.testsRun, result.wasSuccessful())
for test, reason in result.skipped:
    print("skipped:", test, "|", repr(reason))
