class Rect:
    def __init__(self, w, h=None):
        self.w = w
        self.h = w if h is None else h
        self.area = self.w * self.h
r = Rect(3)
s = Rect(2, 5)
print(r.w, r.h, r.area, s.area)
s.w = 10
print(s.area)
print(Rect(0).area, hasattr(r, 'area'))
