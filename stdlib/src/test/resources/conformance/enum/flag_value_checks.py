from enum import Flag, auto
try:
    class F(Flag):
        A = 1
        B = 'y'
    print(list(F))
except TypeError as e: print(type(e).__name__, e)
class G(Flag):
    A = 1 << 61
    B = auto()
print(repr(G.B), repr(~G.A))


class B(Flag):
    ON = True
    TWO = 2


print(list(B), repr(B.ON | B.TWO), B(1) is B.ON)
