from decimal import *
c = Context(prec=5, Emin=-10, Emax=10, traps=[])
for expr in ['1e-12', '1.2345e-11', '123456e-15', '9.99999e10', '1e11', '-1e11', '0e-20', '0e20', '1.23456789']:
    d = c.create_decimal(expr)
    print(expr, d, sorted(k.__name__ for k, v in c.flags.items() if v))
    c.clear_flags()
print(c.divide(Decimal(1), Decimal('3e11')), c.multiply(Decimal('9e9'), Decimal(100)), c.add(Decimal('1e-11'), Decimal('1e-11')))
c.rounding = ROUND_FLOOR
print(c.multiply(Decimal('9e9'), Decimal(100)), c.multiply(Decimal('-9e9'), Decimal(100)), c.subtract(Decimal(1), Decimal(1)))
c.clamp = 1
print(c.create_decimal('1e10'), c.create_decimal('1.5e10'), c.Etop(), c.Etiny())
c2 = Context(prec=3, traps=[Overflow, Underflow, Inexact])
for f in [lambda: c2.create_decimal('1e9999999'), lambda: c2.divide(Decimal(1), Decimal(3)), lambda: c2.power(Decimal(10), -9999999)]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e)
