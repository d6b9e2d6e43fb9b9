import math
from decimal import Decimal as D
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('1.2345'), 2), round(D('1234'), -2), type(round(D('1.5'))).__name__, type(round(D('1.5'), 0)).__name__)
print(int(D('-7.9')), int(D('1e20')), float(D('0.1')), float(D('-0')), float(D('1e400')), float(D('-1e-400')), float(D('inf')), float(D('1.7976931348623157e308')))
print(math.floor(D('-2.5')), math.ceil(D('-2.5')), math.trunc(D('-2.5')), math.floor(D('7')), bool(D(0)), bool(D('0.0')), bool(D('nan')), bool(D('-0.1')))
print(math.sqrt(D(2)), math.isclose(D('0.1'), 0.1), float(D('nan')))
for f in [lambda: int(D('nan')), lambda: int(D('-inf')), lambda: round(D('nan')), lambda: round(D('inf')), lambda: float(D('snan'))]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
