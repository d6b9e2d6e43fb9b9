found = None
for i in range(1, 5):
    for j in range(1, 5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
pairs = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        pairs.append((i, j))
print(pairs)
