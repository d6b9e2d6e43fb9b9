from decimal import *
c = getcontext()
print(repr(c))
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
c.prec = 6
print(Decimal(1) / 7, Decimal('1.23456789') + 0, Decimal(123456789) * 1)
c.rounding = ROUND_DOWN
print(Decimal(2) / 3, Decimal(-2) / 3)
setcontext(ExtendedContext)
print(repr(getcontext()), Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt())
print(repr(getcontext()))
setcontext(BasicContext)
print(repr(getcontext()))
setcontext(Context(prec=4, rounding=ROUND_HALF_UP, traps=[DivisionByZero]))
print(repr(getcontext()), Decimal('2.675') * 1, Decimal('1.00005') + 0)
print(repr(Context()), repr(DefaultContext))
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS)
