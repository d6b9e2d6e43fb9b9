d = {}
d[1] = 'a'
d[1.0] = 'b'
d[True] = 'c'
print(d, len(d))
d[0] = 'zero'
d[False] = 'false'
d[-0.0] = 'negzero'
print(d)
e = {(1, 2): 'x'}
print(e[(1.0, 2.0)])
print({'a': 1} == {'a': 1.0}, {1: 'x'} == {True: 'x'})
