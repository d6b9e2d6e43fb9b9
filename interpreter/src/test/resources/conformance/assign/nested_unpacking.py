data = [(1, ('a', 'b')), (2, ('c', 'd'))]
for n, (first, second) in data:
    print(n, first, second)
[a, [b, c]] = [1, [2, 3]]
print(a, b, c)
(x, y), (z, w) = 'ab', [3, 4]
print(x, y, z, w)
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items()):
    print(i, k, v)
