from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return "%s(area=%s)" % (type(self).__name__, self.area())

try:
    Shape()
except TypeError as e:
    print("TypeError", e)

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

print(Square(3).describe())
print(isinstance(Square(1), Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))
print(Square.__abstractmethods__ == frozenset())
