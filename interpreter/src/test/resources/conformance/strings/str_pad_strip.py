# padding and stripping
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"  hi  ".strip()', lambda: ("  hi  ".strip()))
show('"xxhixx".strip("x")', lambda: ("xxhixx".strip("x")))
show('"  hi  ".lstrip()', lambda: ("  hi  ".lstrip()))
show('"  hi  ".rstrip()', lambda: ("  hi  ".rstrip()))
show('"abcba".strip("ab")', lambda: ("abcba".strip("ab")))
show('"hi".center(7)', lambda: ("hi".center(7)))
show('"hi".center(7, "*")', lambda: ("hi".center(7, "*")))
show('"hi".center(6, "*")', lambda: ("hi".center(6, "*")))
show('"hi".ljust(5, "-")', lambda: ("hi".ljust(5, "-")))
show('"hi".rjust(5, "0")', lambda: ("hi".rjust(5, "0")))
show('"42".zfill(5)', lambda: ("42".zfill(5)))
show('"-42".zfill(5)', lambda: ("-42".zfill(5)))
show('"+4".zfill(4)', lambda: ("+4".zfill(4)))
show('"abc".zfill(2)', lambda: ("abc".zfill(2)))
show('"hi".center(5, "ab")', lambda: ("hi".center(5, "ab")))
show('"a\\tb\\tc".expandtabs()', lambda: ("a\tb\tc".expandtabs()))
show('"a\\tb".expandtabs(4)', lambda: ("a\tb".expandtabs(4)))
show('"12345\\tx".expandtabs(4)', lambda: ("12345\tx".expandtabs(4)))
show('"hi".ljust("5")', lambda: ("hi".ljust("5")))
