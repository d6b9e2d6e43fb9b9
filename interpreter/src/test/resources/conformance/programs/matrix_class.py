# A small immutable Matrix class with operator overloading


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self._rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self._rows), len(self._rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self._rows[i][j]

    def __iter__(self):
        return (tuple(r) for r in self._rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self._rows == other._rows

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self, other)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[k * a for a in r] for r in self])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self._rows))

    def __repr__(self):
        return f"Matrix({self._rows})"

    def __str__(self):
        width = max(len(str(v)) for r in self._rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}}" for v in r) + "]" for r in self._rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(2 * a == a * 2, a * 0.5)
print(a @ b)
print(Matrix([[1, 1], [1, 0]]) ** 10)
print(a.transpose(), a.shape, a[1, 0])
print(repr(Matrix.identity(3)))
for bad in [lambda: a + Matrix([[1]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]),
            lambda: a + 1, lambda: hash(a), lambda: a * "x"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
