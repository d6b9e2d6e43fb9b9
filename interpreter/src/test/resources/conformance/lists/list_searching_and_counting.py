# searching and counting in lists
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


xs = [5, 3, 1, 3, 9, 2, 3]

show('xs.index(3), xs.index(3, 3), xs.count(3), 3 in xs, 10 in xs', lambda: (xs.index(3), xs.index(3, 3), xs.count(3), 3 in xs, 10 in xs))
show('[i for i, x in enumerate(xs) if x == 3]', lambda: ([i for i, x in enumerate(xs) if x == 3]))
show('max(xs), min(xs), sum(xs), len(xs), sorted(set(xs))', lambda: (max(xs), min(xs), sum(xs), len(xs), sorted(set(xs))))
show('xs[::-1].index(3), len(xs) - 1 - xs[::-1].index(3)', lambda: (xs[::-1].index(3), len(xs) - 1 - xs[::-1].index(3)))
show('next((x for x in xs if x > 4), None), next((x for x in xs if x > 40), None)', lambda: (next((x for x in xs if x > 4), None), next((x for x in xs if x > 40), None)))
show('any(x > 4 for x in xs), all(x > 0 for x in xs)', lambda: (any(x > 4 for x in xs), all(x > 0 for x in xs)))
show('{x: xs.count(x) for x in sorted(set(xs))}', lambda: ({x: xs.count(x) for x in sorted(set(xs))}))
show('sorted(xs, key=xs.count, reverse=True)[:2]', lambda: (sorted(xs, key=xs.count, reverse=True)[:2]))
show('xs.index(3, 0, 2)', lambda: (xs.index(3, 0, 2)))
