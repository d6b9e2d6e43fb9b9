class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
a, b, c = P(1), P(1), P(2)
print(a == b, a == c, a != b, a != c, a is b)
print(a == 1, 1 == a, a in [P(0), P(1)], [a] == [b])
print([P(5), P(6)].index(P(6)), [P(1), P(1)].count(a))
