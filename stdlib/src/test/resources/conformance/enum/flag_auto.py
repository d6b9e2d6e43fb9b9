from enum import Flag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color])
print(repr(Color.RED | Color.BLUE), repr(Color(6)), repr(~Color.GREEN))


class Mixed(Flag):
    A = auto()
    B = 8
    C = auto()
    D = auto()


print([(m.name, m.value) for m in Mixed])
print(repr(Mixed(~0 & 0b110001 & 0b110001)))
