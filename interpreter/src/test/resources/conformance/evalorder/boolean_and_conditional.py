def v(tag, x):
    print('eval', tag)
    return x
r = v('a', 0) or v('b', '') or v('c', 'hit') or v('d', 'skip')
print(r)
r = v('cond', True) and v('then', 'T') if v('test', 1) else v('else', 'E')
print(r)
print(v('x', 1) if v('c2', 0) else v('y', 2))
