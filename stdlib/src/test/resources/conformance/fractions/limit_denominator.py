from fractions import Fraction as F
import math
pi = F(math.pi)
for m in [1, 2, 7, 10, 100, 1000, 10**6]:
    print(m, pi.limit_denominator(m))
print(F(1, 3).limit_denominator(2), F(0.1).limit_denominator(1000), F(-7, 11).limit_denominator(3))
print(F(1, 4).limit_denominator(2), F(3, 8).limit_denominator(4), F(5, 7).limit_denominator(100))
print(F('3.14159265358979323846').limit_denominator(10**4), F(math.e).limit_denominator(1000))
for bad in [0, -5]:
    try:
        F(1, 3).limit_denominator(bad)
    except ValueError as e:
        print('ValueError', e)
