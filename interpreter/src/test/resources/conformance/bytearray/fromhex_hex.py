# fromhex and hex, on bytearray and with bytearray arguments.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("fromhex", lambda: bytearray.fromhex("de ad BE ef"))
show("fromhex empty", lambda: bytearray.fromhex(""))
show("fromhex spaces", lambda: bytearray.fromhex("  01\n02\t"))
show("fromhex odd", lambda: bytearray.fromhex("abc"))
show("fromhex bad", lambda: bytearray.fromhex("zz"))
show("fromhex type", lambda: bytearray.fromhex(b"00"))
show("via instance", lambda: bytearray(b"x").fromhex("41"))
show("hex", lambda: bytearray(b"\x00\x0f\xff").hex())
show("hex sep", lambda: bytearray(b"abcdef").hex(":", 2))
show("hex sep neg", lambda: bytearray(b"abcde").hex("-", -2))
show("hex bytes sep", lambda: bytearray(b"abc").hex(b"_"))
show("hex bad sep", lambda: bytearray(b"abc").hex("::"))
show("hex bytearray sep", lambda: b"abc".hex(bytearray(b"-")))
show("roundtrip", lambda: bytearray.fromhex(bytearray(b"Moat!").hex()))
