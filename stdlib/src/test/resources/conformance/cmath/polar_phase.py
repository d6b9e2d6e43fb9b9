# phase, polar, rect and logarithms with a base; signed zeros decide the side of the cut
import cmath
import math

for z in [1 + 1j, -1 + 0j, complex(-1, -0.0), 0j, complex(-0.0, 0.0), complex(-0.0, -0.0),
          3 - 4j, -2j, 1e300 + 1e300j, complex(1e-300, -1e-300), 5, -2.5, 1e308 + 1e308j,
          complex(1e300, 1e-20)]:
    print(repr(z), cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, math.pi), (2, -math.pi / 2), (1, math.pi / 4), (0, 1),
               (-1, 0.5), (3, -0.0), (1e308, 1e-300), (2.5, 100.0)]:
    print(r, phi, cmath.rect(r, phi))
for z in [1 + 1j, 3 - 4j, 1e-5j]:
    r, phi = cmath.polar(z)
    back = cmath.rect(r, phi)
    print(repr(z), repr(back), cmath.isclose(back, z))
for z, base in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (1 + 1j, 1 - 1j), (2, -2), (0.5, 3j)]:
    print(repr(z), repr(base), cmath.log(z, base))
print(cmath.log10(1000), cmath.log10(-100), cmath.log(math.e), cmath.exp(1j * math.pi))
try:
    print(cmath.phase(complex(1e300, 1e-310)))
except OverflowError as e:
    print("OverflowError:", e)
