class Shape:
    def area(self):
        return 0
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
for sh in [Shape(), Sq(3), Rect(2, 5)]:
    print(sh.describe())
print(sum(s.area() for s in [Sq(1), Sq(2), Rect(1, 1)]))
