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


class Access(Flag):
    READ = auto()
    WRITE = auto()
    RW = READ | WRITE
    EXEC = auto()
    ODD = 8 | READ
    BOTH_OF = RW & WRITE
    TOGGLE = RW ^ EXEC


print(list(Access), len(Access))
print([(k, v.value) for k, v in Access.__members__.items()])
print(repr(Access.RW), repr(Access.ODD), repr(Access.TOGGLE), Access.BOTH_OF is Access.WRITE)
