print(dict(), dict(a=1, b=2))
print(dict([('x', 1), ('y', 2)]))
print(dict([['k', 'v'], 'ab']))
print(dict({'m': 1}, n=2))
print(dict(zip('abc', range(3))))
print(dict(zip(['p', 'q'], [None, None])), dict(()))
src = {'a': [1]}
cp = dict(src)
cp['a'].append(2)
cp['b'] = 0
print(src, cp)
