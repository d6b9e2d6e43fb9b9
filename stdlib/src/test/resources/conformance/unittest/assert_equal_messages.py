# assertEqual and the type-specific equality checks: CPython's failure messages and diffs
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
    else:
        print("--", label, "passed")


check("ints", t.assertEqual, 1, 2)
check("equal ints", t.assertEqual, 3, 3)
check("int and float", t.assertEqual, 1, 1.0)
check("short strings", t.assertEqual, "abc", "abd")
check("multi-line strings", t.assertEqual, "one\ntwo\nthree\n", "one\ntoo\nthree\n")
check("no trailing newline", t.assertEqual, "alpha\nbeta", "alpha\nbeta\ngamma")
check("long strings", t.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
check("long different strings", t.assertEqual, "a" * 90, "b" * 90)
check("lists", t.assertEqual, [1, 2, 3], [1, 2, 4])
check("list longer", t.assertEqual, [1, 2, 3, 4], [1, 2])
check("list shorter", t.assertEqual, ["a"], ["a", "b", "c"])
check("tuples", t.assertEqual, (1, "x"), (1, "y"))
check("dicts", t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("dict key missing", t.assertEqual, {"a": 1}, {"a": 1, "c": [1, 2]})
check("sets", t.assertEqual, {1, 2}, {1, 3})
check("list vs tuple", t.assertEqual, [1, 2], (1, 2))
check("msg", t.assertEqual, 1, 2, "custom note")
check("msg kw", t.assertEqual, 1, 2, msg="kw note")
check("not equal", t.assertNotEqual, [1], [1])
check("not equal msg", t.assertNotEqual, "a", "a", "same!")
check("list equal direct", t.assertListEqual, [1], [2])
check("list equal wrong type", t.assertListEqual, (1,), [1])
check("tuple equal wrong type", t.assertTupleEqual, (1,), [1])
check("sequence equal", t.assertSequenceEqual, "abc", "abd")
check("sequence equal types", t.assertSequenceEqual, [1, 2], (1, 2))
check("dict equal wrong type", t.assertDictEqual, [], {})
check("multiline wrong type", t.assertMultiLineEqual, b"x", "x")
check("set equal one each", t.assertSetEqual, {1}, {2})
check("set equal wrong type", t.assertSetEqual, [1], {1})

big1 = list(range(60))
big2 = list(range(60))
big2[30] = -1
check("big lists truncated diff", t.assertEqual, big1, big2)
t.maxDiff = None
check("big lists full diff", t.assertEqual, big1, big2)
t.maxDiff = 640

t.longMessage = False
check("longMessage off", t.assertEqual, 1, 2, "only this")
check("longMessage off no msg", t.assertEqual, 1, 2)
t.longMessage = True


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Point(%r)" % self.x


def point_eq(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(msg or "points differ: %r vs %r" % (a, b))


t.addTypeEqualityFunc(Point, point_eq)
check("custom equality", t.assertEqual, Point(1), Point(2))
check("custom equality same", t.assertEqual, Point(1), Point(1))
