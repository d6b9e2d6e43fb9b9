def v(tag, x):
    print('eval', tag)
    return x
d = {v('k1', 'a'): v('v1', 1), v('k2', 'b'): v('v2', 2)}
print(d)
d2 = {v('k', 'x'): v('first', 1), v('k again', 'x'): v('second', 2)}
print(d2)
