# parsing numbers from strings
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('int("  12  "), int("-0"), int("+7"), int("0o17", 0), int("0X1F", 0)', lambda: (int("  12  "), int("-0"), int("+7"), int("0o17", 0), int("0X1F", 0)))
show('int("1_2_3"), int("_1")', lambda: (int("1_2_3"), int("_1")))
show('int("1__2")', lambda: (int("1__2")))
show('int("12a")', lambda: (int("12a")))
show('int("12", 1)', lambda: (int("12", 1)))
show('int("12", 37)', lambda: (int("12", 37)))
show('int("10", base=16)', lambda: (int("10", base=16)))
show('int(" 0x10 ", 16)', lambda: (int(" 0x10 ", 16)))
show('float("1e-3"), float("-.5"), float("5."), float("+inf"), float("-Infinity"), float("nAn")', lambda: (float("1e-3"), float("-.5"), float("5."), float("+inf"), float("-Infinity"), float("nAn")))
show('float("1_0.0_1")', lambda: (float("1_0.0_1")))
show('float("1e")', lambda: (float("1e")))
show('float("0x10")', lambda: (float("0x10")))
show('float(" 12 "), float("\\t3.5\\n")', lambda: (float(" 12 "), float("\t3.5\n")))
show('"12".isdigit(), "-12".isdigit(), "1.5".isdecimal()', lambda: ("12".isdigit(), "-12".isdigit(), "1.5".isdecimal()))
show('str(12.0), str(1e100), str(-1.5e-7), str(2.0 ** 60)', lambda: (str(12.0), str(1e100), str(-1.5e-7), str(2.0 ** 60)))
show('str(1/7), repr(1/7)', lambda: (str(1/7), repr(1/7)))
show('int("٣"), float("٣.٥")', lambda: (int("٣"), float("٣.٥")))
