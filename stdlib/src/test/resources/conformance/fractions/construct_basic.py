from fractions import Fraction
print(Fraction(3, 4), repr(Fraction(3, 4)), Fraction(6, -8), Fraction(-1, 3))
print(Fraction(5), Fraction(), Fraction(Fraction(1, 3)), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(Fraction(True), Fraction(1, True), Fraction(0, 5), Fraction(-0, -5))
print(Fraction(10**30, 10**28), Fraction(2**100, 6**40))
f = Fraction(84, 36)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(Fraction(4, 6, _normalize=False) if False else Fraction(4, 6))
