# Iterating bytearrays, including while they change.
ba = bytearray(b"abc")
it = iter(ba)
print(type(it).__name__, next(it), next(it))
ba.append(100)
print(list(it))
seen = []
grow = bytearray(b"12")
for x in grow:
    seen.append(x)
    if len(grow) < 5:
        grow.append(x + 10)
print(seen, grow)
shrink = bytearray(b"abcdef")
out = []
for x in shrink:
    out.append(chr(x))
    if shrink:
        del shrink[-1]
print(out, shrink)
print(list(enumerate(bytearray(b"xy"))), list(zip(bytearray(b"ab"), b"cd")))
print([b for b in bytearray(range(250, 256))])
print(any(bytearray(3)), all(bytearray(b"\x01\x02")), sorted(bytearray(b"zyx"), reverse=True))
