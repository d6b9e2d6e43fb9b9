# bytearray mutation methods
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


ba = bytearray(b"hello")


def mutate():
    b = bytearray(b"hello world")
    b[0] = ord("H")
    b[6:11] = b"WORLD"
    b.append(33)
    b.extend(b"??")
    b.insert(5, 44)
    del b[-1]
    popped = b.pop()
    b.reverse()
    b.reverse()
    b.remove(ord("?")) if b.count(b"?") else None
    return bytes(b), popped, b.find(b"W"), b.index(44)

show('mutate()', lambda: (mutate()))
show('ba.hex(), ba.decode(), len(ba), ba[0], ba[-1:]', lambda: (ba.hex(), ba.decode(), len(ba), ba[0], ba[-1:]))
show('bytearray(b"abc") + b"d", b"x" + bytearray(b"y"), bytearray(b"ab") * 2', lambda: (bytearray(b"abc") + b"d", b"x" + bytearray(b"y"), bytearray(b"ab") * 2))
show('bytearray(3), bytearray([65, 66]), bytearray("hé", "utf-8")', lambda: (bytearray(3), bytearray([65, 66]), bytearray("hé", "utf-8")))
show('bytearray(b"hello").upper(), bytearray(b"a,b").split(b",")', lambda: (bytearray(b"hello").upper(), bytearray(b"a,b").split(b",")))
show('bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd"', lambda: (bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd"))
show('bytearray(b"x").append(256)', lambda: (bytearray(b"x").append(256)))
show('bytearray(b"x").pop(5)', lambda: (bytearray(b"x").pop(5)))
show('bytearray(b"x").remove(ord("y"))', lambda: (bytearray(b"x").remove(ord("y"))))
