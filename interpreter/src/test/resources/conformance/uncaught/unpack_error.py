a, b = 1, 2
print(a, b)
a, *rest = [1, 2, 3]
print(a, rest)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
a, b = [1, 2, 3]
