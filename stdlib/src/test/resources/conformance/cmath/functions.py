# cmath's functions on ordinary arguments, including both sides of every branch cut
import cmath

args = [0j, 1 + 0j, -1 + 0j, 2 + 0j, -2 + 0j, 0.5 + 0j, 1j, -1j, 2j, -3j, 1 + 1j, -1 - 1j,
        3 - 4j, -0.5 + 0.25j, 0.25 - 2j, 10 + 10j, -7.5 + 0.1j, 100 - 1j, 0.001 + 0.002j,
        complex(-2, 0.0), complex(-2, -0.0), complex(2, -0.0), complex(0.0, 2),
        complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2), complex(1, -0.0),
        complex(-1, -0.0), complex(0.5, -0.0), complex(-0.0, 0.5), complex(1.5, 0.0),
        complex(-1.5, -0.0), complex(0.0, -1.5), 2, -3.5, True]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
         "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    print("--", name)
    for z in args:
        try:
            print(repr(z), repr(f(z)))
        except (ValueError, OverflowError) as e:
            print(repr(z), type(e).__name__ + ":", e)
