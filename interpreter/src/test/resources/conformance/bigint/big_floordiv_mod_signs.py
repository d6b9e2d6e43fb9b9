n = 10 ** 25 + 7
for d in [3, -3, 10 ** 12, -(10 ** 12)]:
    print(n // d, n % d, -n // d, -n % d)
m = -(2 ** 64)
print(m // 10, m % 10, m // -10, m % -10)
print(divmod(m, 2 ** 63 + 1), divmod(-m, -(2 ** 32)))
