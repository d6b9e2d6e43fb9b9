from decimal import *
c = getcontext()
for name, v in [('prec', 0), ('prec', -5), ('Emax', -1), ('Emin', 1), ('capitals', 2), ('clamp', 5), ('prec', MAX_PREC + 1)]:
    try:
        setattr(c, name, v)
    except ValueError as e:
        print('ValueError', e)
for v in ['x', None, 3]:
    try:
        c.rounding = v
    except TypeError as e:
        print('TypeError', repr(str(e)))
try:
    setcontext(3)
except TypeError as e:
    print('TypeError', e)
print(repr(c))
