cases = [lambda: -'a', lambda: +[], lambda: ~1.5, lambda: ~'x', lambda: abs('x'), lambda: -None]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
