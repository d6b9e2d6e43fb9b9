from typing import TypedDict, NamedTuple, Optional
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__optional_keys__), Movie(title="y"))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), p._asdict(), Point._fields, p.x, p[1], Point._field_defaults)
class Employee(NamedTuple):
    name: str
    id: Optional[int] = None
print(Employee("a"), Employee("b", 3)._replace(id=4))
try:
    class P(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print(e)
try:
    class Q(NamedTuple):
        x: int
        def _asdict(self): pass
except AttributeError as e: print(e)
class Base(TypedDict):
    a: int
class D(Base, total=False):
    b: str
print(sorted(D.__required_keys__), sorted(D.__optional_keys__), D.__total__, Base.__total__, D.__annotations__)
class P2(NamedTuple):
    '''doc'''
    x: int
    z: str = 'q'
    K = 5
print(P2.__doc__, P2.K, P2.__annotations__, P2.__qualname__, P2.__module__, repr(P2(1)), P2.__mro__)
