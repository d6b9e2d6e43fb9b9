# a container class implementing the sequence protocol
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __len__(self):
        return max(0, self.hi - self.lo)

    def __iter__(self):
        return iter(range(self.lo, self.hi))

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("span index out of range")
        return self.lo + i

    def __reversed__(self):
        return iter(range(self.hi - 1, self.lo - 1, -1))

    def __eq__(self, other):
        return isinstance(other, Span) and (self.lo, self.hi) == (other.lo, other.hi)

    def __hash__(self):
        return hash((self.lo, self.hi))

    def __lt__(self, other):
        return (self.lo, self.hi) < (other.lo, other.hi)

    def __add__(self, other):
        if other.lo != self.hi:
            raise ValueError(f"{self} and {other} are not adjacent")
        return Span(self.lo, other.hi)

    def __repr__(self):
        return f"Span({self.lo}, {self.hi})"

    def __str__(self):
        return f"[{self.lo}, {self.hi})"


s = Span(1, 5)

show('len(s), list(s), 3 in s, 10 in s', lambda: (len(s), list(s), 3 in s, 10 in s))
show('s[0], s[-1], s[1:3]', lambda: (s[0], s[-1], s[1:3]))
show('s[10]', lambda: (s[10]))
show('list(reversed(s))', lambda: (list(reversed(s))))
show('s == Span(1, 5), s != Span(1, 6), hash(s) == hash(Span(1, 5))', lambda: (s == Span(1, 5), s != Span(1, 6), hash(s) == hash(Span(1, 5))))
show('bool(Span(3, 3)), bool(s)', lambda: (bool(Span(3, 3)), bool(s)))
show('sorted([Span(3, 4), Span(1, 9), Span(2, 2)])', lambda: (sorted([Span(3, 4), Span(1, 9), Span(2, 2)])))
show('repr(s), str(s)', lambda: (repr(s), str(s)))
show('s + Span(5, 8)', lambda: (s + Span(5, 8)))
show('s + Span(7, 8)', lambda: (s + Span(7, 8)))
show('{Span(1, 2): "a"}[Span(1, 2)]', lambda: ({Span(1, 2): "a"}[Span(1, 2)]))
