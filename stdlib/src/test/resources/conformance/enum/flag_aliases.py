from enum import Flag, unique


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    RWX = 7


print(list(Perm), len(Perm))
print(list(Perm.__members__))
print(repr(Perm.RWX), Perm.RWX, Perm.RWX.name, list(Perm.RWX), len(Perm.RWX))
print(repr(Perm.R | Perm.W), (Perm.R | Perm.W) is Perm.RW)
print(repr(Perm(7)), repr(Perm(5)), repr(Perm(3)))
print(repr(Perm.RWX & ~Perm.X), repr(Perm.RWX ^ Perm.RW))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, Perm.RW in Perm.RWX, Perm.RWX in Perm.RW)
for m in reversed(Perm):
    print(m)
