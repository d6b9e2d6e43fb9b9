from decimal import *
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(Decimal(x).quantize(Decimal('1'), rounding=r)) for x in ['2.5', '-2.5', '1.5', '0.4', '-0.6', '5.1', '10.1', '-1.05', '0.05']],
          [str(Decimal(x).quantize(Decimal('0.1'), rounding=r)) for x in ['1.05', '1.15', '-1.25', '0.01', '9.99']])
print(Decimal('7.325').quantize(Decimal('.01')), Decimal('7.325').quantize(Decimal('1.')), Decimal('1.41421356').quantize(Decimal('1.000')))
print(Decimal('123.456').quantize(Decimal('1e1')), Decimal('0').quantize(Decimal('1e-5')), Decimal('-0.5').quantize(Decimal(1)), Decimal('2').quantize(Decimal('0.00')))
for a, b in [('1', '1e-30'), ('inf', '1'), ('1', 'inf'), ('1e-5', '1e1000000')]:
    try:
        print(Decimal(a).quantize(Decimal(b)))
    except InvalidOperation as e:
        print('InvalidOperation', e)
print(Decimal('inf').quantize(Decimal('inf')), Decimal('NaN').quantize(Decimal(1)), Decimal('2.5').quantize(Decimal(1), context=Context(rounding=ROUND_UP)))
