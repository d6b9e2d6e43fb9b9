class IntList(list):
    def __init__(self, items=()):
        super().__init__(self._check(x) for x in items)
    @staticmethod
    def _check(x):
        if not isinstance(x, int) or isinstance(x, bool):
            raise TypeError(f"IntList accepts ints, not {type(x).__name__}")
        return x
    def append(self, x):
        super().append(self._check(x))
    def extend(self, xs):
        super().extend(self._check(x) for x in xs)
    def __setitem__(self, i, x):
        if isinstance(i, slice):
            x = [self._check(v) for v in x]
        else:
            x = self._check(x)
        super().__setitem__(i, x)
    def total(self):
        return sum(self)

l = IntList([3, 1, 2])
l.append(10)
l.extend(range(2))
l[0] = 7
l[1:3] = [8, 9]
print(l, l.total(), type(l).__name__, len(l))
for bad in [lambda: l.append("x"), lambda: l.extend([1, 2.5]), lambda: l.__setitem__(0, None),
            lambda: IntList([True]), lambda: l.__setitem__(slice(0, 1), ["a"])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(l, sorted(l), type(l[:2]).__name__, type(l + [1]).__name__)
l.sort(reverse=True)
print(l, l.index(9), l.count(0), 7 in l)
