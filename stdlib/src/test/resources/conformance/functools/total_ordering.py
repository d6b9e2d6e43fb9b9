from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V(%d)' % self.v
print(V(1) <= V(2), V(2) >= V(3), V(3) > V(1), V(1) >= V(1))
print(sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(4))
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(e)
