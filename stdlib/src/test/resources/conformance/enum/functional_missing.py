from enum import Enum, Flag, IntEnum, StrEnum

C = Enum('C', 'RED GREEN, BLUE')
print(list(C), C.__module__, C.__qualname__, C.GREEN.value, C(3))
F = Flag('F', ['A', 'B', 'C'])
print(list(F), repr(F.A | F.C))
D = Enum('D', [('X', 10), ('Y', 20)])
print(list(D), D(20))
E = Enum('E', {'P': 'p', 'Q': 'q'})
print(list(E), repr(E.P), E('q'))
I = IntEnum('I', 'A B', start=5)
print(list(I), I.B + 1)
S = StrEnum('S', 'ONE TWO')
print(list(S), S.ONE == 'one')


class M(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name == value.upper():
                    return m
        return None


print(M('a'), M('b'), M(2))
try:
    M(5)
except ValueError as e:
    print("ValueError:", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 3


try:
    Bad(5)
except TypeError as e:
    print("TypeError:", e)
try:
    C()
except TypeError as e:
    print("TypeError")
