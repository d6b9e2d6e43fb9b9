from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = "g"
    BLUE = (0, 0, 255)
    NONE = None

for c in Color:
    print(str(c), repr(c), c.name, repr(c.value))
print(f"{Color.RED}", "{}".format(Color.GREEN), "%s" % Color.BLUE, "%r" % (Color.NONE,))
print(f"[{Color.RED:>12}]", f"[{Color.GREEN:<12}]", f"[{Color.BLUE:^14}]")
print(repr(Color), str(Color), [Color.RED, Color.GREEN])
print({"c": Color.RED}, (Color.BLUE,))
class Pretty(Enum):
    A = 1
    def __str__(self):
        return f"Pretty({self.value})"
    def __repr__(self):
        return f"P.{self.name}"
print(Pretty.A, repr(Pretty.A), [Pretty.A], f"{Pretty.A}")
print(type(Color.RED).__name__, Color.__name__, Color.RED.__class__.__name__)
