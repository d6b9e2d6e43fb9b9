from enum import Flag, Enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm.R, repr(Perm.W), Perm.X.name, Perm.X.value)
print(list(Perm), len(Perm))
print(isinstance(Perm.R, Flag), isinstance(Perm.R, Enum), type(Perm.R).__name__)
print(Perm['W'], Perm(4), Perm(Perm.X))
print(list(Perm.__members__))
print(repr(Perm), Perm.R in Perm)
print(Perm.R == Perm.R, Perm.R == Perm.W, Perm.R != Perm.X)
print(bool(Perm.R), len(Perm.R), list(Perm.W))
