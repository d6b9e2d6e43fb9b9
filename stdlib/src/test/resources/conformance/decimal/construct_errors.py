from decimal import Decimal, InvalidOperation, getcontext
for v in ['abc', '1.2.3', '', ' ', '1e', 'e5', '1__0', '0x10', '1 000']:
    try:
        Decimal(v)
    except InvalidOperation as e:
        print('InvalidOperation', repr(v), e, type(e).__mro__[1].__name__)
for v in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1,)), [1.5], None, {}]:
    try:
        Decimal(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
getcontext().traps[InvalidOperation] = False
print(repr(Decimal('junk')), getcontext().flags[InvalidOperation])
