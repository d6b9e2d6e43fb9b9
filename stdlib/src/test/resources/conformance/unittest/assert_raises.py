# assertRaises and assertRaisesRegex: callable and context-manager forms
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def check(label, fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
    except AssertionError as e:
        print("--", label, "failed:", e)
    except Exception as e:
        print("--", label, "raised", type(e).__name__, e)
    else:
        print("--", label, "returned", r)


def boom(kind, text="bad"):
    raise kind(text)


def quiet(*args, **kwargs):
    return args, kwargs


check("callable ok", t.assertRaises, ValueError, boom, ValueError)
check("callable kwargs", t.assertRaises, KeyError, boom, KeyError, text="k")
check("callable subclass", t.assertRaises, LookupError, boom, IndexError)
check("callable not raised", t.assertRaises, ValueError, quiet, 1, x=2)
check("callable lambda", t.assertRaises, ValueError, lambda: None)
check("callable other exception", t.assertRaises, ValueError, boom, TypeError, "nope")
check("tuple of types", t.assertRaises, (KeyError, ValueError), boom, ValueError)
check("tuple not raised", t.assertRaises, (KeyError, ValueError), quiet)
check("bad type", t.assertRaises, 3, quiet)
check("bad type regex", t.assertRaisesRegex, "x", "y")
check("regex ok", t.assertRaisesRegex, ValueError, "ba+d", boom, ValueError)
check("regex mismatch", t.assertRaisesRegex, ValueError, "^good", boom, ValueError)
check("regex not raised", t.assertRaisesRegex, ValueError, "x", quiet)

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("exception:", type(cm.exception).__name__, cm.exception)
print("args:", cm.exception.args)

with t.assertRaisesRegex(KeyError, "miss") as cm:
    {}["missing"]
print("regex exception:", repr(cm.exception))

try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print("with not raised:", e)

try:
    with t.assertRaises(ValueError, msg="should raise"):
        pass
except AssertionError as e:
    print("with msg:", e)

try:
    with t.assertRaises(ValueError):
        raise TypeError("passes through")
except TypeError as e:
    print("passed through:", e)

try:
    with t.assertRaisesRegex(ValueError, r"\d+"):
        raise ValueError("letters")
except AssertionError as e:
    print("with regex:", e)

try:
    t.assertRaises(ValueError, bogus=1)
except TypeError as e:
    print("TypeError", e)


class Obj:
    def __call__(self):
        pass

    def __str__(self):
        return "an Obj"


check("callable without __name__", t.assertRaises, ValueError, Obj())


class Runner(unittest.TestCase):
    def test_raises_ok(self):
        with self.assertRaises(KeyError):
            {}[1]

    def test_raises_missing(self):
        self.assertRaises(KeyError, dict)

    def test_wrong_error(self):
        with self.assertRaises(KeyError):
            [][1]


result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Runner).run(result)
print("run", result.testsRun)
for test, text in result.failures:
    print("FAIL", test, "|", text.strip().splitlines()[-1])
for test, text in result.errors:
    print("ERROR", test, "|", text.strip().splitlines()[-1])
