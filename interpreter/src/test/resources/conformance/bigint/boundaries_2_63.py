a = 2 ** 63 - 1
b = -(2 ** 63)
print(a, a + 1, b, b - 1)
print(a * 2, b * 2, a * a)
print(-b, abs(b), b // -1)
print(2 ** 64, 2 ** 64 - 1, (2 ** 64) // 2 == 2 ** 63)
print(a + 1 == 2 ** 63, type(a + 1).__name__)
print(2 ** 31 * 2 ** 31, 2 ** 32 * 2 ** 32)
