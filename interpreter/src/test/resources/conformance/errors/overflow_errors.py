cases = [lambda: 2.0 ** 10000, lambda: float(10 ** 400), lambda: 10 ** 400 / 1,
         lambda: round(float('inf')), lambda: int(float('nan')), lambda: int(float('-inf')),
         lambda: 1e308 * 10, lambda: 10 ** 400 * 1.0]
for c in cases:
    try:
        print('result', c())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
