# bitwise operators including big and negative ints
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110', lambda: (0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110))
show('~0, ~-1, ~255', lambda: (~0, ~-1, ~255))
show('1 << 0, 1 << 10, 1 << 64, 3 << 100 >> 99', lambda: (1 << 0, 1 << 10, 1 << 64, 3 << 100 >> 99))
show('-8 >> 1, -1 >> 100, -(2 ** 70) >> 3', lambda: (-8 >> 1, -1 >> 100, -(2 ** 70) >> 3))
show('255 & -256, -1 & 0xFF, -256 | 15', lambda: (255 & -256, -1 & 0xFF, -256 | 15))
show('(2 ** 65) & (2 ** 64 + 1), (2 ** 65) | 1, (2 ** 65) ^ (2 ** 65)', lambda: ((2 ** 65) & (2 ** 64 + 1), (2 ** 65) | 1, (2 ** 65) ^ (2 ** 65)))
show('True & False, True | 2, True ^ True', lambda: (True & False, True | 2, True ^ True))
show('5 & 2.0', lambda: (5 & 2.0))
show('1 << 2.0', lambda: (1 << 2.0))
show('1 >> -1', lambda: (1 >> -1))
show('bin(0b1011 << 2), hex(0xFF ^ 0x0F)', lambda: (bin(0b1011 << 2), hex(0xFF ^ 0x0F)))
show('int.bit_length(2 ** 100), (2 ** 100 - 1).bit_count()', lambda: (int.bit_length(2 ** 100), (2 ** 100 - 1).bit_count()))
