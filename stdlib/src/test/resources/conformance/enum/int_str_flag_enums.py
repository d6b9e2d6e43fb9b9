from enum import IntEnum, StrEnum, IntFlag, Enum, auto
import enum
class C(IntEnum):
    A = 1
    B = 2
print(C.A, repr(C.A), str(C.A), f'{C.A}', C.A + 1, C.A == 1, C(2), C['B'], list(C), C.A < C.B, isinstance(C.A, int), hash(C.A) == hash(1))
print(format(C.A, '03d'), '%d %s' % (C.A, C.A), [10,20,30][C.A], C.A.value, C.A.name, type(C.A + 1).__name__, C.A.real, sorted([C.B, C.A, 0]))
class S(StrEnum):
    X = 'x'
    Y = 'why'
print(S.X, repr(S.X), S.X.upper(), S.X + 'z', S('why'), S.X == 'x', list(S), {S.X: 1}['x'], f'{S.Y:>5}', len(S.Y))
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P(7), P(0), repr(P(0)), P.R & 4, int(P.R | P.X), P.R in (P.R|P.W), ~P.R, repr(~P.R), list(P.R|P.W), str(P.R|P.W))
print(repr(P(8)), repr(P(12)), repr(P.R | 8), repr(P.R | 1), repr(1 | P.R), P.R + 1, repr(P.R & 6), repr(~P(0)), repr(P(-1)), repr(~P.R), repr(P.R ^ P.W))
print(str(P(8)), str(P.R|P.W), format(P.R|P.W), f'{P.R:>4}', P.R == 4, 4 in [P.R], list(P), len(P.R|P.W), bool(P(0)), P.R in P.R|P.W)
print(list(P(7)), P(7).name, P(0).name, P(8).name, repr(P.R|P.W|P.X))
class M(str, Enum):
    A = 'a'
print(M.A, repr(M.A), M.A == 'a', M.A.upper(), f'{M.A}', M('a'))
class N(int, Enum):
    ONE = 1
print(N.ONE, repr(N.ONE), N.ONE + 1, f'{N.ONE}')
print(enum.StrEnum, enum.ReprEnum, issubclass(C, int), type(C))
class A(StrEnum):
    FOO = enum.auto()
    BAR_BAZ = enum.auto()
print(list(A), A.FOO.value)
print(hash(N.ONE)==hash(1), {1:2}[N.ONE], {'a':3}[M.A], hash(M.A)==hash('a'))
class Planet(float, Enum):
    EARTH = 5.97
print(Planet.EARTH, Planet.EARTH * 2, repr(Planet.EARTH))
class Co(IntEnum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    A = 1, 'first'
    B = 2, 'second'
print(Co.A, Co.A.label, Co(2), repr(Co.B), Co.B.value)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e: print(e)
print(N(1), M('a'), Co.A.__class__)
class NV(IntEnum):
    A = '5'
print(repr(NV.A), NV(5))
print(C.A in C, S.X in S)
class G(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    ALPHA = auto()
    BETA = auto()
print(list(G), G.BETA.value)
class Shape(Enum):
    def __new__(cls, sides):
        obj = object.__new__(cls)
        obj._value_ = sides * 10
        return obj
    TRI = 3
    SQ = 4
print(Shape.TRI.value, Shape(40), list(Shape))
import json
print(json.dumps({"c": C.A, "s": S.X, M.A: P.R | P.W}))
try:
    C(5)
except ValueError as e:
    print(e)
print(C.A is C(1), max(C), C.B // 2, divmod(C.B, 2), -C.A, abs(C.A), C.A.bit_length(), C.A.__class__.__name__)
