from fractions import Fraction as F
tests = [lambda: F(1) / 0, lambda: F(0) ** -1, lambda: F(1) // 0, lambda: F(1) % 0,
         lambda: divmod(F(1), 0), lambda: 1 / F(0), lambda: F(0) ** -3, lambda: F(5, 0),
         lambda: F(3, 4) / F(0, 7), lambda: 2 // F(0)]
for t in tests:
    try:
        print(t())
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
