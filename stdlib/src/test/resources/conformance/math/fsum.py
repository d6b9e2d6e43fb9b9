import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 5]), math.fsum([math.nan, 1]))
print(math.fsum([2.0**53, 1.0, 1.0]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([1e308, -1e308, 1e308]))
print(math.fsum(x / 7 for x in range(100)))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(math.fsum((1.7976931348623157e308, -1e292, 1e292)))
try:
    math.fsum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    math.fsum(5)
except TypeError as e:
    print("TypeError", e)
