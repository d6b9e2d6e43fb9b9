import math
tests = [
    lambda: math.exp(1000),
    lambda: math.exp2(1024),
    lambda: math.expm1(1000),
    lambda: math.cosh(1000),
    lambda: math.sinh(-1000),
    lambda: math.pow(10.0, 400),
    lambda: math.pow(-10.0, 401),
    lambda: math.ldexp(1.0, 1024),
    lambda: math.ldexp(1.0, 10**30),
    lambda: math.gamma(172),
    lambda: math.gamma(1000.5),
    lambda: math.sqrt(10**400),
    lambda: math.sin(2**1024),
    lambda: math.fsum([1e308, 1e308]),
    lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.lgamma(1e308),
    lambda: math.exp(-1000),
    lambda: math.ldexp(1.0, -10**30),
]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
