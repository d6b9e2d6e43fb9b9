from collections import UserDict

d = UserDict({'a': 1}, b=2)
print(d, len(d), d['a'], 'a' in d, 'x' in d, list(d), d.data)
print(type(d.data).__name__, type(d).__name__, UserDict.__module__)
d['c'] = 3
del d['a']
print(d, d.get('x'), d.get('x', 9), d.get('b'))
print(d.pop('b'), d.pop('nope', 'dflt'), d.setdefault('z', 0), d.setdefault('z', 5), d)
d.update({'q': 1}, w=2)
d.update([('r', 7)])
print(d, sorted(d.keys()), list(d.items()), list(d.values()))
print(d.popitem(), d)
print(d == {'c': 3, 'z': 0, 'q': 1, 'w': 2}, d != {'c': 3}, d == UserDict(d))
print(UserDict(), UserDict(x=1), UserDict([('k', 'v')]), UserDict(dict=5))
e = UserDict(d)
e['new'] = 1
print('new' in d, 'new' in e)
d.clear()
print(d, len(d), bool(d), bool(e))
d.data = {'replaced': True}
print(d, d['replaced'])
for k in UserDict({'one': 1, 'two': 2}):
    print(k)
