# split/rsplit/splitlines edge cases
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"a  b".split(" ")', lambda: ("a  b".split(" ")))
show('" a b ".split(" ")', lambda: (" a b ".split(" ")))
show('"a\\tb\\nc  d".split()', lambda: ("a\tb\nc  d".split()))
show('"a,b,c".split(",", 0)', lambda: ("a,b,c".split(",", 0)))
show('"a,b,c".split(",", -1)', lambda: ("a,b,c".split(",", -1)))
show('"a,b,c".rsplit(",", 0)', lambda: ("a,b,c".rsplit(",", 0)))
show('"aXbXc".split("X", 1), "aXbXc".rsplit("X", 1)', lambda: ("aXbXc".split("X", 1), "aXbXc".rsplit("X", 1)))
show('"".splitlines(), "\\n".splitlines(), "a\\n\\nb".splitlines()', lambda: ("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines()))
show('"a\\x0bb\\x0cc\\x1cd\\x85e\\u2028f".splitlines()', lambda: ("a\x0bb\x0cc\x1cd\x85e\u2028f".splitlines()))
show('"abc".split(None, 0)', lambda: ("abc".split(None, 0)))
show('"  lead".split(None, 1), "trail  ".rsplit(None, 1)', lambda: ("  lead".split(None, 1), "trail  ".rsplit(None, 1)))
show('"a,b".split(sep=",", maxsplit=1)', lambda: ("a,b".split(sep=",", maxsplit=1)))
show('"x".split(",,")', lambda: ("x".split(",,")))
show('"1,2,,3,".split(",")', lambda: ("1,2,,3,".split(",")))
