a = [0, 1, 2, 3, 4]
a[0] = 'zero'
a[-1] = 'last'
print(a)
a[1], a[2] = a[2], a[1]
print(a)
m = [[1, 2], [3, 4]]
m[1][0] = 30
m[0] = m[0] + [5]
print(m)
i = 0
a[i] = i = 2
print(a, i)
