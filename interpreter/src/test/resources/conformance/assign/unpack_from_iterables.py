a, b, c = 'abc'
print(a, b, c)
x, y = {'k1': 1, 'k2': 2}
print(x, y)
p, q = range(2)
print(p, q)
m, n = {10: 'a', 20: 'b'}.values()
print(m, n)
first, *_ = sorted([3, 1, 2])
print(first)
s1, s2 = [[1], [2]]
print(s1, s2)
