# Conversions between bytearray, bytes, str, int and the other built-ins.
ba = bytearray(b"Moat \xe2\x9c\x93")
print(repr(ba), str(ba), ascii(ba))
print(f"{ba}", "%s" % ba, "{}".format(ba), "%r" % (ba,))
print(bytes(ba), type(bytes(ba)).__name__, bytes(ba) == ba)
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b"both ' and \""))
print(bytearray(b"\t\n\r\\\x00\x7f"))
print(str(ba, "utf-8"), str(bytearray(b"abc"), encoding="ascii"))
print(ba.decode("utf-8"), ba.decode("ascii", "replace"), ba.decode(errors="ignore"))
print(int(bytearray(b"42")), int(bytearray(b" -7 ")), int(bytearray(b"ff"), 16))
print(float(bytearray(b"2.5")) if False else "", ord(bytearray(b"A")))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print((258).to_bytes(2, "big") == bytearray(b"\x01\x02"))
print(list(bytearray(b"hi")), tuple(bytearray(2)), set(bytearray(b"aab")) == {97, 98})
print(dict(enumerate(bytearray(b"xy"))))
print(bytearray(b"a").join([]), type(bytearray(b"a").join([])).__name__)
print(b"".join([bytearray(b"x"), bytearray(b"y")]), type(b"".join([bytearray(b"x")])).__name__)
print(" ".join(map(str, bytearray(b"\x01\x02"))))
print(bytes(bytearray(b"a") * 3), bytearray(bytes(3)))
print(bytearray(memoryview_free := b"no memoryview here"))

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("str decode type", lambda: str(bytearray(b"a"), 1))
show("ord long", lambda: ord(bytearray(b"ab")))
show("int bad", lambda: int(bytearray(b"x1")))
