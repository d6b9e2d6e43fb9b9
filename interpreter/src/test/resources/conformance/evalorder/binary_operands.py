def v(tag, x):
    print('eval', tag)
    return x
print(v('L', 2) + v('R', 3))
print(v('a', 2) * v('b', 3) + v('c', 4) * v('d', 5))
print(v('base', 2) ** v('exp', 3))
print(v('x', 10) - v('y', 1) - v('z', 1))
print(-v('neg', 4))
