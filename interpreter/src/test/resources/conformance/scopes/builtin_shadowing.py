def f():
    len = lambda s: 'shadowed'
    return len('abc')
print(f(), len('abc'))
def g(list):
    return list
print(g(5), list('ab'))
max = 'not the builtin'
print(max)
del max
print(max(1, 2))
