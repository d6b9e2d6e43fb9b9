class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x!r}, {self.y!r})'
class S(V):
    def __str__(self):
        return f'<{self.x}, {self.y}>'
v = V(1, 'a')
s = S(2, 'b')
print(v, repr(v), str(v))
print(s, repr(s), str(s))
print([v, s], (s,), {'k': s})
print(f'{s} {s!r}')
