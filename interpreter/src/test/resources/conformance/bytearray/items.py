# Indexing, slicing, item and slice assignment and deletion.
ba = bytearray(b"abcdefgh")
print(ba[0], ba[-1], ba[2:5], ba[::2], ba[::-1], ba[5:2:-1], ba[100:])
print(type(ba[1:3]).__name__, ba[:] == ba, ba[:] is ba)
ba[0] = 65
ba[-1] = ord("H")
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[1:4] = bytearray(b"")
print(ba)
ba[2:2] = [49, 50]
print(ba)
ba[::2] = b"wxyz"
print(ba)
ba[7:3:-2] = range(48, 50)
print(ba)
ba[20:] = b"!"
print(ba)
ba[:0] = ba
print(ba)
ba[len(ba):] = (33, 63)
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[2:5]
print(ba)
del ba[::3]
print(ba)
del ba[::-2]
print(ba)
del ba[:]
print(ba, len(ba))

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytearray(b"abc")
show("get range", lambda: b[3])
show("get neg range", lambda: b[-4])
show("get str", lambda: b["x"])
show("get float", lambda: b[1.0])
show("get huge", lambda: b[2 ** 70])
show("set range", lambda: b.__setitem__(3, 1))
show("set big", lambda: b.__setitem__(0, 256))
show("set str", lambda: b.__setitem__(0, "a"))
show("set None", lambda: b.__setitem__(0, None))
show("set key", lambda: b.__setitem__("k", 1))
show("slice str", lambda: b.__setitem__(slice(0, 1), "a"))
show("slice int", lambda: b.__setitem__(slice(0, 1), 5))
show("slice float", lambda: b.__setitem__(slice(0, 1), 1.5))
show("slice None", lambda: b.__setitem__(slice(0, 1), None))
show("slice bad item", lambda: b.__setitem__(slice(0, 1), [256]))
show("extended size", lambda: b.__setitem__(slice(None, None, 2), b"a"))
show("del range", lambda: b.__delitem__(5))
show("del str", lambda: b.__delitem__("a"))
show("slice step zero", lambda: b[::0])
print(b)
