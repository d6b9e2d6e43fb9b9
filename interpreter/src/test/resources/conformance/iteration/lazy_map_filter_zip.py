# map, filter and zip are lazy: nothing runs until iterated
def noisy(x):
    print("  noisy", x)
    return x * 10


m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
print(list(m))

f = filter(lambda v: v % 2, range(7))
print(type(f).__name__, list(f))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))

z = zip("abc", range(10))
print(list(z))
print(list(zip()))
print(list(zip([1, 2], [3, 4], [5, 6])))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("abc", "de", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("ab", "cde", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("ab", "cd", "e", strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
