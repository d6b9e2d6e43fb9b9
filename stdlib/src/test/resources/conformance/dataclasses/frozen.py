from dataclasses import dataclass, FrozenInstanceError, field

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: tuple = ()

p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)))
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
try:
    p.x = 5
except AttributeError as e:
    print("caught as AttributeError:", e)
print({p: "here"}[Point(1, 2)])
print(len({Point(1), Point(1), Point(2)}))

@dataclass
class Mutable:
    a: int
try:
    @dataclass(frozen=True)
    class FrozenChild(Mutable):
        b: int
except TypeError as e:
    print("TypeError", e)
@dataclass(frozen=True)
class FBase:
    a: int
try:
    @dataclass
    class MutChild(FBase):
        b: int
except TypeError as e:
    print("TypeError", e)

@dataclass(frozen=True)
class WithPost:
    a: int
    double: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "double", self.a * 2)
print(WithPost(4))
