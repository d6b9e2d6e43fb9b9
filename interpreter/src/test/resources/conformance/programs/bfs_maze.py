MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#..E",
]

def neighbors(pos, grid):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield nr, nc

def find(grid, ch):
    for r, row in enumerate(grid):
        if ch in row:
            return r, row.index(ch)
    raise LookupError(f"no {ch!r} in maze")

def bfs(grid):
    start, goal = find(grid, "S"), find(grid, "E")
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        for nxt in neighbors(cur, grid):
            if nxt not in prev:
                prev[nxt] = cur
                queue.append(nxt)
    if goal not in prev:
        return None
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]

path = bfs(MAZE)
print("steps:", len(path) - 1)
rows = [list(r) for r in MAZE]
for r, c in path[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
blocked = [row.replace(".#..E", "##..E") for row in MAZE]
blocked[3] = "#.#.#.####"
print("blocked:", bfs(blocked))
try:
    bfs(["S..", "..."])
except LookupError as e:
    print(type(e).__name__, e)
