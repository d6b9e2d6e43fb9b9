for x in reversed([1, 2, 3]):
    print(x, end=' ')
print()
for c in reversed('abc'):
    print(c, end='')
print()
for i in reversed(range(0, 10, 3)):
    print(i, end=',')
print()
for k in sorted({'b': 1, 'a': 2, 'c': 0}):
    print(k, end=';')
print()
print(list(reversed((1, 2))), list(reversed([])))
