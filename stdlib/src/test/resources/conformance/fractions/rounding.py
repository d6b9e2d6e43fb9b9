import math
from fractions import Fraction as F
for x in [F(-7, 2), F(7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(10), F(-10)]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x), round(x), type(round(x)).__name__)
print(round(F(12345, 100), 1), round(F(12355, 1000), 2), round(F(12345, 1), -2), round(F(250), -2), round(F(350), -2))
print(repr(round(F(1, 3), 3)), repr(round(F(2, 3), 0)), repr(round(F(-15, 100), 1)), repr(round(F(25, 1000), 2)))
try:
    round(F(1, 3), 1.5)
except TypeError as e:
    print('TypeError', e)
