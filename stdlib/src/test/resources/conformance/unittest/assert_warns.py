import io
import unittest
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return x * 2


class T(unittest.TestCase):
    def test_context(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(old_api(2), 4)
        print("caught:", cm.warning, type(cm.warning).__name__, len(cm.warnings))

    def test_callable(self):
        self.assertWarns(DeprecationWarning, old_api, 3)

    def test_regex(self):
        with self.assertWarnsRegex(UserWarning, r"disk \d+"):
            warnings.warn("disk 42 is full")

    def test_not_triggered(self):
        with self.assertWarns(UserWarning):
            pass

    def test_regex_mismatch(self):
        with self.assertWarnsRegex(UserWarning, "xyz"):
            warnings.warn("abc")

    def test_not_triggered_by(self):
        self.assertWarns(RuntimeWarning, old_api, 1)


suite = unittest.TestLoader().loadTestsFromTestCase(T)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for test, text in result.failures:
    print(test.id().split(".")[-1], "->", text.strip().splitlines()[-1])
