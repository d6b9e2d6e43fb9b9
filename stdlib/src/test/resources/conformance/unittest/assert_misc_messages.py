# the other assertion methods and their failure messages
import re
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def check(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print("--", label)
        print(e)
    except Exception as e:
        print("--", label, "raised", type(e).__name__, e)
    else:
        print("--", label, "passed")


check("true", t.assertTrue, 0)
check("true ok", t.assertTrue, [1])
check("false", t.assertFalse, "x")
check("is", t.assertIs, [], [])
check("is not", t.assertIsNot, None, None)
check("is none", t.assertIsNone, 0)
check("is not none", t.assertIsNotNone, None)
check("in", t.assertIn, 4, [1, 2, 3])
check("not in", t.assertNotIn, "b", "abc")
check("isinstance", t.assertIsInstance, 1, str)
check("isinstance tuple", t.assertIsInstance, 1.5, (int, str))
check("not isinstance", t.assertNotIsInstance, True, int)
check("greater", t.assertGreater, 1, 2)
check("greater equal", t.assertGreaterEqual, 1, 2)
check("less", t.assertLess, 2, 1)
check("less equal", t.assertLessEqual, "b", "a")
check("almost", t.assertAlmostEqual, 1.0, 1.1)
check("almost ok", t.assertAlmostEqual, 1.0, 1.00000001)
check("almost places", t.assertAlmostEqual, 1.0, 1.01, places=3)
check("almost places ok", t.assertAlmostEqual, 1.0, 1.001, places=2)
check("almost delta", t.assertAlmostEqual, 10, 13, delta=2)
check("almost delta ok", t.assertAlmostEqual, 10, 11, delta=2)
check("almost both", t.assertAlmostEqual, 1, 2, places=1, delta=1)
check("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
check("not almost equal values", t.assertNotAlmostEqual, 5, 5)
check("not almost delta", t.assertNotAlmostEqual, 10, 11, delta=2)
check("not almost ok", t.assertNotAlmostEqual, 1.0, 1.5)
check("count equal", t.assertCountEqual, [1, 1, 2], [1, 2, 2])
check("count equal ok", t.assertCountEqual, "abca", "aacb")
check("count equal missing", t.assertCountEqual, ["x"], ["x", "y", "y"])
check("count equal unhashable", t.assertCountEqual, [[1], [2]], [[1], [1]])
check("regex", t.assertRegex, "hello world", r"wor+ld!")
check("regex ok", t.assertRegex, "hello world", "o w")
check("regex compiled", t.assertRegex, "abc", re.compile("^b"))
check("not regex", t.assertNotRegex, "hello world", r"l+")
check("fail", t.fail, "boom")
check("fail no message", t.fail)
check("true with msg", t.assertTrue, None, "extra")
check("in with msg", t.assertIn, 1, [], msg="where?")
