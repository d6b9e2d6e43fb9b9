d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d)
print(d.pop('zz', 'default'), d)
print(d.popitem(), d)
d['n'] = 9
print(d.popitem(), d)
print(d.popitem(), d)
print(d.pop('q', None))
