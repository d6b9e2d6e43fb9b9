# Fractions with complex numbers: arithmetic falls back to complex, == through the real part
from fractions import Fraction as F


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "**": lambda a, b: a ** b}
for name, op in ops.items():
    for a, b in [(F(1, 2), 1j), (1j, F(1, 2)), (F(3), 2j), (2j, F(3)), (F(-2), 1j),
                 (1j, F(-2)), (1 + 1j, F(1, 3)), (F(0), 0j)]:
        show("%r %s %r" % (a, name, b), lambda: op(a, b))
show("eq", lambda: F(1, 2) == 0.5 + 0j)
show("ne", lambda: F(1, 2) != 0.5 + 0j)
show("eq imag", lambda: F(1, 2) == 0.5 + 1j)
show("reflected eq", lambda: 0.5 + 0j == F(1, 2))
show("lt", lambda: F(1, 2) < 1 + 0j)
show("floordiv", lambda: F(1, 2) // 1j)
show("construct", lambda: F(1j))
show("complex()", lambda: complex(F(3, 4)))
show("complex(, )", lambda: complex(F(3, 4), F(-1, 4)))
