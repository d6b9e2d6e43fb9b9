# __repr__ and __str__ conventions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only str"


class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"

show('str(OnlyRepr()), repr(OnlyRepr())', lambda: (str(OnlyRepr()), repr(OnlyRepr())))
show('str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object")', lambda: (str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object")))
show('str(Both()), repr(Both())', lambda: (str(Both()), repr(Both())))
show('[Both(), OnlyRepr()]', lambda: ([Both(), OnlyRepr()]))
show('{"k": Both()}', lambda: ({"k": Both()}))
show('f"{Both()} {Both()!r} {OnlyRepr()!s}"', lambda: (f"{Both()} {Both()!r} {OnlyRepr()!s}"))
show('"%s %r" % (Both(), Both())', lambda: ("%s %r" % (Both(), Both())))
show('print(Both(), OnlyRepr()) or "printed"', lambda: (print(Both(), OnlyRepr()) or "printed"))
show('str([OnlyStr()]).startswith("[<__main__.OnlyStr object")', lambda: (str([OnlyStr()]).startswith("[<__main__.OnlyStr object")))
