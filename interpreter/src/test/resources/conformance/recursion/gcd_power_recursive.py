def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 100, 6 ** 50))
def fast_pow(b, e):
    if e == 0:
        return 1
    h = fast_pow(b, e // 2)
    return h * h * (b if e % 2 else 1)
print(fast_pow(3, 100) == 3 ** 100, fast_pow(2, 10))
