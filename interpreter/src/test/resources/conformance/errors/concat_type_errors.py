cases = [lambda: 'a' + 1, lambda: 'a' + None, lambda: [1] + (2,), lambda: (1,) + [2],
         lambda: 'x' * 'y', lambda: [1] * 1.5, lambda: b'a' + 'b', lambda: 'b' + b'a']
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
