r = 3 > 2
print(r, type(r).__name__)
print((3 > 2) + (2 > 1), (1 < 0) * 5)
vals = [5, 1, 4]
print([v > 2 for v in vals])
print(sum(v > 2 for v in vals))
print((1 < 2) == (2 < 3), (1 < 2) is True)
print(max(1 == 1, 0))
