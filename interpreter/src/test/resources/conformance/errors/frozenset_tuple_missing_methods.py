cases = [lambda: frozenset([1]).add(2), lambda: (1,).append(2), lambda: 'abc'.append('d'),
         lambda: (5).append, lambda: range(3).append(1)]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__, e)
