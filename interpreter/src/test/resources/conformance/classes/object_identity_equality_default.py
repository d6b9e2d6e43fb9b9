class C:
    pass
a = C()
b = C()
c = a
print(a == b, a == c, a != b, a is c)
print(a in [b], a in [c], [a, b].index(b))
d = {a: 'a', b: 'b'}
print(d[a], d[b], len(d))
