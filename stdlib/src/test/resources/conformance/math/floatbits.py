import math
for x in [0.0, -0.0, 1.0, 0.1, -3.5, 1e300, 5e-324, 2.0**-1030, math.inf, -math.inf]:
    print(repr(x), math.frexp(x), math.modf(x), math.ulp(x), math.fabs(x))
print(math.frexp(math.nan), math.modf(math.nan), math.ulp(math.nan))
print(math.ldexp(0.5, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3, 2), math.ldexp(1.5, True))
print(math.ldexp(math.inf, -5), math.ldexp(-0.0, 100), math.ldexp(1.0, -10**30))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1), math.copysign(1, math.nan))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(3, math.inf))
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print("TypeError", e)
