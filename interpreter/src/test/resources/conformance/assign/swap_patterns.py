a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
lst[1:3] = lst[2:0:-1]
print(lst)
x = [0, 1]
x[x[0]], x[x[1]] = 5, 6
print(x)
