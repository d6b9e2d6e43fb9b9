import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(-0.0), math.sqrt(math.inf), math.sqrt(2**1000))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0.0, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print(math.pow(-1, math.inf), math.pow(-0.0, 3), math.pow(10, -400))
print(math.exp(0), math.exp(-math.inf), math.exp(math.inf), math.exp(-1000), math.exp2(10), math.exp2(-1))
print(math.expm1(0.0), math.expm1(1e-10), math.log1p(1e-10), math.log1p(0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
