for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (13, 13)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a, a // b == q, a % b == r)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10 ** 20, 7))
