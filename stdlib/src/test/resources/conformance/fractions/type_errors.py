from fractions import Fraction as F
tests = [lambda: F(1) + 'a', lambda: 'a' + F(1), lambda: F(1) * [1], lambda: F(1) < None,
         lambda: F(1) @ F(2), lambda: ~F(1), lambda: F(1) << 1]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
