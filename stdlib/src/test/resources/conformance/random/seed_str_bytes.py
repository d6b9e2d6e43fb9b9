import random
for s in ["", "a", "hello world", "héllo ☃", b"", b"\x00\xff", b"spam"]:
    r = random.Random(s)
    print(repr(s), r.random(), r.randint(0, 1000))
r = random.Random()
r.seed("xyz", version=1)
print(r.random())
