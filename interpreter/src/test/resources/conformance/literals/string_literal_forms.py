# string literal syntax
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('\'single\', "double", \'\'\'triple\'\'\', """also triple"""', lambda: ('single', "double", '''triple''', """also triple"""))
show('"con" "cat" \'enation\'', lambda: ("con" "cat" 'enation'))
show('r"raw\\n", R"C:\\path", rb"raw bytes\\x00"', lambda: (r"raw\n", R"C:\path", rb"raw bytes\x00"))
show('"\\x41\\u0042\\U00000043\\N{LATIN SMALL LETTER D}"', lambda: ("\x41\u0042\U00000043\N{LATIN SMALL LETTER D}"))
show('"\\101\\102\\7"', lambda: ("\101\102\7"))
show('b"\\x00\\xff", B"abc", bytes(b"x")', lambda: (b"\x00\xff", B"abc", bytes(b"x")))
show('"tab\\there", len("\\t"), len(r"\\t")', lambda: ("tab\there", len("\t"), len(r"\t")))
show('"\'" + \'"\'', lambda: ("'" + '"'))
show('f"{1}" "plain" f"{2}"', lambda: (f"{1}" "plain" f"{2}"))
show('u"unicode prefix"', lambda: (u"unicode prefix"))
