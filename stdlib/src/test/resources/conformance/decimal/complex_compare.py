# Decimal equals a complex with a zero imaginary part; no arithmetic or ordering with complex
from decimal import Decimal as D


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


show("eq", lambda: D("1.5") == 1.5 + 0j)
show("ne", lambda: D("1.5") != 1.5 + 0j)
show("reflected", lambda: 1.5 + 0j == D("1.5"))
show("eq imag", lambda: D("1.5") == 1.5 + 1j)
show("eq inexact", lambda: D("0.1") == 0.1 + 0j)
show("mul", lambda: D(1) * 1j)
show("radd", lambda: 1j + D(1))
show("construct", lambda: D(1j))
show("complex()", lambda: complex(D("2.5")))
show("complex(, )", lambda: complex(D("2.5"), D("-1")))
