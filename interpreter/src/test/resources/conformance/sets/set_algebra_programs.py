# set algebra
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


a = {1, 2, 3, 4}
b = {3, 4, 5}


def in_place():
    s = {1, 2}
    s |= {3}
    s &= {1, 3, 9}
    s -= {1}
    s ^= {7, 3}
    s.update([8], (9,))
    s.difference_update({9})
    s.intersection_update(range(10))
    s.symmetric_difference_update({0})
    return sorted(s)

show('sorted(a & b), sorted(a | b), sorted(a - b), sorted(b - a), sorted(a ^ b)', lambda: (sorted(a & b), sorted(a | b), sorted(a - b), sorted(b - a), sorted(a ^ b)))
show('a <= a | b, a & b <= a, (a - b).isdisjoint(b)', lambda: (a <= a | b, a & b <= a, (a - b).isdisjoint(b)))
show('sorted({w.lower() for w in "The the THE a A".split()})', lambda: (sorted({w.lower() for w in "The the THE a A".split()})))
show('len(set(range(100)) - set(range(0, 100, 3)))', lambda: (len(set(range(100)) - set(range(0, 100, 3)))))
show('sorted(frozenset(a) | b), type(frozenset(a) | b).__name__', lambda: (sorted(frozenset(a) | b), type(frozenset(a) | b).__name__))
show('in_place()', lambda: (in_place()))
show('{1, 2, 3} == {3, 2, 1}, {1} != {1.0}, {0} == {False}', lambda: ({1, 2, 3} == {3, 2, 1}, {1} != {1.0}, {0} == {False}))
show('sorted({(1, 2), (1, 2), (2, 1)})', lambda: (sorted({(1, 2), (1, 2), (2, 1)})))
