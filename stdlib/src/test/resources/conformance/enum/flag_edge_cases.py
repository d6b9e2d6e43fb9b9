# Edge cases: class membership of pseudo-members, ordering, copies, bools, large bits
from enum import Flag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm(5) in Perm, Perm(0) in Perm)
try: Perm.R < Perm.W
except TypeError as e: print(e)
print(Perm.R.__class__ is Perm, (Perm.R|Perm.X).__class__.__name__)
import copy
print(copy.copy(Perm.R|Perm.X) is Perm(5), copy.deepcopy(Perm.R) is Perm.R)
print(str(Perm.R | Perm.W).split("."), "%s" % (Perm.R|Perm.X), "{!r}".format(Perm(0)))
print(Perm(True), Perm(False))
class Big(Flag):
    A = 1 << 40
    B = 1 << 62
print(repr(Big.A | Big.B), len(Big.A | Big.B))
try: print(repr(~Big.A))
except Exception as e: print(type(e).__name__, e)


from enum import Enum


class Color(Enum):
    RED = 1


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
