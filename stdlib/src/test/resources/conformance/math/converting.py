import math
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 0.25
print(math.sqrt(Flt()), math.sqrt(Idx()), math.factorial(Idx()), math.gcd(Idx(), 21), math.isqrt(Idx()))
print(math.sqrt(True), math.floor(False), math.fabs(-3))
for bad in [lambda: math.sqrt("a"), lambda: math.sqrt(None), lambda: math.isnan([1]), lambda: math.exp(10**400), lambda: math.isfinite(10**400), lambda: math.ldexp(Flt(), Idx())]:
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
