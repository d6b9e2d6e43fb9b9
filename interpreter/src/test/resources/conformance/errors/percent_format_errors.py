# printf-style formatting errors
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"%d" % "1"', lambda: ("%d" % "1"))
show('"%d %d" % (1,)', lambda: ("%d %d" % (1,)))
show('"%d" % (1, 2)', lambda: ("%d" % (1, 2)))
show('"%(a)s" % (1,)', lambda: ("%(a)s" % (1,)))
show('"%(a)s" % {"b": 1}', lambda: ("%(a)s" % {"b": 1}))
show('"%q" % 1', lambda: ("%q" % 1))
show('"%" % ()', lambda: ("%" % ()))
show('"%c" % "ab"', lambda: ("%c" % "ab"))
show('"%c" % -1', lambda: ("%c" % -1))
show('"%x" % 1.5', lambda: ("%x" % 1.5))
show('"%.2f" % "x"', lambda: ("%.2f" % "x"))
show('"%s %s" % [1, 2]', lambda: ("%s %s" % [1, 2]))
show('"%s" % {"a": 1}', lambda: ("%s" % {"a": 1}))
show('"%(a)s %(a)r" % {"a": "v"}', lambda: ("%(a)s %(a)r" % {"a": "v"}))
show('"%*.*f" % (8, 3, 3.14159)', lambda: ("%*.*f" % (8, 3, 3.14159)))
show('"%-+8.2f|" % 2.5', lambda: ("%-+8.2f|" % 2.5))
show('"%08.3e" % 12345.678', lambda: ("%08.3e" % 12345.678))
show('"%#.0f" % 3', lambda: ("%#.0f" % 3))
show('"%.3g" % 0.0001234', lambda: ("%.3g" % 0.0001234))
show('b"%s" % "str"', lambda: (b"%s" % "str"))
show('b"%b" % b"ok"', lambda: (b"%b" % b"ok"))
