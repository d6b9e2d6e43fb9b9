class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


lz = Lazy()
print(lz.real, lz.auto_value, getattr(lz, "auto_x"), hasattr(lz, "nope"))
try:
    lz.nope
except AttributeError as e:
    print("AttributeError", e)
print(getattr(lz, "nope", "default"))


class Tracing:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)

    def method(self):
        return "m"


t = Tracing()
t.a = 5
print(t.a, t.method())
del t.a
print(t.log)


class Fallback:
    x = 10

    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback {name}"


f = Fallback()
print(f.x, f.hidden, f.other)


class Frozen:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


fz = Frozen()
try:
    fz.b = 2
except AttributeError as e:
    print("AttributeError", e)
print(fz.a)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class SlottedChild(Slotted):
    __slots__ = ("z",)


class Unslotted(Slotted):
    pass


s = SlottedChild(1)
s.z = 3
s.y = 2
try:
    s.w = 4
except AttributeError as e:
    print("AttributeError", e)
u = Unslotted(1)
u.anything = "fine"
print(s.x, s.y, s.z, u.anything)


class Guarded:
    limit = 3

    def __setattr__(self, name, value):
        if name == "limit" and value > 10:
            raise ValueError("limit too high")
        object.__setattr__(self, name, value)

    @property
    def double(self):
        return self.limit * 2

    @double.setter
    def double(self, v):
        object.__setattr__(self, "limit", v // 2)


g = Guarded()
g.limit = 5
g.double = 8
print(g.limit, g.double, Guarded.limit)
try:
    g.limit = 50
except ValueError as e:
    print("ValueError", e)
