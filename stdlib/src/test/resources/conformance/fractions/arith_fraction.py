from fractions import Fraction as F
a, b = F(1, 3), F(2, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a ** 2, a ** -2, (-a) ** -3, (-a) ** 3, a ** 0, a ** F(2), a ** F(-1))
print(F(-7, 2) // F(1, 3), F(-7, 2) % F(1, 3), divmod(F(7, 2), F(-1, 3)))
x = F(1, 2)
x += F(1, 3)
x *= 6
x -= 1
x /= 2
print(x, type(x).__name__)
print(-a, +a, abs(F(-2, 3)), abs(F(2, 3)))
print(sum(F(1, n) for n in range(1, 21)))
