it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
it2 = iter([])
print(next(it2, None))
it3 = iter(['a', 'b', 'c'])
next(it3)
print(list(it3), list(it3))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e))
