print(list(), list('abc'), list((1, 2)), list(range(3)))
print(list({'a': 1, 'b': 2}), list({3, 1, 2}))
print(list({'x': 1}.items()), list(map(str, [1, 2])))
src = [1, 2]
cp = list(src)
cp.append(3)
print(src, cp)
print(list(enumerate('ab')), list(zip([1, 2], 'xy')))
