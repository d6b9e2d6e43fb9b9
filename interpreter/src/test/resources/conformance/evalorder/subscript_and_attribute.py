def v(tag, x):
    print('eval', tag)
    return x
lst = [[1, 2], [3, 4]]
print(v('container', lst)[v('i', 1)][v('j', 0)])
lst2 = [0, 0]
v('target', lst2)[v('index', 1)] = v('value', 9)
print(lst2)
print(v('list', [10, 20, 30])[v('start', 0):v('stop', 2)])
