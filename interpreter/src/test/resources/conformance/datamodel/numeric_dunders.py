# numeric protocol dunders on a custom class
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class N:
    def __init__(self, v):
        self.v = v

    def _v(self, o):
        return o.v if isinstance(o, N) else o

    def __add__(self, o):
        return N(self.v + self._v(o))

    def __radd__(self, o):
        return N(self._v(o) + self.v)

    def __sub__(self, o):
        return N(self.v - self._v(o))

    def __rsub__(self, o):
        return N(self._v(o) - self.v)

    def __mul__(self, o):
        return N(self.v * self._v(o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return N(self.v / self._v(o))

    def __rtruediv__(self, o):
        return N(self._v(o) / self.v)

    def __floordiv__(self, o):
        return N(self.v // self._v(o))

    def __mod__(self, o):
        return N(self.v % self._v(o))

    def __divmod__(self, o):
        return (self // o, self % o)

    def __pow__(self, o):
        return N(self.v ** self._v(o))

    def __rpow__(self, o):
        return N(self._v(o) ** self.v)

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return self

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __round__(self, n=None):
        return N(round(self.v, n)) if n is not None else round(self.v)

    def __eq__(self, o):
        return self.v == self._v(o)

    def __lt__(self, o):
        return self.v < self._v(o)

    def __ge__(self, o):
        return self.v >= self._v(o)

    def __repr__(self):
        return f"N({self.v})"

show('N(7) + 1, 1 + N(7), N(7) - N(2), 10 - N(3)', lambda: (N(7) + 1, 1 + N(7), N(7) - N(2), 10 - N(3)))
show('N(3) * 2, 2 * N(3), N(7) / 2, 7 / N(2), N(7) // 2, N(7) % 4', lambda: (N(3) * 2, 2 * N(3), N(7) / 2, 7 / N(2), N(7) // 2, N(7) % 4))
show('N(2) ** 3, 2 ** N(3), divmod(N(7), 2)', lambda: (N(2) ** 3, 2 ** N(3), divmod(N(7), 2)))
show('-N(4), +N(4), abs(N(-4)), ~N(0)', lambda: (-N(4), +N(4), abs(N(-4)), ~N(0)))
show('int(N(5)), float(N(5)), round(N(5)), round(N(5), 1)', lambda: (int(N(5)), float(N(5)), round(N(5)), round(N(5), 1)))
show('N(5) == 5, N(5) < 6, N(5) >= N(5)', lambda: (N(5) == 5, N(5) < 6, N(5) >= N(5)))
show('sorted([N(3), N(1), N(2)])', lambda: (sorted([N(3), N(1), N(2)])))
show('sum([N(1), N(2)], N(0))', lambda: (sum([N(1), N(2)], N(0))))
show('[1, 2, 3][N(1)], bin(N(5)), "ab" * N(2)', lambda: ([1, 2, 3][N(1)], bin(N(5)), "ab" * N(2)))
