class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __sub__(self, o):
        return self + -o
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, a * b, abs(b), -a)
print(a == Vec(1, 2), a != b, len({a, Vec(1, 2), b}))
c = a
c += b
print(a, c is a)
for bad in [lambda: a + 1, lambda: a * "s", lambda: 1 - a]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
match a * 1:
    case Vec(4, y):
        print("x is 4, y =", y)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
