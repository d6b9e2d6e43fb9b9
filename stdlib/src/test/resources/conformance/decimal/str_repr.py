from decimal import Decimal
for s in ['123E-10', '1E+2', '0E-7', '-0.000001', '1E-7', '12345678901234567890e20', '0.00000123', '123.456e3', '100', '1e0', '0e0', '0e5',
          '0.000', '-0E+3', '123456789e-15', '1.000e-6', '9.99E+999', '4e-6', '40e-7', '0.1e-5']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.adjusted(), d.as_tuple())
print(Decimal('1e2').to_eng_string(), f"{Decimal('7.25')}", [Decimal('1.0'), Decimal('-2')], str(Decimal('-inf')), str(Decimal('nan')))
