# class-level knobs (failureException, longMessage, maxDiff), FunctionTestCase, result hooks
import io
import unittest


class MyFailure(Exception):
    pass


class Strict(unittest.TestCase):
    failureException = MyFailure
    longMessage = False

    def test_custom_failure(self):
        self.assertEqual(1, 2, "short message only")

    def test_assertion_error_is_error(self):
        assert 1 == 2, "plain assert"


class Short(unittest.TestCase):
    maxDiff = 20

    def test_long_diff(self):
        self.assertEqual(list(range(12)), list(range(1, 13)))


result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Strict).run(result)
unittest.TestLoader().loadTestsFromTestCase(Short).run(result)
def without_frames(text):
    return "\n".join(l for l in text.splitlines() if not l.startswith("  File")
                     and not l.startswith("    "))


for test, text in result.failures:
    print("FAIL", test)
    print(without_frames(text))
for test, text in result.errors:
    print("ERROR", test)
    print(without_frames(text))

calls = []


def set_up():
    calls.append("set_up")


def tear_down():
    calls.append("tear_down")


def passing():
    """A plain function test."""
    calls.append("passing")


def failing():
    calls.append("failing")
    raise AssertionError("function failed")


cases = [unittest.FunctionTestCase(passing, setUp=set_up, tearDown=tear_down),
         unittest.FunctionTestCase(failing, description="described")]
for case in cases:
    print(str(case), "|", case.id(), "|", case.shortDescription(), "|", case.countTestCases())
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestSuite(cases))
print(without_frames("\n".join(l for l in stream.getvalue().splitlines()
                               if not l.startswith("Ran "))))
print(calls)


class Cleanups(unittest.TestCase):
    def test_it(self):
        pass


c = Cleanups("test_it")
c.addCleanup(print, "cleanup", 1, sep="-")
c.addCleanup(print, "cleanup", 2)
print(c.doCleanups())
print(c.doCleanups())


class Plain(unittest.TestCase):
    def runTest(self):
        self.assertEqual(1, 1)


p = Plain()
print(p, repr(p), p.id())
print(p.run().wasSuccessful())
print(unittest.TestCase.longMessage, unittest.TestCase.maxDiff, unittest.TestCase.failureException)
print(unittest.defaultTestLoader.testMethodPrefix)
print(unittest.TextTestResult.separator1 == "=" * 70)
