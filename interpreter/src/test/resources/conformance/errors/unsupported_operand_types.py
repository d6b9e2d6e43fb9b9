cases = [lambda: None + 1, lambda: 1 + 'a', lambda: [] - [], lambda: {} + {},
         lambda: 'a' - 'b', lambda: 1.5 & 1, lambda: 2 ** 'x', lambda: {1} + {2},
         lambda: (1,) * (2,), lambda: [1] // 2, lambda: 3 % 'x']
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
