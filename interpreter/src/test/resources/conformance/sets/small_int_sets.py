s = {3, 1, 2}
print(s)
print({5, 5, 4, 4}, set([4, 3, 2, 3]), {7, 6, 5})
print(set(), len(set()), {0})
print(set(range(5)), set([1, 2]) == {2, 1})
print(sorted({10, -1, 3}))
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4})
