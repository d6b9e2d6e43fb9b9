cases = [lambda: [x for x in None], lambda: sum(5), lambda: sorted(3), lambda: dict([1, 2]),
         lambda: dict([(1, 2, 3)]), lambda: set(1), lambda: tuple(1.5), lambda: list(zip(1))]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
