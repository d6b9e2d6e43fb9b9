row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [[]] * 2
a[0].append('x')
print(a, a[0] is a[1])
print([1, 2] * 2, 2 * [None], [] * 5, [1] * -1)
