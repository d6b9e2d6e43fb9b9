import math
for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 3, True, 2**80, 1e300, -0.5, 7.999999]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
class Num:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
n = Num()
print(math.floor(n), math.ceil(n), math.trunc(n))
class F:
    def __float__(self):
        return 2.75
print(math.floor(F()), math.ceil(F()))
for bad in [float('nan'), float('inf'), float('-inf'), "3", None]:
    for f in [math.floor, math.ceil, math.trunc]:
        try:
            print(f(bad))
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
