class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def _check(self, key):
        if not (isinstance(key, tuple) and len(key) == 2):
            raise TypeError(f"Grid indices must be (x, y), not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"({x}, {y}) outside {self.w}x{self.h}")
        return x, y
    def __getitem__(self, key):
        x, y = self._check(key)
        return self.cells[y][x]
    def __setitem__(self, key, value):
        x, y = self._check(key)
        self.cells[y][x] = value
    def __delitem__(self, key):
        self[key] = "."
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for row in self.cells:
            yield from row
    def __contains__(self, v):
        return any(v in row for row in self.cells)
    def __str__(self):
        return "\n".join("".join(r) for r in self.cells)
    def __bool__(self):
        return any(c != "." for c in self)

g = Grid(4, 3)
print(bool(g), len(g))
g[1, 1] = "#"
g[3, 2] = "@"
print(g)
print(g[1, 1], "@" in g, "x" in g, bool(g), list(g).count("."))
del g[1, 1]
print(str(g).count("#"))
for key in [(9, 0), 5, (1, 2, 3)]:
    try:
        g[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([*Seq()])))
