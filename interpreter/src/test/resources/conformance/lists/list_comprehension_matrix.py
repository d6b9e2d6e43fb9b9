# matrix manipulation with list comprehensions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

show('m', lambda: (m))
show('[row[i] for row in m for i in range(len(row)) if i == 0]', lambda: ([row[i] for row in m for i in range(len(row)) if i == 0]))
show('[list(col) for col in zip(*m)]', lambda: ([list(col) for col in zip(*m)]))
show('[[m[j][i] for j in range(len(m))] for i in range(len(m[0]))]', lambda: ([[m[j][i] for j in range(len(m))] for i in range(len(m[0]))]))
show('[sum(row) for row in m], [sum(col) for col in zip(*m)]', lambda: ([sum(row) for row in m], [sum(col) for col in zip(*m)]))
show('[m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)]', lambda: ([m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)]))
show('[[x * 2 for x in row] for row in m]', lambda: ([[x * 2 for x in row] for row in m]))
show('[x for row in m for x in row if x % 2 == 0]', lambda: ([x for row in m for x in row if x % 2 == 0]))
show('[[1 if i == j else 0 for j in range(3)] for i in range(3)]', lambda: ([[1 if i == j else 0 for j in range(3)] for i in range(3)]))
show('[row[::-1] for row in m[::-1]]', lambda: ([row[::-1] for row in m[::-1]]))
show('list(map(list, zip(*m[::-1])))', lambda: (list(map(list, zip(*m[::-1])))))
show('max(max(row) for row in m), min(map(min, m))', lambda: (max(max(row) for row in m), min(map(min, m))))
