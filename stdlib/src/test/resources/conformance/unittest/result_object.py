# TestResult: what a run records, failfast, stop, and TestCase.run without a result
import unittest


class Mixed(unittest.TestCase):
    def test_1_ok(self):
        pass

    def test_2_fail(self):
        self.assertEqual("a", "b")

    def test_3_error(self):
        {}["key"]

    @unittest.skip("later")
    def test_4_skip(self):
        pass

    @unittest.expectedFailure
    def test_5_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_6_xpass(self):
        pass

    @unittest.expectedFailure
    def test_7_xfail_error(self):
        raise ValueError("expected to break")


def show(result):
    print(result)
    print("testsRun", result.testsRun, "successful", result.wasSuccessful(),
          "shouldStop", result.shouldStop)
    for name in ("failures", "errors", "expectedFailures"):
        for test, text in getattr(result, name):
            print(name, test.id(), "|", text.splitlines()[0], "|", text.splitlines()[-1])
    for test, reason in result.skipped:
        print("skipped", test.id(), reason)
    for test in result.unexpectedSuccesses:
        print("unexpectedSuccesses", test.id())


suite = unittest.TestLoader().loadTestsFromTestCase(Mixed)
result = unittest.TestResult()
suite.run(result)
show(result)

fast = unittest.TestResult()
fast.failfast = True
unittest.TestLoader().loadTestsFromTestCase(Mixed).run(fast)
show(fast)

stopped = unittest.TestResult()
stopped.stop()
unittest.TestLoader().loadTestsFromTestCase(Mixed).run(stopped)
show(stopped)

single = Mixed("test_2_fail").run()
show(single)
print(Mixed("test_1_ok").run().wasSuccessful())

ok = unittest.TestResult()
print(ok.wasSuccessful(), ok.testsRun, ok.failures, ok.errors, ok.skipped)


class Recording(unittest.TestResult):
    def startTest(self, test):
        super().startTest(test)
        print("start", test._testMethodName)

    def stopTest(self, test):
        print("stop", test._testMethodName)

    def addSuccess(self, test):
        print("success", test._testMethodName)

    def startTestRun(self):
        print("startTestRun")

    def stopTestRun(self):
        print("stopTestRun")


Mixed("test_1_ok").run(Recording())
Mixed("test_1_ok")(Recording())
unittest.TestLoader().loadTestsFromTestCase(Mixed).run(Recording())
