cases = [lambda: {[1]: 2}, lambda: {[1, 2]}, lambda: {{}: 1}, lambda: hash({1}),
         lambda: set([[1]]), lambda: {(1, [2]): 3}, lambda: {1: 2}[[1]], lambda: [] in {1}]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
print({(1, 2): 'tuples are fine'}, {frozenset([1]): 'frozensets too'})
