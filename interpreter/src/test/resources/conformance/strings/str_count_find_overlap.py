# counting and finding substrings
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"banana".count("a"), "banana".count("an"), "banana".count("ana")', lambda: ("banana".count("a"), "banana".count("an"), "banana".count("ana")))
show('"banana".find("an"), "banana".rfind("an"), "banana".find("an", 2)', lambda: ("banana".find("an"), "banana".rfind("an"), "banana".find("an", 2)))
show('"banana".find("an", -3), "banana".find("", 3), "banana".find("", 10)', lambda: ("banana".find("an", -3), "banana".find("", 3), "banana".find("", 10)))
show('"banana".index("nan"), "banana".rindex("a", 0, 4)', lambda: ("banana".index("nan"), "banana".rindex("a", 0, 4)))
show('"banana".count("a", 2), "banana".count("a", 2, 4), "banana".count("", 2, 4)', lambda: ("banana".count("a", 2), "banana".count("a", 2, 4), "banana".count("", 2, 4)))
show('[i for i in range(len("banana")) if "banana".startswith("ana", i)]', lambda: ([i for i in range(len("banana")) if "banana".startswith("ana", i)]))
show('"abc".find("c", 0, 2), "abc".startswith("bc", 1), "abc".endswith("ab", 0, 2)', lambda: ("abc".find("c", 0, 2), "abc".startswith("bc", 1), "abc".endswith("ab", 0, 2)))
show('"aaa".replace("aa", "b"), "aaaa".replace("aa", "b")', lambda: ("aaa".replace("aa", "b"), "aaaa".replace("aa", "b")))
show('"a.b.c".replace(".", "", 1)', lambda: ("a.b.c".replace(".", "", 1)))
show('"ABC".lower().count("b")', lambda: ("ABC".lower().count("b")))
show('"hello world".title().swapcase()', lambda: ("hello world".title().swapcase()))
