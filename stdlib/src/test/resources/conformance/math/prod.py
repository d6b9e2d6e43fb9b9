import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2, 3]), math.prod(range(1, 30)))
print(math.prod([2, 3], start=0.5), math.prod([], start="x"), math.prod([3], start="ab"))
print(math.prod([True, True]), math.prod((2 ** 64, 2 ** 64)))
try:
    math.prod(3)
except TypeError as e:
    print("TypeError", e)
try:
    math.prod(["a", "b"])
except TypeError as e:
    print("TypeError", e)
