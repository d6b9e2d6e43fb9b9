a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'xyz'
x, y, z = y, z, x
print(x, y, z)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
