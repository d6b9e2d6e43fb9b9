# Determinants, inverses and linear systems with exact fractions written by hand


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    def _c(self, o):
        return o if isinstance(o, Frac) else Frac(o)

    def __add__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = self._c(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        o = self._c(o)
        return self.n == o.n and self.d == o.d

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


def det(m):
    if len(m) == 1:
        return m[0][0]
    total = Frac(0)
    for j, v in enumerate(m[0]):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        term = v * det(minor)
        total = total + term if j % 2 == 0 else total - term
    return total


def solve(a, b):
    n = len(a)
    m = [[Frac(x) for x in row] + [Frac(y)] for row, y in zip(a, b)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        m[col] = [x / p for x in m[col]]
        for r in range(n):
            if r != col:
                f = m[r][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [row[-1] for row in m]


a = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
print(det([[Frac(x) for x in row] for row in a]))
print(solve(a, [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [5, 6]))
print(Frac(1, 3) + Frac(1, 6), Frac(3, -9), Frac(2, 4) * 2, -Frac(1, 2) / Frac(3, 4))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("ValueError:", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
