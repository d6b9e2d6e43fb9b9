# aliasing and copying of lists
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def aliasing():
    a = [1, 2]
    b = a
    b.append(3)
    return a, a is b


def shallow_copy():
    a = [[1], [2]]
    b = a[:]
    c = list(a)
    d = a.copy()
    b[0].append("shared")
    return a, b is a, c[0] is a[0], d == a


def repeat_pitfall():
    grid = [[0] * 3] * 2
    grid[0][0] = 9
    good = [[0] * 3 for _ in range(2)]
    good[0][0] = 9
    return grid, good


def nested_copy():
    orig = {"a": [1, 2], "b": {"c": [3]}}
    dup = {k: (v.copy() if isinstance(v, list) else dict(v)) for k, v in orig.items()}
    dup["a"].append(99)
    dup["b"]["c"].append(100)
    return orig, dup


def identity_checks():
    a = [1]
    return a == [1], a is [1], [] is [], None is None, a is not None

show('aliasing()', lambda: (aliasing()))
show('shallow_copy()', lambda: (shallow_copy()))
show('repeat_pitfall()', lambda: (repeat_pitfall()))
show('nested_copy()', lambda: (nested_copy()))
show('identity_checks()', lambda: (identity_checks()))
