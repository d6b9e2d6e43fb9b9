words = ["alpha", "be", "gamma", "delta_long"]
print("|".join(w.center(12, ".") for w in words))
print("|".join(w.ljust(8, "-") for w in words))
print("|".join(w.rjust(8) for w in words))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5))
text = "tab\there\tand\tthere"
print(text.expandtabs(4))
print(text.expandtabs(8).replace(" ", "_"))
print("Hello World Foo".swapcase(), "hello world's end".title(), "x".capitalize())
print("  padded  ".strip(), "xxhixx".strip("x"), "..a..".lstrip("."), "..a..".rstrip("."))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".rsplit(",", 1), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("Straße".upper(), "ǅ".lower(), "ß".casefold())
print("abc".translate({ord("a"): "A", ord("c"): None}))
tbl = str.maketrans("abc", "xyz", "!")
print("a!b!c!".translate(tbl))
print("%-10s|" % "left", "{:^10}".format("mid") + "|")
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".zfill("3"), lambda: "x".ljust()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
