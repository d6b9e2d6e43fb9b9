# Big numerators: Bernoulli numbers by the Akiyama-Tanigawa algorithm.
from fractions import Fraction as Fr

def bernoulli(n):
    a = [0] * (n + 1)
    for m in range(n + 1):
        a[m] = Fr(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]

for i in (0, 1, 2, 4, 10, 20, 30):
    print(i, bernoulli(i))
x = Fr(3, 7) ** 50
print(x.numerator % 1000, x.denominator % 1000, len(str(x)), float(x))
print(Fr(10**50 + 1, 10**49) > 10, round(Fr(10**50 + 1, 10**49), 5))
