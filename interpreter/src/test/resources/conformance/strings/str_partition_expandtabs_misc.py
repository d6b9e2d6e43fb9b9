# partition, expandtabs and friends
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"key=value=more".partition("="), "key=value=more".rpartition("=")', lambda: ("key=value=more".partition("="), "key=value=more".rpartition("=")))
show('"no-sep".partition("="), "no-sep".rpartition("=")', lambda: ("no-sep".partition("="), "no-sep".rpartition("=")))
show('"a\\tbc\\tdef".expandtabs(), "a\\tbc\\tdef".expandtabs(2), "\\t".expandtabs(0)', lambda: ("a\tbc\tdef".expandtabs(), "a\tbc\tdef".expandtabs(2), "\t".expandtabs(0)))
show('"x\\ty\\nab\\tc".expandtabs(4)', lambda: ("x\ty\nab\tc".expandtabs(4)))
show('"Hello".ljust(3), "Hello".rjust(8, "."), "Hello".center(11, "~")', lambda: ("Hello".ljust(3), "Hello".rjust(8, "."), "Hello".center(11, "~")))
show('"abc".zfill(6), "-abc".zfill(6), "+12".zfill(6), "".zfill(3)', lambda: ("abc".zfill(6), "-abc".zfill(6), "+12".zfill(6), "".zfill(3)))
show('"Python".swapcase().swapcase() == "Python"', lambda: ("Python".swapcase().swapcase() == "Python"))
show('"hello world".capitalize(), "HELLO".capitalize(), "1abc".capitalize()', lambda: ("hello world".capitalize(), "HELLO".capitalize(), "1abc".capitalize()))
show('"a-b_c d".title(), "don\'t stop".title(), "ABC def".title()', lambda: ("a-b_c d".title(), "don't stop".title(), "ABC def".title()))
show('"abc".partition("")', lambda: ("abc".partition("")))
