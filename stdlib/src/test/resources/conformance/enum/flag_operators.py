from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), rw, rw.name, rw.value)
print(repr(rw & Perm.W), repr(rw & Perm.X), repr(rw ^ Perm.W), repr(rw ^ Perm.X))
print(repr(~Perm.R), repr(~rw), repr(~(Perm.R | Perm.W | Perm.X)), repr(~Perm(0)))
print(Perm.R | Perm.R is Perm.R, (Perm.R | Perm.W) is (Perm.W | Perm.R))
print(rw == Perm(6), rw is Perm(6), ~~Perm.X is Perm.X)
acc = Perm(0)
for p in Perm:
    acc |= p
    print(repr(acc))
acc &= ~Perm.W
print(repr(acc), acc.value)
acc ^= Perm.R
print(repr(acc))
