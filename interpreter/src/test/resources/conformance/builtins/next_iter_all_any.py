# next with default, all, any
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('next(iter([]), "default")', lambda: (next(iter([]), "default")))
show('next(iter([]))', lambda: (next(iter([]))))
show('next([1])', lambda: (next([1])))
show('all([])', lambda: (all([])))
show('any([])', lambda: (any([])))
show('all([1, "a", [0]])', lambda: (all([1, "a", [0]])))
show('any([0, "", None])', lambda: (any([0, "", None])))
show('all(x > 0 for x in [1, 2, -1])', lambda: (all(x > 0 for x in [1, 2, -1])))
show('any(x > 0 for x in [-1, 2])', lambda: (any(x > 0 for x in [-1, 2])))
show('all(5)', lambda: (all(5)))
show('list(iter("ab"))', lambda: (list(iter("ab"))))
show('iter(iter([1])).__class__.__name__', lambda: (iter(iter([1])).__class__.__name__))
show('next(iter({"k": 1}.items()))', lambda: (next(iter({"k": 1}.items()))))
show('next(enumerate("z"))', lambda: (next(enumerate("z"))))
