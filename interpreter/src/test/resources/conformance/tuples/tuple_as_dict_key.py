grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
print(grid[2, 1], grid.get((5, 5), 'missing'))
d = {(1, (2, 3)): 'nested'}
print(d[(1, (2, 3))])
print((1, 2) in grid, (9, 9) in grid)
