# how repr escapes string characters
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('repr("simple")', lambda: (repr("simple")))
show('repr("it\'s")', lambda: (repr("it's")))
show('repr(\'say "hi"\')', lambda: (repr('say "hi"')))
show('repr("both \' and \\"")', lambda: (repr("both ' and \"")))
show('repr("new\\nline\\ttab\\rcr")', lambda: (repr("new\nline\ttab\rcr")))
show('repr("\\\\backslash")', lambda: (repr("\\backslash")))
show('repr("\\x00\\x01\\x1f\\x7f")', lambda: (repr("\x00\x01\x1f\x7f")))
show('repr("\\x80\\x9f\\xa0\\xad")', lambda: (repr("\x80\x9f\xa0\xad")))
show('repr("é ü ß ñ")', lambda: (repr("é ü ß ñ")))
show('repr("\\u2028\\u2029")', lambda: (repr("\u2028\u2029")))
show('repr("\\ufeff")', lambda: (repr("\ufeff")))
show('repr("\\U0001F600")', lambda: (repr("\U0001F600")))
show('repr("\\ud800")', lambda: (repr("\ud800")))
show('repr("")', lambda: (repr("")))
show('str("\\n")', lambda: (str("\n")))
show('ascii("\\U0001F600é")', lambda: (ascii("\U0001F600é")))
show('print(repr("a\\\\nb"))', lambda: (print(repr("a\\nb"))))
show('len(repr("\\t"))', lambda: (len(repr("\t"))))
