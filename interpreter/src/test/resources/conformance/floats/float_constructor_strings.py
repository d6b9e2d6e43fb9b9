for s in ['1', '-1.5', '  3.25  ', '1e3', '1E-3', '.5', '5.', 'inf', '-inf', 'nan', 'Infinity', '1_000.5', '+2']:
    print(repr(s), float(s))
try:
    float('abc')
except ValueError as e:
    print('ValueError', e)
