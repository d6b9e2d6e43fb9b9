# Sorting keys of one built-in type (int, str, float, tuple) and of mixed types: order,
# stability, reverse=True, already sorted / descending / sawtooth input, NaN and errors.


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def take(gen, n, f):
    return [f(next(gen)) for _ in range(n)]


g = lcg(42)
for n in (0, 1, 2, 3, 10, 23, 24, 25, 47, 49, 100, 257, 1000):
    ints = take(g, n, lambda x: x % 50 - 25)
    assert sorted(ints) == sorted(ints, key=lambda v: v)
    print(n, sum(i * v for i, v in enumerate(sorted(ints))),
          sum(i * v for i, v in enumerate(sorted(ints, reverse=True))))

# stability: records sorted by a key with many equal values keep their input order
recs = [(x % 7, i) for i, x in enumerate(take(g, 500, lambda x: x))]
by_key = sorted(recs, key=lambda r: r[0])
print(all(by_key[i][1] < by_key[i + 1][1] for i in range(499) if by_key[i][0] == by_key[i + 1][0]))
by_key_rev = sorted(recs, key=lambda r: r[0], reverse=True)
print(all(by_key_rev[i][1] < by_key_rev[i + 1][1]
          for i in range(499) if by_key_rev[i][0] == by_key_rev[i + 1][0]))
print(by_key[:5], by_key_rev[:5])

# presorted, descending (with and without equal neighbours), sawtooth
print(sorted(list(range(60)))[:5], sorted(list(range(60, 0, -1)))[:5])
desc_eq = [(v // 3, i) for i, v in enumerate(range(90, 0, -1))]
print(sorted(desc_eq, key=lambda t: t[0])[:6])
saw = [i % 13 for i in range(200)]
print(sorted(saw)[::20], sorted(saw, reverse=True)[::20])

# strings, including characters outside the BMP and above the surrogate range
words = ["b", "a", "ab", "", "\U0001f600", "\ufb01", "\u00e9", "Z", "aa", "\U00010000", "\uffff"]
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print(sorted(["n" + str(v % 77) for v in take(g, 40, lambda x: x)])[:8])

# floats: negative zero, infinities, NaN (order around NaN follows the algorithm)
fl = [3.5, -0.0, 0.0, float("inf"), -2.25, float("-inf"), 1e-300, 2.0]
print(sorted(fl), sorted(fl, reverse=True))
print(sorted([1.5, 2.5, 0.5]), sorted([2.5, float("nan"), 1.5, 0.5, float("nan"), -1.0]))

# tuples: mixed element types, different lengths, equal prefixes, nested tuples
tups = [(1, "b"), (1, "a"), (0, "z", 1), (0, "z"), (1, "a", 0), (2,), (), (1.5, "x"), (True, "a")]
print(sorted(tups), sorted(tups, reverse=True))
print(sorted([(1, ("n", 2)), (1, ("n", 1)), (0, ("z",)), (1, ("n", 1, 0))]))
print(sorted([(2, 1.5), (2, 0.5), (1, float("inf")), (1, -1.0)]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 3)], reverse=True))
print(sorted([(x % 5, -x, str(x % 3)) for x in take(g, 30, lambda x: x % 100)])[:6])

# mixed numeric types in one list
print(sorted([3, 1.5, True, 2, -1, 0.5, False, 10**20, -10**20]))

# errors: unorderable keys, exceptions from keys, the list is left unchanged
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print(type(e).__name__, e)
data = [3, 1, 2]
try:
    data.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e, data)
data = [(1, None), (1, None)]
data.sort()
print(data)
try:
    [(1, None), (0, 1), (1, 2)].sort()
except TypeError as e:
    print(type(e).__name__, e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


print(sorted([Rev(v) for v in (3, 1, 4, 1, 5, 9, 2, 6)]))
print(sorted([(1, Rev(1)), (1, Rev(2)), (0, Rev(0))]))
calls = []


class Counted:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append(1)
        return self.v < other.v


sorted([Counted(v) for v in range(100)])
print("comparisons on sorted input:", len(calls))
