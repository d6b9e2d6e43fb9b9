class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h

def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"origin circle r={r}"
        case Circle(_, r) if r <= 0:
            raise ValueError(f"bad radius {r}")
        case Circle(r=r):
            return f"circle area ~{3 * r * r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(corner=Point(x=x), w=w, h=h):
            return f"rect at x={x} area {w * h}"
        case Point(x, y):
            return f"point {x},{y}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string of {len(s)}"
    return "unknown"

for s in [Circle(Point(0, 0), 2), Circle(Point(1, 1), 3), Rect(Point(1, 2), 4, 4),
          Rect(Point(5, 0), 2, 3), Point(7, 8), 3, 2.5, "hey", None]:
    print(area(s))
try:
    area(Circle(Point(1, 1), 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    match Rect(Point(0, 0), 1, 1):
        case Rect(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)
