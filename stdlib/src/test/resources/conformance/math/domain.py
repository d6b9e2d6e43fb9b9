import math
tests = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.log(-(2**10000)),
    lambda: math.log(10, 0),
    lambda: math.log10(0.0),
    lambda: math.log2(-1),
    lambda: math.acos(2),
    lambda: math.asin(-1.5),
    lambda: math.acosh(0),
    lambda: math.atanh(1),
    lambda: math.log1p(-1),
    lambda: math.sin(math.inf),
    lambda: math.cos(-math.inf),
    lambda: math.tan(math.inf),
    lambda: math.fmod(1, 0),
    lambda: math.fmod(math.inf, 1),
    lambda: math.remainder(1, 0),
    lambda: math.remainder(math.inf, 2),
    lambda: math.pow(0.0, -1),
    lambda: math.pow(-2, 0.5),
    lambda: math.gamma(0),
    lambda: math.gamma(-2),
    lambda: math.gamma(-math.inf),
    lambda: math.lgamma(-1),
    lambda: math.lgamma(0),
]
for t in tests:
    try:
        print(t())
    except ValueError as e:
        print("ValueError", e)
