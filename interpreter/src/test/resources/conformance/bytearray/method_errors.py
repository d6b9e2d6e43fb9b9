# Errors of the shared methods called on bytearray, as CPython reports them.
ba = bytearray(b"abc")

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("find str", lambda: ba.find("a"))
show("find big int", lambda: ba.find(256))
show("count float", lambda: ba.count(1.5))
show("startswith int", lambda: ba.startswith(1))
show("endswith list", lambda: ba.endswith([b"c"]))
show("split str", lambda: ba.split(","))
show("split empty", lambda: ba.split(b""))
show("strip str", lambda: ba.strip("a"))
show("replace str", lambda: ba.replace("a", b"b"))
show("partition empty", lambda: ba.partition(b""))
show("join int", lambda: ba.join([b"x", 1]))
show("join not iterable", lambda: ba.join(5))
show("center fill str", lambda: ba.center(5, "x"))
show("center fill long", lambda: ba.center(5, b"xy"))
show("translate short", lambda: ba.translate(b"abc"))
show("maketrans lengths", lambda: bytearray.maketrans(b"ab", b"c"))
show("decode bad encoding", lambda: ba.decode(1))
show("decode unknown", lambda: ba.decode("nope"))
show("hex bad", lambda: ba.hex(1))
show("zfill str", lambda: ba.zfill("3"))
show("no such method", lambda: ba.format)
show("no __bytes__", lambda: ba.__bytes__)
