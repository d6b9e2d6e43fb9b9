a, b, c = 3, 4, 5
print(a * a + b * b == c * c)
print((a + b) * c // 2 - a ** 2 % b)
print(-a // b * c + ~b)
print(a / b + c / a)
x = 17
print(x // 5, x % 5, x / 5, x - x // 5 * 5)
print((x & 0xF) << 2 | x >> 4)
