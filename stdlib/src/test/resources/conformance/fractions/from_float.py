from fractions import Fraction
for x in [0.5, 0.1, -2.75, 1e300, 5e-324, 0.0, -0.0, 1/3, 2.0**60, 123.456]:
    f = Fraction(x)
    print(f if abs(x) < 1e20 else (f.numerator.bit_length(), f.denominator), f == x, Fraction.from_float(x) == f)
print(Fraction.from_float(3), repr(Fraction.from_float(-7)))
for bad in ['a', None, Fraction(1, 2)]:
    try:
        Fraction.from_float(bad)
    except TypeError as e:
        print('TypeError', e)
print(Fraction(1.1).limit_denominator(), Fraction(0.1) == Fraction(1, 10), Fraction(0.25) == Fraction(1, 4))
