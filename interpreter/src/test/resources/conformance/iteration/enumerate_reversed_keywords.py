print(list(enumerate("abc")))
print(list(enumerate("abc", 10)))
print(list(enumerate("abc", start=-1)))
print(list(enumerate(iterable="xy", start=5)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))


class R:
    def __reversed__(self):
        return iter("zyx")


class L:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2


print(list(reversed(R())), list(reversed(L())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
e = enumerate([5, 6])
print(next(e), next(e), next(e, None))
rv = reversed([1, 2, 3])
print(type(rv).__name__, next(rv))
