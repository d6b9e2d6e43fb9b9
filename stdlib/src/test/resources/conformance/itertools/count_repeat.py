from itertools import count, repeat, islice
print(list(islice(count(), 5)))
print(list(islice(count(2.5, 0.5), 3)))
c = count(10, -3)
print(next(c), next(c), c)
print(repr(count(3)), repr(count(1, 2)), repr(count(1.0)))
print(list(repeat('x', 3)), repr(repeat(1)), repr(repeat(1, 2)), list(repeat(1, -1)))
print(list(map(pow, range(5), repeat(2))))
for i, sq in zip(count(1), [1, 4, 9]):
    print(i, sq)
try:
    count('a')
except TypeError as e:
    print(e)
