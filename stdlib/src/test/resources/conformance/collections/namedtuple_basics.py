from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p == (1, 2), isinstance(p, tuple), len(p))
print(p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
x, y = p
print(x + y, type(p).__name__, Point.__doc__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError')
try:
    namedtuple('Bad', 'x class')
except ValueError as e:
    print('ValueError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
R = namedtuple('R', 'a a 1b', rename=True)
print(R._fields)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
print(sorted([Point(2, 1), Point(1, 2)]))
