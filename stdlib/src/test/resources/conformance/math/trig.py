import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(-0.0), math.atan(math.inf), math.atan(-math.inf))
print(math.asin(1), math.acos(1), math.acos(-1), math.acos(0), math.atan(1))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(1, 0), math.atan2(math.inf, math.inf), math.atan2(math.inf, -math.inf))
print(math.atan2(-math.inf, 1), math.atan2(1, math.inf), math.atan2(1, -math.inf), math.atan2(math.nan, 1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(math.inf), math.tanh(-1000), math.sinh(math.inf))
print(math.asinh(0), math.asinh(-math.inf), math.acosh(1), math.acosh(math.inf), math.atanh(0), math.atanh(-0.0))
print(math.sin(math.nan), math.cos(math.nan))
print(round(math.sin(1), 12), round(math.cos(1), 12), round(math.tan(0.5), 12))
