from fractions import Fraction
for s in ['', '1/2.0', '1 / 2', 'inf', 'nan', '1e', '/2', '1__0', 'x', '1/-2', '1.2.3', '_1', '0x10', '1/2/3']:
    try:
        Fraction(s)
    except ValueError as e:
        print('ValueError', e)
for args in [('1/0',), (1, 0), (Fraction(1, 2), 0), (0, 0)]:
    try:
        Fraction(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for args in [(1.5, 2), (1, 2.0), ('1', 2), ([1],), (None,), ({},)]:
    try:
        Fraction(*args)
    except TypeError as e:
        print('TypeError', e)
for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        Fraction(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
