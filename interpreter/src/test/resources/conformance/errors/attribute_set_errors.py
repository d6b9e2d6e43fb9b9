class Circle:
    def __init__(self):
        self.r = 1
    @property
    def area(self):
        return 3 * self.r
c = Circle()
try:
    c.area = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.missing
except AttributeError as e:
    print(type(e).__name__, e)
