# Imaginary literals, reprs of special values, constant folding, complex literal patterns
print(1j, 2.5J, 1e3j, 0j, 1_000j, 012j, .5j, 1.j, 1E-3J)
print(repr(3 + 4j), repr(3 - 4j), repr(-3 - 4j), repr(-(3 + 4j)))
print(type(1j).__name__, type(1 + 1j).__name__)

inf = float("inf")
nan = float("nan")
for z in [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
          complex(1, 0), complex(-1, -0.0), complex(0, 1e20), complex(1e20, 0),
          complex(1e-7, 1e16), complex(1.5, -2.25), complex(inf, nan), complex(nan, inf),
          complex(-inf, -inf), complex(0, nan), complex(123456789012345678, 1),
          complex(0.1, 0.2), complex(1e300, -1e-300)]:
    print(repr(z), str(z), z.real, z.imag)

# folded constants and their results at run time agree
a = 1 + 2j
b = (1 + 2j) * (3 - 1j)
c = 2j ** 2
d = -1j
e = +1j
print(a, b, c, d, e, 1j * 1j, (1 + 1j) / 2, 2 ** 2j)
x, y = 1, 2j
print(x + y, (x + y) * (3 - 1j), y ** 2)

def classify(z):
    match z:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one plus two j"
        case -1 - 2j:
            return "minus one minus two j"
        case 3j:
            return "three j"
        case -3j:
            return "minus three j"
        case complex(real=r, imag=0.0):
            return "real " + repr(r)
        case complex():
            return "other complex"
        case _:
            return "not complex"

for z in [0j, 0, 0.0, 1 + 2j, complex(-1, -2), 3j, -3j, 2 + 0j, 5 + 5j, "x"]:
    print(repr(z), classify(z))
