def src(tag, val):
    print('src', tag)
    return val
lst = [0, 0, 0]
lst[src('index', 1)] = src('value', 'x')
print(lst)
a, b = src('a', 1), src('b', 2)
print(a, b)
d = {}
d[src('key', 'k')] = src('val', 'v')
print(d)
