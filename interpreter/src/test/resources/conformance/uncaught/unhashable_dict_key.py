seen = {}
for point in [(1, 2), (3, 4), [5, 6]]:
    seen[point] = True
    print("stored", point)
