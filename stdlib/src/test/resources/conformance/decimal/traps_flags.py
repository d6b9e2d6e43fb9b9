from decimal import *
c = getcontext()
print(Decimal(1) / 3)
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
c.clear_flags()
print(Decimal(4) / 2, c.flags[Inexact], c.flags[Rounded])
c.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('Inexact', e, isinstance(e, DecimalException), isinstance(e, ArithmeticError))
c.traps[Inexact] = False
c.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, c.flags[DivisionByZero])
c.traps[DivisionByZero] = True
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e).__name__, e)
try:
    Decimal(0) / 0
except (ZeroDivisionError, InvalidOperation) as e:
    print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
c.clear_flags()
c.traps[Overflow] = False
print(Decimal('9e999999') * 10, c.flags[Overflow], c.flags[Inexact])
c.rounding = ROUND_DOWN
print(Decimal('9e999999') * 10)
c.rounding = ROUND_HALF_EVEN
c.clear_flags()
print(Decimal('1e-999999') / 10**30, Decimal('1e-999999') / 3, c.flags[Underflow], c.flags[Subnormal], c.flags[Clamped])
c.clear_traps()
print(repr(c))
