from fractions import Fraction
for s in ['3/4', ' -1.5e3 ', '.5', '5.', '1_000/3', '1e-3', '+7', '  2/4  ', '3.1415',
          '1.5E+2', '-0', '0.000', '12_3.4_5e1_0', '\t9/12\n', '7e0', '-.25']:
    print(repr(s), Fraction(s), repr(Fraction(s)))
