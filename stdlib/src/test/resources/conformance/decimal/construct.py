from decimal import Decimal
for v in ['0', '-0', '1.50', ' 1_000.5 ', '1e5', '-1.23E-7', '.5', '5.', '00012', '+3.14', 'inf', '-Infinity', 'nan', '-nan123', 'sNaN', 'sNaN42', '1E+999999999']:
    print(repr(v), repr(Decimal(v)), str(Decimal(v)))
for v in [0, -5, 10**30, True, 0.1, -0.0, 1.5, 2.0**-20, float('inf'), float('nan')]:
    print(repr(Decimal(v)))
print(repr(Decimal((1, (1, 4, 1), -2))), repr(Decimal((0, (0,), 'F'))), repr(Decimal((1, (), 'n'))), repr(Decimal([0, [1, 2], 3])))
print(repr(Decimal(Decimal('1.10'))), repr(Decimal.from_float(0.25)), repr(Decimal.from_float(3)), repr(Decimal()))
