def v(tag, x):
    print('eval', tag)
    return x
r = [v('elem', x * y) for x in v('outer', [1, 2]) for y in v('inner', [10])]
print(r)
d = {v('key', k): v('val', k * 2) for k in range(2)}
print(d)
