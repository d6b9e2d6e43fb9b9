from collections import UserDict

d = UserDict(a=1, b=2)
print(d | {'c': 3}, type(d | {'c': 3}).__name__)
print({'z': 0, 'a': 9} | d, type({'z': 0} | d).__name__)
print(d | UserDict(b=20), UserDict(b=20) | d)
d |= {'c': 3}
print(d)
d |= UserDict(d=4)
print(d)
d |= [('e', 5)]
print(d)
print(UserDict.fromkeys('xyz'), UserDict.fromkeys(['p', 'q'], 0))
c = d.copy()
c['a'] = 100
print(d['a'], c['a'], type(c).__name__)
import copy
c2 = copy.copy(d)
c2['b'] = 200
print(d['b'], c2['b'], type(c2).__name__)
print(sorted(d.items()), max(d), min(d.values()))
print(dict(d), dict(**d) == d.data)
