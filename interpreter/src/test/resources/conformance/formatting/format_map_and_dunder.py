class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        if spec.startswith(">"):
            return format(format(self, ""), spec)
        raise ValueError(f"bad Money format {spec!r}")
    def __str__(self):
        return "Money!"

m = Money(12345)
print(f"{m}", f"{m:cents}", f"{m:>12}|", "{0} {0:cents}".format(m))
print(str(m), format(m), f"{m!s}")
try:
    f"{m:weird}"
except ValueError as e:
    print(type(e).__name__, e)
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} owes {amount}".format_map(Default(name="Bob")))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(3.5), format(7, "b"), format("s", "<3") + "|")
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
