print(max(1, 1.0), min(1.0, 1), max(1.0, 1))
print(max([3, 1, 3.0]), min([2, 2.0]))
pairs = [('a', 2), ('b', 1), ('c', 2)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max('apple', 'fig', 'kiwi', key=len), min('apple', 'fig', 'kiwi', key=len))
print(max([], default='empty'), min([], default=None))
print(max(-0.0, 0.0), min(0.0, -0.0))
