def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(0), fact(1), fact(10), fact(20))
r = fact(500)
print(len(str(r)))
print(str(r)[:20])
print(r % (10 ** 9 + 7))
