from itertools import islice, count
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)))
print(list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice('abc', None)), list(islice('abc', 10)))
for a in [(-1,), (1, 2, 0), ('a',), (1, 'x'), (-2, 5), (None, None, -1)]:
    try:
        islice('abc', *a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    islice('abc')
except TypeError as e:
    print(e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for a in [(-1,), (-2,), (0, -1), (0, -2), (-1, 2), ('a', 2), (0, 2, 'x'), (0, 2, -1), (-1, 2, 0)]:
    try:
        islice('abc', *a)
    except Exception as e:
        print(type(e).__name__, e)
