# setUp/tearDown, class and module fixtures and cleanups run in CPython's order
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("First.setUpClass")
        cls.addClassCleanup(log.append, "First class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("First.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(self.note, "cleanup 2", self._testMethodName)

    def note(self, what, name):
        log.append(what + " " + name)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("test_a")

    def test_b_fails(self):
        log.append("test_b_fails")
        self.fail("b failed")

    def test_c_error(self):
        log.append("test_c_error")
        raise RuntimeError("c broke")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        log.append("BrokenSetUp.setUp")
        self.addCleanup(log.append, "cleanup after broken setUp")
        raise ValueError("setUp broke")

    def tearDown(self):
        log.append("BrokenSetUp.tearDown (never)")

    def test_x(self):
        log.append("BrokenSetUp.test_x (never)")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("BrokenClass.setUpClass")
        raise OSError("no class")

    @classmethod
    def tearDownClass(cls):
        log.append("BrokenClass.tearDownClass (never)")

    def test_y(self):
        log.append("BrokenClass.test_y (never)")


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        log.append("BrokenTearDownClass.tearDownClass")
        raise KeyError("td")

    def test_z(self):
        log.append("test_z")


class FailingCleanup(unittest.TestCase):
    def test_w(self):
        def bad():
            log.append("bad cleanup")
            raise ZeroDivisionError("cleanup")
        self.addCleanup(bad)
        self.addCleanup(log.append, "good cleanup")
        log.append("test_w")


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (First, BrokenSetUp, BrokenClass, BrokenTearDownClass, FailingCleanup):
    suite.addTests(loader.loadTestsFromTestCase(cls))
result = unittest.TestResult()
suite.run(result)
for line in log:
    print(line)
print(result)
for test, text in result.errors:
    print("ERROR", test, "|", text.strip().splitlines()[-1])
for test, text in result.failures:
    print("FAIL", test, "|", text.strip().splitlines()[-1])
