from typing import Protocol, List, Iterable

class Shape(Protocol):
    def area(self) -> float: ...
    def name(self) -> str:
        return type(self).__name__.lower()

class Square:
    def __init__(self, side: float) -> None:
        self.side = side
    def area(self) -> float:
        return self.side ** 2
    def name(self) -> str:
        return "square"

class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r
    def area(self) -> float:
        return round(3.14159 * self.r ** 2, 3)

def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)

shapes: List[Shape] = [Square(2), Circle(1), Square(0.5)]
print(total_area(shapes))
print([s.name() for s in shapes])
print(Shape in Circle.__mro__, Circle(2).name())


class SupportsClose(Protocol):
    def close(self) -> None: ...

class Resource:
    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = False
    def close(self) -> None:
        self.closed = True

def close_all(items: List[SupportsClose]) -> int:
    for it in items:
        it.close()
    return len(items)

rs = [Resource("a"), Resource("b")]
print(close_all(rs), [r.closed for r in rs])
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
try:
    SupportsClose()
except TypeError as e:
    print("TypeError", e)
class Named(Protocol):
    label: str
class Tag(Named):
    def __init__(self, label: str) -> None:
        self.label = label
print(Tag("x").label, Tag.__mro__[1].__name__)
