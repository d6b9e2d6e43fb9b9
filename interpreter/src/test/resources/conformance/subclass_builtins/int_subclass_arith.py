class Money(int):
    def __new__(cls, value, currency="USD"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
    def __add__(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__

a = Money(5)
b = Money(7)
print(a + b, repr(a + b))
print(repr(3 + a), repr(a + 3))
print(a * 2, type(a * 2).__name__)
print(a == 5, a < b, hash(a) == hash(5))
print(isinstance(a, int), int(a), float(a))
print(sum([Money(1), Money(2), Money(3)], Money(0)))
try:
    Money(1, "EUR") + Money(2)
except ValueError as e:
    print(type(e).__name__, e)
print(f"{a:04d}", f"{a:x}", str(a), format(a, ">5"))
print(sorted([Money(3), Money(1), Money(2)]))
print(bool(Money(0)), abs(Money(-4)), type(abs(Money(-4))).__name__)
print(divmod(Money(17), 5), Money(17) // 5, -Money(3))
