# arithmetic across int, float and bool
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('1 + 2.0, 3 * True, True + True, 10 / 4, 10 // 4.0', lambda: (1 + 2.0, 3 * True, True + True, 10 / 4, 10 // 4.0))
show('2 ** 10, 2 ** -1, 2.0 ** 3', lambda: (2 ** 10, 2 ** -1, 2.0 ** 3))
show('1 == 1.0 == True, 0 == 0.0 == False, hash(1) == hash(1.0)', lambda: (1 == 1.0 == True, 0 == 0.0 == False, hash(1) == hash(1.0)))
show('1 + "1"', lambda: (1 + "1"))
show('"1" + 1', lambda: ("1" + 1))
show('[1] + (2,)', lambda: ([1] + (2,)))
show('None + 1', lambda: (None + 1))
show('7 % 3, -7 % 3, 7 % -3, 7.5 % 2, -7.5 % 2', lambda: (7 % 3, -7 % 3, 7 % -3, 7.5 % 2, -7.5 % 2))
show('divmod(7, 3), divmod(-7, 3), divmod(7.5, -2)', lambda: (divmod(7, 3), divmod(-7, 3), divmod(7.5, -2)))
show('10 ** 18 * 10, 9223372036854775807 + 1, -9223372036854775808 - 1', lambda: (10 ** 18 * 10, 9223372036854775807 + 1, -9223372036854775808 - 1))
show('(2 ** 63) * (2 ** 63), 2 ** 64 // 2 ** 32', lambda: ((2 ** 63) * (2 ** 63), 2 ** 64 // 2 ** 32))
show('abs(-(2 ** 64)), -(2 ** 63) // -1', lambda: (abs(-(2 ** 64)), -(2 ** 63) // -1))
show('0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3', lambda: (0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3))
show('1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10', lambda: (1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10))
show('float(2 ** 1023) * 2', lambda: (float(2 ** 1023) * 2))
show('int(1e18), int(-1e18), int(2.5e18)', lambda: (int(1e18), int(-1e18), int(2.5e18)))
show('3 / 0', lambda: (3 / 0))
show('3.0 / 0', lambda: (3.0 / 0))
show('0 ** -1', lambda: (0 ** -1))
