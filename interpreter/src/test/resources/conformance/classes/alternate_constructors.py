# classmethods as alternate constructors
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @classmethod
    def from_string(cls, s):
        try:
            x, y = map(int, s.split(","))
        except ValueError:
            raise ValueError(f"cannot parse {s!r} as a point") from None
        return cls(x, y)

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def polar_int(r, quarter):
        return Point(*[(r, 0), (0, r), (-r, 0), (0, -r)][quarter % 4])

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def distance(self, o):
        return abs(Point(self.x - o.x, self.y - o.y))

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point3(Point):
    pass

show('Point.from_string("3,4"), Point.origin(), Point.polar_int(5, 0)', lambda: (Point.from_string("3,4"), Point.origin(), Point.polar_int(5, 0)))
show('Point3.from_string("1,2"), type(Point3.origin()).__name__', lambda: (Point3.from_string("1,2"), type(Point3.origin()).__name__))
show('Point.from_string("bad")', lambda: (Point.from_string("bad")))
show('Point(1, 2) + Point(3, 4), Point(1, 2) * 3', lambda: (Point(1, 2) + Point(3, 4), Point(1, 2) * 3))
show('abs(Point(3, 4)), Point(3, 4).distance(Point(0, 0))', lambda: (abs(Point(3, 4)), Point(3, 4).distance(Point(0, 0))))
