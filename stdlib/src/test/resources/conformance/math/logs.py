import math
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1, 10))
print(math.log10(1000), math.log10(1e-5), math.log10(10**300))
print(math.log2(1024), math.log2(0.125), math.log2(2**10000), math.log2(1))
print(math.log(2**10000), math.log10(2**10000))
print(math.log(math.inf), math.log(math.nan), math.log2(math.inf), math.log10(math.nan))
print(math.log(10**500, 10**250))
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
