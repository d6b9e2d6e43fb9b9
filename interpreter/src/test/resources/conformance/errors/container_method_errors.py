# errors from list/dict/set methods
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('[].insert()', lambda: ([].insert()))
show('[].insert("0", 1)', lambda: ([].insert("0", 1)))
show('[1].pop("0")', lambda: ([1].pop("0")))
show('[].extend(5)', lambda: ([].extend(5)))
show('[3, 1].sort(key=5)', lambda: ([3, 1].sort(key=5)))
show('[1, "a"].sort()', lambda: ([1, "a"].sort()))
show('[].index(1, "x")', lambda: ([].index(1, "x")))
show('{}.update([1])', lambda: ({}.update([1])))
show('{}.update([(1, 2, 3)])', lambda: ({}.update([(1, 2, 3)])))
show('{}.fromkeys(5)', lambda: ({}.fromkeys(5)))
show('{1: 1}.pop()', lambda: ({1: 1}.pop()))
show('set().add([])', lambda: (set().add([])))
show('set().update(5)', lambda: (set().update(5)))
show('{1}.issubset(5)', lambda: ({1}.issubset(5)))
show('frozenset().union(5)', lambda: (frozenset().union(5)))
show('[].__getitem__("x")', lambda: ([].__getitem__("x")))
show('[1, 2, 3][1:"x"]', lambda: ([1, 2, 3][1:"x"]))
show('[1] * "a"', lambda: ([1] * "a"))
show('(1,) * 1.5', lambda: ((1,) * 1.5))
show('"ab" * 1.0', lambda: ("ab" * 1.0))
