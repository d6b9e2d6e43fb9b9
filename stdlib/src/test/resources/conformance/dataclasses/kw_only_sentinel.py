# the KW_ONLY sentinel: fields after it are keyword-only; ordering and inheritance rules
import dataclasses
from dataclasses import KW_ONLY, dataclass, field, fields
from typing import ClassVar


@dataclass
class Point:
    x: float
    _: KW_ONLY
    y: float = 0.0
    z: float


p = Point(1.5, z=2.0)
print(p)
print([f.name for f in fields(Point)])
print("_" in Point.__dataclass_fields__)
print(Point.__match_args__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# a non-default field may follow a default one when it is keyword-only
@dataclass
class Base:
    a: int = 0
    _: KW_ONLY
    b: int


@dataclass
class Derived(Base):
    c: int = 1
    d: int = field(kw_only=True, default=4)


print(Derived(b=2))
print(Derived(7, 8, b=2, d=0))
print([(f.name, f.kw_only) for f in fields(Derived)])
print(Derived.__match_args__)

try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: dataclasses.KW_ONLY
        c: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class CV:
        n: ClassVar[int] = field(default=3, kw_only=True)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mut:
        _: KW_ONLY
        items: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass(kw_only=True)
class AllKw:
    _: KW_ONLY
    a: int


print(AllKw(a=1))
print(repr(KW_ONLY).startswith("<dataclasses._KW_ONLY_TYPE object at "))
print(type(KW_ONLY).__name__)
