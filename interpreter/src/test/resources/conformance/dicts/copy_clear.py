d = {'a': [1, 2], 'b': 3}
c = d.copy()
c['b'] = 30
c['a'].append(99)
print(d, c)
alias = d
d.clear()
print(d, alias, c)
print(len(d), bool(d), bool(c))
