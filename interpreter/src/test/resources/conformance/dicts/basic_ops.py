d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d))
print(d['b'], 'a' in d, 'z' in d, 10 in d)
del d['b']
print(d)
d2 = {}
d2[1] = 'one'
d2[(1, 2)] = 'tuple'
d2[None] = 'none'
print(d2)
