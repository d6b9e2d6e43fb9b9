a = list(range(12))
del a[::3]
print(a)
del a[-2:]
print(a)
del a[1:100:2]
print(a)
b = list('abcdef')
del b[::-1]
print(b)
c = [1, 2, 3]
del c[5:10]
print(c)
