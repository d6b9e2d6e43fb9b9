class Sparse:
    def __init__(self, rows, cols, data=None):
        self.shape = (rows, cols)
        self.data = {k: v for k, v in (data or {}).items() if v}
    @classmethod
    def from_dense(cls, dense):
        return cls(len(dense), len(dense[0]),
                   {(i, j): v for i, row in enumerate(dense) for j, v in enumerate(row)})
    def __getitem__(self, ij):
        return self.data.get(ij, 0)
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        out = {}
        for (i, k), a in self.data.items():
            for j in range(other.shape[1]):
                b = other[k, j]
                if b:
                    out[i, j] = out.get((i, j), 0) + a * b
        return Sparse(self.shape[0], other.shape[1], out)
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} + {other.shape}")
        keys = set(self.data) | set(other.data)
        return Sparse(*self.shape, {k: self[k] + other[k] for k in keys})
    def T(self):
        return Sparse(self.shape[1], self.shape[0], {(j, i): v for (i, j), v in self.data.items()})
    def __str__(self):
        r, c = self.shape
        return "\n".join(" ".join(f"{self[i, j]:>3}" for j in range(c)) for i in range(r))
    def density(self):
        return len(self.data) / (self.shape[0] * self.shape[1])

a = Sparse.from_dense([[1, 0, 0], [0, 0, 2], [0, 3, 0]])
b = Sparse.from_dense([[0, 1], [4, 0], [0, 5]])
print(a @ b)
print("--")
print(a + a.T())
print(f"density {a.density():.3f} {(a @ b).density():.2f} nnz={len((a + a.T()).data)}")
for bad in [lambda: a @ a.T() @ b.T(), lambda: a + b]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
