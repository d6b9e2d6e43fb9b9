# str.format and format() errors
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"{".format(1)', lambda: ("{".format(1)))
show('"}".format(1)', lambda: ("}".format(1)))
show('"{0".format(1)', lambda: ("{0".format(1)))
show('"{:".format(1)', lambda: ("{:".format(1)))
show('"{a}".format(1)', lambda: ("{a}".format(1)))
show('"{1}".format(1)', lambda: ("{1}".format(1)))
show('"{0[5]}".format([1])', lambda: ("{0[5]}".format([1])))
show('"{0.missing}".format(1)', lambda: ("{0.missing}".format(1)))
show('"{!x}".format(1)', lambda: ("{!x}".format(1)))
show('"{:>}".format(1)', lambda: ("{:>}".format(1)))
show('"{:10.2q}".format(1.0)', lambda: ("{:10.2q}".format(1.0)))
show('"{:,s}".format("a")', lambda: ("{:,s}".format("a")))
show('"{:=}".format("a")', lambda: ("{:=}".format("a")))
show('"{:+s}".format("a")', lambda: ("{:+s}".format("a")))
show('"{:#s}".format("a")', lambda: ("{:#s}".format("a")))
show('format(1, "..")', lambda: (format(1, "..")))
show('format(1.5, "d")', lambda: (format(1.5, "d")))
show('format("s", ",")', lambda: (format("s", ",")))
show('format([], "x")', lambda: (format([], "x")))
show('format(2 ** 2000, ".2f")[:12]', lambda: (format(2 ** 2000, ".2f")[:12]))
