# bytearray in match statements: a class pattern binds the value itself, and (like str and
# bytes) a bytearray is not matched by sequence patterns.
def kind(v):
    match v:
        case bytearray(b) if len(b) > 3:
            return "long bytearray " + repr(b)
        case bytearray(b):
            return "bytearray " + repr(b)
        case bytes(b):
            return "bytes " + repr(b)
        case [first, *rest]:
            return "sequence starting %r" % (first,)
        case _:
            return "other"

for v in [bytearray(b"ab"), bytearray(b"abcd"), b"xy", [1, 2], bytearray(), "s"]:
    print(kind(v))

match bytearray(b"\x01\x02"):
    case [1, 2]:
        print("matched as a sequence")
    case bytearray() as whole:
        print("matched as bytearray", whole)
