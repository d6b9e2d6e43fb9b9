a = 10 ** 30
print(a // 3)
print(a % 3)
print(a // 3 * 3 + a % 3 == a)
print(-a // 7, -a % 7)
print((2 ** 127 - 1) // (2 ** 61 - 1))
print((2 ** 127 - 1) % (2 ** 61 - 1))
