from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(1, 2)
print(p, p == Point(1, 2), p.norm(), Point(3), Point(1, y=5, tags=['a']))
print(asdict(p), astuple(p), [f.name for f in fields(Point)], replace(p, x=9), is_dataclass(p), is_dataclass(Point))
@dataclass(frozen=True, order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(1, 0), V(0, 9)]), V(1) < V(2), hash(V(1)) == hash(V(1)))
try:
    V(1).major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
@dataclass
class P2:
    a: int
    b: int = field(default=5, repr=False)
    def __post_init__(self):
        self.c = self.a * 2
print(P2(1), P2(1).c, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
print(P2.__hash__ is None, repr(fields(V)[0].type))
@dataclass
class Nested:
    p: Point
    items: list
print(asdict(Nested(Point(1), [Point(2)])))
@dataclass
class Child(Point):
    z: int = 7
c = Child(1, 2, ['t'], 3)
print(c, [f.name for f in fields(c)])
match Point(4, 5):
    case Point(x, y):
        print('matched', x, y)
