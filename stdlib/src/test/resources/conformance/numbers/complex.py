# complex is registered as numbers.Complex (and so a Number), not Real
import numbers

for v in [1j, 1 + 2j, complex(1.5, 0), 3, 2.5]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                              numbers.Rational, numbers.Integral)])
print(issubclass(complex, numbers.Complex), issubclass(complex, numbers.Real),
      issubclass(complex, numbers.Number))


class MyReal(numbers.Real):
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v)
    def __ceil__(self): return int(self.v)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return NotImplemented
    def __rfloordiv__(self, o): return NotImplemented
    def __mod__(self, o): return NotImplemented
    def __rmod__(self, o): return NotImplemented
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __neg__(self): return MyReal(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
    def __truediv__(self, o): return NotImplemented
    def __rtruediv__(self, o): return NotImplemented
    def __pow__(self, o): return NotImplemented
    def __rpow__(self, o): return NotImplemented
    def __abs__(self): return MyReal(abs(self.v))
    def __eq__(self, o): return self.v == o
    __hash__ = None


r = MyReal(2.5)
print(complex(r), r.__complex__(), r.real.v, r.imag, r.conjugate().v)


def kind(x):
    match x:
        case numbers.Integral():
            return "integral"
        case numbers.Real():
            return "real"
        case numbers.Complex():
            return "complex"
        case _:
            return "other"


print([kind(v) for v in [1, 1.0, 1j, "1"]])
