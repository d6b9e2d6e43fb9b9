from collections import defaultdict
dd = defaultdict(list)
dd['a'].append(1); dd['a'].append(2); dd['b']
print(dd, dict(dd), dd.default_factory)
di = defaultdict(int)
for ch in 'hello':
    di[ch] += 1
print(di, defaultdict(None, {1: 2}), di.get('zz'), 'zz' in di)
tree = lambda: defaultdict(tree)
t = tree(); t['a']['b']['c'] = 1
print(dict(t['a']['b']))
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(defaultdict(set, a={1}).copy())
