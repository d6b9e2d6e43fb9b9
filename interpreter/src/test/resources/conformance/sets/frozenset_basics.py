f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f)
print(frozenset(), frozenset() == set())
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(f & {1, 9}, f - {1})
s = {frozenset([1]), frozenset([1])}
print(len(s))
