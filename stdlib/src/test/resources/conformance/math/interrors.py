import math
tests = [
    lambda: math.factorial(-1),
    lambda: math.factorial(1.5),
    lambda: math.factorial(2.0),
    lambda: math.factorial("5"),
    lambda: math.factorial(10**20),
    lambda: math.factorial(-10**30),
    lambda: math.comb(-1, 2),
    lambda: math.comb(3, -2),
    lambda: math.comb(1.0, 2),
    lambda: math.comb(10**20, 10**19),
    lambda: math.perm(-1),
    lambda: math.perm(5, -1),
    lambda: math.perm(-1, 2),
    lambda: math.perm(5, 1.0),
    lambda: math.perm(10**20, 10**19),
    lambda: math.isqrt(-1),
    lambda: math.isqrt(2.0),
    lambda: math.gcd(1.5),
    lambda: math.gcd(4, "6"),
    lambda: math.lcm(0, 1.5),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
