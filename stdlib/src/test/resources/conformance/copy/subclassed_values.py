import copy


class Name(str):
    pass


class Tags(frozenset):
    pass


class Bag(set):
    pass


class Blob(bytes):
    pass


n = Name("x")
n.note = [1]
c = copy.copy(n)
d = copy.deepcopy(n)
print(type(c).__name__, c, c.note is n.note, type(d).__name__, d.note == n.note, d.note is n.note)
t = Tags([1, 2])
print(copy.copy(t) == t, type(copy.deepcopy(t)).__name__)
b = Bag([(1, 2), (3, 4)])
b2 = copy.deepcopy(b)
print(type(b2).__name__, sorted(b2), b2 == b, b2 is b)
bl = Blob(b"ab")
print(type(copy.copy(bl)).__name__, copy.deepcopy(bl))
