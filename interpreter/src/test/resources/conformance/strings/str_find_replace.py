# find, index, count, replace, startswith, endswith
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"hello".find("l")', lambda: ("hello".find("l")))
show('"hello".find("l", 3)', lambda: ("hello".find("l", 3)))
show('"hello".find("l", -2, -1)', lambda: ("hello".find("l", -2, -1)))
show('"hello".rfind("l")', lambda: ("hello".rfind("l")))
show('"hello".find("z")', lambda: ("hello".find("z")))
show('"hello".index("e")', lambda: ("hello".index("e")))
show('"hello".index("z")', lambda: ("hello".index("z")))
show('"hello".rindex("z")', lambda: ("hello".rindex("z")))
show('"hello".count("l")', lambda: ("hello".count("l")))
show('"aaaa".count("aa")', lambda: ("aaaa".count("aa")))
show('"abc".count("")', lambda: ("abc".count("")))
show('"hello".replace("l", "L")', lambda: ("hello".replace("l", "L")))
show('"hello".replace("l", "L", 1)', lambda: ("hello".replace("l", "L", 1)))
show('"abc".replace("", "-")', lambda: ("abc".replace("", "-")))
show('"aaa".replace("a", "b", 0)', lambda: ("aaa".replace("a", "b", 0)))
show('"hello".startswith("he")', lambda: ("hello".startswith("he")))
show('"hello".startswith(("x", "h"))', lambda: ("hello".startswith(("x", "h"))))
show('"hello".startswith("l", 2)', lambda: ("hello".startswith("l", 2)))
show('"hello".endswith("lo")', lambda: ("hello".endswith("lo")))
show('"hello".endswith(("a", "b"))', lambda: ("hello".endswith(("a", "b"))))
show('"hello".startswith(["h"])', lambda: ("hello".startswith(["h"])))
show('"hello".find(1)', lambda: ("hello".find(1)))
show('"abc".removeprefix("ab")', lambda: ("abc".removeprefix("ab")))
show('"abc".removesuffix("bc")', lambda: ("abc".removesuffix("bc")))
show('"abc".removeprefix("x")', lambda: ("abc".removeprefix("x")))
