cases = [lambda: 1 << -1, lambda: 1 >> -5, lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5),
         lambda: pow(2, -1, 4), lambda: 1.5 << 1, lambda: 8 >> 1.0]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(2, -1, 5), pow(3, -2, 7))
