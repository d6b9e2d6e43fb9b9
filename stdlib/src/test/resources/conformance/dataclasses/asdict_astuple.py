from dataclasses import dataclass, field, asdict, astuple

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Polygon:
    name: str
    points: list
    labels: dict = field(default_factory=dict)
    center: Point = None
    pair: tuple = ()

poly = Polygon("tri", [Point(0, 0), Point(1, 0), Point(0, 1)],
               {"a": Point(5, 5), "b": [Point(6, 6)]}, Point(1, 1), (Point(2, 2), 3))
d = asdict(poly)
print(d)
print(astuple(poly))
print(type(d["points"][0]).__name__, type(d["pair"]).__name__)
d["points"].append("new")
print(len(poly.points))
inner = [1, 2]
p = Polygon("sq", inner)
dd = asdict(p)
print(dd["points"] is inner, dd["points"] == inner)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError", e)
try:
    asdict({"x": 1})
except TypeError as e:
    print("TypeError", e)
try:
    astuple(3)
except TypeError as e:
    print("TypeError", e)
