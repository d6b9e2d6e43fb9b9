from decimal import *
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, ctx.prec, getcontext() is ctx)
print(Decimal(1) / 3, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_DOWN):
    print(Decimal(2) / 3)
    with localcontext() as inner:
        inner.prec = 8
        print(Decimal(2) / 3)
    print(Decimal(2) / 3)
base = Context(prec=4)
with localcontext(base) as c2:
    print(Decimal(1) / 7, c2 is base, c2.prec)
try:
    with localcontext(prec=2):
        print(Decimal(10) / 3)
        raise ValueError('inside')
except ValueError as e:
    print('ValueError', e, getcontext().prec)
try:
    localcontext(bogus=1)
except TypeError as e:
    print('TypeError', e)
