cases = [lambda: 1 < 'a', lambda: 'a' >= 1, lambda: [1] < 1, lambda: None < None,
         lambda: {} <= {}, lambda: (1, 'a') < (1, 2), lambda: sorted([3, 'x', 1]),
         lambda: max(1, 'b'), lambda: {1} < [1]]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == 'a', None == 0, [1] != (1,))
