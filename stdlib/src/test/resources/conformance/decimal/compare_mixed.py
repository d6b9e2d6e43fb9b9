from decimal import Decimal as D, InvalidOperation, getcontext, FloatOperation
from fractions import Fraction as F
print(D(1) < 2, D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(1) > 0.5, D('2.50') == D('2.5'), D(3) >= F(3), D('0.25') == F(1, 4), D('0.3') < F(1, 3))
print(sorted([D(3), 1, D('2.5'), 2.25, D('-1')]), max(D('1.5'), 2), min([D('0.1'), D('0.01')]))
print(D('NaN') == D('NaN'), D('NaN') != 1, D('inf') > 10**100, D('-inf') < -1e308, D('1e-400') > 0, D(-0) == 0)
for f in [lambda: D('NaN') < 1, lambda: D(1) >= D('nan'), lambda: D('sNaN') == 1]:
    try:
        print(f())
    except InvalidOperation as e:
        print('InvalidOperation', e)
print(getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
try:
    D(1) < 1.5
except FloatOperation as e:
    print('FloatOperation', e, isinstance(e, TypeError))
print(D(1) == 1.0)
try:
    D(0.5)
except FloatOperation as e:
    print('FloatOperation', e)
