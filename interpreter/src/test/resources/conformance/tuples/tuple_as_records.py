# tuples as lightweight records
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


points = [(1, 2), (3, 0), (-1, 5), (1, 2)]

show('sorted(points)', lambda: (sorted(points)))
show('sorted(points, key=lambda p: p[1])', lambda: (sorted(points, key=lambda p: p[1])))
show('max(points, key=lambda p: p[0] ** 2 + p[1] ** 2)', lambda: (max(points, key=lambda p: p[0] ** 2 + p[1] ** 2)))
show('[x for x, _ in points]', lambda: ([x for x, _ in points]))
show('dict(points)', lambda: (dict(points)))
show('tuple(sorted(set(points)))', lambda: (tuple(sorted(set(points)))))
show('points.count((1, 2)), points.index((3, 0))', lambda: (points.count((1, 2)), points.index((3, 0))))
show('tuple(map(sum, zip(*points)))', lambda: (tuple(map(sum, zip(*points)))))
show('(1, 2) + (3,) * 2', lambda: ((1, 2) + (3,) * 2))
show('((1, 2), (3, 4))[1][0]', lambda: (((1, 2), (3, 4))[1][0]))
show('len(()), len((1,)), (1) == 1, (1,) == 1', lambda: (len(()), len((1,)), (1) == 1, (1,) == 1))
show('hash((1, "a", (2, 3))) == hash((1, "a", (2, 3)))', lambda: (hash((1, "a", (2, 3))) == hash((1, "a", (2, 3)))))
