# min/max with key= and default=
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('max([3, 1, 2])', lambda: (max([3, 1, 2])))
show('max(3, 1, 2)', lambda: (max(3, 1, 2)))
show('max("apple", "fig", key=len)', lambda: (max("apple", "fig", key=len)))
show('max([], default="empty")', lambda: (max([], default="empty")))
show('max([])', lambda: (max([])))
show('max()', lambda: (max()))
show('max(1)', lambda: (max(1)))
show('min([("b", 2), ("a", 3)], key=lambda p: p[1])', lambda: (min([("b", 2), ("a", 3)], key=lambda p: p[1])))
show('min(iter([5, 4]), default=0)', lambda: (min(iter([5, 4]), default=0)))
show('max([1, 2], [3], key=len)', lambda: (max([1, 2], [3], key=len)))
show('max(1, 2, default=0)', lambda: (max(1, 2, default=0)))
show('min("hello")', lambda: (min("hello")))
show('max([1, "a"])', lambda: (max([1, "a"])))
show('max({"x": 1, "y": 2})', lambda: (max({"x": 1, "y": 2})))
show('max([2, 2.0])', lambda: (max([2, 2.0])))
show('min([0.0, -0.0])', lambda: (min([0.0, -0.0])))
show('max(range(0))', lambda: (max(range(0))))
