a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a, divmod(-b, a))
print(a ** 3)
print(-a // 7, -a % 7)
