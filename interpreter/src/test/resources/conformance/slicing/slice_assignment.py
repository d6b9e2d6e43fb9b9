a = list(range(6))
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[0:0] = ['front']
print(a)
a[2:4] = 'XY'
print(a)
a[:] = (7, 8)
print(a)
