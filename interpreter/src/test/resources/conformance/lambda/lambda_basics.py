sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(4), add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
print(list(map(lambda s: s[::-1], ['ab', 'cd'])))
