table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
for row in table:
    print(' '.join(f'{v:2d}' for v in row))
count = 0
for a in range(5):
    for b in range(a, 5):
        for c in range(b, 5):
            count += 1
print(count)
