# ValueError messages
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('int("x")', lambda: (int("x")))
show('int("1.5")', lambda: (int("1.5")))
show('float("x")', lambda: (float("x")))
show('"abc".index("z")', lambda: ("abc".index("z")))
show('[1].index(2)', lambda: ([1].index(2)))
show('(1,).index(2)', lambda: ((1,).index(2)))
show('"a,b".split(",", "x")', lambda: ("a,b".split(",", "x")))
show('"".split("")', lambda: ("".split("")))
show('list(range(3)).remove(5)', lambda: (list(range(3)).remove(5)))
show('int("10", 1)', lambda: (int("10", 1)))
show('chr(-5)', lambda: (chr(-5)))
show('range(1, 2, 0)', lambda: (range(1, 2, 0)))
show('"x".center(5, "ab")', lambda: ("x".center(5, "ab")))
show('"{}".format()', lambda: ("{}".format()))
show('bytes.fromhex("zz")', lambda: (bytes.fromhex("zz")))
show('"a".encode("utf-8", "nonsense-handler")', lambda: ("a".encode("utf-8", "nonsense-handler")))
show('int("")', lambda: (int("")))
show('float("")', lambda: (float("")))
show('[].pop()', lambda: ([].pop()))
show('"abc".split(" ", 1.5)', lambda: ("abc".split(" ", 1.5)))
