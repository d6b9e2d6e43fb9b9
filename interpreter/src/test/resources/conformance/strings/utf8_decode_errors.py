# UTF-8 decoding errors and their CPython messages
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('b"abc".decode("utf-8")', lambda: (b"abc".decode("utf-8")))
show('b"caf\\xc3\\xa9".decode("utf-8")', lambda: (b"caf\xc3\xa9".decode("utf-8")))
show('b"caf\\xe9".decode("utf-8")', lambda: (b"caf\xe9".decode("utf-8")))
show('b"\\xe2\\x82".decode("utf-8")', lambda: (b"\xe2\x82".decode("utf-8")))
show('b"\\xe2\\x28\\xa1".decode("utf-8")', lambda: (b"\xe2\x28\xa1".decode("utf-8")))
show('b"\\xe2\\x82\\x28".decode("utf-8")', lambda: (b"\xe2\x82\x28".decode("utf-8")))
show('b"\\x80abc".decode("utf-8")', lambda: (b"\x80abc".decode("utf-8")))
show('b"ab\\xffcd".decode("utf-8")', lambda: (b"ab\xffcd".decode("utf-8")))
show('b"\\xc0\\xaf".decode("utf-8")', lambda: (b"\xc0\xaf".decode("utf-8")))
show('b"\\xed\\xa0\\x80".decode("utf-8")', lambda: (b"\xed\xa0\x80".decode("utf-8")))
show('b"\\xf0\\x90\\x80".decode("utf-8")', lambda: (b"\xf0\x90\x80".decode("utf-8")))
show('b"\\xf4\\x90\\x80\\x80".decode("utf-8")', lambda: (b"\xf4\x90\x80\x80".decode("utf-8")))
show('b"\\xf0\\x9f\\x98\\x80".decode("utf-8")', lambda: (b"\xf0\x9f\x98\x80".decode("utf-8")))
show('b"ok\\xe9".decode("utf-8", errors="replace")', lambda: (b"ok\xe9".decode("utf-8", errors="replace")))
show('b"ok\\xe9".decode("utf-8", "ignore")', lambda: (b"ok\xe9".decode("utf-8", "ignore")))
show('b"\\xff".decode("ascii")', lambda: (b"\xff".decode("ascii")))
show('b"\\xff".decode("latin-1")', lambda: (b"\xff".decode("latin-1")))
show('"é".encode("ascii")', lambda: ("é".encode("ascii")))
show('"€".encode("latin-1")', lambda: ("€".encode("latin-1")))
show('"x".encode("no-such-codec")', lambda: ("x".encode("no-such-codec")))
