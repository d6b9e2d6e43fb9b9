# arbitrary precision integers
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

show('2 ** 200', lambda: (2 ** 200))
show('factorial(30)', lambda: (factorial(30)))
show('factorial(25) // factorial(23)', lambda: (factorial(25) // factorial(23)))
show('(10 ** 50 + 1) % 97, pow(7, 10 ** 6, 13)', lambda: ((10 ** 50 + 1) % 97, pow(7, 10 ** 6, 13)))
show('-(2 ** 100) // 3, -(2 ** 100) % 3, divmod(2 ** 100, -7)', lambda: (-(2 ** 100) // 3, -(2 ** 100) % 3, divmod(2 ** 100, -7)))
show('(2 ** 100).bit_length(), len(str(2 ** 1000))', lambda: ((2 ** 100).bit_length(), len(str(2 ** 1000))))
show('str(3 ** 100)[:10], str(3 ** 100)[-10:]', lambda: (str(3 ** 100)[:10], str(3 ** 100)[-10:]))
show('int("9" * 50) + 1 == 10 ** 50', lambda: (int("9" * 50) + 1 == 10 ** 50))
show('abs(-(10 ** 30)), (10 ** 30) // (10 ** 29), 10 ** 30 / 10 ** 29', lambda: (abs(-(10 ** 30)), (10 ** 30) // (10 ** 29), 10 ** 30 / 10 ** 29))
show('hex(2 ** 100), bin(2 ** 70)[:12]', lambda: (hex(2 ** 100), bin(2 ** 70)[:12]))
show('(2 ** 64 - 1) & 0xFFFF, (1 << 100) >> 98', lambda: ((2 ** 64 - 1) & 0xFFFF, (1 << 100) >> 98))
show('sorted([2 ** 70, -(2 ** 70), 0, 2 ** 69])', lambda: (sorted([2 ** 70, -(2 ** 70), 0, 2 ** 69])))
show('hash(2 ** 100) == hash(2 ** 100)', lambda: (hash(2 ** 100) == hash(2 ** 100)))
