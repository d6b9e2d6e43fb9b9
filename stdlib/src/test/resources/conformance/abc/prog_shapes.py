# Classic shape hierarchy with abstract area/perimeter and a concrete template method.
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def summary(self):
        return "%-9s area=%7.2f perimeter=%6.2f" % (type(self).__name__, self.area(),
                                                   self.perimeter())

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s): super().__init__(s, s)

class Polygon(Shape):
    def __init__(self, pts): self.pts = pts
    def perimeter(self):
        n = len(self.pts)
        return sum(math.dist(self.pts[i], self.pts[(i + 1) % n]) for i in range(n))

shapes = [Circle(1), Rect(2, 3), Square(4)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.summary())
try:
    Polygon([(0, 0), (1, 0), (0, 1)])
except TypeError as e:
    print("TypeError:", e)
print(sum(s.area() for s in shapes) > 30)
