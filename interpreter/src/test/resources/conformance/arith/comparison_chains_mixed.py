# comparisons across types
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('1 < 2.5 < 3, 1 == 1.0', lambda: (1 < 2.5 < 3, 1 == 1.0))
show('True == 1, False == 0, True + 1', lambda: (True == 1, False == 0, True + 1))
show('0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9', lambda: (0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9))
show('2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1', lambda: (2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1))
show('10 ** 20 == 1e20, 10 ** 23 == 1e23', lambda: (10 ** 20 == 1e20, 10 ** 23 == 1e23))
show('float("inf") > 10 ** 400, -float("inf") < -(10 ** 400)', lambda: (float("inf") > 10 ** 400, -float("inf") < -(10 ** 400)))
show('float("nan") < 1, float("nan") > 1, float("nan") != float("nan")', lambda: (float("nan") < 1, float("nan") > 1, float("nan") != float("nan")))
show('[1, 2] == [1.0, 2.0], (1, 2) < (1, 2.5)', lambda: ([1, 2] == [1.0, 2.0], (1, 2) < (1, 2.5)))
show('"a" == "a", "a" != "b"', lambda: ("a" == "a", "a" != "b"))
show('None == None, None == 0, None is None', lambda: (None == None, None == 0, None is None))
show('1 < "a"', lambda: (1 < "a"))
show('[] < ()', lambda: ([] < ()))
show('None < None', lambda: (None < None))
show('{1: 2} == {1.0: 2.0}', lambda: ({1: 2} == {1.0: 2.0}))
show('sorted([3, 1.5, True, 2])', lambda: (sorted([3, 1.5, True, 2])))
