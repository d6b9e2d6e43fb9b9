print({x: x ** 2 for x in range(5)})
words = ['apple', 'bob', 'cat', 'avocado']
print({w: len(w) for w in words if len(w) > 3})
print({w[0]: w for w in words})
d = {'a': 1, 'b': 2}
print({v: k for k, v in d.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [] for k in 'xy'})
