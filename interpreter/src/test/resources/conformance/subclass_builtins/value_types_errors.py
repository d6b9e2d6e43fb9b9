class I(int):
    pass
class S(str):
    pass
for bad in [lambda: I("x"), lambda: I(1, base=2), lambda: I("z", 36) + I("10", base=2), lambda: S(1, 2), lambda: float.__new__(int),
            lambda: str.__new__(I), lambda: I() + "a", lambda: S("a") - 1,
            lambda: len(I(3)), lambda: S("a")[5], lambda: {S("a"): 1}[S("b")]]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Both(int, str):
    pass
