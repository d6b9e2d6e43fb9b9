for n in [0, 7, -7, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63), 10 ** 25]:
    s = str(n)
    print(s, int(s) == n, len(s))
print(str(-0), int('-0'), int('000123'), str(+5))
print(int(str(2 ** 100)) == 2 ** 100)
