from decimal import Decimal as D
from fractions import Fraction as F
tests = [lambda: D(1) + 1.0, lambda: 1.0 + D(1), lambda: D(1) * 2.5, lambda: D(1) / F(1, 2), lambda: F(1, 2) - D(1),
         lambda: D(1) + 'a', lambda: D(2) ** 0.5, lambda: divmod(D(1), 1.5), lambda: D(1) % [1]]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
