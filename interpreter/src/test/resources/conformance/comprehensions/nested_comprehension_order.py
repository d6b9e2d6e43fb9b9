result = [(a, b, c) for a in range(1, 3) for b in 'xy' if b != 'z' for c in (True, False) if a == 1 or c]
print(result)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
