# TestLoader and TestSuite: names, sorting, prefixes, modules, counting, reprs
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        """First line of the doc.

        More text.
        """

    def test_C(self):
        pass

    def check_x(self):
        pass

    test_not_callable = 5

    def helper(self):
        pass


class Beta(Alpha):
    def test_beta(self):
        pass


class OnlyRunTest(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
print(loader.getTestCaseNames(Beta))
print(loader.getTestCaseNames(OnlyRunTest))
print(loader.loadTestsFromTestCase(OnlyRunTest))

other = unittest.TestLoader()
other.testMethodPrefix = "check"
print(other.getTestCaseNames(Alpha))

reverse = unittest.TestLoader()
reverse.sortTestMethodsUsing = lambda x, y: (y > x) - (y < x)
print(reverse.getTestCaseNames(Alpha))

suite = loader.loadTestsFromTestCase(Alpha)
print(suite)
print(suite.countTestCases())
for test in suite:
    print(repr(test), "|", str(test), "|", test.id(), "|", test.shortDescription())

import __main__
module_suite = loader.loadTestsFromModule(__main__)
print(module_suite.countTestCases())
print([t.countTestCases() for t in module_suite])

print(Alpha("test_a") == Alpha("test_a"), Alpha("test_a") == Alpha("test_b"))
print(Alpha("test_a") == Beta("test_a"))
print(hash(Alpha("test_a")) == hash(Alpha("test_a")))

try:
    Alpha("test_missing")
except ValueError as e:
    print("ValueError", e)

s = unittest.TestSuite()
try:
    s.addTest(5)
except TypeError as e:
    print("TypeError", e)
try:
    s.addTest(Alpha)
except TypeError as e:
    print("TypeError", e)
try:
    s.addTests("test_a")
except TypeError as e:
    print("TypeError", e)
s.addTests([Alpha("test_a"), unittest.TestSuite([Beta("test_beta")])])
print(s.countTestCases(), s)
print(unittest.TestSuite([Alpha("test_a")]) == unittest.TestSuite([Alpha("test_a")]))

result = unittest.TestResult()
s.run(result)
print(result.testsRun, s.countTestCases(), list(s))

print(loader.loadTestsFromName("Beta.test_beta", __main__))
print(loader.loadTestsFromNames(["Alpha.test_b", "OnlyRunTest"], __main__).countTestCases())
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError", e)

names = loader.getTestCaseNames(Alpha)
print(names == sorted(names))
