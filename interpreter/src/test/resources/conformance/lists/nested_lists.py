m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1])
print([row[1] for row in m])
print([[row[i] for row in m] for i in range(3)])
print(sum(sum(row) for row in m))
flat = [x for row in m for x in row]
print(flat)
m[0][0], m[2][2] = m[2][2], m[0][0]
print(m)
print(m == [[9, 2, 3], [4, 5, 6], [7, 8, 1]])
