from fractions import Fraction
class Money(Fraction):
    def __str__(self):
        return '$%d.%02d' % divmod(round(self * 100), 100)
    def double(self):
        return Money(self * 2)
m = Money('12.345')
print(repr(m), str(m), m.double(), type(m + 1).__name__, type(m).__name__, isinstance(m, Fraction))
print(Money.from_float(0.5), type(Money.from_float(0.5)).__name__, m == Fraction(2469, 200))
class Named(Fraction):
    pass
n = Named(1, 2)
print(repr(n), n + n, hash(n) == hash(0.5), repr(-n), repr(abs(n)))
