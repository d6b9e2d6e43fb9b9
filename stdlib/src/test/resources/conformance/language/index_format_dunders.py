class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


seq = list(range(10))
print(seq[Idx(3)], seq[Idx(1):Idx(4)], "abcdef"[Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)))
print([0] * Idx(3), "ab" * Idx(2), operator_index := Idx(7).__index__())
import operator
print(operator.index(Idx(9)))
try:
    seq[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    key = "x"
    "abc"[key]
except TypeError as e:
    print("TypeError", e)


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "F"
        return format(self.c, spec or ".1f") + "C"

    def __str__(self):
        return f"Temp({self.c})"

    def __repr__(self):
        return f"<Temp {self.c}>"


t = Temp(21.5)
print(f"{t}", f"{t:.2f}", f"{t:F}", f"{t:.0fF}", format(t), "{:>10}".format(str(t)))
print(f"{t!s}", f"{t!r}", "{0!r:>12}".format(t), str(t), repr(t))


class NoFormat:
    pass


try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError", e)
nf = NoFormat()
print(format(nf, "") == str(nf))


class Bool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Length:
    def __len__(self):
        return 0


print(bool(Bool(True)), bool(Length()), not Length(), "yes" if Bool(False) else "no")
try:
    bool(Bool(1))
except TypeError as e:
    print("TypeError", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
