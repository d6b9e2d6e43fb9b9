class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  radd with", other)
        return self.__add__(other)

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))


print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(4) * 3, 3 * Money(4), 10 - Money(4), -Money(3), abs(Money(-8)))
for expr in [lambda: Money(1) + "x", lambda: "x" + Money(1), lambda: Money(1) * 1.5,
             lambda: Money(1) / 2, lambda: 2 ** Money(1), lambda: Money(1) < Money(2)]:
    try:
        expr()
    except TypeError as e:
        print("TypeError", e)


class Base:
    def __add__(self, o):
        return "Base.add"

    def __radd__(self, o):
        return "Base.radd"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"


print(Base() + Derived(), Derived() + Base())


class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __iadd__(self, other):
        self.c = [a + b for a, b in zip(self.c, other.c)]
        return self

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.c, other.c)])

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))

    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c


v = Vec(1, 2)
alias = v
v += Vec(10, 10)
print(v.c, alias is v, Vec(1, 2) @ Vec(3, 4), Vec(1) == Vec(1), Vec(1) != Vec(2))
w = Vec(1)
w2 = w
try:
    w -= w2
except TypeError as e:
    print("TypeError", e)
