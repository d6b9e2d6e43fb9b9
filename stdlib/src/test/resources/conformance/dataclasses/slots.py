# slots=True: the class gets __slots__ and instances refuse attributes outside them
import copy
from dataclasses import dataclass, field, fields, FrozenInstanceError


@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0
    tags: list = field(default_factory=list)

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3.0, 4.0)
print(v, v.norm2(), Vec.__slots__)
v.x = 6.0
print(v)
for action in ["v.z = 1", "v.norm2 = None", "del v.z", "v.__dict__"]:
    try:
        if action == "v.z = 1":
            v.z = 1
        elif action == "v.norm2 = None":
            v.norm2 = None
        elif action == "del v.z":
            del v.z
        else:
            print(v.__dict__)
    except AttributeError as e:
        print(action, "->", type(e).__name__, e)
setattr(v, "y", 1.0)
print(getattr(v, "y"), hasattr(v, "z"))
del v.y
try:
    v.y
except AttributeError as e:
    print("AttributeError:", e)
w = copy.deepcopy(Vec(1.0, 2.0, ["a"]))
print(w, w == Vec(1.0, 2.0, ["a"]))


@dataclass(slots=True)
class Vec3(Vec):
    z: float = 0.0


u = Vec3(1.0, 2.0, z=3.0)
print(u, Vec3.__slots__)
try:
    u.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Vec):
    pass


lo = Loose(1.0)
lo.anything = 5
print(lo, lo.anything)


@dataclass(frozen=True, slots=True)
class Key:
    a: int
    b: str


k = Key(1, "x")
print(k, hash(k) == hash(Key(1, "x")), Key.__slots__)
try:
    k.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(copy.copy(k), copy.deepcopy(k), k.__getstate__())

try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(weakref_slot=True)
    class Weak:
        a: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True, weakref_slot=True)
class Weak2:
    a: int


print(Weak2.__slots__, Weak2(1))


class SlottedBase:
    __slots__ = ("base",)


@dataclass(slots=True)
class OnBase(SlottedBase):
    own: int


ob = OnBase(2)
ob.base = 1
print(ob, ob.base, OnBase.__slots__)
try:
    ob.other = 3
except AttributeError as e:
    print("AttributeError:", e)
