# integer base conversions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('int("ff", 16), int("FF", 16), int("0xff", 16), int("ff", 0) if False else "skip"', lambda: (int("ff", 16), int("FF", 16), int("0xff", 16), int("ff", 0) if False else "skip"))
show('int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0)', lambda: (int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0)))
show('int("z", 36), int("Z", 36), int("10", 36)', lambda: (int("z", 36), int("Z", 36), int("10", 36)))
show('hex(0), hex(-1), hex(2 ** 64), oct(-8), bin(0)', lambda: (hex(0), hex(-1), hex(2 ** 64), oct(-8), bin(0)))
show('format(255, "x"), format(255, "08b"), format(-255, "#x")', lambda: (format(255, "x"), format(255, "08b"), format(-255, "#x")))
show('f"{255:#06x}", f"{5:#b}", f"{8:o}"', lambda: (f"{255:#06x}", f"{5:#b}", f"{8:o}"))
show('int(str(2 ** 100)) == 2 ** 100', lambda: (int(str(2 ** 100)) == 2 ** 100))
show('str(-0), str(+5), int("-0")', lambda: (str(-0), str(+5), int("-0")))
show('int("0" * 10 + "1")', lambda: (int("0" * 10 + "1")))
show('int("08")', lambda: (int("08")))
show('int("0_8")', lambda: (int("0_8")))
show('int("0x", 16)', lambda: (int("0x", 16)))
show('int("1e3")', lambda: (int("1e3")))
show('int(" ")', lambda: (int(" ")))
