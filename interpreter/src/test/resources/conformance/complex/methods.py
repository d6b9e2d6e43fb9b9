# Attributes, methods and dunders of complex; type checks; subclasses of complex
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (2j).conjugate(), abs(z))
print(isinstance(z, complex), isinstance(1, complex), isinstance(1.0, complex),
      issubclass(complex, object), type(z) is complex, complex.__name__)
print(z.__complex__(), z.__getnewargs__(), z.__abs__(), z.__neg__(), z.__pos__(), z.__bool__())
print(z.__add__(1), z.__radd__(1), z.__sub__(1), z.__rsub__(1), z.__mul__(2), z.__rmul__(2))
print(z.__truediv__(2), z.__rtruediv__(2), z.__pow__(2), z.__rpow__(2))
print(z.__eq__(3 - 4j), z.__ne__(3 - 4j), z.__lt__(1), z.__eq__("x"), z.__add__("x"))
print(z.__format__(".1f"), z.__repr__(), z.__str__(), z.__hash__() == hash(z))
print((1.0).__add__(1j), (1).__add__(1j), (1j).__radd__(1.0))
print(complex.conjugate(2 + 5j), complex.__add__(1j, 2))
show("no floordiv", lambda: z.__floordiv__)
show("no mod", lambda: z.__mod__)
show("no round", lambda: z.__round__)
show("set attr", lambda: setattr(z, "real", 1.0))
show("set imag", lambda: setattr(z, "imag", 1.0))
show("new attr", lambda: setattr(z, "x", 1))
show("missing attr", lambda: z.foo)
show("int()", lambda: int(z))
show("float()", lambda: float(z))
show("round()", lambda: round(z))
show("round(, 2)", lambda: round(z, 2))
show("index", lambda: [1, 2][z])
show("range", lambda: range(1j))
show("hex", lambda: hex(1j))
show("len", lambda: len(1j))
show("iter", lambda: iter(1j))
show("call", lambda: z())
show("sum", lambda: sum([1j, 2, 3.5]))
show("sum start", lambda: sum([1j, 2j], 1j))
show("sum floats then complex", lambda: sum([0.5, 0.25, 1j, 2]))
show("pow builtin", lambda: pow(1j, 2))
show("abs builtin", lambda: abs(-1j))
show("complex.__new__", lambda: complex.__new__(complex, 1, 2))
show("complex.__new__ int", lambda: complex.__new__(int, 1))

class Imag(complex):
    def scaled(self, k):
        return Imag(self.real * k, self.imag * k)

i = Imag(1, 2)
print(i, repr(i), type(i).__name__, i.real, i.imag, i.scaled(3), type(i.scaled(3)).__name__)
print(i + 1, type(i + 1).__name__, -i, type(-i).__name__, abs(i), i == 1 + 2j, hash(i) == hash(1 + 2j))
print(isinstance(i, complex), complex(i), type(complex(i)).__name__, Imag(), Imag("3+4j"))
print(f"{i:.2f}", format(i), str(i), {i: "key"}[1 + 2j], i.conjugate(), bool(Imag(0)))
i.label = "tagged"
print(i.label)

class Named(complex):
    def __repr__(self):
        return "Named" + complex.__repr__(self)
    def __add__(self, other):
        return "custom add"

n = Named(1, -1)
print(repr(n), str(n), n + 1, 1 + n, n * 2, n - 1)
