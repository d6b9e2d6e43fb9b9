import math
print(math.hypot(), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(-5), math.hypot(5.5))
print(math.hypot(1e308, 1e308), math.hypot(1e-308, 1e-310), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.hypot(1, math.inf, math.nan), math.hypot(math.nan, 2), math.hypot(3e-320, 4e-320))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2.5,)))
print(math.dist((), ()), math.dist((1e200, 1e200), (-1e200, -1e200)))
print(math.dist(range(3), [5, 5, 5]))
for args in [((1, 2), (1,)), ([1], ["a"]), (1, 2)]:
    try:
        print(math.dist(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.hypot("a")
except TypeError as e:
    print("TypeError", e)
