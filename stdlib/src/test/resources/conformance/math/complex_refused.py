# math functions take real numbers only: complex arguments are refused with CPython's message
import math

calls = [
    ("sqrt", lambda: math.sqrt(1j)),
    ("exp", lambda: math.exp(2j)),
    ("log", lambda: math.log(1j)),
    ("log base", lambda: math.log(10, 1j)),
    ("sin", lambda: math.sin(1 + 1j)),
    ("floor", lambda: math.floor(1j)),
    ("ceil", lambda: math.ceil(1j)),
    ("trunc", lambda: math.trunc(1j)),
    ("isnan", lambda: math.isnan(1j)),
    ("isclose", lambda: math.isclose(1j, 1j)),
    ("fsum", lambda: math.fsum([1, 1j])),
    ("hypot", lambda: math.hypot(1j, 2)),
    ("atan2", lambda: math.atan2(1j, 1)),
    ("pow", lambda: math.pow(2, 1j)),
    ("copysign", lambda: math.copysign(1, 1j)),
    ("factorial", lambda: math.factorial(1j)),
    ("gcd", lambda: math.gcd(1j, 2)),
    ("prod", lambda: math.prod([1j, 2])),
    ("dist", lambda: math.dist([1j], [0])),
    ("sqrt(-1)", lambda: math.sqrt(-1)),
]
for name, f in calls:
    try:
        print(name, repr(f()))
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__ + ":", e)
