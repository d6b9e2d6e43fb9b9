import numbers
from fractions import Fraction
from decimal import Decimal

values = [1, True, 2.5, Fraction(1, 3), Decimal("1.5"), "1", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                              numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print(numbers.Integral.__mro__[1:3], numbers.Number.__hash__)


def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Number):
        return "number"
    return "not a number"


print([describe(v) for v in values])
try:
    numbers.Real()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])


class MyInt(numbers.Integral):
    pass


try:
    MyInt()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])
