# subTest: each failing subtest is reported on its own; params nest
import io
import unittest


class Numbers(unittest.TestCase):
    def test_even(self):
        """Every number is even."""
        for n in [0, 1, 2, 3]:
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)

    def test_nested(self):
        for a in "xy":
            with self.subTest("outer", a=a):
                for b in (1, 2):
                    with self.subTest(b=b):
                        self.assertFalse(a == "y" and b == 2)

    def test_message_only(self):
        with self.subTest("just a message"):
            self.assertIn("q", "abc")
        with self.subTest():
            raise LookupError("no description")

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 5)

    def test_error_and_continue(self):
        seen = []
        for i in range(3):
            with self.subTest(i=i):
                seen.append(i)
                if i == 1:
                    raise TypeError("one")
        self.assertEqual(seen, [0, 1, 2])

    def test_fail_after_subtests(self):
        with self.subTest(step=1):
            pass
        self.assertTrue(False, "after subtests")


def norm(text):
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith("Traceback (most recent call last):"):
            out.append(line)
            skipping = True
            continue
        if skipping and line.startswith("  "):
            continue
        skipping = False
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        out.append(line)
    return "\n".join(out)


for verbosity in (1, 2):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Numbers)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(norm(stream.getvalue()))
    print("testsRun", result.testsRun, "failures", len(result.failures),
          "errors", len(result.errors))

result = unittest.TestResult()
Numbers("test_nested").run(result)
for test, text in result.failures:
    print(type(test).__name__, test.id())
    print(repr(str(test)))
    print(test.shortDescription())
