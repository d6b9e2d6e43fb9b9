# numeric literal syntax
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('1_000_000, 0x_FF, 0o_17, 0b_1010', lambda: (1_000_000, 0x_FF, 0o_17, 0b_1010))
show('1e3, 1E-3, 1.5e+2, .5, 5., 0.0', lambda: (1e3, 1E-3, 1.5e+2, .5, 5., 0.0))
show('0xDEADBEEF, 0o777, 0b1111_0000', lambda: (0xDEADBEEF, 0o777, 0b1111_0000))
show('123456789012345678901234567890', lambda: (123456789012345678901234567890))
show('1_0.5_0, 1e1_0', lambda: (1_0.5_0, 1e1_0))
show('type(1e3).__name__, type(10 ** 3).__name__', lambda: (type(1e3).__name__, type(10 ** 3).__name__))
show('-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2', lambda: (-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2))
show('9_9.9e-1_0', lambda: (9_9.9e-1_0))
