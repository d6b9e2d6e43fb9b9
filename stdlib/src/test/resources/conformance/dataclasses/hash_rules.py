from dataclasses import dataclass

@dataclass
class A:
    x: int
print("eq only:", A.__hash__ is None)
try:
    hash(A(1))
except TypeError as e:
    print("TypeError", e)

@dataclass(eq=False)
class B:
    x: int
b1, b2 = B(1), B(1)
print("eq=False:", b1 == b2, b1 == b1, hash(b1) == hash(b1), B.__hash__ is object.__hash__)

@dataclass(frozen=True)
class C:
    x: int
    y: str = "s"
print("frozen:", hash(C(1)) == hash(C(1)), hash(C(1)) == hash(C(2)))

@dataclass(unsafe_hash=True)
class D:
    x: int
d = D(5)
h5 = hash(d)
d.x = 6
print("unsafe_hash:", hash(d) == h5, hash(d) == hash(D(6)))
print(len({D(1), D(1), D(2)}))

@dataclass
class E:
    x: int
    def __hash__(self):
        return 42
print("explicit hash kept:", hash(E(1)))

try:
    @dataclass(unsafe_hash=True)
    class F:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError", e)

@dataclass(frozen=True, eq=False)
class G:
    x: int
print(G(1) == G(1), G.__hash__ is object.__hash__)

@dataclass(frozen=True)
class H:
    x: int
    def __hash__(self):
        return 7
print(hash(H(1)), hash(H(2)))

@dataclass
class I:
    x: int
    def __eq__(self, other):
        return True
print(I.__hash__ is None, I(1) == I(2))
