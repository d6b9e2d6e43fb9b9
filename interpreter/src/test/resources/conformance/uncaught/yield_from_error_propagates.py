def inner():
    yield 1
    raise KeyError("missing inside inner")


def outer():
    yield 0
    yield from inner()
    yield 2


for v in outer():
    print("got", v)
