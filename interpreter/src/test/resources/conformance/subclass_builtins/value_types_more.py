class Upper(str):
    def __str__(self):
        return "U:" + super().__str__()
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    def __hash__(self):
        return hash(self.lower())
u = Upper("ABC")
print(u, repr(u), u == "abc", u != "abd", {u: 1}.get(Upper("aBc")))

class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __init__(self, v):
        self.orig = v
print(Pos(3), Pos(3).orig, Pos("7" if False else 7) + 1)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)

class Flagged(int):
    def __bool__(self):
        return True
print(bool(Flagged(0)), "yes" if Flagged(0) else "no", not Flagged(0))

class Version(tuple):
    pass
class Bits(bytes):
    def hexed(self):
        return self.hex()
b = Bits(b"\x01\x02")
print(b, repr(b), b.hexed(), len(b), b[0], b + b"x", type(b + b"x").__name__, b == b"\x01\x02")
print(Bits(3), Bits([65, 66]), Bits("hi", "utf-8"), isinstance(b, bytes), b.decode(), bytes(b))

class Tags(frozenset):
    def describe(self):
        return ",".join(sorted(self))
t = Tags(["b", "a"])
print(t.describe(), len(t), "a" in t, sorted(t | {"c"}), type(t | {"c"}).__name__, hash(t) == hash(frozenset("ab")))
print(repr(Tags()), repr(Tags([1])), t == frozenset("ab"), {t: 1}[frozenset("ab")])

class Registry(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.count = len(self)
    def add(self, x):
        super().add(x)
        self.count += 1
r = Registry([1, 2])
r.add(3)
print(sorted(r), r.count, repr(Registry()), repr(Registry([5])), isinstance(r, set), r & {1, 9}, type(r & {1}).__name__)
r2 = Registry()
r2 |= {4}
print(r2, type(r2).__name__)

class Name(str):
    pass
n = Name("x")
class Obj:
    x = 1
print(getattr(Obj, Name("x")), hasattr(Obj, Name("y")), "a,b".split(Name(",")), "-".join("ab"), Name("a%sb") % 1)
print(Name("{}!").format(3), "{}".format(n), "a".center(5, Name("*")), str(n) is n, print(1, 2, sep=Name("|")))
print(int.__new__(Pos, 5), type(int.__new__(Pos, 5)).__name__)
try:
    int.__new__(str, 5)
except TypeError as e:
    print(e)
try:
    int.__new__(bool, 5)
except TypeError as e:
    print(e)
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
print([Meters(1.5), Meters(2)], Meters(1.5) * 2, max(Meters(1), Meters(3)), sum([Meters(1), Meters(2)]))
print(round(Meters(2.567), 1), Meters(7) // 2, divmod(Meters(7), 2), Meters(2) ** 2, -Meters(1), abs(Meters(-1)))
