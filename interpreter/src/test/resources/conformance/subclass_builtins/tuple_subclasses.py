class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f'Pair{tuple.__repr__(self)}'
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), list(p))
a, b = p
print(a + b, p[1:], type(p[1:]).__name__, {p: 'x'}[(1, 2)])
class T(tuple):
    pass
t = T([3, 4])
print(t, type(t).__name__, t + (5,), t.count(3))
t.extra = 1
print(t.extra)
print(type(t[:]).__name__, type(t[0:]).__name__, t[:] == t, t[:] is t)
