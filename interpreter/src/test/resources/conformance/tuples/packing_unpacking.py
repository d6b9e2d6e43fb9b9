t = 1, 2, 3
print(t, type(t).__name__)
a, b, c = t
print(a, b, c)
single = 5,
print(single, len(single))
empty = ()
print(empty, len(empty))
x, y = y, x = 1, 2
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print((1, 2) + (3,), (0,) * 3)
