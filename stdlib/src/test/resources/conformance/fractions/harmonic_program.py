# Exact harmonic numbers, Egyptian fractions and a continued fraction.
from fractions import Fraction

def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))

for n in (1, 5, 10, 30):
    h = harmonic(n)
    print(n, h, float(h))

def egyptian(f):
    parts = []
    while f.numerator != 0:
        d = -(-f.denominator // f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts

print(' + '.join(map(str, egyptian(Fraction(7, 15)))))
print(' + '.join(map(str, egyptian(Fraction(5, 121)))))

def continued(f, n=10):
    out = []
    for _ in range(n):
        i = f.numerator // f.denominator
        out.append(i)
        f -= i
        if f == 0:
            break
        f = 1 / f
    return out

print(continued(Fraction(415, 93)), continued(Fraction(2 ** 0.5), 8))
