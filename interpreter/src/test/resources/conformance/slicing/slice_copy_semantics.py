a = [[1], [2], [3]]
b = a[:]
b[0] = 'x'
b[1].append(22)
print(a, b)
c = a[::-1]
c[0].append(33)
print(a, c)
s = 'hello'
print(s[:] == s, s[::-1])
t = (1, 2, 3)
print(t[:2], t[::-1], t[5:])
