# more of CPython's dataclass errors and rules
from dataclasses import dataclass, field, fields, FrozenInstanceError
from typing import ClassVar

try:
    @dataclass
    class NoAnnotation:
        a: int
        b = field(default=1)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class CVFactory:
        a: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)

try:
    field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True, eq=False)
    class OrderNoEq:
        a: int
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True)
class Frozen:
    a: int


class Sub(Frozen):
    pass


s = Sub(1)
s.extra = 2
print(s.extra, s)
try:
    s.a = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del s.a
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
f = Frozen(1)
try:
    f.other = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass
class Documented:
    """My own doc."""
    a: int


print(Documented.__doc__)


@dataclass(init=False)
class NoInit:
    a: int = 1

    def __init__(self, value):
        self.a = value * 2


print(NoInit(4), NoInit.__doc__)


@dataclass
class WithSelf:
    self: int
    other: int = 0


print(WithSelf(1, 2), WithSelf(self=3))

try:
    @dataclass
    class Sneaky:
        a: int = field(default=1)
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class UserInitCheck:
    a: int = 0

    def __init__(self):
        self.a = 7


print(UserInitCheck())
try:
    @dataclass
    class UserInitBad:
        a: int = 0
        b: int

        def __init__(self):
            pass
except TypeError as e:
    print("TypeError:", e)
print([f.name for f in fields(Sub)])
for target in [5, int]:
    try:
        dataclass(target)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
