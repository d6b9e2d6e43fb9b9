from itertools import tee
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
a, b, c = tee('xy', 3)
print(next(a), list(b), list(c), list(a))
print(tee('abc', 0))
def g():
    for i in range(3):
        print('produce', i)
        yield i
x, y = tee(g())
print(next(x), next(x), next(y))
print(list(y), list(x))
try:
    tee('a', -1)
except ValueError as e:
    print(e)
