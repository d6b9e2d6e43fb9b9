a = [1, 2, 3, 4, 5]
a[1:4] = [0]
print(a, len(a))
a[1:1] = [9, 9, 9]
print(a, len(a))
a[-1:] = range(3)
print(a)
a[2:] = []
print(a)
a[5:10] = ['tail']
print(a)
a[-100:1] = ['head']
print(a)
