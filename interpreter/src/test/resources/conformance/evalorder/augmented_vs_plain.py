def v(tag, x):
    print('eval', tag)
    return x
class Obj:
    pass
o = Obj()
o.n = 1
v('obj', o).n += v('inc', 10)
print(o.n)
d = {'k': 1}
v('dict', d)[v('key', 'k')] *= v('factor', 3)
print(d)
