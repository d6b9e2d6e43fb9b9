# TextTestRunner's report at each verbosity: progress, error sections, summary line
import io
import unittest


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


def run(*classes, verbosity=1, descriptions=True):
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTest(unittest.TestLoader().loadTestsFromTestCase(cls))
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     descriptions=descriptions)
    result = runner.run(suite)
    print(norm(stream.getvalue()))
    print("->", type(result).__name__, result.wasSuccessful())
    print("=" * 20)


class Good(unittest.TestCase):
    def test_one(self):
        """Checks one thing."""
        self.assertTrue(True)


class Chained(unittest.TestCase):
    def test_context(self):
        try:
            {}["k"]
        except KeyError:
            raise ValueError("while handling")

    def test_cause(self):
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e

    def test_suppressed(self):
        try:
            [][0]
        except IndexError:
            raise TypeError("clean") from None

    def test_empty_message(self):
        raise AssertionError

    def test_custom_exception(self):
        class Oops(Exception):
            pass
        raise Oops("mine")


class Skipper(unittest.TestCase):
    @unittest.skip("not today")
    def test_s(self):
        pass

    @unittest.expectedFailure
    def test_x(self):
        self.fail("known")

    @unittest.expectedFailure
    def test_u(self):
        """Surprise."""


class Empty(unittest.TestCase):
    pass


run(Good)
run(Good, verbosity=2)
run(Good, verbosity=2, descriptions=False)
run(Good, verbosity=0)
run(Chained)
run(Chained, verbosity=2)
run(Skipper)
run(Skipper, verbosity=2)
run(Empty)
run(Good, Skipper, Chained, verbosity=0)
