from fractions import Fraction as F
a = F(1, 3)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a)
print(7 // a, a // 7, 7 % a, a % 7, divmod(7, a), divmod(a, 7))
print(2 ** a, 4 ** F(1, 2), 2 ** F(3), 2 ** F(-2), (-8) ** F(3), 0 ** F(2))
print(True + a, a * False, a - True)
print(F(10**20, 3) * 3, F(10**20, 3) // 7, type(F(10**20, 3) // 7).__name__)
print(a * 0, type(a * 0).__name__, F(3) - 3, (F(3) - 3) == 0)
