class Flags(int):
    NAMES = {1: "R", 2: "W", 4: "X"}
    def __or__(self, other):
        return Flags(int(self) | int(other))
    def __and__(self, other):
        return Flags(int(self) & int(other))
    def __invert__(self):
        return Flags(~int(self) & 7)
    def __str__(self):
        return "".join(n if self & b else "-" for b, n in sorted(self.NAMES.items())) 
    def __repr__(self):
        return f"Flags({int(self)})"
    def __contains__(self, other):
        return int(self) & int(other) == int(other)

R, W, X = Flags(1), Flags(2), Flags(4)
rw = R | W
print(rw, repr(rw), int(rw))
print(str(~rw), repr(~R))
print(W in rw, X in rw, (R | X) in (rw | X))
print([str(Flags(i)) for i in range(8)])
print(rw + 1, type(rw + 1).__name__, rw << 1, type(rw << 1).__name__)
print(bool(Flags(0)), Flags(5) == 5, Flags(5) > 4)
print("%d %s %r" % (rw, rw, rw))
print(f"{rw} {rw!r} {rw:03b}")
try:
    Flags("z")
except ValueError as e:
    print(type(e).__name__, e)
print(Flags("7", 8), Flags(True), type(Flags(True)).__name__)
