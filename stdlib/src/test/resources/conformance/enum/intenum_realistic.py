from enum import IntEnum, StrEnum, IntFlag, auto
import json


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400

    @classmethod
    def from_code(cls, code):
        try:
            return cls(code)
        except ValueError:
            return None


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = auto()


class Perm(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


responses = [200, 404, 201, 500, 302]
for code in responses:
    s = Status.from_code(code)
    if s is None:
        print(code, "unknown")
    else:
        print(code, s.name, s.is_error, f"{s:d}", f"{s!r}", s == code)

counts = {}
for code in [200, 200, 404]:
    counts[Status(code)] = counts.get(Status(code), 0) + 1
print(counts, counts[200], sorted(Status, reverse=True)[:2])
print(json.dumps({"status": Status.OK, "color": Color.DARK_BLUE, "perm": Perm.READ | Perm.EXEC}))
print([c.value for c in Color], Color("green"), Color.RED.upper(), "-".join(Color))
p = Perm.READ | Perm.WRITE
print(p, repr(p), Perm.READ in p, Perm.EXEC in p, repr(Perm.ALL), repr(~p), p & Perm.WRITE, repr(p ^ Perm.ALL))
print(repr(Perm(0)), bool(Perm(0)), int(Perm.ALL), Perm(7) is Perm.ALL, list(Perm.ALL), len(Perm))
print(Status.OK + 1, Status.OK * 2, Status.NOT_FOUND // 100, isinstance(Status.OK, int), Status["CREATED"].value)
print(f"{Status.OK:>6}|{Color.RED:^7}|{Perm.READ:03}", "%d %s %r" % (Status.OK, Color.RED, Perm.WRITE))
try:
    Status(999)
except ValueError as e:
    print("ValueError:", e)
try:
    Status.OK = 201
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Status.OK
except AttributeError as e:
    print("AttributeError:", e)
Status.extra = 5
print(Status.extra)
del Status.extra
try:
    del Status.extra
except AttributeError as e:
    print("AttributeError:", e)
