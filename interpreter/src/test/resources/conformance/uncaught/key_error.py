d = {'a': 1}
print(d['a'])
print(d.get('missing_key'), 'missing_key' in d)
d['b'] = 2
print(d)
print(d['missing_key'])
