def v(tag, x):
    print('eval', tag)
    return x
a = [0, 0, 0]
i = 0
i, a[i] = v('first', 1), v('second', 2)
print(i, a)
x = y = v('chained', [])
print(x is y)
b = [0, 0]
b[v('lhs index', 0)] += v('rhs', 5)
print(b)
