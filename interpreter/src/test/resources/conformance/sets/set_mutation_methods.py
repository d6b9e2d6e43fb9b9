# set mutation methods
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def mutate():
    s = {1, 2, 3}
    s.add(4)
    s.add(2)
    s.update({5}, [6, 7])
    s.difference_update([1, 7])
    s.intersection_update(range(2, 7))
    s.symmetric_difference_update({2, 10})
    popped_from = sorted(s)
    s.clear()
    return popped_from, s


def discard_remove():
    s = {"a", "b"}
    s.discard("z")
    s.discard("a")
    try:
        s.remove("z")
    except KeyError as e:
        return sorted(s), repr(e)


def frozen_methods():
    f = frozenset([1, 2, 3])
    return sorted(f.union([4])), sorted(f.intersection([2, 3, 9])), f.issuperset({1}), hasattr(f, "add")

show('mutate()', lambda: (mutate()))
show('discard_remove()', lambda: (discard_remove()))
show('frozen_methods()', lambda: (frozen_methods()))
