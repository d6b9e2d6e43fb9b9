points = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(len(points), sorted(points))
print((1, 2) in points, (2, 2) in points)
moves = {(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)}
print(len(moves), sorted(moves)[:3])
