a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = 'xyz'
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i, j = (1, 2)
print(h, i, j)
*k, = []
print(k)
[m, *n] = (9,)
print(m, n)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
