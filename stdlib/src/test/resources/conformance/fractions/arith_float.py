from fractions import Fraction as F
a = F(1, 3)
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / a, a / 0.25, a - 0.125, 0.125 - a)
print(a // 0.1, 0.7 // a, divmod(a, 0.1), divmod(1.0, a), a % 0.25, 1.0 % a)
print(a ** 0.5, 2.0 ** a, a ** 2.0, 2.0 ** F(2), F(1, 2) ** -1.0)
print(type(a + 0.5).__name__, type(0.5 * a).__name__)
for op in [lambda: F(1) / 0.0, lambda: divmod(F(1), 0.0), lambda: 1.0 // F(0)]:
    try:
        op()
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
