# Class-heavy: method calls, inheritance, super(), properties, operator overloading.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Shape:
    count = 0

    def __init__(self, origin):
        self.origin = origin
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return self.kind() + ":" + str(self.area())

    def kind(self):
        return "shape"


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__(origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def kind(self):
        return "rect"


class Square(Rect):
    def __init__(self, origin, s):
        super().__init__(origin, s, s)

    def kind(self):
        return "square"


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, k=1):
        self.n += k
        return self

    @staticmethod
    def twice(v):
        return v * 2

    @classmethod
    def make(cls):
        return cls()


acc = 0
for rnd in range(10):
    p = Vec(0, 0)
    d = Vec(1, 2)
    for i in range(60000):
        p = p + d * (i % 3) - Vec(1, 1)
        acc += p.dot(d) % 7 + p.norm1 % 5
    shapes = []
    for i in range(30000):
        o = Vec(i, -i)
        if i % 3 == 0:
            shapes.append(Square(o, i % 11))
        elif i % 3 == 1:
            shapes.append(Rect(o, i % 5, i % 13))
        else:
            shapes.append(Shape(o))
    total = 0
    for s in shapes:
        total += s.area()
        if s.area() == 12:
            acc += len(s.describe())
    c = Counter.make()
    for i in range(50000):
        c.inc().inc(Counter.twice(i % 4))
    seen = {Vec(i % 100, i % 7) for i in range(20000)}
    acc += total + c.n + len(seen) + (Vec(1, 2) == Vec(1, 2))
print("classes", acc, Shape.count)
