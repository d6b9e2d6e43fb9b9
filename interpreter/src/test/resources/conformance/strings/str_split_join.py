# split, rsplit, splitlines, partition, join
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"a,b,,c".split(",")', lambda: ("a,b,,c".split(",")))
show('"a,b,,c".split(",", 1)', lambda: ("a,b,,c".split(",", 1)))
show('"a,b,,c".split(",", maxsplit=2)', lambda: ("a,b,,c".split(",", maxsplit=2)))
show('"  a  b   c ".split()', lambda: ("  a  b   c ".split()))
show('"  a  b   c ".split(None, 1)', lambda: ("  a  b   c ".split(None, 1)))
show('"a b c".rsplit(" ", 1)', lambda: ("a b c".rsplit(" ", 1)))
show('"a,b,c".rsplit(",", maxsplit=1)', lambda: ("a,b,c".rsplit(",", maxsplit=1)))
show('"".split()', lambda: ("".split()))
show('"".split(",")', lambda: ("".split(",")))
show('"abc".split("")', lambda: ("abc".split("")))
show('"line1\\nline2\\r\\nline3\\rline4".splitlines()', lambda: ("line1\nline2\r\nline3\rline4".splitlines()))
show('"line1\\nline2\\n".splitlines(True)', lambda: ("line1\nline2\n".splitlines(True)))
show('"a=b=c".partition("=")', lambda: ("a=b=c".partition("=")))
show('"a=b=c".rpartition("=")', lambda: ("a=b=c".rpartition("=")))
show('"abc".partition("x")', lambda: ("abc".partition("x")))
show('"abc".rpartition("x")', lambda: ("abc".rpartition("x")))
show('"abc".partition("")', lambda: ("abc".partition("")))
show('"-".join(["a", "b", "c"])', lambda: ("-".join(["a", "b", "c"])))
show('"".join([])', lambda: ("".join([])))
show('", ".join(str(i) for i in range(4))', lambda: (", ".join(str(i) for i in range(4))))
show('"-".join(["a", 1])', lambda: ("-".join(["a", 1])))
show('"-".join("xyz")', lambda: ("-".join("xyz")))
show('" ".join(b"ab")', lambda: (" ".join(b"ab")))
