# floating point precision and rounding
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('0.1 + 0.2, 0.1 + 0.7, 1.1 * 3, 3 * 0.1', lambda: (0.1 + 0.2, 0.1 + 0.7, 1.1 * 3, 3 * 0.1))
show('sum([0.1] * 10), 0.1 * 10', lambda: (sum([0.1] * 10), 0.1 * 10))
show('1 - 0.9, 100 * 1.1', lambda: (1 - 0.9, 100 * 1.1))
show('round(2.675, 2), round(0.5), round(1.5), round(-0.5)', lambda: (round(2.675, 2), round(0.5), round(1.5), round(-0.5)))
show('round(0.1 + 0.2, 2), round(1e-10, 5), round(123.456, 1), round(-123.456, -1)', lambda: (round(0.1 + 0.2, 2), round(1e-10, 5), round(123.456, 1), round(-123.456, -1)))
show('int(0.9999999999999999), int(0.99999999999999999)', lambda: (int(0.9999999999999999), int(0.99999999999999999)))
show('1e16 + 1, 1e16 + 2', lambda: (1e16 + 1, 1e16 + 2))
show('2 ** 0.5 * 2 ** 0.5', lambda: (2 ** 0.5 * 2 ** 0.5))
show('10 / 3 * 3', lambda: (10 / 3 * 3))
show('(1 / 49) * 49', lambda: ((1 / 49) * 49))
show('9007199254740993.0', lambda: (9007199254740993.0))
show('0.1 .as_integer_ratio()', lambda: (0.1 .as_integer_ratio()))
show('f"{0.1:.20f}", f"{1/3:.17g}", f"{2/3:.3e}"', lambda: (f"{0.1:.20f}", f"{1/3:.17g}", f"{2/3:.3e}"))
