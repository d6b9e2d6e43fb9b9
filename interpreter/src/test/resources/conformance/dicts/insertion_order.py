d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(list(d), list(d.values()))
d['alpha'] = 0
print(list(d.items()))
del d['zeta']
d['zeta'] = 99
print(list(d.keys()))
print({3: 'c', 1: 'a', 2: 'b'})
