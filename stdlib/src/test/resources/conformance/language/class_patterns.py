from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Plain:
    def __init__(self):
        self.kind = "plain"


def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, radius=r):
            return f"circle {c} r={r}"
        case Plain(kind=k):
            return "plain object " + k
        case int(n) | float(n):
            return f"number {n}"
        case str() | bytes():
            return "text"
        case list((a, b)):
            return f"list of two: {a} {b}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case _:
            return "unknown"


for o in [Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 2), Circle(Point(1, 1), 20),
          Circle(Point(2, 2), 3), Plain(), 4, 2.5, "s", b"b", [1, 2], {"a": 1}, None]:
    print(where(o))

try:
    match Plain():
        case Plain(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Circle(1, 2):
        case Circle(a, b, c):
            pass
except TypeError as e:
    print("TypeError", e)
