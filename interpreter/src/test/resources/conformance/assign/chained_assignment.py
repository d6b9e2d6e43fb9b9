a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
p, q = r = (5, 6)
print(p, q, r)
